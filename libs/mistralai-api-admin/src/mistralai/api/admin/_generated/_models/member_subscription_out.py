# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (MemberSubscriptionOUT, MemberWorkspaceInfo...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.plan_type import PlanType
from mistralai.api.admin._generated._models.static_workspace_roles import (
    StaticWorkspaceRoles,
    WorkspaceRole,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "APIPlan",
    "ChatPlan",
    "CodePlan",
    "MemberSubscriptionOUT",
    "MemberWorkspaceInfo",
    "SubscriptionStatus",
]

APIPlan: TypeAlias = Literal["FREE", "PAY_AS_YOU_GO"] | str

ChatPlan: TypeAlias = Literal["INDIVIDUAL", "EDU", "TEAM"] | str

CodePlan: TypeAlias = Literal["ENTERPRISE"]

SubscriptionStatus: TypeAlias = Literal["NS", "S", "A", "CF", "CG", "C", "GP"] | str


class MemberSubscriptionOUT(BaseModel):
    __mistral_keep__ = frozenset()
    type: PlanType
    """Type of subscription assigned to the member."""
    plan: APIPlan | ChatPlan | CodePlan | None = None
    """Plan assigned to the member."""
    status: SubscriptionStatus | None = None
    """Current status of the member subscription."""
    user: str | None = None
    """User ID associated with the subscription."""
    self_service: bool | None = None
    """Whether the subscription was created through self-service."""
    member_has_access: bool | None = None
    """Whether the member currently has access to the plan."""


class MemberWorkspaceInfo(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""
    raw_roles: list[WorkspaceRole] | list[StaticWorkspaceRoles]
    """Workspace roles assigned to the member."""
    raw_role: WorkspaceRole | StaticWorkspaceRoles
    """Deprecated single workspace role. Use 'raw_roles' instead."""
