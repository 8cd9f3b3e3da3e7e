# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (CreatePipelineRequest...)."""

from mistralai.api.observability._generated._models.attribute_hash_sampling import (
    PipelineConfigSelector,
)
from mistralai.api.observability._generated._models.llm_judge_reference import LlmJudgeReference
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreatePipelineRequest",
]


class CreatePipelineRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    selectors: list[PipelineConfigSelector]
    definitions: list[LlmJudgeReference]
    description: str | None = None
    enabled: bool | None = True
