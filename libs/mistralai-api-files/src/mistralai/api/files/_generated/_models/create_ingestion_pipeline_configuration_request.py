# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (CreateIngestionPipelineConfigurationRequest, IngestionPipelineTargetIndexRef...)."""

from typing import Literal

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateIngestionPipelineConfigurationRequest",
    "IngestionPipelineTargetIndexRef",
]


class IngestionPipelineTargetIndexRef(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    type: Literal["vespa"] | None = "vespa"


class CreateIngestionPipelineConfigurationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    pipeline_composition: dict[str, str] | None = None
    target_indexes: list[IngestionPipelineTargetIndexRef] | None = None
