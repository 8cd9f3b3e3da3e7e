# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (UpdatePipelineRequest...)."""

from mistralai.api.observability._generated._models.attribute_hash_sampling import (
    PipelineConfigSelector,
)
from mistralai.api.observability._generated._models.llm_judge_reference import LlmJudgeReference
from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdatePipelineRequest",
]


class UpdatePipelineRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    description: str | None = None
    selectors: list[PipelineConfigSelector] | None = None
    definitions: list[LlmJudgeReference] | None = None
    enabled: bool | None = None
