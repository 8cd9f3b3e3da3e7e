# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "GetSchedulesV1WorkflowsSchedulesGetStatus",
]

GetSchedulesV1WorkflowsSchedulesGetStatus: TypeAlias = Literal["active", "paused"] | str
