# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ExecutionLogRecord...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "ExecutionLogRecord",
]


class ExecutionLogRecord(BaseModel):
    __mistral_keep__ = frozenset()
    timestamp: datetime
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]
