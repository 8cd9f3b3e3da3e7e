# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.admin._generated._models.actor_type import (
        ActorType,
        AuditLogEventType,
        TargetType,
    )
    from mistralai.api.admin._generated._models.add_or_update_users_to_workspace_out import (
        AddOrUpdateUsersToWorkspaceOUT,
    )
    from mistralai.api.admin._generated._models.add_users_to_workspace_out import (
        AddUsersToWorkspaceOUT,
    )
    from mistralai.api.admin._generated._models.admin_assign_users_to_group_in import (
        AdminAssignUsersToGroupIn,
    )
    from mistralai.api.admin._generated._models.admin_create_api_key_in import AdminCreateAPIKeyIN
    from mistralai.api.admin._generated._models.admin_organization_member_out import (
        AdminOrganizationMemberOUT,
        AdminOrganizationMemberOUTSubscriptionType,
    )
    from mistralai.api.admin._generated._models.admin_organization_member_update import (
        AdminOrganizationMemberUpdate,
        AdminOrganizationMemberUpdateRoleName,
        AdminOrganizationMemberUpdateSubscriptionType,
    )
    from mistralai.api.admin._generated._models.admin_provision_group_to_workspace_in import (
        AdminProvisionGroupToWorkspaceIn,
        AdminProvisionGroupToWorkspaceInWorkspaceRoleName,
    )
    from mistralai.api.admin._generated._models.admin_scim_sync_active_run_out import (
        AdminScimSyncActiveRunOUT,
    )
    from mistralai.api.admin._generated._models.admin_scim_sync_config import AdminScimSyncConfig
    from mistralai.api.admin._generated._models.admin_scim_sync_run_out import (
        AdminScimSyncRunOUT,
        ScimSyncGroupActionOut,
        ScimSyncGroupRefOut,
        ScimSyncGroupsSummaryOut,
        ScimSyncGroupUpdateActionOut,
        ScimSyncMembershipActionOut,
        ScimSyncSummaryOut,
        ScimSyncUserActionOut,
        ScimSyncUserRefOut,
        ScimSyncUsersSummaryOut,
    )
    from mistralai.api.admin._generated._models.admin_scim_sync_trigger_in import (
        AdminScimSyncTriggerIN,
    )
    from mistralai.api.admin._generated._models.admin_scim_sync_trigger_out import (
        AdminScimSyncTriggerOUT,
    )
    from mistralai.api.admin._generated._models.admin_update_user_group_in import (
        AdminUpdateUserGroupIn,
    )
    from mistralai.api.admin._generated._models.admin_user_group_in import AdminUserGroupIn
    from mistralai.api.admin._generated._models.admin_user_group_members_out import (
        AdminUserGroupMemberOut,
        AdminUserGroupMembersOut,
    )
    from mistralai.api.admin._generated._models.admin_user_group_out import AdminUserGroupOut
    from mistralai.api.admin._generated._models.admin_user_groups_out import AdminUserGroupsOut
    from mistralai.api.admin._generated._models.admin_user_out import (
        AdminUserOUT,
        AdminUserOUTSubscriptionType,
    )
    from mistralai.api.admin._generated._models.admin_workspace_in import AdminWorkspaceIn
    from mistralai.api.admin._generated._models.api_key_actions import (
        ActionAvailable,
        ActionUnavailable_DeleteUnavailableReason_,
        ActionUnavailable_RotateUnavailableReason_,
        APIKeyActions,
        APIKeyActionsDelete,
        APIKeyActionsRotate,
        DeleteUnavailableReason,
        RotateUnavailableReason,
    )
    from mistralai.api.admin._generated._models.api_key_out import APIKeyOUT
    from mistralai.api.admin._generated._models.api_keys_extended_out import (
        APIKeyExtendedOUT,
        APIKeyProduct,
        APIKeysExtendedOUT,
    )
    from mistralai.api.admin._generated._models.api_zone import ApiZone
    from mistralai.api.admin._generated._models.assign_group_to_workspace_in import (
        AssignGroupToWorkspaceIn,
        AssignGroupToWorkspaceInRoleName,
    )
    from mistralai.api.admin._generated._models.audit_log_out import AuditLogOut
    from mistralai.api.admin._generated._models.create_service_account_request import (
        CreateServiceAccountRequest,
    )
    from mistralai.api.admin._generated._models.delete_api_key_out import DeleteAPIKeyOUT
    from mistralai.api.admin._generated._models.delete_out import DeleteOUT
    from mistralai.api.admin._generated._models.get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_granularity import (
        GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity,
    )
    from mistralai.api.admin._generated._models.group_workspace_assignments_out import (
        GroupWorkspaceAssignmentOut,
        GroupWorkspaceAssignmentsOut,
        WorkspaceRoleRef,
    )
    from mistralai.api.admin._generated._models.limits_out import (
        LimitsContext,
        LimitsOUT,
        UsageLimits,
    )
    from mistralai.api.admin._generated._models.list_assignable_service_account_roles_response import (
        AssignableServiceAccountRole,
        ListAssignableServiceAccountRolesResponse,
    )
    from mistralai.api.admin._generated._models.list_organizations_response import (
        ListOrganizationsResponse,
        UserOrganization,
    )
    from mistralai.api.admin._generated._models.list_service_account_roles_response import (
        ListServiceAccountRolesResponse,
        ServiceAccountRole,
    )
    from mistralai.api.admin._generated._models.list_service_accounts_response import (
        ListServiceAccountsResponse,
    )
    from mistralai.api.admin._generated._models.list_service_accounts_v1_service_accounts_get_order import (
        ListServiceAccountsV1ServiceAccountsGetOrder,
    )
    from mistralai.api.admin._generated._models.list_workspaces_response import (
        ListWorkspacesResponse,
        UserWorkspace,
    )
    from mistralai.api.admin._generated._models.member_subscription_out import (
        APIPlan,
        ChatPlan,
        CodePlan,
        MemberSubscriptionOUT,
        MemberWorkspaceInfo,
        SubscriptionStatus,
    )
    from mistralai.api.admin._generated._models.nested_groups_out import (
        NestedGroupRef,
        NestedGroupsOut,
    )
    from mistralai.api.admin._generated._models.new_usage_limit_in import NewUsageLimitIN
    from mistralai.api.admin._generated._models.organization_admin_users_out import (
        OrganizationAdminUsersOUT,
        OrganizationInviteOUT,
    )
    from mistralai.api.admin._generated._models.organization_invite_in import (
        OrganizationInviteIN,
        OrganizationInviteINEmailLanguage,
        OrganizationInviteINRoleName,
    )
    from mistralai.api.admin._generated._models.organization_invites_create_out import (
        OrganizationInvitesCreateOUT,
    )
    from mistralai.api.admin._generated._models.organization_member_create import (
        OrganizationMemberCreate,
        OrganizationMemberCreateRoleName,
    )
    from mistralai.api.admin._generated._models.organization_user_invite_out import (
        OrganizationUserInviteOUT,
    )
    from mistralai.api.admin._generated._models.organization_users_create_out import (
        OrganizationUsersCreateOUT,
    )
    from mistralai.api.admin._generated._models.plan_type import PlanType
    from mistralai.api.admin._generated._models.rate_limits_out import (
        RateLimitsOUT,
        TokenLimitsByModel,
    )
    from mistralai.api.admin._generated._models.remove_workspace_members_in import (
        BaseWorkspaceMemberIN,
        RemoveWorkspaceMembersIN,
    )
    from mistralai.api.admin._generated._models.remove_workspace_members_out import (
        RemoveWorkspaceMembersOUT,
    )
    from mistralai.api.admin._generated._models.roles_out import RoleOut, RolesOut
    from mistralai.api.admin._generated._models.scim_sync_run_status import ScimSyncRunStatus
    from mistralai.api.admin._generated._models.service_account import ServiceAccount
    from mistralai.api.admin._generated._models.set_nested_groups_in import SetNestedGroupsIn
    from mistralai.api.admin._generated._models.set_service_account_roles_request import (
        SetServiceAccountRolesRequest,
    )
    from mistralai.api.admin._generated._models.static_organization_roles import (
        StaticOrganizationRoles,
    )
    from mistralai.api.admin._generated._models.static_workspace_roles import (
        StaticWorkspaceRoles,
        WorkspaceRole,
    )
    from mistralai.api.admin._generated._models.update_group_workspace_assignment_in import (
        UpdateGroupWorkspaceAssignmentIn,
        UpdateGroupWorkspaceAssignmentInRoleName,
    )
    from mistralai.api.admin._generated._models.update_service_account_request import (
        UpdateServiceAccountRequest,
    )
    from mistralai.api.admin._generated._models.update_user_group_organization_role_in import (
        UpdateUserGroupOrganizationRoleIn,
    )
    from mistralai.api.admin._generated._models.update_workspace_in import UpdateWorkspaceIN
    from mistralai.api.admin._generated._models.usage_outjson import (
        BasicModelUsageDataJSON,
        FineTuningDataJSON,
        LagoEventType,
        LibrariesAPIUsageDataJSON,
        PriceData,
        ServiceTier,
        UsageOUTJSON,
        VibeCodeUsageDataJSON,
    )
    from mistralai.api.admin._generated._models.user_group_target_type import UserGroupTargetType
    from mistralai.api.admin._generated._models.user_identity import (
        UserIdentity,
        UserIdentityApiKey,
        UserIdentityOrganization,
    )
    from mistralai.api.admin._generated._models.user_identity_workspace import UserIdentityWorkspace
    from mistralai.api.admin._generated._models.user_role import UserRole
    from mistralai.api.admin._generated._models.users_api_admin_audit_logs_get_audit_logs_audit_logs_sorting import (
        UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting,
    )
    from mistralai.api.admin._generated._models.users_api_get_identity_security import (
        UsersAPIGetIdentitySecurity,
    )
    from mistralai.api.admin._generated._models.users_api_list_organizations_security import (
        UsersAPIListOrganizationsSecurity,
    )
    from mistralai.api.admin._generated._models.users_api_list_workspaces_security import (
        UsersAPIListWorkspacesSecurity,
    )
    from mistralai.api.admin._generated._models.users_api_whoami_security import (
        UsersAPIWhoamiSecurity,
    )
    from mistralai.api.admin._generated._models.vibe_organization_stats_out import (
        VibeNextEditActiveUsersStat,
        VibeNextEditModifiedLOCStat,
        VibeNextEditSuggestionStat,
        VibeOrganizationStatsOUT,
    )
    from mistralai.api.admin._generated._models.vibe_work_by_agent_stats_out import (
        VibeWorkByAgentStat,
        VibeWorkByAgentStatsOUT,
    )
    from mistralai.api.admin._generated._models.vibe_work_by_time_stats_out import (
        VibeWorkByTimeStat,
        VibeWorkByTimeStatsOUT,
    )
    from mistralai.api.admin._generated._models.vibe_work_by_user_stats_out import (
        VibeWorkByUserStat,
        VibeWorkByUserStatsOUT,
    )
    from mistralai.api.admin._generated._models.vibe_workspace_stats_out import (
        VibeActiveUsersStat,
        VibeConsumedTokensStat,
        VibeSessionDurationStat,
        VibeSessionStat,
        VibeToolCallsByNameStat,
        VibeToolCallsStat,
        VibeUserPromptsStat,
        VibeWorkspaceStatsOUT,
    )
    from mistralai.api.admin._generated._models.whoami_response import (
        WhoamiOrganization,
        WhoamiResponse,
        WhoamiServiceAccountPrincipal,
        WhoamiUserPrincipal,
    )
    from mistralai.api.admin._generated._models.workspace_enriched_out import WorkspaceEnrichedOUT
    from mistralai.api.admin._generated._models.workspace_member_in import (
        WorkspaceMemberIN,
        WorkspaceMemberSingleIN,
        WorkspaceMemberSingleINRoleName,
    )
    from mistralai.api.admin._generated._models.workspace_out import WorkspaceOUT
    from mistralai.api.admin._generated._models.workspace_spend_limit_out import (
        WorkspaceSpendLimitOUT,
    )
    from mistralai.api.admin._generated._models.workspaces_out import ApiObjectType, WorkspacesOut
    from mistralai.api.admin._generated._typed_dicts import (
        AdminAssignUsersToGroupInTypedDict,
        AdminCreateAPIKeyINTypedDict,
        AdminOrganizationMemberUpdateTypedDict,
        AdminProvisionGroupToWorkspaceInTypedDict,
        AdminScimSyncConfigTypedDict,
        AdminScimSyncTriggerINTypedDict,
        AdminUpdateUserGroupInTypedDict,
        AdminUserGroupInTypedDict,
        AdminWorkspaceInTypedDict,
        AssignGroupToWorkspaceInTypedDict,
        BaseWorkspaceMemberINTypedDict,
        CreateServiceAccountRequestTypedDict,
        NewUsageLimitINTypedDict,
        OrganizationInviteINTypedDict,
        OrganizationMemberCreateTypedDict,
        RemoveWorkspaceMembersINTypedDict,
        SetNestedGroupsInTypedDict,
        SetServiceAccountRolesRequestTypedDict,
        UpdateGroupWorkspaceAssignmentInTypedDict,
        UpdateServiceAccountRequestTypedDict,
        UpdateUserGroupOrganizationRoleInTypedDict,
        UpdateWorkspaceINTypedDict,
        UsersAPIGetIdentitySecurityTypedDict,
        UsersAPIListOrganizationsSecurityTypedDict,
        UsersAPIListWorkspacesSecurityTypedDict,
        UsersAPIWhoamiSecurityTypedDict,
        WorkspaceMemberINTypedDict,
        WorkspaceMemberSingleINTypedDict,
    )
    from mistralai.core.models import HTTPValidationError, ValidationError

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

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.actor_type": "ActorType AuditLogEventType TargetType",
            "._models.add_or_update_users_to_workspace_out": "AddOrUpdateUsersToWorkspaceOUT",
            "._models.add_users_to_workspace_out": "AddUsersToWorkspaceOUT",
            "._models.admin_assign_users_to_group_in": "AdminAssignUsersToGroupIn",
            "._models.admin_create_api_key_in": "AdminCreateAPIKeyIN",
            "._models.admin_organization_member_out": "AdminOrganizationMemberOUT AdminOrganizationMemberOUTSubscriptionType",
            "._models.admin_organization_member_update": (
                "AdminOrganizationMemberUpdate AdminOrganizationMemberUpdateRoleName "
                "AdminOrganizationMemberUpdateSubscriptionType"
            ),
            "._models.admin_provision_group_to_workspace_in": (
                "AdminProvisionGroupToWorkspaceIn AdminProvisionGroupToWorkspaceInWorkspaceRoleName"
            ),
            "._models.admin_scim_sync_active_run_out": "AdminScimSyncActiveRunOUT",
            "._models.admin_scim_sync_config": "AdminScimSyncConfig",
            "._models.admin_scim_sync_run_out": (
                "AdminScimSyncRunOUT ScimSyncGroupActionOut ScimSyncGroupRefOut "
                "ScimSyncGroupUpdateActionOut ScimSyncGroupsSummaryOut "
                "ScimSyncMembershipActionOut ScimSyncSummaryOut ScimSyncUserActionOut "
                "ScimSyncUserRefOut ScimSyncUsersSummaryOut"
            ),
            "._models.admin_scim_sync_trigger_in": "AdminScimSyncTriggerIN",
            "._models.admin_scim_sync_trigger_out": "AdminScimSyncTriggerOUT",
            "._models.admin_update_user_group_in": "AdminUpdateUserGroupIn",
            "._models.admin_user_group_in": "AdminUserGroupIn",
            "._models.admin_user_group_members_out": "AdminUserGroupMemberOut AdminUserGroupMembersOut",
            "._models.admin_user_group_out": "AdminUserGroupOut",
            "._models.admin_user_groups_out": "AdminUserGroupsOut",
            "._models.admin_user_out": "AdminUserOUT AdminUserOUTSubscriptionType",
            "._models.admin_workspace_in": "AdminWorkspaceIn",
            "._models.api_key_actions": (
                "APIKeyActions APIKeyActionsDelete APIKeyActionsRotate ActionAvailable "
                "ActionUnavailable_DeleteUnavailableReason_ "
                "ActionUnavailable_RotateUnavailableReason_ DeleteUnavailableReason "
                "RotateUnavailableReason"
            ),
            "._models.api_key_out": "APIKeyOUT",
            "._models.api_keys_extended_out": "APIKeyExtendedOUT APIKeyProduct APIKeysExtendedOUT",
            "._models.api_zone": "ApiZone",
            "._models.assign_group_to_workspace_in": "AssignGroupToWorkspaceIn AssignGroupToWorkspaceInRoleName",
            "._models.audit_log_out": "AuditLogOut",
            "._models.create_service_account_request": "CreateServiceAccountRequest",
            "._models.delete_api_key_out": "DeleteAPIKeyOUT",
            "._models.delete_out": "DeleteOUT",
            "._models.get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_granularity": "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity",
            "._models.group_workspace_assignments_out": "GroupWorkspaceAssignmentOut GroupWorkspaceAssignmentsOut WorkspaceRoleRef",
            "._models.limits_out": "LimitsContext LimitsOUT UsageLimits",
            "._models.list_assignable_service_account_roles_response": "AssignableServiceAccountRole ListAssignableServiceAccountRolesResponse",
            "._models.list_organizations_response": "ListOrganizationsResponse UserOrganization",
            "._models.list_service_account_roles_response": "ListServiceAccountRolesResponse ServiceAccountRole",
            "._models.list_service_accounts_response": "ListServiceAccountsResponse",
            "._models.list_service_accounts_v1_service_accounts_get_order": "ListServiceAccountsV1ServiceAccountsGetOrder",
            "._models.list_workspaces_response": "ListWorkspacesResponse UserWorkspace",
            "._models.member_subscription_out": (
                "APIPlan ChatPlan CodePlan MemberSubscriptionOUT MemberWorkspaceInfo "
                "SubscriptionStatus"
            ),
            "._models.nested_groups_out": "NestedGroupRef NestedGroupsOut",
            "._models.new_usage_limit_in": "NewUsageLimitIN",
            "._models.organization_admin_users_out": "OrganizationAdminUsersOUT OrganizationInviteOUT",
            "._models.organization_invite_in": (
                "OrganizationInviteIN OrganizationInviteINEmailLanguage "
                "OrganizationInviteINRoleName"
            ),
            "._models.organization_invites_create_out": "OrganizationInvitesCreateOUT",
            "._models.organization_member_create": "OrganizationMemberCreate OrganizationMemberCreateRoleName",
            "._models.organization_user_invite_out": "OrganizationUserInviteOUT",
            "._models.organization_users_create_out": "OrganizationUsersCreateOUT",
            "._models.plan_type": "PlanType",
            "._models.rate_limits_out": "RateLimitsOUT TokenLimitsByModel",
            "._models.remove_workspace_members_in": "BaseWorkspaceMemberIN RemoveWorkspaceMembersIN",
            "._models.remove_workspace_members_out": "RemoveWorkspaceMembersOUT",
            "._models.roles_out": "RoleOut RolesOut",
            "._models.scim_sync_run_status": "ScimSyncRunStatus",
            "._models.service_account": "ServiceAccount",
            "._models.set_nested_groups_in": "SetNestedGroupsIn",
            "._models.set_service_account_roles_request": "SetServiceAccountRolesRequest",
            "._models.static_organization_roles": "StaticOrganizationRoles",
            "._models.static_workspace_roles": "StaticWorkspaceRoles WorkspaceRole",
            "._models.update_group_workspace_assignment_in": "UpdateGroupWorkspaceAssignmentIn UpdateGroupWorkspaceAssignmentInRoleName",
            "._models.update_service_account_request": "UpdateServiceAccountRequest",
            "._models.update_user_group_organization_role_in": "UpdateUserGroupOrganizationRoleIn",
            "._models.update_workspace_in": "UpdateWorkspaceIN",
            "._models.usage_outjson": (
                "BasicModelUsageDataJSON FineTuningDataJSON LagoEventType "
                "LibrariesAPIUsageDataJSON PriceData ServiceTier UsageOUTJSON "
                "VibeCodeUsageDataJSON"
            ),
            "._models.user_group_target_type": "UserGroupTargetType",
            "._models.user_identity": "UserIdentity UserIdentityApiKey UserIdentityOrganization",
            "._models.user_identity_workspace": "UserIdentityWorkspace",
            "._models.user_role": "UserRole",
            "._models.users_api_admin_audit_logs_get_audit_logs_audit_logs_sorting": "UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting",
            "._models.users_api_get_identity_security": "UsersAPIGetIdentitySecurity",
            "._models.users_api_list_organizations_security": "UsersAPIListOrganizationsSecurity",
            "._models.users_api_list_workspaces_security": "UsersAPIListWorkspacesSecurity",
            "._models.users_api_whoami_security": "UsersAPIWhoamiSecurity",
            "._models.vibe_organization_stats_out": (
                "VibeNextEditActiveUsersStat VibeNextEditModifiedLOCStat "
                "VibeNextEditSuggestionStat VibeOrganizationStatsOUT"
            ),
            "._models.vibe_work_by_agent_stats_out": "VibeWorkByAgentStat VibeWorkByAgentStatsOUT",
            "._models.vibe_work_by_time_stats_out": "VibeWorkByTimeStat VibeWorkByTimeStatsOUT",
            "._models.vibe_work_by_user_stats_out": "VibeWorkByUserStat VibeWorkByUserStatsOUT",
            "._models.vibe_workspace_stats_out": (
                "VibeActiveUsersStat VibeConsumedTokensStat VibeSessionDurationStat "
                "VibeSessionStat VibeToolCallsByNameStat VibeToolCallsStat VibeUserPromptsStat "
                "VibeWorkspaceStatsOUT"
            ),
            "._models.whoami_response": (
                "WhoamiOrganization WhoamiResponse WhoamiServiceAccountPrincipal "
                "WhoamiUserPrincipal"
            ),
            "._models.workspace_enriched_out": "WorkspaceEnrichedOUT",
            "._models.workspace_member_in": "WorkspaceMemberIN WorkspaceMemberSingleIN WorkspaceMemberSingleINRoleName",
            "._models.workspace_out": "WorkspaceOUT",
            "._models.workspace_spend_limit_out": "WorkspaceSpendLimitOUT",
            "._models.workspaces_out": "ApiObjectType WorkspacesOut",
            "._typed_dicts": (
                "AdminAssignUsersToGroupInTypedDict AdminCreateAPIKeyINTypedDict "
                "AdminOrganizationMemberUpdateTypedDict AdminProvisionGroupToWorkspaceInTypedDict "
                "AdminScimSyncConfigTypedDict AdminScimSyncTriggerINTypedDict "
                "AdminUpdateUserGroupInTypedDict AdminUserGroupInTypedDict "
                "AdminWorkspaceInTypedDict AssignGroupToWorkspaceInTypedDict "
                "BaseWorkspaceMemberINTypedDict CreateServiceAccountRequestTypedDict "
                "NewUsageLimitINTypedDict OrganizationInviteINTypedDict "
                "OrganizationMemberCreateTypedDict RemoveWorkspaceMembersINTypedDict "
                "SetNestedGroupsInTypedDict SetServiceAccountRolesRequestTypedDict "
                "UpdateGroupWorkspaceAssignmentInTypedDict UpdateServiceAccountRequestTypedDict "
                "UpdateUserGroupOrganizationRoleInTypedDict UpdateWorkspaceINTypedDict "
                "UsersAPIGetIdentitySecurityTypedDict UsersAPIListOrganizationsSecurityTypedDict "
                "UsersAPIListWorkspacesSecurityTypedDict UsersAPIWhoamiSecurityTypedDict "
                "WorkspaceMemberINTypedDict WorkspaceMemberSingleINTypedDict"
            ),
            "mistralai.core.models": "HTTPValidationError ValidationError",
        },
    )
