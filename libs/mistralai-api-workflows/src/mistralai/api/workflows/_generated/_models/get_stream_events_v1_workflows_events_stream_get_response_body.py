# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (GetStreamEventsV1WorkflowsEventsStreamGetEvent...)."""

from mistralai.api.workflows._generated._models.stream_event_sse_error_data import (
    StreamEventSseErrorData,
    StreamEventSsePayload,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "GetStreamEventsV1WorkflowsEventsStreamGetEvent",
    "GetStreamEventsV1WorkflowsEventsStreamGetResponseBody",
]


class GetStreamEventsV1WorkflowsEventsStreamGetResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "data", "id", "retry"})
    event: str | None = None
    data: StreamEventSsePayload | StreamEventSseErrorData | None = None
    id: str | None = None
    retry: int | None = None


# names of the official 2.x SDK for the same schemas
GetStreamEventsV1WorkflowsEventsStreamGetEvent = (
    GetStreamEventsV1WorkflowsEventsStreamGetResponseBody
)
