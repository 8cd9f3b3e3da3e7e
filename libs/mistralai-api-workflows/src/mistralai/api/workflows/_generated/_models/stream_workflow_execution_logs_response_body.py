# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (StreamWorkflowExecutionLogsEvent...)."""

from typing import Literal, TypeAlias

from mistralai.api.workflows._generated._models.execution_log_record import ExecutionLogRecord
from mistralai.api.workflows._generated._models.stream_error import StreamError
from mistralai.core.runtime import BaseModel

__all__ = [
    "StreamWorkflowExecutionLogsEvent",
    "StreamWorkflowExecutionLogsEventEvent",
    "StreamWorkflowExecutionLogsResponseBody",
]

StreamWorkflowExecutionLogsEventEvent: TypeAlias = Literal["log", "error"] | str


class StreamWorkflowExecutionLogsResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "id", "data"})
    event: StreamWorkflowExecutionLogsEventEvent | None = None
    id: str | None = None
    data: ExecutionLogRecord | StreamError | None = None


# names of the official 2.x SDK for the same schemas
StreamWorkflowExecutionLogsEvent = StreamWorkflowExecutionLogsResponseBody
