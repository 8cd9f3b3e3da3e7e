# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (TempoGetTraceResponse, TempoTraceAttribute, TempoTraceAttributeArrayContainer...)."""

from datetime import datetime
from typing import Any, Literal, TypeAlias

from pydantic import Field

from mistralai.api.workflows._generated._models.workflow_execution_status import (
    WorkflowExecutionStatus,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "TempoGetTraceResponse",
    "TempoTraceAttribute",
    "TempoTraceAttributeArrayContainer",
    "TempoTraceAttributeArrayElement",
    "TempoTraceAttributeArrayValue",
    "TempoTraceAttributeBoolValue",
    "TempoTraceAttributeIntValue",
    "TempoTraceAttributeStringValue",
    "TempoTraceBatch",
    "TempoTraceEvent",
    "TempoTraceResource",
    "TempoTraceScope",
    "TempoTraceScopeKind",
    "TempoTraceScopeSpan",
    "TempoTraceSpan",
    "WorkflowExecutionTraceOTelResponse",
]


class TempoTraceAttributeArrayElement(BaseModel):
    __mistral_keep__ = frozenset()
    string_value: str | None = Field(
        default=None, validation_alias="stringValue", serialization_alias="stringValue"
    )
    """A string element in the array"""
    int_value: str | None = Field(
        default=None, validation_alias="intValue", serialization_alias="intValue"
    )
    """An integer element in the array"""
    bool_value: bool | None = Field(
        default=None, validation_alias="boolValue", serialization_alias="boolValue"
    )
    """A boolean element in the array"""


class TempoTraceAttributeArrayContainer(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"values"})
    values: list[TempoTraceAttributeArrayElement] | None = None
    """The values of the array"""


class TempoTraceAttributeArrayValue(BaseModel):
    __mistral_keep__ = frozenset()
    array_value: TempoTraceAttributeArrayContainer = Field(
        validation_alias="arrayValue", serialization_alias="arrayValue"
    )
    """The array value of the attribute"""


class TempoTraceAttributeBoolValue(BaseModel):
    __mistral_keep__ = frozenset()
    bool_value: bool = Field(validation_alias="boolValue", serialization_alias="boolValue")
    """The boolean value of the attribute"""


class TempoTraceAttributeIntValue(BaseModel):
    __mistral_keep__ = frozenset()
    int_value: str = Field(validation_alias="intValue", serialization_alias="intValue")
    """The integer value of the attribute"""


class TempoTraceAttributeStringValue(BaseModel):
    __mistral_keep__ = frozenset()
    string_value: str = Field(validation_alias="stringValue", serialization_alias="stringValue")
    """The string value of the attribute"""


class TempoTraceAttribute(BaseModel):
    __mistral_keep__ = frozenset()
    key: str
    """The key of the attribute"""
    value: (
        TempoTraceAttributeStringValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeArrayValue
    )
    """The value of the attribute"""


class TempoTraceResource(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"attributes"})
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the resource"""


class TempoTraceScope(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the span"""


class TempoTraceEvent(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"attributes"})
    name: str
    """The name of the event"""
    time_unix_nano: str = Field(validation_alias="timeUnixNano", serialization_alias="timeUnixNano")
    """The time of the event in Unix nano"""
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the event"""


TempoTraceScopeKind: TypeAlias = (
    Literal["SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT"] | str
)


class TempoTraceSpan(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"attributes", "events"})
    trace_id: str = Field(validation_alias="traceId", serialization_alias="traceId")
    """The trace ID of the scope"""
    span_id: str = Field(validation_alias="spanId", serialization_alias="spanId")
    """The span ID of the scope"""
    parent_span_id: str | None = Field(
        default=None, validation_alias="parentSpanId", serialization_alias="parentSpanId"
    )
    """The parent span ID of the scope"""
    name: str
    """The name of the scope"""
    kind: TempoTraceScopeKind
    """The kind of the scope"""
    start_time_unix_nano: str = Field(
        validation_alias="startTimeUnixNano", serialization_alias="startTimeUnixNano"
    )
    """The start time of the scope in Unix nano"""
    end_time_unix_nano: str = Field(
        validation_alias="endTimeUnixNano", serialization_alias="endTimeUnixNano"
    )
    """The end time of the scope in Unix nano"""
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the scope"""
    events: list[TempoTraceEvent] | None = None
    """The events of the scope"""


class TempoTraceScopeSpan(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"spans"})
    scope: TempoTraceScope
    """The scope of the span"""
    spans: list[TempoTraceSpan] | None = None
    """The spans of the scope"""


class TempoTraceBatch(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"scopeSpans"})
    resource: TempoTraceResource
    """The resource of the batch"""
    scope_spans: list[TempoTraceScopeSpan] | None = Field(
        default=None, validation_alias="scopeSpans", serialization_alias="scopeSpans"
    )
    """The spans of the scope"""


class TempoGetTraceResponse(BaseModel):
    """Trace response in OpenTelemetry format. This is the unified trace format used across all trace providers (Tempo, ClickHouse, etc.). Regardless of the underlying backend, all trace data is normalized to this Tempo-compatible OpenTelemetry format to ensure consistency in the API response structure."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"batches"})
    batches: list[TempoTraceBatch] | None = None
    """The batches of the trace"""


class WorkflowExecutionTraceOTelResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_name: str
    """The name of the workflow"""
    workflow_id: str | None = None
    """The ID of the workflow"""
    deployment_name: str | None = None
    """The name of the deployment that ran this execution"""
    execution_id: str
    """The ID of the workflow execution"""
    parent_execution_id: str | None = None
    """The parent execution ID of the workflow execution"""
    root_execution_id: str
    """The root execution ID of the workflow execution"""
    run_id: str | None = None
    """The unique run identifier (database UUID)"""
    user_id: str | None = None
    """The ID of the user who triggered the execution"""
    status: WorkflowExecutionStatus | None
    """The status of the workflow execution"""
    start_time: datetime
    """The start time of the workflow execution"""
    end_time: datetime | None
    """The end time of the workflow execution, if available"""
    total_duration_ms: int | None = None
    """The total duration of the trace in milliseconds"""
    result: Any
    """The result of the workflow execution, if available"""
    data_source: str
    """The data source of the trace"""
    otel_trace_id: str | None = None
    """The ID of the trace"""
    otel_trace_data: TempoGetTraceResponse | None = None
    """The raw OpenTelemetry trace data"""
