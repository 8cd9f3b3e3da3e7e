# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ExecutionTraceInfoResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ExecutionTraceInfoResponse",
]


class ExecutionTraceInfoResponse(BaseModel):
    __mistral_keep__ = frozenset({"has_trace_data"})
    otel_trace_id: str | None = None
    """The ID of the trace, if available"""
    has_trace_data: bool = False
    """Whether trace data is available in the trace backend for this execution"""
