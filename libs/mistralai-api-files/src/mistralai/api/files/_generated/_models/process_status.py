# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ProcessStatus",
]

ProcessStatus: TypeAlias = (
    Literal[
        "self_managed",
        "missing_content",
        "noop",
        "done",
        "todo",
        "in_progress",
        "error",
        "waiting_for_capacity",
    ]
    | str
)
