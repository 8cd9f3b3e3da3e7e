# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ImportDatasetFromSpansRequest, SpanDatasetMapping, SpanDatasetMappingContract...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "ImportDatasetFromSpansRequest",
    "SpanDatasetMapping",
    "SpanDatasetMappingContract",
    "SpanDatasetSourceReference",
    "SpanDatasetSourceReferenceNamespace",
    "TelemetrySpanReference",
]

SpanDatasetSourceReferenceNamespace: TypeAlias = (
    Literal["span_attributes", "resource_attributes"] | str
)


class SpanDatasetSourceReference(BaseModel):
    __mistral_keep__ = frozenset()
    namespace: SpanDatasetSourceReferenceNamespace
    key: str


class SpanDatasetMapping(BaseModel):
    __mistral_keep__ = frozenset()
    target_field: str
    source_field: SpanDatasetSourceReference


class SpanDatasetMappingContract(ConstFieldsModel):
    """Mapping rules applied independently to every requested telemetry span. Version 1 mappings are optional per span: a missing, null, blank-string, or empty-array source omits the target key. JSON object and array strings become structured values; scalar-looking and malformed JSON strings remain strings."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"version": 1}
    __mistral_keep__ = frozenset({"version"})
    mappings: list[SpanDatasetMapping]
    version: Literal[1] = 1


class TelemetrySpanReference(BaseModel):
    """Immutable provenance used to identify a telemetry span."""

    __mistral_keep__ = frozenset()
    trace_id: str
    span_id: str


class ImportDatasetFromSpansRequest(BaseModel):
    __mistral_keep__ = frozenset()
    span_references: list[TelemetrySpanReference]
    mapping_contract: SpanDatasetMappingContract
