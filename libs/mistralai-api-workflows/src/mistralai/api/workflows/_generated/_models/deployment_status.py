# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "DeploymentStatus",
    "GetWorkflowsV1WorkflowsGetOrder",
]

DeploymentStatus: TypeAlias = Literal["active", "inactive"] | str

GetWorkflowsV1WorkflowsGetOrder: TypeAlias = Literal["asc", "desc"] | str
"""Sort direction"""
