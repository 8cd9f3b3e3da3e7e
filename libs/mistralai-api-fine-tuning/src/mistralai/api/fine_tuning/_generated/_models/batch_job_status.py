# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "BatchJobStatus",
]

BatchJobStatus: TypeAlias = (
    Literal[
        "QUEUED",
        "RUNNING",
        "SUCCESS",
        "FAILED",
        "TIMEOUT_EXCEEDED",
        "CANCELLATION_REQUESTED",
        "CANCELLED",
    ]
    | str
)
