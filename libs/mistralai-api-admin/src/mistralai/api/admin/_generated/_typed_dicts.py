# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-admin distribution."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, Required

from typing_extensions import TypedDict

from mistralai.api.admin._generated._models.admin_organization_member_update import (
    AdminOrganizationMemberUpdateRoleName,
    AdminOrganizationMemberUpdateSubscriptionType,
)
from mistralai.api.admin._generated._models.admin_provision_group_to_workspace_in import (
    AdminProvisionGroupToWorkspaceInWorkspaceRoleName,
)
from mistralai.api.admin._generated._models.assign_group_to_workspace_in import (
    AssignGroupToWorkspaceInRoleName,
)
from mistralai.api.admin._generated._models.organization_invite_in import (
    OrganizationInviteINEmailLanguage,
    OrganizationInviteINRoleName,
)
from mistralai.api.admin._generated._models.organization_member_create import (
    OrganizationMemberCreateRoleName,
)
from mistralai.api.admin._generated._models.plan_type import PlanType
from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.static_workspace_roles import (
    StaticWorkspaceRoles,
    WorkspaceRole,
)
from mistralai.api.admin._generated._models.update_group_workspace_assignment_in import (
    UpdateGroupWorkspaceAssignmentInRoleName,
)
from mistralai.api.admin._generated._models.user_group_target_type import UserGroupTargetType
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.api.admin._generated._models.workspace_member_in import (
    WorkspaceMemberSingleINRoleName,
)

__all__ = [
    "AdminAssignUsersToGroupInTypedDict",
    "AdminCreateAPIKeyINTypedDict",
    "AdminOrganizationMemberUpdateTypedDict",
    "AdminProvisionGroupToWorkspaceInTypedDict",
    "AdminScimSyncConfigTypedDict",
    "AdminScimSyncTriggerINTypedDict",
    "AdminUpdateUserGroupInTypedDict",
    "AdminUserGroupInTypedDict",
    "AdminWorkspaceInTypedDict",
    "AssignGroupToWorkspaceInTypedDict",
    "BaseWorkspaceMemberINTypedDict",
    "CreateServiceAccountRequestTypedDict",
    "NewUsageLimitINTypedDict",
    "OrganizationInviteINTypedDict",
    "OrganizationMemberCreateTypedDict",
    "RemoveWorkspaceMembersINTypedDict",
    "SetNestedGroupsInTypedDict",
    "SetServiceAccountRolesRequestTypedDict",
    "UpdateGroupWorkspaceAssignmentInTypedDict",
    "UpdateServiceAccountRequestTypedDict",
    "UpdateUserGroupOrganizationRoleInTypedDict",
    "UpdateWorkspaceINTypedDict",
    "UsersAPIGetIdentitySecurityTypedDict",
    "UsersAPIListOrganizationsSecurityTypedDict",
    "UsersAPIListWorkspacesSecurityTypedDict",
    "UsersAPIWhoamiSecurityTypedDict",
    "WorkspaceMemberINTypedDict",
    "WorkspaceMemberSingleINTypedDict",
]


class OrganizationMemberCreateTypedDict(TypedDict):
    """Dict form of :class:`OrganizationMemberCreate`."""

    role_names: NotRequired[Sequence[OrganizationMemberCreateRoleName] | None]
    roles: NotRequired[Sequence[UserRole] | Sequence[StaticOrganizationRoles] | None]
    role_name: NotRequired[OrganizationMemberCreateRoleName | None]
    role: NotRequired[UserRole | StaticOrganizationRoles | None]
    email: Required[str]
    first_name: Required[str]
    last_name: Required[str]
    subscription_types: NotRequired[Sequence[PlanType] | None]


