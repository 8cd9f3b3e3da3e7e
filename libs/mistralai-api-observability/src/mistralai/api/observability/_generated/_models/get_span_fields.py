# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (GetSpanFields...)."""

from mistralai.api.observability._generated._models.otel_field_definition import OtelFieldDefinition
from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSpanFields",
]


class GetSpanFields(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[OtelFieldDefinition]
