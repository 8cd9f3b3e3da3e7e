# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    Required,
    TypeAlias,
)

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.models import (
    HTTPValidationError,
    ValidationError,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    PagedModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "APIKeyActions",
    "APIKeyActionsDelete",
    "APIKeyActionsRotate",
    "APIKeyExtendedOUT",
    "APIKeyOUT",
    "APIKeyProduct",
    "APIKeysExtendedOUT",
    "APIPlan",
    "ActionAvailable",
    "ActionUnavailable_DeleteUnavailableReason_",
    "ActionUnavailable_RotateUnavailableReason_",
    "ActorType",
    "AddOrUpdateUsersToWorkspaceOUT",
    "AddUsersToWorkspaceOUT",
    "AdminAssignUsersToGroupIn",
    "AdminAssignUsersToGroupInTypedDict",
    "AdminCreateAPIKeyIN",
    "AdminCreateAPIKeyINTypedDict",
    "AdminOrganizationMemberOUT",
    "AdminOrganizationMemberOUTSubscriptionType",
    "AdminOrganizationMemberUpdate",
    "AdminOrganizationMemberUpdateRoleName",
    "AdminOrganizationMemberUpdateSubscriptionType",
    "AdminOrganizationMemberUpdateTypedDict",
    "AdminProvisionGroupToWorkspaceIn",
    "AdminProvisionGroupToWorkspaceInTypedDict",
    "AdminProvisionGroupToWorkspaceInWorkspaceRoleName",
    "AdminScimSyncActiveRunOUT",
    "AdminScimSyncConfig",
    "AdminScimSyncConfigTypedDict",
    "AdminScimSyncRunOUT",
    "AdminScimSyncTriggerIN",
    "AdminScimSyncTriggerINTypedDict",
    "AdminScimSyncTriggerOUT",
    "AdminUpdateUserGroupIn",
    "AdminUpdateUserGroupInTypedDict",
    "AdminUserGroupIn",
    "AdminUserGroupInTypedDict",
    "AdminUserGroupMemberOut",
    "AdminUserGroupMembersOut",
    "AdminUserGroupOut",
    "AdminUserGroupsOut",
    "AdminUserOUT",
    "AdminUserOUTSubscriptionType",
    "AdminWorkspaceIn",
    "AdminWorkspaceInTypedDict",
    "ApiObjectType",
    "ApiZone",
    "AssignGroupToWorkspaceIn",
    "AssignGroupToWorkspaceInRoleName",
    "AssignGroupToWorkspaceInTypedDict",
    "AssignableServiceAccountRole",
    "AuditLogEventType",
    "AuditLogOut",
    "BaseWorkspaceMemberIN",
    "BaseWorkspaceMemberINTypedDict",
    "BasicModelUsageDataJSON",
    "ChatPlan",
    "CodePlan",
    "CreateServiceAccountRequest",
    "CreateServiceAccountRequestTypedDict",
    "DeleteAPIKeyOUT",
    "DeleteOUT",
    "DeleteUnavailableReason",
    "FineTuningDataJSON",
    "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity",
    "GroupWorkspaceAssignmentOut",
    "GroupWorkspaceAssignmentsOut",
    "HTTPValidationError",
    "LagoEventType",
    "LibrariesAPIUsageDataJSON",
    "LimitsContext",
    "LimitsOUT",
    "ListAssignableServiceAccountRolesResponse",
    "ListOrganizationsResponse",
    "ListServiceAccountRolesResponse",
    "ListServiceAccountsResponse",
    "ListServiceAccountsV1ServiceAccountsGetOrder",
    "ListWorkspacesResponse",
    "MemberSubscriptionOUT",
    "MemberWorkspaceInfo",
    "NestedGroupRef",
    "NestedGroupsOut",
    "NewUsageLimitIN",
    "NewUsageLimitINTypedDict",
    "OrganizationAdminUsersOUT",
    "OrganizationInviteIN",
    "OrganizationInviteINEmailLanguage",
    "OrganizationInviteINRoleName",
    "OrganizationInviteINTypedDict",
    "OrganizationInviteOUT",
    "OrganizationInvitesCreateOUT",
    "OrganizationMemberCreate",
    "OrganizationMemberCreateRoleName",
    "OrganizationMemberCreateTypedDict",
    "OrganizationUserInviteOUT",
    "OrganizationUsersCreateOUT",
    "PlanType",
    "PriceData",
    "RateLimitsOUT",
    "RemoveWorkspaceMembersIN",
    "RemoveWorkspaceMembersINTypedDict",
    "RemoveWorkspaceMembersOUT",
    "RoleOut",
    "RolesOut",
    "RotateUnavailableReason",
    "ScimSyncGroupActionOut",
    "ScimSyncGroupRefOut",
    "ScimSyncGroupUpdateActionOut",
    "ScimSyncGroupsSummaryOut",
    "ScimSyncMembershipActionOut",
    "ScimSyncRunStatus",
    "ScimSyncSummaryOut",
    "ScimSyncUserActionOut",
    "ScimSyncUserRefOut",
    "ScimSyncUsersSummaryOut",
    "ServiceAccount",
    "ServiceAccountRole",
    "ServiceTier",
    "SetNestedGroupsIn",
    "SetNestedGroupsInTypedDict",
    "SetServiceAccountRolesRequest",
    "SetServiceAccountRolesRequestTypedDict",
    "StaticOrganizationRoles",
    "StaticWorkspaceRoles",
    "SubscriptionStatus",
    "TargetType",
    "TokenLimitsByModel",
    "UpdateGroupWorkspaceAssignmentIn",
    "UpdateGroupWorkspaceAssignmentInRoleName",
    "UpdateGroupWorkspaceAssignmentInTypedDict",
    "UpdateServiceAccountRequest",
    "UpdateServiceAccountRequestTypedDict",
    "UpdateUserGroupOrganizationRoleIn",
    "UpdateUserGroupOrganizationRoleInTypedDict",
    "UpdateWorkspaceIN",
    "UpdateWorkspaceINTypedDict",
    "UsageLimits",
    "UsageOUTJSON",
    "UserGroupTargetType",
    "UserIdentity",
    "UserIdentityApiKey",
    "UserIdentityOrganization",
    "UserIdentityWorkspace",
    "UserOrganization",
    "UserRole",
    "UserWorkspace",
    "UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting",
    "UsersAPIGetIdentitySecurity",
    "UsersAPIGetIdentitySecurityTypedDict",
    "UsersAPIListOrganizationsSecurity",
    "UsersAPIListOrganizationsSecurityTypedDict",
    "UsersAPIListWorkspacesSecurity",
    "UsersAPIListWorkspacesSecurityTypedDict",
    "UsersAPIWhoamiSecurity",
    "UsersAPIWhoamiSecurityTypedDict",
    "ValidationError",
    "VibeActiveUsersStat",
    "VibeCodeUsageDataJSON",
    "VibeConsumedTokensStat",
    "VibeNextEditActiveUsersStat",
    "VibeNextEditModifiedLOCStat",
    "VibeNextEditSuggestionStat",
    "VibeOrganizationStatsOUT",
    "VibeSessionDurationStat",
    "VibeSessionStat",
    "VibeToolCallsByNameStat",
    "VibeToolCallsStat",
    "VibeUserPromptsStat",
    "VibeWorkByAgentStat",
    "VibeWorkByAgentStatsOUT",
    "VibeWorkByTimeStat",
    "VibeWorkByTimeStatsOUT",
    "VibeWorkByUserStat",
    "VibeWorkByUserStatsOUT",
    "VibeWorkspaceStatsOUT",
    "WhoamiOrganization",
    "WhoamiResponse",
    "WhoamiServiceAccountPrincipal",
    "WhoamiUserPrincipal",
    "WorkspaceEnrichedOUT",
    "WorkspaceMemberIN",
    "WorkspaceMemberINTypedDict",
    "WorkspaceMemberSingleIN",
    "WorkspaceMemberSingleINRoleName",
    "WorkspaceMemberSingleINTypedDict",
    "WorkspaceOUT",
    "WorkspaceRole",
    "WorkspaceRoleRef",
    "WorkspaceSpendLimitOUT",
    "WorkspacesOut",
]