class OrganizationInviteINTypedDict(TypedDict):
    """Dict form of :class:`OrganizationInviteIN`."""

    role_names: NotRequired[Sequence[OrganizationInviteINRoleName] | None]
    roles: NotRequired[Sequence[UserRole] | Sequence[StaticOrganizationRoles] | None]
    role_name: NotRequired[OrganizationInviteINRoleName | None]
    role: NotRequired[UserRole | StaticOrganizationRoles | None]
    email: Required[str]
    subscription_type: NotRequired[PlanType | None]
    subscription_types: NotRequired[Sequence[PlanType] | None]
    subscription_seat_automatic_granting: NotRequired[bool]
    email_language: NotRequired[OrganizationInviteINEmailLanguage | None]
    workspace_uuids: NotRequired[Sequence[str] | None]


class AdminOrganizationMemberUpdateTypedDict(TypedDict):
    """Dict form of :class:`AdminOrganizationMemberUpdate`."""

    role_names: NotRequired[Sequence[AdminOrganizationMemberUpdateRoleName] | None]
    roles: NotRequired[Sequence[UserRole] | Sequence[StaticOrganizationRoles] | None]
    role_name: NotRequired[AdminOrganizationMemberUpdateRoleName | None]
    role: NotRequired[UserRole | StaticOrganizationRoles | None]
    subscription_types: NotRequired[Sequence[AdminOrganizationMemberUpdateSubscriptionType] | None]


class AdminWorkspaceInTypedDict(TypedDict):
    """Dict form of :class:`AdminWorkspaceIn`."""

    name: Required[str]
    description: NotRequired[str]
    icon: NotRequired[str]
    add_all_org_members: NotRequired[bool]
    admin_user_id: Required[str]


class UpdateWorkspaceINTypedDict(TypedDict):
    """Dict form of :class:`UpdateWorkspaceIN`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]
    icon: NotRequired[str | None]


class WorkspaceMemberINTypedDict(TypedDict):
    """Dict form of :class:`WorkspaceMemberIN`."""

    members: NotRequired[Sequence[WorkspaceMemberSingleINTypedDict] | None]


class WorkspaceMemberSingleINTypedDict(TypedDict):
    """Dict form of :class:`WorkspaceMemberSingleIN`."""

    role_names: NotRequired[Sequence[WorkspaceMemberSingleINRoleName] | None]
    roles: NotRequired[Sequence[WorkspaceRole] | Sequence[StaticWorkspaceRoles] | None]
    role_name: NotRequired[WorkspaceMemberSingleINRoleName | None]
    role: NotRequired[WorkspaceRole | StaticWorkspaceRoles | None]
    user_uuid: Required[str]


class BaseWorkspaceMemberINTypedDict(TypedDict):
    """Dict form of :class:`BaseWorkspaceMemberIN`."""

    user_uuid: Required[str]


class RemoveWorkspaceMembersINTypedDict(TypedDict):
    """Dict form of :class:`RemoveWorkspaceMembersIN`."""

    members: Required[Sequence[BaseWorkspaceMemberINTypedDict]]


class NewUsageLimitINTypedDict(TypedDict):
    """Dict form of :class:`NewUsageLimitIN`."""

    amount: Required[int]
    no_monthly_limit: NotRequired[bool]


class AdminUserGroupInTypedDict(TypedDict):
    """Dict form of :class:`AdminUserGroupIn`."""

    name: Required[str]
    description: NotRequired[str | None]
    target_type: NotRequired[UserGroupTargetType | None]
    parent_group_ids: NotRequired[Sequence[str]]


class AdminProvisionGroupToWorkspaceInTypedDict(TypedDict):
    """Dict form of :class:`AdminProvisionGroupToWorkspaceIn`."""

    user_group_uuid: Required[str]
    workspace_uuid: Required[str]
    workspace_role: NotRequired[WorkspaceRole | StaticWorkspaceRoles | None]
    workspace_role_name: NotRequired[AdminProvisionGroupToWorkspaceInWorkspaceRoleName | None]


class AdminUpdateUserGroupInTypedDict(TypedDict):
    """Dict form of :class:`AdminUpdateUserGroupIn`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]
    target_type: NotRequired[UserGroupTargetType | None]
    parent_group_ids: NotRequired[Sequence[str] | None]


