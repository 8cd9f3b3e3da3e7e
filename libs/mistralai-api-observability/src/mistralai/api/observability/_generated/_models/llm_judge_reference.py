# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (LlmJudgeReference...)."""

from mistralai.api.observability._generated._models.attribute_hash_sampling import (
    AttributeHashSampling,
    ProbabilisticSampling,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "LlmJudgeReference",
]


class LlmJudgeReference(BaseModel):
    """The scorer selected to build a judge pipeline configuration."""

    __mistral_keep__ = frozenset()
    slug: str
    mapping: dict[str, str] | None = None
    sampling: AttributeHashSampling | ProbabilisticSampling | None = None