class UserIdentity(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    email: str | None
    first_name: str | None
    last_name: str | None
    workspace: UserIdentityWorkspace | None = None
    organization: UserIdentityOrganization | None = None
    api_key: UserIdentityApiKey | None = None


class UserIdentityApiKey(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str | None


class UserIdentityOrganization(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str


class UserIdentityWorkspace(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str


class ListOrganizationsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[UserOrganization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[UserOrganization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[UserOrganization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    organizations: list[UserOrganization]
    """The organizations the authenticated user is a member of."""


class UserOrganization(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The organization's unique identifier."""
    name: str
    """The organization's display name."""


class ListWorkspacesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[UserWorkspace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[UserWorkspace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[UserWorkspace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workspaces: list[UserWorkspace]
    """The workspaces the authenticated user is a member of, each tagged with the organization it belongs to."""


class UserWorkspace(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The workspace's unique identifier."""
    name: str
    """The workspace's display name."""
    organization_id: str
    """The identifier of the organization this workspace belongs to."""


class AdminOrganizationMemberOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Organization member ID."""
    oid_id: str | None
    """Identity provider ID for the member."""
    name: str | None
    """Name of the Organization member."""
    email: str | None
    """Email address of the Organization member."""
    is_sso_outsider: bool | None = None
    """Whether the member is outside the SSO domain."""
    workspaces: list[MemberWorkspaceInfo] | None = None
    """Workspaces the member belongs to."""
    subscriptions: list[MemberSubscriptionOUT] = Field(default=[])
    """Subscriptions assigned to the member."""
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned to the member."""
    raw_role: UserRole | StaticOrganizationRoles
    """Deprecated single organization role. Use 'raw_roles' instead."""
    subscription_types: list[AdminOrganizationMemberOUTSubscriptionType] | None = None
    """Product seats assigned to the member."""
    created_at: datetime
    """Date the member was added to the Organization."""


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


class OrganizationAdminUsersOUT(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[AdminOrganizationMemberOUT]
    """Organization members on this page."""
    invites: list[OrganizationInviteOUT]
    """Pending Organization invitations on this page."""
    total: int | None
    """Total number of users and invitations that match the request."""
    page: int | None
    """Page number returned."""
    page_size: int | None
    """Maximum number of results per page."""


class OrganizationInviteOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Organization invitation ID."""
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned by the invite."""
    raw_role: UserRole | StaticOrganizationRoles
    """Deprecated single invite role. Use 'raw_roles' instead."""
    email: str
    """Email address invited to the Organization."""
    expired: bool
    """Whether the invitation has expired."""
    created_at: datetime
    """Time when the invitation was created."""
    workspace_uuids: list[str] = Field(default=[])
    """Workspace IDs the invited user will join."""


class OrganizationUsersCreateOUT(BaseModel):
    __mistral_keep__ = frozenset()
    invalid_emails: list[str]
    """Email addresses that could not be created."""
    email_to_user_id: dict[str, str]
    """Mapping from created user email to user identifier."""


class OrganizationMemberCreate(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[OrganizationMemberCreateRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: OrganizationMemberCreateRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: UserRole | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    email: str
    """Email address of the user to create."""
    first_name: str
    """First name of the user to create."""
    last_name: str
    """Last name of the user to create."""
    subscription_types: list[PlanType] | None = None
    """Product seats to assign to the user."""


class OrganizationInvitesCreateOUT(BaseModel):
    __mistral_keep__ = frozenset()
    invalid_emails: list[str]
    """Email addresses that could not be invited."""
    already_members: list[str]
    """Email addresses that already belong to the Organization."""
    invited_members_count: int | None = None
    """Number of invitations successfully created."""


class OrganizationInviteIN(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[OrganizationInviteINRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: OrganizationInviteINRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: UserRole | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    email: str
    """Email address, comma-separated emails, or newline-separated emails to invite."""
    subscription_type: PlanType | None = None
    """Deprecated single product seat to assign."""
    subscription_types: list[PlanType] | None = None
    """Product seats to assign to invited users."""
    subscription_seat_automatic_granting: bool = False
    """Whether to grant subscription seats automatically."""
    email_language: OrganizationInviteINEmailLanguage | None = None
    """Language used for invitation emails."""
    workspace_uuids: list[str] | None = None
    """Workspace IDs the invited users should join."""


class OrganizationUserInviteOUT(BaseModel):
    __mistral_keep__ = frozenset()
    invite_uuid: str
    """Organization invitation ID."""
    email: str | None
    """Email address invited to the Organization."""
    roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned by the invite."""
    role: UserRole | StaticOrganizationRoles
    """Deprecated single invite role. Use 'roles' instead."""


class DeleteOUT(BaseModel):
    __mistral_keep__ = frozenset()
    message: str
    """Deletion result message."""


class AdminOrganizationMemberUpdate(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[AdminOrganizationMemberUpdateRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: AdminOrganizationMemberUpdateRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: UserRole | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    subscription_types: list[AdminOrganizationMemberUpdateSubscriptionType] | None = None
    """Product seats to assign to the member."""


class AdminUserOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Organization member ID."""
    oid_id: str | None
    """Identity provider ID for the member."""
    name: str | None
    """Name of the Organization member."""
    email: str | None
    """Email address of the Organization member."""
    is_sso_outsider: bool | None = None
    """Whether the member is outside the SSO domain."""
    workspaces: list[MemberWorkspaceInfo] | None = None
    """Workspaces the member belongs to."""
    subscriptions: list[MemberSubscriptionOUT] = Field(default=[])
    """Subscriptions assigned to the member."""
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned to the member."""
    raw_role: UserRole | StaticOrganizationRoles
    """Deprecated single organization role. Use 'raw_roles' instead."""
    subscription_types: list[AdminUserOUTSubscriptionType] | None = None
    """Product seats assigned to the member."""
    created_at: datetime
    """Date the member was added to the Organization."""
    first_name: str | None
    """User first name."""
    last_name: str | None
    """User last name."""


class RoleOut(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Role name."""
    uuid: str
    """Role UUID."""
    description: str
    """Short description of the role."""
    is_custom_role: bool
    """Whether this role is custom-defined."""


class RolesOut(BaseModel):
    __mistral_keep__ = frozenset()
    workspace_roles: list[RoleOut]
    """Workspace roles available to the Organization."""
    organization_roles: list[RoleOut]
    """Organization roles available to the Organization."""


class WorkspaceOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    description: str | None
    """Workspace description."""
    icon: str | None
    """Workspace icon."""
    members_count: int | None = None
    """Number of members in the Workspace."""
    spend_limit: WorkspaceSpendLimitOUT | None = None
    """Workspace spending limit."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""


class WorkspaceSpendLimitOUT(BaseModel):
    __mistral_keep__ = frozenset()
    value: float | None
    """Monthly spending limit for the Workspace."""
    currency: str | None
    """Currency used for the Workspace spending limit."""
    no_monthly_limit: bool | None
    """Whether the Workspace has no monthly spending limit."""


class WorkspacesOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkspaceOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkspaceOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkspaceOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of Workspaces that match the request."""
    items: list[WorkspaceOUT]
    """Workspaces on this page."""
    object: ApiObjectType = "list"
    """Type of paginated API object."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class WorkspaceEnrichedOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    description: str | None
    """Workspace description."""
    icon: str | None
    """Workspace icon."""
    members_count: int | None = None
    """Number of members in the Workspace."""
    spend_limit: WorkspaceSpendLimitOUT | None = None
    """Workspace spending limit."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""
    raw_roles: list[WorkspaceRole | StaticWorkspaceRoles | StaticOrganizationRoles]
    """Roles granted for the Workspace."""
    raw_role: WorkspaceRole | StaticWorkspaceRoles | StaticOrganizationRoles
    """Deprecated single role for the Workspace. Use 'raw_roles' instead."""


class AdminWorkspaceIn(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Workspace name."""
    description: str = ""
    """Workspace description."""
    icon: str = ""
    """Workspace icon."""
    add_all_org_members: bool = False
    """Whether to add all Organization members to the Workspace."""
    admin_user_id: str
    """User ID to grant the Workspace Admin role to."""


class UpdateWorkspaceIN(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    """Updated Workspace name."""
    description: str | None = None
    """Updated Workspace description."""
    icon: str | None = None
    """Updated Workspace icon."""


class AddUsersToWorkspaceOUT(BaseModel):
    __mistral_keep__ = frozenset()
    added_members_count: int
    """Number of users added to the Workspace."""


class WorkspaceMemberIN(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[WorkspaceMemberSingleIN] | None = None
    """Workspace members to add or update."""


class WorkspaceMemberSingleIN(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[WorkspaceMemberSingleINRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[WorkspaceRole] | list[StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: WorkspaceMemberSingleINRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    user_uuid: str
    """User ID of the Workspace member."""


class AddOrUpdateUsersToWorkspaceOUT(BaseModel):
    __mistral_keep__ = frozenset()
    added_members_count: int
    """Number of users added to the Workspace."""
    updated_members_count: int
    """Number of Workspace members updated."""


class RemoveWorkspaceMembersOUT(BaseModel):
    __mistral_keep__ = frozenset()
    deleted_members_count: int
    """Number of Workspace members removed."""
    not_deleted_members: list[str] | None = None
    """Users that could not be removed."""


class BaseWorkspaceMemberIN(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuid: str
    """User ID of the Workspace member."""


class RemoveWorkspaceMembersIN(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[BaseWorkspaceMemberIN]
    """Workspace members to remove."""


class RateLimitsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    requests_per_second: int
    """Maximum API requests allowed per second."""
    tokens_limits_by_model: dict[str, TokenLimitsByModel]
    """Token limits for each model."""


class TokenLimitsByModel(BaseModel):
    __mistral_keep__ = frozenset()
    tokens_per_minute: int
    """Maximum tokens allowed per minute."""
    tokens_per_month: int
    """Maximum tokens allowed per month."""


class LimitsContext(BaseModel):
    __mistral_keep__ = frozenset()
    completion: UsageLimits
    """Completion usage and rate limits."""
    last_payment_failure: bool
    """Whether the latest payment attempt failed."""
    last_payment_failure_protection: bool | None
    """Whether payment failure protection is enabled."""
    currency: str
    """Currency used for usage and limit amounts."""


class LimitsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    limits: LimitsContext
    """Usage, rate, and job limits for the Organization."""


class UsageLimits(BaseModel):
    __mistral_keep__ = frozenset()
    no_monthly_limit: bool = False
    """Whether no monthly usage limit is configured."""
    monthly_limit_reached: bool
    """Whether the monthly usage limit has been reached."""
    usage: float | None = None
    """Current usage counted against the limit."""
    vibe_usage: float | None = None
    """Current Vibe usage counted against the limit."""
    total_usage: float | None = None
    """Total current usage counted against the limit."""
    usage_limit: float | None = None
    """Current usage limit."""


class NewUsageLimitIN(BaseModel):
    __mistral_keep__ = frozenset()
    amount: int
    """New monthly usage limit amount."""
    no_monthly_limit: bool = False
    """Whether to remove the monthly usage limit."""


class BasicModelUsageDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    models: dict[str, dict[str, list[dict[str, Any]]]]
    """Usage data grouped by model."""


class FineTuningDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    training: dict[str, dict[str, list[dict[str, Any]]]]
    """Fine-tuning training usage."""
    storage: dict[str, int]
    """Fine-tuning storage usage."""


class LibrariesAPIUsageDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    pages: BasicModelUsageDataJSON
    """Page usage for Libraries API."""
    tokens: BasicModelUsageDataJSON
    """Token usage for Libraries API."""
    audio_seconds: BasicModelUsageDataJSON
    """Audio usage for Libraries API."""


class PriceData(BaseModel):
    __mistral_keep__ = frozenset()
    event_type: LagoEventType | None
    """Billing event type for the price."""
    billing_metric: str
    """Billing metric this price applies to."""
    billing_group: str
    """Billing metric group this price applies to."""
    api_zone: ApiZone
    """API zone this price applies to."""
    service_tier: ServiceTier
    """Service tier this price applies to."""
    price: float | str
    """Unit price for the billing metric."""


class UsageOUTJSON(BaseModel):
    __mistral_keep__ = frozenset()
    completion: BasicModelUsageDataJSON
    """Completion usage data."""
    ocr: BasicModelUsageDataJSON
    """OCR usage data."""
    connectors: BasicModelUsageDataJSON
    """Connector usage data."""
    libraries_api: LibrariesAPIUsageDataJSON
    """Libraries API usage data."""
    fine_tuning: FineTuningDataJSON
    """Fine-tuning usage data."""
    audio: BasicModelUsageDataJSON
    """Audio usage data."""
    audio_characters: BasicModelUsageDataJSON
    """Text-to-speech (audio characters) usage data."""
    vibe_usage: float
    """Legacy Vibe usage field. Always 0; use the Vibe usage API instead."""
    vibe_code: VibeCodeUsageDataJSON
    """Vibe Code usage data, broken down by sub-usage type."""
    chat: BasicModelUsageDataJSON
    """Chat usage data."""
    date: datetime
    """Reference date for the usage period."""
    previous_month: str | None
    """Previous month in the usage report."""
    next_month: str | None
    """Next month in the usage report."""
    start_date: datetime
    """Start of the usage period."""
    end_date: datetime
    """End of the usage period."""
    currency: str | None
    """Currency used for usage prices."""
    currency_symbol: str | None
    """Currency symbol used for usage prices."""
    prices: list[PriceData] | None
    """Prices used to calculate usage amounts."""


class VibeCodeUsageDataJSON(BaseModel):
    __mistral_keep__ = frozenset()
    completion: BasicModelUsageDataJSON
    """Vibe Code completion (token) usage data."""
    ocr: BasicModelUsageDataJSON
    """Vibe Code OCR usage data."""
    connectors: BasicModelUsageDataJSON
    """Vibe Code connectors usage data."""
    audio: BasicModelUsageDataJSON
    """Vibe Code audio transcription usage data."""
    audio_characters: BasicModelUsageDataJSON
    """Vibe Code text-to-speech usage data."""


class AuditLogOut(BaseModel):
    __mistral_keep__ = frozenset()
    created_at: datetime
    """Time when the audit log entry was created."""
    actor_type: ActorType
    """Type of actor that performed the action."""
    actor_metadata: dict[str, str]
    """Details about who performed the action."""
    event_type: AuditLogEventType
    """Type of action recorded in the audit log."""
    event_metadata: dict[str, str]
    """Details about the recorded action."""
    target_type: TargetType
    """Type of resource affected by the action."""
    target_metadata: dict[str, str]
    """Details about the affected resource."""
    log_id: int
    """Audit log entry ID."""
    organization_uuid: str | None = None
    """Organization ID for the audit log entry."""
    workspace_uuid: str | None = None
    """Workspace ID for the audit log entry."""


class AdminUserGroupOut(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"parent_group_ids"})
    uuid: str
    """User group ID."""
    name: str
    """Name of the user group."""
    description: str | None
    """Optional description of the user group."""
    externally_managed: bool | None = None
    """Whether the group is managed by an external system."""
    target_type: UserGroupTargetType | None = None
    """Type of resources this group can access."""
    organization_role: str | None = None
    """Organization role assigned to the group."""
    parent_group_ids: list[str] | None = None
    """UUIDs of the groups this group is directly nested inside."""


class AdminUserGroupsOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AdminUserGroupOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AdminUserGroupOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AdminUserGroupOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of user groups that match the request."""
    items: list[AdminUserGroupOut]
    """User groups on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class AdminUserGroupIn(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"parent_group_ids"})
    name: str
    """Name of the user group."""
    description: str | None = None
    """Optional description of the user group."""
    target_type: UserGroupTargetType | None = None
    """Type of resources this group can access."""
    parent_group_ids: list[str] | None = None
    """UUIDs of existing groups to nest this new group inside. Omit or pass an empty list to create a top-level group."""


class AdminProvisionGroupToWorkspaceIn(BaseModel):
    __mistral_keep__ = frozenset()
    user_group_uuid: str
    """User group ID to provision."""
    workspace_uuid: str
    """Workspace ID where the group is provisioned."""
    workspace_role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Workspace role value to assign to the group. Mutually exclusive with 'workspace_role_name'."""
    workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleName | None = None
    """Workspace role name to assign to the group. Mutually exclusive with 'workspace_role'."""


class AdminUpdateUserGroupIn(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    """Updated name of the user group."""
    description: str | None = None
    """Updated description of the user group."""
    target_type: UserGroupTargetType | None = None
    """Updated permission target type for this group."""
    parent_group_ids: list[str] | None = None
    """Full replacement list of parent group UUIDs. Pass an empty list to remove all parents; omit the field to leave the parent groups unchanged."""


class AdminUserGroupMemberOut(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuid: str
    """User ID of the group member."""
    name: str | None
    """Name of the group member."""
    email: str | None
    """Email address of the group member."""


class AdminUserGroupMembersOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AdminUserGroupMemberOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AdminUserGroupMemberOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AdminUserGroupMemberOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of group members that match the request."""
    members: list[AdminUserGroupMemberOut]
    """Group members on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class AdminAssignUsersToGroupIn(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuids: list[str]
    """User IDs to add to the group."""


class GroupWorkspaceAssignmentOut(BaseModel):
    __mistral_keep__ = frozenset()
    roles: list[WorkspaceRoleRef]
    role_uuid: str | None = None
    role_name: str | None = None
    workspace_uuid: str
    workspace_name: str
    """Name of the Workspace."""
    created: datetime


class GroupWorkspaceAssignmentsOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GroupWorkspaceAssignmentOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GroupWorkspaceAssignmentOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GroupWorkspaceAssignmentOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of Workspace assignments that match the request."""
    items: list[GroupWorkspaceAssignmentOut]
    """Workspace assignments on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""


class WorkspaceRoleRef(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    uuid: str


class AssignGroupToWorkspaceIn(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[AssignGroupToWorkspaceInRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[WorkspaceRole | StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Deprecated single role value. Use 'role_names' instead."""
    workspace_uuid: str


class UpdateGroupWorkspaceAssignmentIn(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[UpdateGroupWorkspaceAssignmentInRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[WorkspaceRole | StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Deprecated single role value. Use 'role_names' instead."""


class UpdateUserGroupOrganizationRoleIn(BaseModel):
    __mistral_keep__ = frozenset()
    organization_role: UserRole | StaticOrganizationRoles
    """Organization role to assign to the group."""


class NestedGroupRef(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """UUID of the group."""
    name: str
    """Display name of the group."""


class NestedGroupsOut(BaseModel):
    __mistral_keep__ = frozenset()
    children: list[NestedGroupRef]
    """Groups directly nested inside this group (its direct children)."""


class SetNestedGroupsIn(BaseModel):
    __mistral_keep__ = frozenset()
    child_group_uuids: list[str]
    """Full replacement list of UUIDs of groups to nest directly inside this group."""


class APIKeyActions(BaseModel):
    """Per-action availability for an API key, keyed by action name. This is the generic, reusable shape for surfacing what a viewer may do with a resource on get/list endpoints: each action maps to a value that is either available or unavailable with an optional reason code. Add fields here as more actions are exposed. Every action is opt-in: fields default to ``None`` (the action is absent), and an absent action means "unavailable, with no specified reason". An action is only available when a producer explicitly sets it to ``ActionAvailable``. This keeps permissions opt-in rather than opt-out, so forgetting to populate an action can never accidentally expose it."""

    __mistral_keep__ = frozenset()
    rotate: APIKeyActionsRotate | None = None
    delete: APIKeyActionsDelete | None = None


class APIKeyExtendedOUT(BaseModel):
    __mistral_keep__ = frozenset()
    key_id: str
    """API key ID."""
    key: str | None
    """Plaintext API key value. Only returned at creation time."""
    name: str | None
    """Name of the API key."""
    hidden_key: str
    """Masked API key value for display."""
    created_at: datetime | None
    """Time when the API key was created."""
    expiration_date: str | None
    """Date when the API key expires."""
    actions: APIKeyActions
    """Per-action availability for this API key (e.g. whether it can be rotated or deleted)."""
    workspace_id: str | None
    """Workspace ID for the API key."""
    workspace_name: str | None
    """Name of the Workspace for the API key."""
    created_by: str | None
    """User or API key that created this API key."""
    product: APIKeyProduct | None
    """Product the API key belongs to."""
    last_used: str | None
    """Date when the API key was last used."""
    can_delete: bool | None
    """Whether you can delete this API key."""


class APIKeysExtendedOUT(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[APIKeyExtendedOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[APIKeyExtendedOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[APIKeyExtendedOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    keys: list[APIKeyExtendedOUT]
    """API keys for the Organization."""


class ActionAvailable(ConstFieldsModel):
    """The viewer may perform the action on the resource."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "available"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["available"] = "available"


class ActionUnavailable_DeleteUnavailableReason_(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "unavailable"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["unavailable"] = "unavailable"
    reason: DeleteUnavailableReason | None = None


class ActionUnavailable_RotateUnavailableReason_(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "unavailable"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["unavailable"] = "unavailable"
    reason: RotateUnavailableReason | None = None


class APIKeyOUT(BaseModel):
    __mistral_keep__ = frozenset()
    key_id: str
    """API key ID."""
    key: str | None
    """Plaintext API key value. Only returned at creation time."""
    name: str | None
    """Name of the API key."""
    hidden_key: str
    """Masked API key value for display."""
    created_at: datetime | None
    """Time when the API key was created."""
    expiration_date: str | None
    """Date when the API key expires."""
    actions: APIKeyActions
    """Per-action availability for this API key (e.g. whether it can be rotated or deleted)."""


class AdminCreateAPIKeyIN(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    """Optional name for the API key."""
    expiration: str | None = None
    """Date when the API key should expire."""
    workspace_uuid: str
    """Workspace ID for the API key."""
    user_id: str
    """ID of the user the API key is created for."""


class DeleteAPIKeyOUT(BaseModel):
    __mistral_keep__ = frozenset()
    detail: str
    """API key deletion result message."""


class AdminScimSyncTriggerOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the created SCIM synchronization run."""


class AdminScimSyncActiveRunOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the already active SCIM synchronization run."""
    status: ScimSyncRunStatus
    """Current lifecycle status of the active synchronization run."""


class AdminScimSyncConfig(BaseModel):
    __mistral_keep__ = frozenset()
    delete_missing_groups: bool = False
    """Delete Organization groups that are absent from the SCIM provider."""
    deprovision_users: bool = False
    """Remove Organization users that are inactive or absent from the SCIM provider."""
    sync_users: bool
    """Add users found in the SCIM provider to the Organization."""
    sync_groups: bool
    """Synchronize group metadata from the SCIM provider."""
    sync_memberships: bool
    """Synchronize additions and removals of users in SCIM groups."""


class AdminScimSyncTriggerIN(BaseModel):
    __mistral_keep__ = frozenset()
    dry_run: bool = True
    """Preview all synchronization changes without applying them."""
    sync_config: AdminScimSyncConfig | None = None
    """Categories to synchronize. Required when dry_run is false; ignored for dry runs."""


class AdminScimSyncRunOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the SCIM synchronization run."""
    status: ScimSyncRunStatus
    """Current lifecycle status of the synchronization run."""
    dry_run: bool
    """Whether the run only previewed changes."""
    sync_config: AdminScimSyncConfig | None
    """Categories selected for this synchronization run."""
    created_at: datetime
    """Time at which the synchronization run was created."""
    started_at: datetime | None
    """Time at which processing started, if it has started."""
    finished_at: datetime | None
    """Time at which processing finished, if it has finished."""
    summary: ScimSyncSummaryOut | None
    """Preview or result summary, available after the synchronization plan is built."""
    error_message: str | None
    """Failure detail when the synchronization run could not complete."""


class ScimSyncGroupActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    group: ScimSyncGroupRefOut


class ScimSyncGroupRefOut(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    group_name: str = Field(validation_alias="groupName", serialization_alias="groupName")


class ScimSyncGroupUpdateActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    group: ScimSyncGroupRefOut
    previous_group_name: str = Field(
        validation_alias="previous_groupName", serialization_alias="previous_groupName"
    )


class ScimSyncGroupsSummaryOut(BaseModel):
    __mistral_keep__ = frozenset()
    create: list[ScimSyncGroupActionOut]
    update: list[ScimSyncGroupUpdateActionOut]
    delete: list[ScimSyncGroupActionOut]


class ScimSyncMembershipActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    group: ScimSyncGroupRefOut
    users_added: list[ScimSyncUserRefOut]
    users_removed: list[ScimSyncUserRefOut]


class ScimSyncSummaryOut(BaseModel):
    __mistral_keep__ = frozenset()
    users: ScimSyncUsersSummaryOut
    groups: ScimSyncGroupsSummaryOut
    memberships: list[ScimSyncMembershipActionOut]


class ScimSyncUserActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    user: ScimSyncUserRefOut


class ScimSyncUserRefOut(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    user_name: str = Field(validation_alias="userName", serialization_alias="userName")


class ScimSyncUsersSummaryOut(BaseModel):
    __mistral_keep__ = frozenset()
    provision: list[ScimSyncUserActionOut]
    deprovision: list[ScimSyncUserActionOut]


class VibeActiveUsersStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_active_users_total: int
    nb_active_users_cli: int
    nb_active_users_acp: int
    nb_active_users_programmatic: int


class VibeConsumedTokensStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    model: str
    cached_tokens: int
    input_tokens: int
    output_tokens: int


class VibeNextEditActiveUsersStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_active_users: int


class VibeNextEditModifiedLOCStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    lines_inserted: int
    lines_deleted: int
    lines_unchanged: int
    lines_total: int


class VibeNextEditSuggestionStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    total_suggestions: int
    outcome_accepted: int
    outcome_rejected: int
    outcome_timeout: int
    outcome_aborted: int
    outcome_dismissed: int
    force_generated_true: int
    force_generated_false: int
    surface_widget: int
    surface_ghost_text: int


class VibeOrganizationStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    next_edit_suggestions: list[VibeNextEditSuggestionStat]
    next_edit_active_users: list[VibeNextEditActiveUsersStat]
    next_edit_modified_loc: list[VibeNextEditModifiedLOCStat]


class VibeSessionDurationStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    total_duration_hours: float


class VibeSessionStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_sessions: int
    nb_sessions_cli: int
    nb_sessions_acp: int
    nb_sessions_programmatic: int


class VibeToolCallsByNameStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    tool_name: str
    count: int


class VibeToolCallsStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    total: int
    status_success: int
    status_failure: int
    status_skipped: int
    approval_ask: int
    approval_always: int
    approval_never: int


class VibeUserPromptsStat(BaseModel):
    __mistral_keep__ = frozenset()
    day: str
    nb_prompts_total: int
    nb_prompts_cli: int
    nb_prompts_acp: int
    nb_prompts_programmatic: int


class VibeWorkByAgentStat(BaseModel):
    __mistral_keep__ = frozenset()
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    agent_id: str
    last_message_at: datetime
    unique_users_count: int


class VibeWorkByAgentStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByAgentStat]


class VibeWorkByTimeStat(BaseModel):
    __mistral_keep__ = frozenset()
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    time_bucket: datetime | None
    unique_users_count: int
    messages_to_agents_count: int
    unique_agents_count: int


class VibeWorkByTimeStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByTimeStat]


class VibeWorkByUserStat(BaseModel):
    __mistral_keep__ = frozenset()
    messages_count: int
    files_count: int
    images_count: int
    spreadsheets_count: int
    unique_conversations_count: int
    user_id: str
    last_message_at: datetime
    unique_agents_count: int
    messages_to_agents_count: int


class VibeWorkByUserStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    data: list[VibeWorkByUserStat]


class VibeWorkspaceStatsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    start_time: int
    """Start of the queried window, as a Unix timestamp in seconds."""
    end_time: int
    """End of the queried window, as a Unix timestamp in seconds."""
    sessions: list[VibeSessionStat]
    user_prompts: list[VibeUserPromptsStat]
    active_users: list[VibeActiveUsersStat]
    consumed_tokens: list[VibeConsumedTokensStat]
    tool_calls: list[VibeToolCallsStat]
    tool_calls_by_name: list[VibeToolCallsByNameStat]
    session_durations: list[VibeSessionDurationStat]


class AssignableServiceAccountRole(BaseModel):
    """A workspace role that may be assigned to a service account."""

    __mistral_keep__ = frozenset()
    uuid: str
    name: str
    description: str
    is_custom_role: bool


class CreateServiceAccountRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    workspace_id: str
    description: str | None = None
    role_ids: list[str] | None = None


class ListAssignableServiceAccountRolesResponse(BaseModel):
    __mistral_keep__ = frozenset()
    items: list[AssignableServiceAccountRole]


class ListServiceAccountRolesResponse(BaseModel):
    __mistral_keep__ = frozenset()
    items: list[ServiceAccountRole]


class ListServiceAccountsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ServiceAccount]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ServiceAccount]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ServiceAccount]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    items: list[ServiceAccount]


class ServiceAccount(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    customer_id: str
    organization_id: str
    workspace_id: str
    description: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class ServiceAccountRole(BaseModel):
    """A single workspace-role binding held by a service account."""

    __mistral_keep__ = frozenset()
    role_id: str


class SetServiceAccountRolesRequest(BaseModel):
    """Request body for replacing the workspace roles assigned to a service account."""

    __mistral_keep__ = frozenset()
    role_ids: list[str]


class UpdateServiceAccountRequest(BaseModel):
    __mistral_keep__ = frozenset()
    description: str | None = None


class UsersAPIGetIdentitySecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_context_auth: str | None = None
    bearer_user_context_auth: str | None = None


class UsersAPIListOrganizationsSecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_context_auth: str | None = None
    bearer_user_context_auth: str | None = None


class UsersAPIListWorkspacesSecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_context_auth: str | None = None
    bearer_user_context_auth: str | None = None


class UsersAPIWhoamiSecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_or_service_account_context_auth: str | None = None
    bearer_user_context_auth: str | None = None


class WhoamiOrganization(BaseModel):
    """Organization identity and context for the authenticated caller."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    org_tier: str | None = None
    internal: bool | None = False
    kind: str | None = "S"


class WhoamiResponse(BaseModel):
    """Principal-agnostic identity of the authenticated caller. Supersedes the user-centric ``/v1/users/me`` and ``/api/users/v2/me`` by resolving any principal (user or service account) through a single call. The ``principal`` field is a discriminated union; the remaining fields are the shared session context and apply to either principal kind."""

    __mistral_keep__ = frozenset()
    principal: WhoamiServiceAccountPrincipal | WhoamiUserPrincipal
    organization: WhoamiOrganization | None = None
    workspace: UserIdentityWorkspace | None = None


class WhoamiServiceAccountPrincipal(ConstFieldsModel):
    """Identity of a service-account principal. Carries service-account-only fields. Service accounts have no user profile (no email or name of a person); ``name`` is the service account's own display name. Resolved independently of the authentication mechanism."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"principal_type": "service_account"}
    __mistral_keep__ = frozenset({"principal_type"})
    service_account_id: str
    principal_type: Literal["service_account"] = "service_account"
    name: str | None = None


class WhoamiUserPrincipal(ConstFieldsModel):
    """Identity of a human user principal. Carries user-only fields. The ``principal_type`` discriminator makes this variant mutually exclusive with the service-account variant, so a payload can never carry both a user id and a service-account id."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"principal_type": "user"}
    __mistral_keep__ = frozenset({"principal_type"})
    id: str
    principal_type: Literal["user"] = "user"
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None


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


APIPlan: TypeAlias = Literal["FREE", "PAY_AS_YOU_GO"] | str

AdminOrganizationMemberOUTSubscriptionType: TypeAlias = Literal["CHAT", "MISTRAL_CODE"] | str

ChatPlan: TypeAlias = Literal["INDIVIDUAL", "EDU", "TEAM"] | str

CodePlan: TypeAlias = Literal["ENTERPRISE"]

PlanType: TypeAlias = Literal["API", "CHAT", "ON_PREMISE", "LICENSE", "MISTRAL_CODE"] | str

StaticOrganizationRoles: TypeAlias = (
    Literal[
        "0d48f530-095c-43fe-8aea-6673bcacabe6",
        "c955f4e1-9477-43f0-8349-6fbc629fccc9",
        "7bde5959-d676-47d2-b779-35b64323d278",
    ]
    | str
)

StaticWorkspaceRoles: TypeAlias = (
    Literal[
        "d7ea77c5-9260-41d0-ab26-52b5add3ee56",
        "48436751-ee56-44bd-8a2d-712233977821",
        "375cd0db-3bbe-4b79-80f3-954ccf04f3d1",
        "578584f1-4319-4c88-9948-38a5184483b6",
        "d79b3027-4eb2-4521-8722-825acfee7d8b",
        "252a0825-40b9-4b98-be80-7658956f13e9",
        "17aa61c5-1c61-477e-a40a-e52c8ccd74b9",
        "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
        "731eb2be-a74f-4070-b797-35bf7009e553",
        "ff86d432-7f27-47f8-b02f-b5c102ef6a55",
        "0f9acbf6-93b5-42c7-a227-fc7652755f65",
        "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
    ]
    | str
)

SubscriptionStatus: TypeAlias = Literal["NS", "S", "A", "CF", "CG", "C", "GP"] | str

UserRole: TypeAlias = Literal["A", "M", "B"] | str

WorkspaceRole: TypeAlias = Literal["A", "M"] | str

OrganizationMemberCreateRoleName: TypeAlias = (
    Literal["member", "billing_manager", "organization_admin"] | str
)

OrganizationInviteINRoleName: TypeAlias = (
    Literal["member", "billing_manager", "organization_admin"] | str
)

OrganizationInviteINEmailLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)

AdminOrganizationMemberUpdateRoleName: TypeAlias = (
    Literal["member", "billing_manager", "organization_admin"] | str
)

AdminOrganizationMemberUpdateSubscriptionType: TypeAlias = Literal["CHAT", "MISTRAL_CODE"] | str

AdminUserOUTSubscriptionType: TypeAlias = Literal["CHAT", "MISTRAL_CODE"] | str

ApiObjectType: TypeAlias = Literal["list"]
"""Type of API object for pagination responses."""

WorkspaceMemberSingleINRoleName: TypeAlias = (
    Literal[
        "billing",
        "user",
        "contributor",
        "dev",
        "dev_contributor",
        "mistral_code_user",
        "cloud_user",
        "workspace_contributor",
        "workspace_admin",
        "observability_viewer",
        "workflow_executor",
    ]
    | str
)

ApiZone: TypeAlias = Literal["global", "us", "eu"] | str

LagoEventType: TypeAlias = (
    Literal[
        "api_tokens",
        "api_pages",
        "api_audio_seconds",
        "api_audio_characters",
        "api_connectors",
        "api_libraries_tokens",
        "api_libraries_pages",
        "api_libraries_audio",
        "deployment_tokens",
        "gpu_hour",
        "reserved_instance",
        "vibe_tokens",
        "vibe_connectors",
        "vibe_pages",
        "vibe_audio_seconds",
        "vibe_audio_characters",
    ]
    | str
)

ServiceTier: TypeAlias = Literal["standard", "priority"] | str
"""The service tier a request is resolved to and routed on."""

ActorType: TypeAlias = Literal["HUMAN", "API_KEY", "OTHER"] | str

TargetType: TypeAlias = (
    Literal[
        "USER",
        "USER_GROUP",
        "ORGANIZATION",
        "WORKSPACE",
        "API_KEY",
        "ADMIN_API_KEY",
        "API_KEY_POLICY",
        "SERVICE_ACCOUNT",
        "AGENT",
        "SKILL",
        "PROMPT",
        "KNOWLEDGE_BASE",
        "CUSTOM_VOICE",
        "DATASET",
        "FINE_TUNING_JOB",
        "BATCH_JOB",
        "DATA_CAPTURE_EXTRACT_JOB",
        "LE_CHAT_CONVERSATION",
        "LE_CHAT_MEMORIES",
        "LE_CHAT_FLASH_ANSWERS",
        "LE_CHAT_LOCALISATION",
        "LE_CHAT_DATA",
        "INVOICE",
        "WALLET",
        "MONTHLY_LIMIT",
        "WORKSPACE_MONTHLY_LIMIT",
        "SHARED_BUDGET",
        "AUTO_RECHARGE",
        "PAYMENT_METHOD",
        "SUBSCRIPTION",
        "BILLING_INFO",
        "LIBRARY",
        "LIBRARY_DOCUMENT",
        "INTEGRATION",
        "CONNECTORS_GATEWAY",
        "CONNECTORS_DEBUGGER",
        "FEATURE_PERMISSION",
        "SECRET_STORE_ENTRY",
        "CRAWLER_CONFIG",
        "SHARED_RESOURCE",
        "RATE_LIMIT_RULE",
        "APP",
        "DEPLOYMENT",
        "DOMAIN",
        "PERSISTENT_VOLUME",
        "SECRET",
        "SERVICE",
        "TRUSTED_ISSUER",
    ]
    | str
)

UserGroupTargetType: TypeAlias = Literal["W", "O"] | str

AdminProvisionGroupToWorkspaceInWorkspaceRoleName: TypeAlias = (
    Literal[
        "billing",
        "user",
        "contributor",
        "dev",
        "dev_contributor",
        "mistral_code_user",
        "cloud_user",
        "workspace_contributor",
        "workspace_admin",
        "observability_viewer",
        "workflow_executor",
    ]
    | str
)

AssignGroupToWorkspaceInRoleName: TypeAlias = (
    Literal[
        "billing",
        "user",
        "contributor",
        "dev",
        "dev_contributor",
        "mistral_code_user",
        "cloud_user",
        "workspace_contributor",
        "workspace_admin",
        "observability_viewer",
        "workflow_executor",
    ]
    | str
)

UpdateGroupWorkspaceAssignmentInRoleName: TypeAlias = (
    Literal[
        "billing",
        "user",
        "contributor",
        "dev",
        "dev_contributor",
        "mistral_code_user",
        "cloud_user",
        "workspace_contributor",
        "workspace_admin",
        "observability_viewer",
        "workflow_executor",
    ]
    | str
)

APIKeyActionsRotate: TypeAlias = Annotated[
    Annotated[ActionAvailable, Tag("available")]
    | Annotated[ActionUnavailable_RotateUnavailableReason_, Tag("unavailable")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("status", frozenset({"available", "unavailable"})),
]

APIKeyActionsDelete: TypeAlias = Annotated[
    Annotated[ActionAvailable, Tag("available")]
    | Annotated[ActionUnavailable_DeleteUnavailableReason_, Tag("unavailable")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("status", frozenset({"available", "unavailable"})),
]

APIKeyProduct: TypeAlias = Literal["API", "Mistral Code", "Vibe"] | str

DeleteUnavailableReason: TypeAlias = Literal["not_allowed"]
"""Machine-readable reason why an API key cannot be deleted. Deletion eligibility currently turns on a single request-scoped permission: whether the acting user may delete (archive) the key. The reason is therefore determined where the acting user is known (e.g. the dashboard), not from the key's ..."""

RotateUnavailableReason: TypeAlias = (
    Literal["unsupported_scope", "key_expired", "not_allowed"] | str
)
"""Machine-readable reason why an API key cannot be rotated. This is the single field shared across services to describe rotation eligibility. An absent reason (None) means the key can be rotated; any value means it cannot, and identifies why so consumers (e.g. the dashboard rotate button) can show an ..."""

ScimSyncRunStatus: TypeAlias = Literal["PENDING", "RUNNING", "SUCCESS", "SKIPPED", "FAILED"] | str

AuditLogEventType: TypeAlias = (
    Literal[
        "user.create",
        "user.delete",
        "user.log_in",
        "user.info.update",
        "user.password.update",
        "user.phone_number.verify",
        "user.organization.leave",
        "user.organization.role.update",
        "user.organization.delete",
        "user.organization.join",
        "organization.create",
        "organization.update",
        "organization.invite.send",
        "organization.invite.resend",
        "organization.invite.accepted",
        "organization.invite.revoked",
        "organization.join_by_email_domain",
        "organization.domain_verification.disable",
        "organization.domain_verification.enable",
        "organization.email_domain_authentication.enable",
        "organization.email_domain_authentication.disable",
        "organization.saml_authentication.enable",
        "organization.saml_authentication.disable",
        "organization.saml_authentication.sso_user_provisioning.update",
        "organization.scim_sync.trigger",
        "organization.seat_auto_assign.enable",
        "organization.seat_auto_assign.disable",
        "organization.kind.update",
        "organization.sso_seat_auto_assign.enable",
        "organization.sso_seat_auto_assign.disable",
        "workspace.create",
        "workspace.update",
        "workspace.delete",
        "workspace.member.add",
        "workspace.member.remove",
        "workspace.member.role.update",
        "user_group.create",
        "user_group.update",
        "user_group.delete",
        "user_group.member.add",
        "user_group.member.remove",
        "user_group.workspace.provision",
        "user_group.workspace.deprovision",
        "user_group.workspace.update",
        "billing.information.updated",
        "billing.payment_method.added",
        "billing.payment_method.removed",
        "billing.payment_method.default_changed",
        "billing.invoice.retried",
        "billing.subscription.subscribe",
        "billing.subscription.unsubscribe",
        "billing.subscription.cancel_unsubscribe",
        "billing.subscription.add_seats",
        "billing.subscription.remove_seats",
        "billing.subscription.termination_date.updated",
        "billing.credits.added",
        "billing.gift_code.used",
        "billing.monthly_limit.updated",
        "billing.workspace_monthly_limit.updated",
        "billing.shared_budget_override.updated",
        "billing.auto_recharge.updated",
        "billing.seat.grant",
        "billing.seat.revoke",
        "billing.priority_service_tier.updated",
        "billing.priority_service_tier.removed",
        "le_chat.conversation.created",
        "le_chat.conversation.deleted",
        "le_chat.conversation_batch.deleted",
        "le_chat.conversation.public_sharing.enabled",
        "le_chat.conversation.public_sharing.disabled",
        "le_chat.flash_answers.enabled",
        "le_chat.flash_answers.disabled",
        "le_chat.localisation_sharing.enabled",
        "le_chat.localisation_sharing.disabled",
        "le_chat.memories.enabled",
        "le_chat.memories.disabled",
        "le_chat.data.training_enabled",
        "le_chat.data.training_disabled",
        "le_chat.actions.external_link",
        "admin_api_key.created",
        "admin_api_key.delete",
        "api_key.create",
        "api_key.rotate",
        "api_key.delete",
        "api_key_policy.update",
        "secret_store.entry.create",
        "secret_store.entry.update",
        "secret_store.entry.delete",
        "service_account.create",
        "service_account.update",
        "service_account.delete",
        "service_account.client_secret.create",
        "service_account.client_secret.delete",
        "service_account.roles.set",
        "workload_identity.credential_registration.create",
        "workload_identity.credential.create",
        "trusted_issuer.create",
        "trusted_issuer.update",
        "trusted_issuer.delete",
        "agent.create",
        "agent.delete",
        "agent.update",
        "skill.create",
        "skill.delete",
        "skill.enable",
        "skill.disable",
        "skill.update",
        "skill.share",
        "skill.unshare",
        "skill.load",
        "skill.force_load",
        "skill.version.create",
        "prompt.create",
        "prompt.delete",
        "prompt.update",
        "prompt.version.create",
        "knowledge_base.create",
        "knowledge_base.delete",
        "knowledge_base.update",
        "knowledge_base.version.create",
        "custom_voice.create",
        "custom_voice.update",
        "custom_voice.delete",
        "feature_permission.override.created",
        "feature_permission.override.deleted",
        "resource.share",
        "resource.unshare",
        "la_plateforme.training.enabled",
        "la_plateforme.training.disabled",
        "cloud_runtime.app.created",
        "cloud_runtime.app.updated",
        "cloud_runtime.app.deleted",
        "cloud_runtime.app.paused",
        "cloud_runtime.app.resumed",
        "cloud_runtime.deployment.created",
        "cloud_runtime.deployment.succeeded",
        "cloud_runtime.deployment.canceled",
        "cloud_runtime.deployment.stopped",
        "cloud_runtime.deployment.failed",
        "cloud_runtime.deployment.autoscaled",
        "cloud_runtime.domain.created",
        "cloud_runtime.domain.updated",
        "cloud_runtime.domain.deleted",
        "cloud_runtime.secret.created",
        "cloud_runtime.secret.updated",
        "cloud_runtime.secret.deleted",
        "cloud_runtime.service.created",
        "cloud_runtime.service.paused",
        "cloud_runtime.service.resumed",
        "cloud_runtime.service.deleted",
        "cloud_runtime.service.manually_scaled",
        "cloud_runtime.service.manual_scaling_deleted",
        "cloud_runtime.persistent_volume.created",
        "cloud_runtime.persistent_volume.deleted",
        "cloud_runtime.persistent_volume.attached",
        "cloud_runtime.persistent_volume.detached",
        "fine_tuning_job.create",
        "fine_tuning_job.cancel",
        "batch_job.create",
        "batch_job.cancel",
        "batch_job.delete",
        "data_capture.extract_job.create",
        "data_capture.extract_job.cancel",
        "dataset.create",
        "dataset.delete",
        "library.create",
        "library.delete",
        "library.update",
        "library.share",
        "library.unshare",
        "library.document.create",
        "library.document.delete",
        "library.document.bulk_delete",
        "library.document.update",
        "library.document.reprocess",
        "integration.connected",
        "integration.disconnected",
        "indexing.workflow.completed",
        "indexing.deleted",
        "connection.admin.setup_index",
        "connection.admin.deleted",
        "integration.activated_for_org",
        "integration.deactivated_for_org",
        "integration.activated_for_workspace",
        "integration.deactivated_for_workspace",
        "integration.activated_for_user",
        "integration.deactivated_for_user",
        "integration.created",
        "integration.updated",
        "integration.deleted",
        "integration.tool_called",
        "integration.credentials.created_or_updated",
        "integration.credentials.deleted",
        "integration.credentials.revoked",
        "integration.credentials.revocation_failed",
        "integration.preferences.created_or_updated",
        "integration.preferences.deleted",
        "integration.authentication_method.created_or_updated",
        "integration.connection.created",
        "integration.shared",
        "integration.unshared",
        "connectors_gateway.tool_called",
        "connectors_debugger.tool_called",
        "crawler.config.create",
        "crawler.config.update",
        "crawler.config.delete",
        "crawler.run.create",
        "crawler.run.cancel",
        "rate_limit.rule.create",
        "rate_limit.rule.update",
        "rate_limit.rule.delete",
    ]
    | str
)

UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting: TypeAlias = (
    Literal["ascending", "descending"] | str
)

GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity: TypeAlias = (
    Literal["hour", "day", "week", "month"] | str
)

ListServiceAccountsV1ServiceAccountsGetOrder: TypeAlias = Literal["asc", "desc"] | str
