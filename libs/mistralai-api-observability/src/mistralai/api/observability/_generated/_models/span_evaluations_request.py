# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (SpanEvaluationsRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "SpanEvaluationsRequest",
]


class SpanEvaluationsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_expression: str | None = None
