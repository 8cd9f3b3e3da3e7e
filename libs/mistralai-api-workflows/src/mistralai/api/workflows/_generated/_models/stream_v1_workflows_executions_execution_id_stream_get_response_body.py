# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent...)."""

from mistralai.api.workflows._generated._models.stream_event_sse_error_data import (
    StreamEventSseErrorData,
    StreamEventSsePayload,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody",
    "StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent",
]


class StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "data", "id", "retry"})
    event: str | None = None
    data: StreamEventSsePayload | StreamEventSseErrorData | None = None
    id: str | None = None
    retry: int | None = None


# names of the official 2.x SDK for the same schemas
StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent = (
    StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody
)
