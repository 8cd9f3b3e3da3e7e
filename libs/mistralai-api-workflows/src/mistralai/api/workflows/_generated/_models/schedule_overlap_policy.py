# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ScheduleOverlapPolicy",
]

ScheduleOverlapPolicy: TypeAlias = Literal[1, 2, 3, 4, 5, 6]
"""Controls what happens when a workflow would be started by a schedule but one is already running."""
