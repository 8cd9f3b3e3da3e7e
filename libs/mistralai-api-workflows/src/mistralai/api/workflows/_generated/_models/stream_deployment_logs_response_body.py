# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (StreamDeploymentLogsEvent...)."""

from typing import Literal, TypeAlias

from mistralai.api.workflows._generated._models.deployment_log_record import DeploymentLogRecord
from mistralai.api.workflows._generated._models.stream_error import StreamError
from mistralai.core.runtime import BaseModel

__all__ = [
    "StreamDeploymentLogsEvent",
    "StreamDeploymentLogsEventEvent",
    "StreamDeploymentLogsResponseBody",
]

StreamDeploymentLogsEventEvent: TypeAlias = Literal["log", "error"] | str


class StreamDeploymentLogsResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "id", "data"})
    event: StreamDeploymentLogsEventEvent | None = None
    id: str | None = None
    data: DeploymentLogRecord | StreamError | None = None


# names of the official 2.x SDK for the same schemas
StreamDeploymentLogsEvent = StreamDeploymentLogsResponseBody
