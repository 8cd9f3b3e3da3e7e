# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ListRunsV1WorkflowsRunsGetOrder",
    "SortBy",
]

SortBy: TypeAlias = Literal["start_time", "end_time"] | str

ListRunsV1WorkflowsRunsGetOrder: TypeAlias = Literal["asc", "desc"] | str
"""Sort direction"""