class AdminAssignUsersToGroupInTypedDict(TypedDict):
    """Dict form of :class:`AdminAssignUsersToGroupIn`."""

    user_uuids: Required[Sequence[str]]


class AssignGroupToWorkspaceInTypedDict(TypedDict):
    """Dict form of :class:`AssignGroupToWorkspaceIn`."""

    role_names: NotRequired[Sequence[AssignGroupToWorkspaceInRoleName] | None]
    roles: NotRequired[Sequence[WorkspaceRole | StaticWorkspaceRoles] | None]
    role: NotRequired[WorkspaceRole | StaticWorkspaceRoles | None]
    workspace_uuid: Required[str]


class UpdateGroupWorkspaceAssignmentInTypedDict(TypedDict):
    """Dict form of :class:`UpdateGroupWorkspaceAssignmentIn`."""

    role_names: NotRequired[Sequence[UpdateGroupWorkspaceAssignmentInRoleName] | None]
    roles: NotRequired[Sequence[WorkspaceRole | StaticWorkspaceRoles] | None]
    role: NotRequired[WorkspaceRole | StaticWorkspaceRoles | None]


class UpdateUserGroupOrganizationRoleInTypedDict(TypedDict):
    """Dict form of :class:`UpdateUserGroupOrganizationRoleIn`."""

    organization_role: Required[UserRole | StaticOrganizationRoles]


class SetNestedGroupsInTypedDict(TypedDict):
    """Dict form of :class:`SetNestedGroupsIn`."""

    child_group_uuids: Required[Sequence[str]]


class AdminCreateAPIKeyINTypedDict(TypedDict):
    """Dict form of :class:`AdminCreateAPIKeyIN`."""

    name: NotRequired[str | None]
    expiration: NotRequired[str | None]
    workspace_uuid: Required[str]
    user_id: Required[str]


class AdminScimSyncConfigTypedDict(TypedDict):
    """Dict form of :class:`AdminScimSyncConfig`."""

    delete_missing_groups: NotRequired[bool]
    deprovision_users: NotRequired[bool]
    sync_users: Required[bool]
    sync_groups: Required[bool]
    sync_memberships: Required[bool]


class AdminScimSyncTriggerINTypedDict(TypedDict):
    """Dict form of :class:`AdminScimSyncTriggerIN`."""

    dry_run: NotRequired[bool]
    sync_config: NotRequired[AdminScimSyncConfigTypedDict | None]


class CreateServiceAccountRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateServiceAccountRequest`."""

    name: Required[str]
    workspace_id: Required[str]
    description: NotRequired[str | None]
    role_ids: NotRequired[Sequence[str] | None]


class SetServiceAccountRolesRequestTypedDict(TypedDict):
    """Dict form of :class:`SetServiceAccountRolesRequest`."""

    role_ids: Required[Sequence[str]]


class UpdateServiceAccountRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateServiceAccountRequest`."""

    description: NotRequired[str | None]


class UsersAPIGetIdentitySecurityTypedDict(TypedDict):
    """Dict form of :class:`UsersAPIGetIdentitySecurity`."""

    dashboard_user_context_auth: NotRequired[str | None]
    bearer_user_context_auth: NotRequired[str | None]


class UsersAPIListOrganizationsSecurityTypedDict(TypedDict):
    """Dict form of :class:`UsersAPIListOrganizationsSecurity`."""

    dashboard_user_context_auth: NotRequired[str | None]
    bearer_user_context_auth: NotRequired[str | None]


class UsersAPIListWorkspacesSecurityTypedDict(TypedDict):
    """Dict form of :class:`UsersAPIListWorkspacesSecurity`."""

    dashboard_user_context_auth: NotRequired[str | None]
    bearer_user_context_auth: NotRequired[str | None]


class UsersAPIWhoamiSecurityTypedDict(TypedDict):
    """Dict form of :class:`UsersAPIWhoamiSecurity`."""

    dashboard_user_or_service_account_context_auth: NotRequired[str | None]
    bearer_user_context_auth: NotRequired[str | None]
