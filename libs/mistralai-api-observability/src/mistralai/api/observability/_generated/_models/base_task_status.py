# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "BaseTaskStatus",
]

BaseTaskStatus: TypeAlias = (
    Literal[
        "RUNNING",
        "COMPLETED",
        "FAILED",
        "CANCELED",
        "TERMINATED",
        "CONTINUED_AS_NEW",
        "TIMED_OUT",
        "UNKNOWN",
    ]
    | str
)
