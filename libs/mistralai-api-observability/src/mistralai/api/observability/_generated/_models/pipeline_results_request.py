# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (PipelineResultsRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "PipelineResultsRequest",
]


class PipelineResultsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    pipeline_config_slugs: list[str]
    search_expression: str | None = None
