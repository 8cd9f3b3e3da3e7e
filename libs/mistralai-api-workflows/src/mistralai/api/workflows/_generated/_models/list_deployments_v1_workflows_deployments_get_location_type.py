# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ListDeploymentsV1WorkflowsDeploymentsGetLocationType",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrder",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrderBy",
]

ListDeploymentsV1WorkflowsDeploymentsGetOrderBy: TypeAlias = (
    Literal["updated_at", "created_at"] | str
)

ListDeploymentsV1WorkflowsDeploymentsGetOrder: TypeAlias = Literal["asc", "desc"] | str
"""Sort direction. Applied to order_by when set, or within each activity group when omitted."""

ListDeploymentsV1WorkflowsDeploymentsGetLocationType: TypeAlias = (
    Literal["local", "k8s", "managed"] | str
)
