# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (UpdateRunInfo...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateRunInfo",
]


class UpdateRunInfo(BaseModel):
    __mistral_keep__ = frozenset()
    execution_time: datetime
    chunks_count: int
