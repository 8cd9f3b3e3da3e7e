# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-admin distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from mistralai.api.admin._generated import models
from mistralai.core.runtime import (
    UNSET,
    OffsetPaging,
    Operation,
    OptionalNullable,
    PagePaging,
    RawResource,
    Resource,
    RetryConfig,
    paginate,
    paginate_async,
    raw_method,
    security_headers,
)

__all__ = [
    "Admin",
    "AdminAPIKeys",
    "AdminAPIKeysWithRawResponse",
    "AdminAuditLogs",
    "AdminAuditLogsWithRawResponse",
    "AdminBilling",
    "AdminBillingWithRawResponse",
    "AdminScim",
    "AdminScimWithRawResponse",
    "AdminUserGroups",
    "AdminUserGroupsWithRawResponse",
    "AdminUsers",
    "AdminUsersWithRawResponse",
    "AdminVibeCodeAnalytics",
    "AdminVibeCodeAnalyticsWithRawResponse",
    "AdminVibeWorkAnalytics",
    "AdminVibeWorkAnalyticsWithRawResponse",
    "AdminWorkspaces",
    "AdminWorkspacesWithRawResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]

_ADMIN_API_KEYS_LIST: Operation[models.APIKeysExtendedOUT] = Operation(
    operation_id="users_api_admin_api_keys_get_api_keys",
    method="GET",
    path="/v1/admin/api-keys",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.APIKeysExtendedOUT,
    omit_none=frozenset({"limit", "offset"}),
)
_ADMIN_API_KEYS_LIST_PAGING = OffsetPaging(items="keys", param="offset")
_ADMIN_API_KEYS_CREATE: Operation[models.APIKeyOUT] = Operation(
    operation_id="users_api_admin_api_keys_create_api_key",
    method="POST",
    path="/v1/admin/api-keys",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.APIKeyOUT,
    body=lambda: models.AdminCreateAPIKeyIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_API_KEYS_DELETE: Operation[models.DeleteAPIKeyOUT] = Operation(
    operation_id="users_api_admin_api_keys_delete_api_key",
    method="DELETE",
    path="/v1/admin/api-keys/{key_id}",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.DeleteAPIKeyOUT,
)
_ADMIN_AUDIT_LOGS_LIST: Operation[list[models.AuditLogOut]] = Operation(
    operation_id="users_api_admin_audit_logs_get_audit_logs",
    method="GET",
    path="/v1/admin/audit-logs",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: list[models.AuditLogOut],
    omit_none=frozenset({"sort", "limit"}),
)
_ADMIN_BILLING_GET_RATE_LIMITS: Operation[models.RateLimitsOUT] = Operation(
    operation_id="users_api_admin_rate_limits_get_rate_limits",
    method="GET",
    path="/v1/admin/rate-limit",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.RateLimitsOUT,
)
_ADMIN_BILLING_GET_SPEND_LIMITS: Operation[models.LimitsOUT] = Operation(
    operation_id="users_api_admin_spend_limits_get_spend_limits",
    method="GET",
    path="/v1/admin/spend-limit",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.LimitsOUT,
)
_ADMIN_BILLING_UPDATE_SPEND_LIMITS: Operation[models.LimitsOUT] = Operation(
    operation_id="users_api_admin_spend_limits_update_spend_limits",
    method="POST",
    path="/v1/admin/spend-limit",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.LimitsOUT,
    body=lambda: models.NewUsageLimitIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
    omit_none=frozenset({"no_monthly_limit"}),
)
_ADMIN_BILLING_GET_USAGE: Operation[models.UsageOUTJSON] = Operation(
    operation_id="users_api_admin_usage_get_usage",
    method="GET",
    path="/v1/admin/usage",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.UsageOUTJSON,
)
_ADMIN_SCIM_TRIGGER_SYNC: Operation[models.AdminScimSyncTriggerOUT] = Operation(
    operation_id="users_api_admin_scim_sync_trigger_scim_sync",
    method="POST",
    path="/v1/admin/scim/sync",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.AdminScimSyncTriggerOUT,
    body=lambda: models.AdminScimSyncTriggerIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
    omit_none=frozenset({"dry_run"}),
)
_ADMIN_SCIM_GET_SYNC_RUN: Operation[models.AdminScimSyncRunOUT] = Operation(
    operation_id="users_api_admin_scim_sync_get_scim_sync_run",
    method="GET",
    path="/v1/admin/scim/sync/{run_id}",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.AdminScimSyncRunOUT,
)
_ADMIN_USER_GROUPS_LIST: Operation[models.AdminUserGroupsOut] = Operation(
    operation_id="users_api_admin_user_groups_get_user_groups",
    method="GET",
    path="/v1/admin/user-groups",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.AdminUserGroupsOut,
    omit_none=frozenset({"page", "page_size"}),
)
_ADMIN_USER_GROUPS_LIST_PAGING = PagePaging(items="items", param="page", start=1, total="total")
_ADMIN_USER_GROUPS_CREATE: Operation[models.AdminUserGroupOut] = Operation(
    operation_id="users_api_admin_user_groups_create_user_group",
    method="POST",
    path="/v1/admin/user-groups",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.AdminUserGroupOut,
    body=lambda: models.AdminUserGroupIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
    omit_none=frozenset({"parent_group_ids"}),
)
_ADMIN_USER_GROUPS_PROVISION_TO_WORKSPACE: Operation[None] = Operation(
    operation_id="users_api_admin_user_groups_provision_group_to_workspace",
    method="POST",
    path="/v1/admin/user-groups/provision-workspace",
    namespace="beta.admin",
    retry_safe=False,
    response=None,
    body=lambda: models.AdminProvisionGroupToWorkspaceIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_GET: Operation[models.AdminUserGroupOut] = Operation(
    operation_id="users_api_admin_user_groups_get_user_group",
    method="GET",
    path="/v1/admin/user-groups/{group_uuid}",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.AdminUserGroupOut,
)
_ADMIN_USER_GROUPS_UPDATE: Operation[models.AdminUserGroupOut] = Operation(
    operation_id="users_api_admin_user_groups_update_user_group",
    method="PATCH",
    path="/v1/admin/user-groups/{group_uuid}",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.AdminUserGroupOut,
    body=lambda: models.AdminUpdateUserGroupIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_DELETE: Operation[None] = Operation(
    operation_id="users_api_admin_user_groups_delete_user_group",
    method="DELETE",
    path="/v1/admin/user-groups/{group_uuid}",
    namespace="beta.admin",
    retry_safe=True,
    response=None,
)
_ADMIN_USER_GROUPS_LIST_MEMBERS: Operation[models.AdminUserGroupMembersOut] = Operation(
    operation_id="users_api_admin_user_groups_get_user_group_members",
    method="GET",
    path="/v1/admin/user-groups/{group_uuid}/members",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.AdminUserGroupMembersOut,
    omit_none=frozenset({"page", "page_size"}),
)
_ADMIN_USER_GROUPS_LIST_MEMBERS_PAGING = PagePaging(
    items="members", param="page", start=1, total="total"
)
_ADMIN_USER_GROUPS_ADD_MEMBERS: Operation[None] = Operation(
    operation_id="users_api_admin_user_groups_assign_users_to_group",
    method="POST",
    path="/v1/admin/user-groups/{group_uuid}/members",
    namespace="beta.admin",
    retry_safe=False,
    response=None,
    body=lambda: models.AdminAssignUsersToGroupIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_REMOVE_MEMBERS: Operation[None] = Operation(
    operation_id="users_api_admin_user_groups_remove_users_from_group",
    method="DELETE",
    path="/v1/admin/user-groups/{group_uuid}/members",
    namespace="beta.admin",
    retry_safe=True,
    response=None,
    body=lambda: models.AdminAssignUsersToGroupIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS: Operation[models.GroupWorkspaceAssignmentsOut] = (
    Operation(
        operation_id="users_admin_user_groups_get_group_workspace_assignments",
        method="GET",
        path="/v1/admin/user-groups/{group_uuid}/workspaces",
        namespace="beta.admin",
        retry_safe=True,
        response=lambda: models.GroupWorkspaceAssignmentsOut,
        omit_none=frozenset({"page", "page_size"}),
    )
)
_ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS_PAGING = PagePaging(
    items="items", param="page", start=1, total="total"
)
_ADMIN_USER_GROUPS_ASSIGN_TO_WORKSPACE: Operation[None] = Operation(
    operation_id="users_api_admin_user_groups_assign_group_to_workspace",
    method="POST",
    path="/v1/admin/user-groups/{group_uuid}/workspaces",
    namespace="beta.admin",
    retry_safe=False,
    response=None,
    body=lambda: models.AssignGroupToWorkspaceIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_UPDATE_WORKSPACE_ASSIGNMENT: Operation[None] = Operation(
    operation_id="users_admin_user_groups_update_group_workspace_assignment",
    method="PATCH",
    path="/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
    namespace="beta.admin",
    retry_safe=False,
    response=None,
    body=lambda: models.UpdateGroupWorkspaceAssignmentIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_REMOVE_FROM_WORKSPACE: Operation[None] = Operation(
    operation_id="users_admin_user_groups_remove_group_from_workspace",
    method="DELETE",
    path="/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
    namespace="beta.admin",
    retry_safe=True,
    response=None,
)
_ADMIN_USER_GROUPS_UPDATE_ORGANIZATION_ROLE: Operation[None] = Operation(
    operation_id="users_admin_user_groups_update_user_group_organization_role",
    method="PATCH",
    path="/v1/admin/user-groups/{group_uuid}/organization-role",
    namespace="beta.admin",
    retry_safe=False,
    response=None,
    body=lambda: models.UpdateUserGroupOrganizationRoleIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USER_GROUPS_LIST_NESTED_GROUPS: Operation[models.NestedGroupsOut] = Operation(
    operation_id="users_api_admin_user_groups_get_nested_groups",
    method="GET",
    path="/v1/admin/user-groups/{group_uuid}/nested",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.NestedGroupsOut,
)
_ADMIN_USER_GROUPS_SET_NESTED_GROUPS: Operation[None] = Operation(
    operation_id="users_api_admin_user_groups_set_nested_groups",
    method="PATCH",
    path="/v1/admin/user-groups/{group_uuid}/nested",
    namespace="beta.admin",
    retry_safe=False,
    response=None,
    body=lambda: models.SetNestedGroupsIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USERS_LIST: Operation[models.OrganizationAdminUsersOUT] = Operation(
    operation_id="users_api_admin_users_get_users",
    method="GET",
    path="/v1/admin/users",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.OrganizationAdminUsersOUT,
    omit_none=frozenset({"page", "page_size"}),
)
_ADMIN_USERS_CREATE: Operation[models.OrganizationUsersCreateOUT] = Operation(
    operation_id="users_api_admin_users_create_users",
    method="POST",
    path="/v1/admin/users",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.OrganizationUsersCreateOUT,
    body=lambda: list[models.OrganizationMemberCreate],
    body_kind="json",
    body_fields=False,
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USERS_INVITE: Operation[models.OrganizationInvitesCreateOUT] = Operation(
    operation_id="users_api_admin_users_invite_users",
    method="POST",
    path="/v1/admin/users-invite",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.OrganizationInvitesCreateOUT,
    body=lambda: models.OrganizationInviteIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
    omit_none=frozenset({"subscription_seat_automatic_granting"}),
)
_ADMIN_USERS_LIST_INVITES: Operation[list[models.OrganizationUserInviteOUT]] = Operation(
    operation_id="users_api_admin_users_get_invite",
    method="GET",
    path="/v1/admin/users-invite",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: list[models.OrganizationUserInviteOUT],
)
_ADMIN_USERS_DELETE_INVITE: Operation[models.DeleteOUT] = Operation(
    operation_id="users_api_admin_users_delete_invite",
    method="DELETE",
    path="/v1/admin/users-invite/{invite_uuid}",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.DeleteOUT,
)
_ADMIN_USERS_UPDATE: Operation[models.AdminOrganizationMemberOUT] = Operation(
    operation_id="users_api_admin_users_update_user",
    method="PATCH",
    path="/v1/admin/users/{user_id}",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.AdminOrganizationMemberOUT,
    body=lambda: models.AdminOrganizationMemberUpdate,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_USERS_DELETE: Operation[models.DeleteOUT] = Operation(
    operation_id="users_api_admin_users_delete_user",
    method="DELETE",
    path="/v1/admin/users/{user_id}",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.DeleteOUT,
)
_ADMIN_USERS_GET: Operation[models.AdminUserOUT] = Operation(
    operation_id="users_api_admin_users_get_user",
    method="GET",
    path="/v1/admin/users/{user_id}",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.AdminUserOUT,
)
_ADMIN_USERS_LIST_ROLES: Operation[models.RolesOut] = Operation(
    operation_id="users_api_admin_roles_get_roles",
    method="GET",
    path="/v1/admin/roles",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.RolesOut,
)
_ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_WORKSPACE: Operation[models.VibeWorkspaceStatsOUT] = Operation(
    operation_id="get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace",
    method="GET",
    path="/v1/admin/analytics/vibe/code/usage/by_workspace",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.VibeWorkspaceStatsOUT,
)
_ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_ORGANIZATION: Operation[models.VibeOrganizationStatsOUT] = (
    Operation(
        operation_id="get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization",
        method="GET",
        path="/v1/admin/analytics/vibe/code/usage/by_organization",
        namespace="beta.admin",
        retry_safe=True,
        response=lambda: models.VibeOrganizationStatsOUT,
    )
)
_ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_USER: Operation[models.VibeWorkByUserStatsOUT] = Operation(
    operation_id="get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats",
    method="GET",
    path="/v1/admin/analytics/vibe/work/usage/by_user_stats",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.VibeWorkByUserStatsOUT,
)
_ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_AGENT: Operation[models.VibeWorkByAgentStatsOUT] = Operation(
    operation_id="get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats",
    method="GET",
    path="/v1/admin/analytics/vibe/work/usage/by_agent_stats",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.VibeWorkByAgentStatsOUT,
)
_ADMIN_VIBE_WORK_ANALYTICS_USAGE_OVER_TIME: Operation[models.VibeWorkByTimeStatsOUT] = Operation(
    operation_id="get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats",
    method="GET",
    path="/v1/admin/analytics/vibe/work/usage/by_time_stats",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.VibeWorkByTimeStatsOUT,
)
_ADMIN_WORKSPACES_LIST: Operation[models.WorkspacesOut] = Operation(
    operation_id="users_api_admin_workspaces_get_workspaces",
    method="GET",
    path="/v1/admin/workspaces",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.WorkspacesOut,
    omit_none=frozenset({"is_archived", "page", "page_size"}),
)
_ADMIN_WORKSPACES_LIST_PAGING = PagePaging(items="items", param="page", start=1, total="total")
_ADMIN_WORKSPACES_CREATE: Operation[models.WorkspaceEnrichedOUT] = Operation(
    operation_id="users_api_admin_workspaces_create_workspace",
    method="POST",
    path="/v1/admin/workspaces",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.WorkspaceEnrichedOUT,
    body=lambda: models.AdminWorkspaceIn,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
    omit_none=frozenset({"description", "icon", "add_all_org_members"}),
)
_ADMIN_WORKSPACES_UPDATE: Operation[models.WorkspaceOUT] = Operation(
    operation_id="users_api_admin_workspaces_update_workspaces",
    method="PATCH",
    path="/v1/admin/workspaces/{workspace_uuid}",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.WorkspaceOUT,
    body=lambda: models.UpdateWorkspaceIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_WORKSPACES_DELETE: Operation[None] = Operation(
    operation_id="users_api_admin_workspaces_delete_workspaces",
    method="DELETE",
    path="/v1/admin/workspaces/{workspace_uuid}",
    namespace="beta.admin",
    retry_safe=True,
    response=None,
)
_ADMIN_WORKSPACES_ADD_USERS: Operation[models.AddUsersToWorkspaceOUT] = Operation(
    operation_id="users_api_admin_workspaces_add_users_workspaces",
    method="POST",
    path="/v1/admin/workspaces/{workspace_uuid}/add-users",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.AddUsersToWorkspaceOUT,
    body=lambda: models.WorkspaceMemberIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_WORKSPACES_ADD_OR_UPDATE_USERS: Operation[models.AddOrUpdateUsersToWorkspaceOUT] = Operation(
    operation_id="users_api_admin_workspaces_add_or_update_users_workspaces",
    method="PATCH",
    path="/v1/admin/workspaces/{workspace_uuid}/users",
    namespace="beta.admin",
    retry_safe=False,
    response=lambda: models.AddOrUpdateUsersToWorkspaceOUT,
    body=lambda: models.WorkspaceMemberIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_ADMIN_WORKSPACES_REMOVE_USERS: Operation[models.RemoveWorkspaceMembersOUT] = Operation(
    operation_id="users_api_admin_workspaces_remove_users_workspaces",
    method="DELETE",
    path="/v1/admin/workspaces/{workspace_uuid}/remove-users",
    namespace="beta.admin",
    retry_safe=True,
    response=lambda: models.RemoveWorkspaceMembersOUT,
    body=lambda: models.RemoveWorkspaceMembersIN,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_SERVICE_ACCOUNTS_CREATE: Operation[models.ServiceAccount] = Operation(
    operation_id="create_service_account_v1_service_accounts_post",
    method="POST",
    path="/v1/service-accounts",
    namespace="beta.service_accounts",
    retry_safe=False,
    response=lambda: models.ServiceAccount,
    body=lambda: models.CreateServiceAccountRequest,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
    omit_none=frozenset({"role_ids"}),
)
_SERVICE_ACCOUNTS_LIST: Operation[models.ListServiceAccountsResponse] = Operation(
    operation_id="list_service_accounts_v1_service_accounts_get",
    method="GET",
    path="/v1/service-accounts",
    namespace="beta.service_accounts",
    retry_safe=True,
    response=lambda: models.ListServiceAccountsResponse,
    omit_none=frozenset({"order"}),
)
_SERVICE_ACCOUNTS_LIST_PAGING = OffsetPaging(items="items", param="offset")
_SERVICE_ACCOUNTS_LIST_ASSIGNABLE_ROLES: Operation[
    models.ListAssignableServiceAccountRolesResponse
] = Operation(
    operation_id="list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get",
    method="GET",
    path="/v1/service-accounts/assignable-roles",
    namespace="beta.service_accounts",
    retry_safe=True,
    response=lambda: models.ListAssignableServiceAccountRolesResponse,
)
_SERVICE_ACCOUNTS_GET: Operation[models.ServiceAccount] = Operation(
    operation_id="get_service_account_v1_service_accounts__service_account_id__get",
    method="GET",
    path="/v1/service-accounts/{service_account_id}",
    namespace="beta.service_accounts",
    retry_safe=True,
    response=lambda: models.ServiceAccount,
)
_SERVICE_ACCOUNTS_UPDATE: Operation[models.ServiceAccount] = Operation(
    operation_id="update_service_account_v1_service_accounts__service_account_id__patch",
    method="PATCH",
    path="/v1/service-accounts/{service_account_id}",
    namespace="beta.service_accounts",
    retry_safe=False,
    response=lambda: models.ServiceAccount,
    body=lambda: models.UpdateServiceAccountRequest,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_SERVICE_ACCOUNTS_DELETE: Operation[None] = Operation(
    operation_id="delete_service_account_v1_service_accounts__service_account_id__delete",
    method="DELETE",
    path="/v1/service-accounts/{service_account_id}",
    namespace="beta.service_accounts",
    retry_safe=True,
    response=None,
)
_SERVICE_ACCOUNTS_SET_ROLES: Operation[models.ListServiceAccountRolesResponse] = Operation(
    operation_id="set_service_account_roles_v1_service_accounts__service_account_id__roles_put",
    method="PUT",
    path="/v1/service-accounts/{service_account_id}/roles",
    namespace="beta.service_accounts",
    retry_safe=True,
    response=lambda: models.ListServiceAccountRolesResponse,
    body=lambda: models.SetServiceAccountRolesRequest,
    body_kind="json",
    wire="mistralai.api.admin._generated.wire",
)
_SERVICE_ACCOUNTS_LIST_ROLES: Operation[models.ListServiceAccountRolesResponse] = Operation(
    operation_id="list_service_account_roles_v1_service_accounts__service_account_id__roles_get",
    method="GET",
    path="/v1/service-accounts/{service_account_id}/roles",
    namespace="beta.service_accounts",
    retry_safe=True,
    response=lambda: models.ListServiceAccountRolesResponse,
)
_USERS_GET_IDENTITY: Operation[models.UserIdentity] = Operation(
    operation_id="users_api_get_identity",
    method="GET",
    path="/v1/users/me",
    namespace="beta.users",
    retry_safe=True,
    response=lambda: models.UserIdentity,
    key_headers=(("authorization", "Bearer "), ("x-api-key", "")),
)
_USERS_LIST_ORGANIZATIONS: Operation[models.ListOrganizationsResponse] = Operation(
    operation_id="users_api_list_organizations",
    method="GET",
    path="/v1/users/me/organizations",
    namespace="beta.users",
    retry_safe=True,
    response=lambda: models.ListOrganizationsResponse,
    key_headers=(("authorization", "Bearer "), ("x-api-key", "")),
    omit_none=frozenset({"offset", "limit"}),
)
_USERS_LIST_ORGANIZATIONS_PAGING = OffsetPaging(items="organizations", param="offset")
_USERS_LIST_WORKSPACES: Operation[models.ListWorkspacesResponse] = Operation(
    operation_id="users_api_list_workspaces",
    method="GET",
    path="/v1/users/me/workspaces",
    namespace="beta.users",
    retry_safe=True,
    response=lambda: models.ListWorkspacesResponse,
    key_headers=(("authorization", "Bearer "), ("x-api-key", "")),
    omit_none=frozenset({"offset", "limit"}),
)
_USERS_LIST_WORKSPACES_PAGING = OffsetPaging(items="workspaces", param="offset")
_USERS_WHOAMI: Operation[models.WhoamiResponse] = Operation(
    operation_id="users_api_whoami",
    method="GET",
    path="/v1/whoami",
    namespace="beta.users",
    retry_safe=True,
    response=lambda: models.WhoamiResponse,
    key_headers=(("authorization", "Bearer "), ("x-api-key", "")),
)


class Admin(Resource):
    """Operations of ``beta.admin``."""

    __slots__ = (
        "_ns_api_keys",
        "_ns_audit_logs",
        "_ns_billing",
        "_ns_scim",
        "_ns_user_groups",
        "_ns_users",
        "_ns_vibe_code_analytics",
        "_ns_vibe_work_analytics",
        "_ns_workspaces",
    )
    _ns_api_keys: AdminAPIKeys
    _ns_audit_logs: AdminAuditLogs
    _ns_billing: AdminBilling
    _ns_scim: AdminScim
    _ns_user_groups: AdminUserGroups
    _ns_users: AdminUsers
    _ns_vibe_code_analytics: AdminVibeCodeAnalytics
    _ns_vibe_work_analytics: AdminVibeWorkAnalytics
    _ns_workspaces: AdminWorkspaces

    @property
    def api_keys(self) -> AdminAPIKeys:
        """Operations of ``beta.admin.api_keys``."""
        try:
            return self._ns_api_keys
        except AttributeError:
            self._ns_api_keys = AdminAPIKeys(self._client)
            return self._ns_api_keys

    @property
    def audit_logs(self) -> AdminAuditLogs:
        """Operations of ``beta.admin.audit_logs``."""
        try:
            return self._ns_audit_logs
        except AttributeError:
            self._ns_audit_logs = AdminAuditLogs(self._client)
            return self._ns_audit_logs

    @property
    def billing(self) -> AdminBilling:
        """Operations of ``beta.admin.billing``."""
        try:
            return self._ns_billing
        except AttributeError:
            self._ns_billing = AdminBilling(self._client)
            return self._ns_billing

    @property
    def scim(self) -> AdminScim:
        """Operations of ``beta.admin.scim``."""
        try:
            return self._ns_scim
        except AttributeError:
            self._ns_scim = AdminScim(self._client)
            return self._ns_scim

    @property
    def user_groups(self) -> AdminUserGroups:
        """Operations of ``beta.admin.user_groups``."""
        try:
            return self._ns_user_groups
        except AttributeError:
            self._ns_user_groups = AdminUserGroups(self._client)
            return self._ns_user_groups

    @property
    def users(self) -> AdminUsers:
        """Operations of ``beta.admin.users``."""
        try:
            return self._ns_users
        except AttributeError:
            self._ns_users = AdminUsers(self._client)
            return self._ns_users

    @property
    def vibe_code_analytics(self) -> AdminVibeCodeAnalytics:
        """Operations of ``beta.admin.vibe_code_analytics``."""
        try:
            return self._ns_vibe_code_analytics
        except AttributeError:
            self._ns_vibe_code_analytics = AdminVibeCodeAnalytics(self._client)
            return self._ns_vibe_code_analytics

    @property
    def vibe_work_analytics(self) -> AdminVibeWorkAnalytics:
        """Operations of ``beta.admin.vibe_work_analytics``."""
        try:
            return self._ns_vibe_work_analytics
        except AttributeError:
            self._ns_vibe_work_analytics = AdminVibeWorkAnalytics(self._client)
            return self._ns_vibe_work_analytics

    @property
    def workspaces(self) -> AdminWorkspaces:
        """Operations of ``beta.admin.workspaces``."""
        try:
            return self._ns_workspaces
        except AttributeError:
            self._ns_workspaces = AdminWorkspaces(self._client)
            return self._ns_workspaces


class AdminAPIKeys(Resource):
    """Operations of ``beta.admin.api_keys``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminAPIKeysWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminAPIKeysWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 100,
        offset: int | None = 0,
        name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.APIKeysExtendedOUT:
        """Get Api Keys.

        List API keys for the Organization.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param limit: Maximum number of results to return.
        :param offset: Number of results to skip before returning results.
        :param name: Filter API keys by name substring or the last 4 characters of the key. Matching is case-insensitive and accent-insensitive.
        """
        return paginate(
            self._client,
            _ADMIN_API_KEYS_LIST,
            _ADMIN_API_KEYS_LIST_PAGING,
            {"limit": limit, "offset": offset, "name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        limit: int | None = 100,
        offset: int | None = 0,
        name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.APIKeysExtendedOUT:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _ADMIN_API_KEYS_LIST,
            _ADMIN_API_KEYS_LIST_PAGING,
            {"limit": limit, "offset": offset, "name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: OptionalNullable[str] = UNSET,
        expiration: OptionalNullable[str] = UNSET,
        workspace_uuid: str,
        user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.APIKeyOUT:
        """Create Api Key.

        Create a Workspace API key.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name: Optional name for the API key.
        :param expiration: Date when the API key should expire.
        :param workspace_uuid: Workspace ID for the API key.
        :param user_id: ID of the user the API key is created for.
        """
        return self._client.request(
            _ADMIN_API_KEYS_CREATE,
            body={
                "name": name,
                "expiration": expiration,
                "workspace_uuid": workspace_uuid,
                "user_id": user_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: OptionalNullable[str] = UNSET,
        expiration: OptionalNullable[str] = UNSET,
        workspace_uuid: str,
        user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.APIKeyOUT:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _ADMIN_API_KEYS_CREATE,
            body={
                "name": name,
                "expiration": expiration,
                "workspace_uuid": workspace_uuid,
                "user_id": user_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        key_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteAPIKeyOUT:
        """Delete Api Key.

        Delete an API key.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param key_id: API key ID.
        """
        return self._client.request(
            _ADMIN_API_KEYS_DELETE,
            path={"key_id": key_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        key_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteAPIKeyOUT:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _ADMIN_API_KEYS_DELETE,
            path={"key_id": key_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminAuditLogs(Resource):
    """Operations of ``beta.admin.audit_logs``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminAuditLogsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminAuditLogsWithRawResponse(self)

    def list(
        self,
        *,
        actor_type: OptionalNullable[Sequence[models.ActorType]] = UNSET,
        event_type: OptionalNullable[Sequence[models.AuditLogEventType]] = UNSET,
        target_type: OptionalNullable[Sequence[models.TargetType]] = UNSET,
        actor_user_uuid: OptionalNullable[str] = UNSET,
        sort: models.UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting | None = "descending",
        after: OptionalNullable[datetime] = UNSET,
        before: OptionalNullable[datetime] = UNSET,
        limit: int | None = 20,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.AuditLogOut]:
        """Get Audit Logs.

        List audit log entries for the Organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param actor_type: Actor types to include in the audit log results.
        :param event_type: Event types to include in the audit log results.
        :param target_type: Target resource types to include in the audit log results.
        :param actor_user_uuid: Filter logs by the UUID of the user who performed the action.
        :param sort: Sort order for audit log entries.
        :param after: Return audit log entries after this time.
        :param before: Return audit log entries before this time.
        :param limit: Maximum number of results to return.
        """
        return self._client.request(
            _ADMIN_AUDIT_LOGS_LIST,
            query={
                "actor_type": actor_type,
                "event_type": event_type,
                "target_type": target_type,
                "actor_user_uuid": actor_user_uuid,
                "sort": sort,
                "after": after,
                "before": before,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        actor_type: OptionalNullable[Sequence[models.ActorType]] = UNSET,
        event_type: OptionalNullable[Sequence[models.AuditLogEventType]] = UNSET,
        target_type: OptionalNullable[Sequence[models.TargetType]] = UNSET,
        actor_user_uuid: OptionalNullable[str] = UNSET,
        sort: models.UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting | None = "descending",
        after: OptionalNullable[datetime] = UNSET,
        before: OptionalNullable[datetime] = UNSET,
        limit: int | None = 20,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.AuditLogOut]:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _ADMIN_AUDIT_LOGS_LIST,
            query={
                "actor_type": actor_type,
                "event_type": event_type,
                "target_type": target_type,
                "actor_user_uuid": actor_user_uuid,
                "sort": sort,
                "after": after,
                "before": before,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminBilling(Resource):
    """Operations of ``beta.admin.billing``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminBillingWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminBillingWithRawResponse(self)

    def get_rate_limits(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RateLimitsOUT:
        """Get Rate Limits.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _ADMIN_BILLING_GET_RATE_LIMITS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_rate_limits_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RateLimitsOUT:
        """Async twin of :meth:`get_rate_limits`."""
        return await self._client.request_async(
            _ADMIN_BILLING_GET_RATE_LIMITS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_spend_limits(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.LimitsOUT:
        """Get Spend Limits.

        Get usage, rate, and job limits for the Organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _ADMIN_BILLING_GET_SPEND_LIMITS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_spend_limits_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.LimitsOUT:
        """Async twin of :meth:`get_spend_limits`."""
        return await self._client.request_async(
            _ADMIN_BILLING_GET_SPEND_LIMITS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.LimitsOUT:
        """Update Spend Limits.

        Update the Organization usage limit.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param amount: New monthly usage limit amount.
        :param no_monthly_limit: Whether to remove the monthly usage limit.
        """
        return self._client.request(
            _ADMIN_BILLING_UPDATE_SPEND_LIMITS,
            body={"amount": amount, "no_monthly_limit": no_monthly_limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_spend_limits_async(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.LimitsOUT:
        """Async twin of :meth:`update_spend_limits`."""
        return await self._client.request_async(
            _ADMIN_BILLING_UPDATE_SPEND_LIMITS,
            body={"amount": amount, "no_monthly_limit": no_monthly_limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_usage(
        self,
        *,
        month: OptionalNullable[str] = UNSET,
        year: OptionalNullable[str] = UNSET,
        workspace_id: OptionalNullable[str] = UNSET,
        api_zone: OptionalNullable[models.ApiZone] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UsageOUTJSON:
        """Get Usage.

        Get usage and cost data for the Organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param month: Month to return usage for.
        :param year: Year to return usage for.
        :param workspace_id: Workspace ID to filter results.
        :param api_zone: Regional inference zone to filter results.
        """
        return self._client.request(
            _ADMIN_BILLING_GET_USAGE,
            query={
                "month": month,
                "year": year,
                "workspace_id": workspace_id,
                "api_zone": api_zone,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_usage_async(
        self,
        *,
        month: OptionalNullable[str] = UNSET,
        year: OptionalNullable[str] = UNSET,
        workspace_id: OptionalNullable[str] = UNSET,
        api_zone: OptionalNullable[models.ApiZone] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UsageOUTJSON:
        """Async twin of :meth:`get_usage`."""
        return await self._client.request_async(
            _ADMIN_BILLING_GET_USAGE,
            query={
                "month": month,
                "year": year,
                "workspace_id": workspace_id,
                "api_zone": api_zone,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminScim(Resource):
    """Operations of ``beta.admin.scim``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminScimWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminScimWithRawResponse(self)

    def trigger_sync(
        self,
        *,
        dry_run: bool | None = True,
        sync_config: OptionalNullable[
            models.AdminScimSyncConfig | models.AdminScimSyncConfigTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminScimSyncTriggerOUT:
        """Trigger Scim Sync.

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dry_run: Preview all synchronization changes without applying them.
        :param sync_config: Categories to synchronize. Required when dry_run is false; ignored for dry runs.
        """
        return self._client.request(
            _ADMIN_SCIM_TRIGGER_SYNC,
            body={"dry_run": dry_run, "sync_config": sync_config},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def trigger_sync_async(
        self,
        *,
        dry_run: bool | None = True,
        sync_config: OptionalNullable[
            models.AdminScimSyncConfig | models.AdminScimSyncConfigTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminScimSyncTriggerOUT:
        """Async twin of :meth:`trigger_sync`."""
        return await self._client.request_async(
            _ADMIN_SCIM_TRIGGER_SYNC,
            body={"dry_run": dry_run, "sync_config": sync_config},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_sync_run(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminScimSyncRunOUT:
        """Get Scim Sync Run.

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id: Identifier of the SCIM synchronization run.
        """
        return self._client.request(
            _ADMIN_SCIM_GET_SYNC_RUN,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_sync_run_async(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminScimSyncRunOUT:
        """Async twin of :meth:`get_sync_run`."""
        return await self._client.request_async(
            _ADMIN_SCIM_GET_SYNC_RUN,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminUserGroups(Resource):
    """Operations of ``beta.admin.user_groups``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminUserGroupsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminUserGroupsWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = 25,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupsOut:
        """Get User Groups.

        Get all user groups across the organization.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page: Page number to return.
        :param page_size: Maximum number of results per page.
        :param search: Search term used to filter user groups by name.
        """
        return paginate(
            self._client,
            _ADMIN_USER_GROUPS_LIST,
            _ADMIN_USER_GROUPS_LIST_PAGING,
            {"page": page, "page_size": page_size, "search": search},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = 25,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupsOut:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _ADMIN_USER_GROUPS_LIST,
            _ADMIN_USER_GROUPS_LIST_PAGING,
            {"page": page, "page_size": page_size, "search": search},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        description: OptionalNullable[str] = UNSET,
        target_type: OptionalNullable[models.UserGroupTargetType] = UNSET,
        parent_group_ids: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupOut:
        """Create User Group.

        Create a new user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name: Name of the user group.
        :param description: Optional description of the user group.
        :param target_type: Type of resources this group can access.
        :param parent_group_ids: UUIDs of existing groups to nest this new group inside. Omit or pass an empty list to create a top-level group.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_CREATE,
            body={
                "name": name,
                "description": description,
                "target_type": target_type,
                "parent_group_ids": parent_group_ids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: OptionalNullable[str] = UNSET,
        target_type: OptionalNullable[models.UserGroupTargetType] = UNSET,
        parent_group_ids: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupOut:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_CREATE,
            body={
                "name": name,
                "description": description,
                "target_type": target_type,
                "parent_group_ids": parent_group_ids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def provision_to_workspace(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: OptionalNullable[
            models.WorkspaceRole | models.StaticWorkspaceRoles
        ] = UNSET,
        workspace_role_name: OptionalNullable[
            models.AdminProvisionGroupToWorkspaceInWorkspaceRoleName
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Provision Group To Workspace.

        Provision all users from a user group to a workspace with a specific role.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param user_group_uuid: User group ID to provision.
        :param workspace_uuid: Workspace ID where the group is provisioned.
        :param workspace_role: Workspace role value to assign to the group. Mutually exclusive with 'workspace_role_name'.
        :param workspace_role_name: Workspace role name to assign to the group. Mutually exclusive with 'workspace_role'.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_PROVISION_TO_WORKSPACE,
            body={
                "user_group_uuid": user_group_uuid,
                "workspace_uuid": workspace_uuid,
                "workspace_role": workspace_role,
                "workspace_role_name": workspace_role_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def provision_to_workspace_async(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: OptionalNullable[
            models.WorkspaceRole | models.StaticWorkspaceRoles
        ] = UNSET,
        workspace_role_name: OptionalNullable[
            models.AdminProvisionGroupToWorkspaceInWorkspaceRoleName
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`provision_to_workspace`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_PROVISION_TO_WORKSPACE,
            body={
                "user_group_uuid": user_group_uuid,
                "workspace_uuid": workspace_uuid,
                "workspace_role": workspace_role,
                "workspace_role_name": workspace_role_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        group_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupOut:
        """Get User Group.

        Get a specific user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_GET,
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        group_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupOut:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_GET,
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        group_uuid: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        target_type: OptionalNullable[models.UserGroupTargetType] = UNSET,
        parent_group_ids: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupOut:
        """Update User Group.

        Update a user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid:
        :param name: Updated name of the user group.
        :param description: Updated description of the user group.
        :param target_type: Updated permission target type for this group.
        :param parent_group_ids: Full replacement list of parent group UUIDs. Pass an empty list to remove all parents; omit the field to leave the parent groups unchanged.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_UPDATE,
            path={"group_uuid": group_uuid},
            body={
                "name": name,
                "description": description,
                "target_type": target_type,
                "parent_group_ids": parent_group_ids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        group_uuid: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        target_type: OptionalNullable[models.UserGroupTargetType] = UNSET,
        parent_group_ids: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupOut:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_UPDATE,
            path={"group_uuid": group_uuid},
            body={
                "name": name,
                "description": description,
                "target_type": target_type,
                "parent_group_ids": parent_group_ids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        group_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete User Group.

        Delete a user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_DELETE,
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        group_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_DELETE,
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_members(
        self,
        *,
        group_uuid: str,
        page: int | None = 1,
        page_size: int | None = 25,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupMembersOut:
        """Get User Group Members.

        Get members of a user group.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param page: Page number to return.
        :param page_size: Maximum number of results per page.
        """
        return paginate(
            self._client,
            _ADMIN_USER_GROUPS_LIST_MEMBERS,
            _ADMIN_USER_GROUPS_LIST_MEMBERS_PAGING,
            {"page": page, "page_size": page_size},
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_members_async(
        self,
        *,
        group_uuid: str,
        page: int | None = 1,
        page_size: int | None = 25,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserGroupMembersOut:
        """Async twin of :meth:`list_members`."""
        return await paginate_async(
            self._client,
            _ADMIN_USER_GROUPS_LIST_MEMBERS,
            _ADMIN_USER_GROUPS_LIST_MEMBERS_PAGING,
            {"page": page, "page_size": page_size},
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def add_members(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Assign Users To Group.

        Assign users to a user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid:
        :param user_uuids: User IDs to add to the group.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_ADD_MEMBERS,
            path={"group_uuid": group_uuid},
            body={"user_uuids": user_uuids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def add_members_async(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`add_members`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_ADD_MEMBERS,
            path={"group_uuid": group_uuid},
            body={"user_uuids": user_uuids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def remove_members(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove Users From Group.

        Remove users from a user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid:
        :param user_uuids: User IDs to add to the group.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_REMOVE_MEMBERS,
            path={"group_uuid": group_uuid},
            body={"user_uuids": user_uuids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def remove_members_async(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`remove_members`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_REMOVE_MEMBERS,
            path={"group_uuid": group_uuid},
            body={"user_uuids": user_uuids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_workspace_assignments(
        self,
        *,
        group_uuid: str,
        page: int | None = 1,
        page_size: int | None = 25,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments.

        List workspace assignments for a user group.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param page: Page number to return.
        :param page_size: Maximum number of results per page.
        """
        return paginate(
            self._client,
            _ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS,
            _ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS_PAGING,
            {"page": page, "page_size": page_size},
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_workspace_assignments_async(
        self,
        *,
        group_uuid: str,
        page: int | None = 1,
        page_size: int | None = 25,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GroupWorkspaceAssignmentsOut:
        """Async twin of :meth:`list_workspace_assignments`."""
        return await paginate_async(
            self._client,
            _ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS,
            _ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS_PAGING,
            {"page": page, "page_size": page_size},
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def assign_to_workspace(
        self,
        *,
        group_uuid: str,
        role_names: OptionalNullable[Sequence[models.AssignGroupToWorkspaceInRoleName]] = UNSET,
        roles: OptionalNullable[
            Sequence[models.WorkspaceRole | models.StaticWorkspaceRoles]
        ] = UNSET,
        role: OptionalNullable[models.WorkspaceRole | models.StaticWorkspaceRoles] = UNSET,
        workspace_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Assign Group To Workspace.

        Assign a user group to a workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param role_names: Simplified role names to assign. Mutually exclusive with 'roles'.
        :param roles: Role values to assign. Mutually exclusive with 'role_names'.
        :param role: Deprecated single role value. Use 'role_names' instead.
        :param workspace_uuid:
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_ASSIGN_TO_WORKSPACE,
            path={"group_uuid": group_uuid},
            body={
                "role_names": role_names,
                "roles": roles,
                "role": role,
                "workspace_uuid": workspace_uuid,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def assign_to_workspace_async(
        self,
        *,
        group_uuid: str,
        role_names: OptionalNullable[Sequence[models.AssignGroupToWorkspaceInRoleName]] = UNSET,
        roles: OptionalNullable[
            Sequence[models.WorkspaceRole | models.StaticWorkspaceRoles]
        ] = UNSET,
        role: OptionalNullable[models.WorkspaceRole | models.StaticWorkspaceRoles] = UNSET,
        workspace_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`assign_to_workspace`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_ASSIGN_TO_WORKSPACE,
            path={"group_uuid": group_uuid},
            body={
                "role_names": role_names,
                "roles": roles,
                "role": role,
                "workspace_uuid": workspace_uuid,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_workspace_assignment(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: OptionalNullable[
            Sequence[models.UpdateGroupWorkspaceAssignmentInRoleName]
        ] = UNSET,
        roles: OptionalNullable[
            Sequence[models.WorkspaceRole | models.StaticWorkspaceRoles]
        ] = UNSET,
        role: OptionalNullable[models.WorkspaceRole | models.StaticWorkspaceRoles] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update Group Workspace Assignment.

        Update the workspace role assignment for a user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param workspace_uuid: Workspace ID.
        :param role_names: Simplified role names to assign. Mutually exclusive with 'roles'.
        :param roles: Role values to assign. Mutually exclusive with 'role_names'.
        :param role: Deprecated single role value. Use 'role_names' instead.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_UPDATE_WORKSPACE_ASSIGNMENT,
            path={"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
            body={"role_names": role_names, "roles": roles, "role": role},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_workspace_assignment_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: OptionalNullable[
            Sequence[models.UpdateGroupWorkspaceAssignmentInRoleName]
        ] = UNSET,
        roles: OptionalNullable[
            Sequence[models.WorkspaceRole | models.StaticWorkspaceRoles]
        ] = UNSET,
        role: OptionalNullable[models.WorkspaceRole | models.StaticWorkspaceRoles] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`update_workspace_assignment`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_UPDATE_WORKSPACE_ASSIGNMENT,
            path={"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
            body={"role_names": role_names, "roles": roles, "role": role},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def remove_from_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove Group From Workspace.

        Remove a user group from a workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param workspace_uuid: Workspace ID.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_REMOVE_FROM_WORKSPACE,
            path={"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def remove_from_workspace_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`remove_from_workspace`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_REMOVE_FROM_WORKSPACE,
            path={"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_organization_role(
        self,
        *,
        group_uuid: str,
        organization_role: models.UserRole | models.StaticOrganizationRoles,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update User Group Organization Role.

        Update the organization role for a user group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param organization_role: Organization role to assign to the group.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_UPDATE_ORGANIZATION_ROLE,
            path={"group_uuid": group_uuid},
            body={"organization_role": organization_role},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_organization_role_async(
        self,
        *,
        group_uuid: str,
        organization_role: models.UserRole | models.StaticOrganizationRoles,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`update_organization_role`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_UPDATE_ORGANIZATION_ROLE,
            path={"group_uuid": group_uuid},
            body={"organization_role": organization_role},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_nested_groups(
        self,
        *,
        group_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NestedGroupsOut:
        """Get Nested Groups Admin.

        List the groups directly nested inside this group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_LIST_NESTED_GROUPS,
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_nested_groups_async(
        self,
        *,
        group_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NestedGroupsOut:
        """Async twin of :meth:`list_nested_groups`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_LIST_NESTED_GROUPS,
            path={"group_uuid": group_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def set_nested_groups(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Set Nested Groups Admin.

        Replace the set of groups directly nested inside this group.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param group_uuid: User group ID.
        :param child_group_uuids: Full replacement list of UUIDs of groups to nest directly inside this group.
        """
        return self._client.request(
            _ADMIN_USER_GROUPS_SET_NESTED_GROUPS,
            path={"group_uuid": group_uuid},
            body={"child_group_uuids": child_group_uuids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def set_nested_groups_async(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`set_nested_groups`."""
        return await self._client.request_async(
            _ADMIN_USER_GROUPS_SET_NESTED_GROUPS,
            path={"group_uuid": group_uuid},
            body={"child_group_uuids": child_group_uuids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminUsers(Resource):
    """Operations of ``beta.admin.users``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminUsersWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminUsersWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = 25,
        email: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OrganizationAdminUsersOUT:
        """Get Users.

        List Organization members and pending invitations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page: Page number to return.
        :param page_size: Maximum number of results per page.
        :param email: Email address to filter users and invitations.
        """
        return self._client.request(
            _ADMIN_USERS_LIST,
            query={"page": page, "page_size": page_size, "email": email},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = 25,
        email: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OrganizationAdminUsersOUT:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _ADMIN_USERS_LIST,
            query={"page": page, "page_size": page_size, "email": email},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        request: Sequence[
            models.OrganizationMemberCreate | models.OrganizationMemberCreateTypedDict
        ],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OrganizationUsersCreateOUT:
        """Create Users.

        Create Organization members.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param request: The request body.
        """
        return self._client.request(
            _ADMIN_USERS_CREATE,
            body=request,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        request: Sequence[
            models.OrganizationMemberCreate | models.OrganizationMemberCreateTypedDict
        ],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OrganizationUsersCreateOUT:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _ADMIN_USERS_CREATE,
            body=request,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def invite(
        self,
        *,
        role_names: OptionalNullable[Sequence[models.OrganizationInviteINRoleName]] = UNSET,
        roles: OptionalNullable[
            Sequence[models.UserRole] | Sequence[models.StaticOrganizationRoles]
        ] = UNSET,
        role_name: OptionalNullable[models.OrganizationInviteINRoleName] = UNSET,
        role: OptionalNullable[models.UserRole | models.StaticOrganizationRoles] = UNSET,
        email: str,
        subscription_type: OptionalNullable[models.PlanType] = UNSET,
        subscription_types: OptionalNullable[Sequence[models.PlanType]] = UNSET,
        subscription_seat_automatic_granting: bool | None = False,
        email_language: OptionalNullable[models.OrganizationInviteINEmailLanguage] = UNSET,
        workspace_uuids: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OrganizationInvitesCreateOUT:
        """Invite Users.

        Invite users to the Organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param role_names: Simplified role names to assign. Mutually exclusive with 'roles'.
        :param roles: Role values to assign. Mutually exclusive with 'role_names'.
        :param role_name: Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
        :param role: Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'.
        :param email: Email address, comma-separated emails, or newline-separated emails to invite.
        :param subscription_type: Deprecated single product seat to assign.
        :param subscription_types: Product seats to assign to invited users.
        :param subscription_seat_automatic_granting: Whether to grant subscription seats automatically.
        :param email_language: Language used for invitation emails.
        :param workspace_uuids: Workspace IDs the invited users should join.
        """
        return self._client.request(
            _ADMIN_USERS_INVITE,
            body={
                "role_names": role_names,
                "roles": roles,
                "role_name": role_name,
                "role": role,
                "email": email,
                "subscription_type": subscription_type,
                "subscription_types": subscription_types,
                "subscription_seat_automatic_granting": subscription_seat_automatic_granting,
                "email_language": email_language,
                "workspace_uuids": workspace_uuids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def invite_async(
        self,
        *,
        role_names: OptionalNullable[Sequence[models.OrganizationInviteINRoleName]] = UNSET,
        roles: OptionalNullable[
            Sequence[models.UserRole] | Sequence[models.StaticOrganizationRoles]
        ] = UNSET,
        role_name: OptionalNullable[models.OrganizationInviteINRoleName] = UNSET,
        role: OptionalNullable[models.UserRole | models.StaticOrganizationRoles] = UNSET,
        email: str,
        subscription_type: OptionalNullable[models.PlanType] = UNSET,
        subscription_types: OptionalNullable[Sequence[models.PlanType]] = UNSET,
        subscription_seat_automatic_granting: bool | None = False,
        email_language: OptionalNullable[models.OrganizationInviteINEmailLanguage] = UNSET,
        workspace_uuids: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OrganizationInvitesCreateOUT:
        """Async twin of :meth:`invite`."""
        return await self._client.request_async(
            _ADMIN_USERS_INVITE,
            body={
                "role_names": role_names,
                "roles": roles,
                "role_name": role_name,
                "role": role,
                "email": email,
                "subscription_type": subscription_type,
                "subscription_types": subscription_types,
                "subscription_seat_automatic_granting": subscription_seat_automatic_granting,
                "email_language": email_language,
                "workspace_uuids": workspace_uuids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_invites(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.OrganizationUserInviteOUT]:
        """Get Invite.

        List pending Organization invitations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _ADMIN_USERS_LIST_INVITES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_invites_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.OrganizationUserInviteOUT]:
        """Async twin of :meth:`list_invites`."""
        return await self._client.request_async(
            _ADMIN_USERS_LIST_INVITES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_invite(
        self,
        *,
        invite_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteOUT:
        """Delete Invite.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param invite_uuid: Organization invitation ID.
        """
        return self._client.request(
            _ADMIN_USERS_DELETE_INVITE,
            path={"invite_uuid": invite_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_invite_async(
        self,
        *,
        invite_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteOUT:
        """Async twin of :meth:`delete_invite`."""
        return await self._client.request_async(
            _ADMIN_USERS_DELETE_INVITE,
            path={"invite_uuid": invite_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        user_id: str,
        role_names: OptionalNullable[
            Sequence[models.AdminOrganizationMemberUpdateRoleName]
        ] = UNSET,
        roles: OptionalNullable[
            Sequence[models.UserRole] | Sequence[models.StaticOrganizationRoles]
        ] = UNSET,
        role_name: OptionalNullable[models.AdminOrganizationMemberUpdateRoleName] = UNSET,
        role: OptionalNullable[models.UserRole | models.StaticOrganizationRoles] = UNSET,
        subscription_types: OptionalNullable[
            Sequence[models.AdminOrganizationMemberUpdateSubscriptionType]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminOrganizationMemberOUT:
        """Update User.

        Update an Organization member's roles and product seats.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param user_id: User ID.
        :param role_names: Simplified role names to assign. Mutually exclusive with 'roles'.
        :param roles: Role values to assign. Mutually exclusive with 'role_names'.
        :param role_name: Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
        :param role: Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'.
        :param subscription_types: Product seats to assign to the member.
        """
        return self._client.request(
            _ADMIN_USERS_UPDATE,
            path={"user_id": user_id},
            body={
                "role_names": role_names,
                "roles": roles,
                "role_name": role_name,
                "role": role,
                "subscription_types": subscription_types,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        user_id: str,
        role_names: OptionalNullable[
            Sequence[models.AdminOrganizationMemberUpdateRoleName]
        ] = UNSET,
        roles: OptionalNullable[
            Sequence[models.UserRole] | Sequence[models.StaticOrganizationRoles]
        ] = UNSET,
        role_name: OptionalNullable[models.AdminOrganizationMemberUpdateRoleName] = UNSET,
        role: OptionalNullable[models.UserRole | models.StaticOrganizationRoles] = UNSET,
        subscription_types: OptionalNullable[
            Sequence[models.AdminOrganizationMemberUpdateSubscriptionType]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminOrganizationMemberOUT:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _ADMIN_USERS_UPDATE,
            path={"user_id": user_id},
            body={
                "role_names": role_names,
                "roles": roles,
                "role_name": role_name,
                "role": role,
                "subscription_types": subscription_types,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteOUT:
        """Delete User.

        Remove a member from the Organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param user_id: User ID.
        """
        return self._client.request(
            _ADMIN_USERS_DELETE,
            path={"user_id": user_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteOUT:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _ADMIN_USERS_DELETE,
            path={"user_id": user_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserOUT:
        """Get User.

        Get details for an Organization member.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param user_id: User ID.
        """
        return self._client.request(
            _ADMIN_USERS_GET,
            path={"user_id": user_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AdminUserOUT:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _ADMIN_USERS_GET,
            path={"user_id": user_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_roles(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RolesOut:
        """Get Roles.

        List Organization and Workspace roles.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _ADMIN_USERS_LIST_ROLES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_roles_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RolesOut:
        """Async twin of :meth:`list_roles`."""
        return await self._client.request_async(
            _ADMIN_USERS_LIST_ROLES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminVibeCodeAnalytics(Resource):
    """Operations of ``beta.admin.vibe_code_analytics``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminVibeCodeAnalyticsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminVibeCodeAnalyticsWithRawResponse(self)

    def usage_by_workspace(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkspaceStatsOUT:
        """Usage by workspace.

        Get Vibe Code usage for a Workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param start_time: Start of the queried window, as a Unix timestamp in seconds.
        :param end_time: End of the queried window, as a Unix timestamp in seconds.
        :param workspace_id: Workspace ID to filter results.
        """
        return self._client.request(
            _ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_WORKSPACE,
            query={"start_time": start_time, "end_time": end_time, "workspace_id": workspace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def usage_by_workspace_async(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkspaceStatsOUT:
        """Async twin of :meth:`usage_by_workspace`."""
        return await self._client.request_async(
            _ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_WORKSPACE,
            query={"start_time": start_time, "end_time": end_time, "workspace_id": workspace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def usage_by_organization(
        self,
        *,
        start_time: int,
        end_time: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeOrganizationStatsOUT:
        """Usage by organization.

        Get Vibe Code usage for the Organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param start_time: Start of the queried window, as a Unix timestamp in seconds.
        :param end_time: End of the queried window, as a Unix timestamp in seconds.
        """
        return self._client.request(
            _ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_ORGANIZATION,
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def usage_by_organization_async(
        self,
        *,
        start_time: int,
        end_time: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeOrganizationStatsOUT:
        """Async twin of :meth:`usage_by_organization`."""
        return await self._client.request_async(
            _ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_ORGANIZATION,
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminVibeWorkAnalytics(Resource):
    """Operations of ``beta.admin.vibe_work_analytics``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminVibeWorkAnalyticsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminVibeWorkAnalyticsWithRawResponse(self)

    def usage_by_user(
        self,
        *,
        start_time: int,
        end_time: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkByUserStatsOUT:
        """Usage by user.

        Get Vibe Work usage by user for a time range.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param start_time: Start of the queried window, as a Unix timestamp in seconds.
        :param end_time: End of the queried window, as a Unix timestamp in seconds.
        """
        return self._client.request(
            _ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_USER,
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def usage_by_user_async(
        self,
        *,
        start_time: int,
        end_time: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkByUserStatsOUT:
        """Async twin of :meth:`usage_by_user`."""
        return await self._client.request_async(
            _ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_USER,
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def usage_by_agent(
        self,
        *,
        start_time: int,
        end_time: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkByAgentStatsOUT:
        """Usage by agent.

        Get Vibe Work usage by agent for a time range.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param start_time: Start of the queried window, as a Unix timestamp in seconds.
        :param end_time: End of the queried window, as a Unix timestamp in seconds.
        """
        return self._client.request(
            _ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_AGENT,
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def usage_by_agent_async(
        self,
        *,
        start_time: int,
        end_time: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkByAgentStatsOUT:
        """Async twin of :meth:`usage_by_agent`."""
        return await self._client.request_async(
            _ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_AGENT,
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def usage_over_time(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: OptionalNullable[
            models.GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkByTimeStatsOUT:
        """Usage over time.

        Get Vibe Work usage over time.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param start_time: Start of the queried window, as a Unix timestamp in seconds.
        :param end_time: End of the queried window, as a Unix timestamp in seconds.
        :param granularity: Time interval used to group usage results.
        """
        return self._client.request(
            _ADMIN_VIBE_WORK_ANALYTICS_USAGE_OVER_TIME,
            query={"start_time": start_time, "end_time": end_time, "granularity": granularity},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def usage_over_time_async(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: OptionalNullable[
            models.GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VibeWorkByTimeStatsOUT:
        """Async twin of :meth:`usage_over_time`."""
        return await self._client.request_async(
            _ADMIN_VIBE_WORK_ANALYTICS_USAGE_OVER_TIME,
            query={"start_time": start_time, "end_time": end_time, "granularity": granularity},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AdminWorkspaces(Resource):
    """Operations of ``beta.admin.workspaces``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AdminWorkspacesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AdminWorkspacesWithRawResponse(self)

    def list(
        self,
        *,
        is_archived: bool | None = False,
        page: int | None = 1,
        page_size: int | None = 25,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspacesOut:
        """Get Workspaces.

        List Workspaces in the Organization.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param is_archived: Whether to include archived Workspaces.
        :param page: Page number to return.
        :param page_size: Maximum number of results per page.
        :param search: Search term to filter Workspaces by name.
        """
        return paginate(
            self._client,
            _ADMIN_WORKSPACES_LIST,
            _ADMIN_WORKSPACES_LIST_PAGING,
            {"is_archived": is_archived, "page": page, "page_size": page_size, "search": search},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        is_archived: bool | None = False,
        page: int | None = 1,
        page_size: int | None = 25,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspacesOut:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _ADMIN_WORKSPACES_LIST,
            _ADMIN_WORKSPACES_LIST_PAGING,
            {"is_archived": is_archived, "page": page, "page_size": page_size, "search": search},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        description: str | None = "",
        icon: str | None = "",
        add_all_org_members: bool | None = False,
        admin_user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspaceEnrichedOUT:
        """Create Workspace.

        Create a Workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name: Workspace name.
        :param description: Workspace description.
        :param icon: Workspace icon.
        :param add_all_org_members: Whether to add all Organization members to the Workspace.
        :param admin_user_id: User ID to grant the Workspace Admin role to.
        """
        return self._client.request(
            _ADMIN_WORKSPACES_CREATE,
            body={
                "name": name,
                "description": description,
                "icon": icon,
                "add_all_org_members": add_all_org_members,
                "admin_user_id": admin_user_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: str | None = "",
        icon: str | None = "",
        add_all_org_members: bool | None = False,
        admin_user_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspaceEnrichedOUT:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _ADMIN_WORKSPACES_CREATE,
            body={
                "name": name,
                "description": description,
                "icon": icon,
                "add_all_org_members": add_all_org_members,
                "admin_user_id": admin_user_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        workspace_uuid: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        icon: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspaceOUT:
        """Update Workspaces.

        Update a Workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workspace_uuid: Workspace ID.
        :param name: Updated Workspace name.
        :param description: Updated Workspace description.
        :param icon: Updated Workspace icon.
        """
        return self._client.request(
            _ADMIN_WORKSPACES_UPDATE,
            path={"workspace_uuid": workspace_uuid},
            body={"name": name, "description": description, "icon": icon},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        workspace_uuid: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        icon: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspaceOUT:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _ADMIN_WORKSPACES_UPDATE,
            path={"workspace_uuid": workspace_uuid},
            body={"name": name, "description": description, "icon": icon},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        workspace_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete Workspaces.

        Archive a Workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workspace_uuid: Workspace ID.
        """
        return self._client.request(
            _ADMIN_WORKSPACES_DELETE,
            path={"workspace_uuid": workspace_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        workspace_uuid: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _ADMIN_WORKSPACES_DELETE,
            path={"workspace_uuid": workspace_uuid},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def add_users(
        self,
        *,
        workspace_uuid: str,
        members: OptionalNullable[
            Sequence[models.WorkspaceMemberSingleIN | models.WorkspaceMemberSingleINTypedDict]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AddUsersToWorkspaceOUT:
        """Add Users Workspaces.

        Add members to a Workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workspace_uuid: Workspace ID.
        :param members: Workspace members to add or update.
        """
        return self._client.request(
            _ADMIN_WORKSPACES_ADD_USERS,
            path={"workspace_uuid": workspace_uuid},
            body={"members": members},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def add_users_async(
        self,
        *,
        workspace_uuid: str,
        members: OptionalNullable[
            Sequence[models.WorkspaceMemberSingleIN | models.WorkspaceMemberSingleINTypedDict]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AddUsersToWorkspaceOUT:
        """Async twin of :meth:`add_users`."""
        return await self._client.request_async(
            _ADMIN_WORKSPACES_ADD_USERS,
            path={"workspace_uuid": workspace_uuid},
            body={"members": members},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def add_or_update_users(
        self,
        *,
        workspace_uuid: str,
        members: OptionalNullable[
            Sequence[models.WorkspaceMemberSingleIN | models.WorkspaceMemberSingleINTypedDict]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces.

        Add or update Workspace members.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workspace_uuid: Workspace ID.
        :param members: Workspace members to add or update.
        """
        return self._client.request(
            _ADMIN_WORKSPACES_ADD_OR_UPDATE_USERS,
            path={"workspace_uuid": workspace_uuid},
            body={"members": members},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def add_or_update_users_async(
        self,
        *,
        workspace_uuid: str,
        members: OptionalNullable[
            Sequence[models.WorkspaceMemberSingleIN | models.WorkspaceMemberSingleINTypedDict]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AddOrUpdateUsersToWorkspaceOUT:
        """Async twin of :meth:`add_or_update_users`."""
        return await self._client.request_async(
            _ADMIN_WORKSPACES_ADD_OR_UPDATE_USERS,
            path={"workspace_uuid": workspace_uuid},
            body={"members": members},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def remove_users(
        self,
        *,
        workspace_uuid: str,
        members: Sequence[models.BaseWorkspaceMemberIN | models.BaseWorkspaceMemberINTypedDict],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces.

        Remove members from a Workspace.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workspace_uuid: Workspace ID.
        :param members: Workspace members to remove.
        """
        return self._client.request(
            _ADMIN_WORKSPACES_REMOVE_USERS,
            path={"workspace_uuid": workspace_uuid},
            body={"members": members},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def remove_users_async(
        self,
        *,
        workspace_uuid: str,
        members: Sequence[models.BaseWorkspaceMemberIN | models.BaseWorkspaceMemberINTypedDict],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RemoveWorkspaceMembersOUT:
        """Async twin of :meth:`remove_users`."""
        return await self._client.request_async(
            _ADMIN_WORKSPACES_REMOVE_USERS,
            path={"workspace_uuid": workspace_uuid},
            body={"members": members},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ServiceAccounts(Resource):
    """Operations of ``beta.service_accounts``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ServiceAccountsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ServiceAccountsWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        workspace_id: str,
        description: OptionalNullable[str] = UNSET,
        role_ids: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceAccount:
        """Create Service Account.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param workspace_id:
        :param description:
        :param role_ids:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_CREATE,
            body={
                "name": name,
                "workspace_id": workspace_id,
                "description": description,
                "role_ids": role_ids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        workspace_id: str,
        description: OptionalNullable[str] = UNSET,
        role_ids: Sequence[str] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceAccount:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_CREATE,
            body={
                "name": name,
                "workspace_id": workspace_id,
                "description": description,
                "role_ids": role_ids,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        offset: int,
        limit: int,
        workspace_id: OptionalNullable[str] = UNSET,
        include_deleted: bool | None = False,
        q: OptionalNullable[str] = UNSET,
        order: models.ListServiceAccountsV1ServiceAccountsGetOrder | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListServiceAccountsResponse:
        """List Service Accounts.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param offset:
        :param limit:
        :param workspace_id:
        :param include_deleted:
        :param q:
        :param order:
        """
        return paginate(
            self._client,
            _SERVICE_ACCOUNTS_LIST,
            _SERVICE_ACCOUNTS_LIST_PAGING,
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
                "include_deleted": include_deleted,
                "q": q,
                "order": order,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        offset: int,
        limit: int,
        workspace_id: OptionalNullable[str] = UNSET,
        include_deleted: bool | None = False,
        q: OptionalNullable[str] = UNSET,
        order: models.ListServiceAccountsV1ServiceAccountsGetOrder | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListServiceAccountsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _SERVICE_ACCOUNTS_LIST,
            _SERVICE_ACCOUNTS_LIST_PAGING,
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
                "include_deleted": include_deleted,
                "q": q,
                "order": order,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_assignable_roles(
        self,
        *,
        workspace_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListAssignableServiceAccountRolesResponse:
        """List Assignable Service Account Roles.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workspace_id:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_LIST_ASSIGNABLE_ROLES,
            query={"workspace_id": workspace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_assignable_roles_async(
        self,
        *,
        workspace_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListAssignableServiceAccountRolesResponse:
        """Async twin of :meth:`list_assignable_roles`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_LIST_ASSIGNABLE_ROLES,
            query={"workspace_id": workspace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        service_account_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceAccount:
        """Get Service Account.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param service_account_id:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_GET,
            path={"service_account_id": service_account_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        service_account_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceAccount:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_GET,
            path={"service_account_id": service_account_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        service_account_id: str,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceAccount:
        """Update Service Account.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param service_account_id:
        :param description:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_UPDATE,
            path={"service_account_id": service_account_id},
            body={"description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        service_account_id: str,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceAccount:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_UPDATE,
            path={"service_account_id": service_account_id},
            body={"description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        service_account_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete Service Account.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param service_account_id:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_DELETE,
            path={"service_account_id": service_account_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        service_account_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_DELETE,
            path={"service_account_id": service_account_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def set_roles(
        self,
        *,
        service_account_id: str,
        role_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListServiceAccountRolesResponse:
        """Set Service Account Roles.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param service_account_id:
        :param role_ids:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_SET_ROLES,
            path={"service_account_id": service_account_id},
            body={"role_ids": role_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def set_roles_async(
        self,
        *,
        service_account_id: str,
        role_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListServiceAccountRolesResponse:
        """Async twin of :meth:`set_roles`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_SET_ROLES,
            path={"service_account_id": service_account_id},
            body={"role_ids": role_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_roles(
        self,
        *,
        service_account_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListServiceAccountRolesResponse:
        """List Service Account Roles.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param service_account_id:
        """
        return self._client.request(
            _SERVICE_ACCOUNTS_LIST_ROLES,
            path={"service_account_id": service_account_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_roles_async(
        self,
        *,
        service_account_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListServiceAccountRolesResponse:
        """Async twin of :meth:`list_roles`."""
        return await self._client.request_async(
            _SERVICE_ACCOUNTS_LIST_ROLES,
            path={"service_account_id": service_account_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Users(Resource):
    """Operations of ``beta.users``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return UsersWithRawResponse(self)

    def get_identity(
        self,
        *,
        security: models.UsersAPIGetIdentitySecurity
        | models.UsersAPIGetIdentitySecurityTypedDict
        | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UserIdentity:
        """Get Identity.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param security: Credentials for this call only, instead of the client's API key.
        """
        return self._client.request(
            _USERS_GET_IDENTITY,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    async def get_identity_async(
        self,
        *,
        security: models.UsersAPIGetIdentitySecurity
        | models.UsersAPIGetIdentitySecurityTypedDict
        | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UserIdentity:
        """Async twin of :meth:`get_identity`."""
        return await self._client.request_async(
            _USERS_GET_IDENTITY,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    def list_organizations(
        self,
        *,
        security: models.UsersAPIListOrganizationsSecurity
        | models.UsersAPIListOrganizationsSecurityTypedDict
        | None = None,
        offset: int | None = 0,
        limit: int | None = 100,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListOrganizationsResponse:
        """List Organizations.

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param security: Credentials for this call only, instead of the client's API key.
        :param offset: Number of organizations to skip before returning results.
        :param limit: Maximum number of organizations to return.
        """
        return paginate(
            self._client,
            _USERS_LIST_ORGANIZATIONS,
            _USERS_LIST_ORGANIZATIONS_PAGING,
            {"offset": offset, "limit": limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    async def list_organizations_async(
        self,
        *,
        security: models.UsersAPIListOrganizationsSecurity
        | models.UsersAPIListOrganizationsSecurityTypedDict
        | None = None,
        offset: int | None = 0,
        limit: int | None = 100,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListOrganizationsResponse:
        """Async twin of :meth:`list_organizations`."""
        return await paginate_async(
            self._client,
            _USERS_LIST_ORGANIZATIONS,
            _USERS_LIST_ORGANIZATIONS_PAGING,
            {"offset": offset, "limit": limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    def list_workspaces(
        self,
        *,
        security: models.UsersAPIListWorkspacesSecurity
        | models.UsersAPIListWorkspacesSecurityTypedDict
        | None = None,
        organization_id: OptionalNullable[str] = UNSET,
        offset: int | None = 0,
        limit: int | None = 100,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListWorkspacesResponse:
        """List Workspaces.

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param security: Credentials for this call only, instead of the client's API key.
        :param organization_id: Return only workspaces belonging to this organization.
        :param offset: Number of workspaces to skip before returning results.
        :param limit: Maximum number of workspaces to return.
        """
        return paginate(
            self._client,
            _USERS_LIST_WORKSPACES,
            _USERS_LIST_WORKSPACES_PAGING,
            {"organization_id": organization_id, "offset": offset, "limit": limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    async def list_workspaces_async(
        self,
        *,
        security: models.UsersAPIListWorkspacesSecurity
        | models.UsersAPIListWorkspacesSecurityTypedDict
        | None = None,
        organization_id: OptionalNullable[str] = UNSET,
        offset: int | None = 0,
        limit: int | None = 100,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListWorkspacesResponse:
        """Async twin of :meth:`list_workspaces`."""
        return await paginate_async(
            self._client,
            _USERS_LIST_WORKSPACES,
            _USERS_LIST_WORKSPACES_PAGING,
            {"organization_id": organization_id, "offset": offset, "limit": limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    def whoami(
        self,
        *,
        security: models.UsersAPIWhoamiSecurity
        | models.UsersAPIWhoamiSecurityTypedDict
        | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WhoamiResponse:
        """Whoami.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param security: Credentials for this call only, instead of the client's API key.
        """
        return self._client.request(
            _USERS_WHOAMI,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_or_service_account_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )

    async def whoami_async(
        self,
        *,
        security: models.UsersAPIWhoamiSecurity
        | models.UsersAPIWhoamiSecurityTypedDict
        | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WhoamiResponse:
        """Async twin of :meth:`whoami`."""
        return await self._client.request_async(
            _USERS_WHOAMI,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=security_headers(
                security,
                {
                    "dashboard_user_or_service_account_context_auth": ("x-api-key", ""),
                    "bearer_user_context_auth": ("authorization", "Bearer "),
                },
                http_headers,
            ),
        )


class AdminAPIKeysWithRawResponse(RawResource):
    """``beta.admin.api_keys.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(AdminAPIKeys.list)
    list_async = raw_method(AdminAPIKeys.list_async)
    create = raw_method(AdminAPIKeys.create)
    create_async = raw_method(AdminAPIKeys.create_async)
    delete = raw_method(AdminAPIKeys.delete)
    delete_async = raw_method(AdminAPIKeys.delete_async)


class AdminAuditLogsWithRawResponse(RawResource):
    """``beta.admin.audit_logs.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(AdminAuditLogs.list)
    list_async = raw_method(AdminAuditLogs.list_async)


class AdminBillingWithRawResponse(RawResource):
    """``beta.admin.billing.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_rate_limits = raw_method(AdminBilling.get_rate_limits)
    get_rate_limits_async = raw_method(AdminBilling.get_rate_limits_async)
    get_spend_limits = raw_method(AdminBilling.get_spend_limits)
    get_spend_limits_async = raw_method(AdminBilling.get_spend_limits_async)
    update_spend_limits = raw_method(AdminBilling.update_spend_limits)
    update_spend_limits_async = raw_method(AdminBilling.update_spend_limits_async)
    get_usage = raw_method(AdminBilling.get_usage)
    get_usage_async = raw_method(AdminBilling.get_usage_async)


class AdminScimWithRawResponse(RawResource):
    """``beta.admin.scim.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    trigger_sync = raw_method(AdminScim.trigger_sync)
    trigger_sync_async = raw_method(AdminScim.trigger_sync_async)
    get_sync_run = raw_method(AdminScim.get_sync_run)
    get_sync_run_async = raw_method(AdminScim.get_sync_run_async)


class AdminUserGroupsWithRawResponse(RawResource):
    """``beta.admin.user_groups.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(AdminUserGroups.list)
    list_async = raw_method(AdminUserGroups.list_async)
    create = raw_method(AdminUserGroups.create)
    create_async = raw_method(AdminUserGroups.create_async)
    provision_to_workspace = raw_method(AdminUserGroups.provision_to_workspace)
    provision_to_workspace_async = raw_method(AdminUserGroups.provision_to_workspace_async)
    get = raw_method(AdminUserGroups.get)
    get_async = raw_method(AdminUserGroups.get_async)
    update = raw_method(AdminUserGroups.update)
    update_async = raw_method(AdminUserGroups.update_async)
    delete = raw_method(AdminUserGroups.delete)
    delete_async = raw_method(AdminUserGroups.delete_async)
    list_members = raw_method(AdminUserGroups.list_members)
    list_members_async = raw_method(AdminUserGroups.list_members_async)
    add_members = raw_method(AdminUserGroups.add_members)
    add_members_async = raw_method(AdminUserGroups.add_members_async)
    remove_members = raw_method(AdminUserGroups.remove_members)
    remove_members_async = raw_method(AdminUserGroups.remove_members_async)
    list_workspace_assignments = raw_method(AdminUserGroups.list_workspace_assignments)
    list_workspace_assignments_async = raw_method(AdminUserGroups.list_workspace_assignments_async)
    assign_to_workspace = raw_method(AdminUserGroups.assign_to_workspace)
    assign_to_workspace_async = raw_method(AdminUserGroups.assign_to_workspace_async)
    update_workspace_assignment = raw_method(AdminUserGroups.update_workspace_assignment)
    update_workspace_assignment_async = raw_method(
        AdminUserGroups.update_workspace_assignment_async
    )
    remove_from_workspace = raw_method(AdminUserGroups.remove_from_workspace)
    remove_from_workspace_async = raw_method(AdminUserGroups.remove_from_workspace_async)
    update_organization_role = raw_method(AdminUserGroups.update_organization_role)
    update_organization_role_async = raw_method(AdminUserGroups.update_organization_role_async)
    list_nested_groups = raw_method(AdminUserGroups.list_nested_groups)
    list_nested_groups_async = raw_method(AdminUserGroups.list_nested_groups_async)
    set_nested_groups = raw_method(AdminUserGroups.set_nested_groups)
    set_nested_groups_async = raw_method(AdminUserGroups.set_nested_groups_async)


class AdminUsersWithRawResponse(RawResource):
    """``beta.admin.users.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(AdminUsers.list)
    list_async = raw_method(AdminUsers.list_async)
    create = raw_method(AdminUsers.create)
    create_async = raw_method(AdminUsers.create_async)
    invite = raw_method(AdminUsers.invite)
    invite_async = raw_method(AdminUsers.invite_async)
    list_invites = raw_method(AdminUsers.list_invites)
    list_invites_async = raw_method(AdminUsers.list_invites_async)
    delete_invite = raw_method(AdminUsers.delete_invite)
    delete_invite_async = raw_method(AdminUsers.delete_invite_async)
    update = raw_method(AdminUsers.update)
    update_async = raw_method(AdminUsers.update_async)
    delete = raw_method(AdminUsers.delete)
    delete_async = raw_method(AdminUsers.delete_async)
    get = raw_method(AdminUsers.get)
    get_async = raw_method(AdminUsers.get_async)
    list_roles = raw_method(AdminUsers.list_roles)
    list_roles_async = raw_method(AdminUsers.list_roles_async)


class AdminVibeCodeAnalyticsWithRawResponse(RawResource):
    """``beta.admin.vibe_code_analytics.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    usage_by_workspace = raw_method(AdminVibeCodeAnalytics.usage_by_workspace)
    usage_by_workspace_async = raw_method(AdminVibeCodeAnalytics.usage_by_workspace_async)
    usage_by_organization = raw_method(AdminVibeCodeAnalytics.usage_by_organization)
    usage_by_organization_async = raw_method(AdminVibeCodeAnalytics.usage_by_organization_async)


class AdminVibeWorkAnalyticsWithRawResponse(RawResource):
    """``beta.admin.vibe_work_analytics.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    usage_by_user = raw_method(AdminVibeWorkAnalytics.usage_by_user)
    usage_by_user_async = raw_method(AdminVibeWorkAnalytics.usage_by_user_async)
    usage_by_agent = raw_method(AdminVibeWorkAnalytics.usage_by_agent)
    usage_by_agent_async = raw_method(AdminVibeWorkAnalytics.usage_by_agent_async)
    usage_over_time = raw_method(AdminVibeWorkAnalytics.usage_over_time)
    usage_over_time_async = raw_method(AdminVibeWorkAnalytics.usage_over_time_async)


class AdminWorkspacesWithRawResponse(RawResource):
    """``beta.admin.workspaces.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(AdminWorkspaces.list)
    list_async = raw_method(AdminWorkspaces.list_async)
    create = raw_method(AdminWorkspaces.create)
    create_async = raw_method(AdminWorkspaces.create_async)
    update = raw_method(AdminWorkspaces.update)
    update_async = raw_method(AdminWorkspaces.update_async)
    delete = raw_method(AdminWorkspaces.delete)
    delete_async = raw_method(AdminWorkspaces.delete_async)
    add_users = raw_method(AdminWorkspaces.add_users)
    add_users_async = raw_method(AdminWorkspaces.add_users_async)
    add_or_update_users = raw_method(AdminWorkspaces.add_or_update_users)
    add_or_update_users_async = raw_method(AdminWorkspaces.add_or_update_users_async)
    remove_users = raw_method(AdminWorkspaces.remove_users)
    remove_users_async = raw_method(AdminWorkspaces.remove_users_async)


class ServiceAccountsWithRawResponse(RawResource):
    """``beta.service_accounts.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(ServiceAccounts.create)
    create_async = raw_method(ServiceAccounts.create_async)
    list = raw_method(ServiceAccounts.list)
    list_async = raw_method(ServiceAccounts.list_async)
    list_assignable_roles = raw_method(ServiceAccounts.list_assignable_roles)
    list_assignable_roles_async = raw_method(ServiceAccounts.list_assignable_roles_async)
    get = raw_method(ServiceAccounts.get)
    get_async = raw_method(ServiceAccounts.get_async)
    update = raw_method(ServiceAccounts.update)
    update_async = raw_method(ServiceAccounts.update_async)
    delete = raw_method(ServiceAccounts.delete)
    delete_async = raw_method(ServiceAccounts.delete_async)
    set_roles = raw_method(ServiceAccounts.set_roles)
    set_roles_async = raw_method(ServiceAccounts.set_roles_async)
    list_roles = raw_method(ServiceAccounts.list_roles)
    list_roles_async = raw_method(ServiceAccounts.list_roles_async)


class UsersWithRawResponse(RawResource):
    """``beta.users.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_identity = raw_method(Users.get_identity)
    get_identity_async = raw_method(Users.get_identity_async)
    list_organizations = raw_method(Users.list_organizations)
    list_organizations_async = raw_method(Users.list_organizations_async)
    list_workspaces = raw_method(Users.list_workspaces)
    list_workspaces_async = raw_method(Users.list_workspaces_async)
    whoami = raw_method(Users.whoami)
    whoami_async = raw_method(Users.whoami_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "users_api_admin_api_keys_get_api_keys": _ADMIN_API_KEYS_LIST,
    "users_api_admin_api_keys_create_api_key": _ADMIN_API_KEYS_CREATE,
    "users_api_admin_api_keys_delete_api_key": _ADMIN_API_KEYS_DELETE,
    "users_api_admin_audit_logs_get_audit_logs": _ADMIN_AUDIT_LOGS_LIST,
    "users_api_admin_rate_limits_get_rate_limits": _ADMIN_BILLING_GET_RATE_LIMITS,
    "users_api_admin_spend_limits_get_spend_limits": _ADMIN_BILLING_GET_SPEND_LIMITS,
    "users_api_admin_spend_limits_update_spend_limits": _ADMIN_BILLING_UPDATE_SPEND_LIMITS,
    "users_api_admin_usage_get_usage": _ADMIN_BILLING_GET_USAGE,
    "users_api_admin_scim_sync_trigger_scim_sync": _ADMIN_SCIM_TRIGGER_SYNC,
    "users_api_admin_scim_sync_get_scim_sync_run": _ADMIN_SCIM_GET_SYNC_RUN,
    "users_api_admin_user_groups_get_user_groups": _ADMIN_USER_GROUPS_LIST,
    "users_api_admin_user_groups_create_user_group": _ADMIN_USER_GROUPS_CREATE,
    "users_api_admin_user_groups_provision_group_to_workspace": _ADMIN_USER_GROUPS_PROVISION_TO_WORKSPACE,
    "users_api_admin_user_groups_get_user_group": _ADMIN_USER_GROUPS_GET,
    "users_api_admin_user_groups_update_user_group": _ADMIN_USER_GROUPS_UPDATE,
    "users_api_admin_user_groups_delete_user_group": _ADMIN_USER_GROUPS_DELETE,
    "users_api_admin_user_groups_get_user_group_members": _ADMIN_USER_GROUPS_LIST_MEMBERS,
    "users_api_admin_user_groups_assign_users_to_group": _ADMIN_USER_GROUPS_ADD_MEMBERS,
    "users_api_admin_user_groups_remove_users_from_group": _ADMIN_USER_GROUPS_REMOVE_MEMBERS,
    "users_admin_user_groups_get_group_workspace_assignments": _ADMIN_USER_GROUPS_LIST_WORKSPACE_ASSIGNMENTS,
    "users_api_admin_user_groups_assign_group_to_workspace": _ADMIN_USER_GROUPS_ASSIGN_TO_WORKSPACE,
    "users_admin_user_groups_update_group_workspace_assignment": _ADMIN_USER_GROUPS_UPDATE_WORKSPACE_ASSIGNMENT,
    "users_admin_user_groups_remove_group_from_workspace": _ADMIN_USER_GROUPS_REMOVE_FROM_WORKSPACE,
    "users_admin_user_groups_update_user_group_organization_role": _ADMIN_USER_GROUPS_UPDATE_ORGANIZATION_ROLE,
    "users_api_admin_user_groups_get_nested_groups": _ADMIN_USER_GROUPS_LIST_NESTED_GROUPS,
    "users_api_admin_user_groups_set_nested_groups": _ADMIN_USER_GROUPS_SET_NESTED_GROUPS,
    "users_api_admin_users_get_users": _ADMIN_USERS_LIST,
    "users_api_admin_users_create_users": _ADMIN_USERS_CREATE,
    "users_api_admin_users_invite_users": _ADMIN_USERS_INVITE,
    "users_api_admin_users_get_invite": _ADMIN_USERS_LIST_INVITES,
    "users_api_admin_users_delete_invite": _ADMIN_USERS_DELETE_INVITE,
    "users_api_admin_users_update_user": _ADMIN_USERS_UPDATE,
    "users_api_admin_users_delete_user": _ADMIN_USERS_DELETE,
    "users_api_admin_users_get_user": _ADMIN_USERS_GET,
    "users_api_admin_roles_get_roles": _ADMIN_USERS_LIST_ROLES,
    "get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace": _ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_WORKSPACE,
    "get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization": _ADMIN_VIBE_CODE_ANALYTICS_USAGE_BY_ORGANIZATION,
    "get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats": _ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_USER,
    "get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats": _ADMIN_VIBE_WORK_ANALYTICS_USAGE_BY_AGENT,
    "get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats": _ADMIN_VIBE_WORK_ANALYTICS_USAGE_OVER_TIME,
    "users_api_admin_workspaces_get_workspaces": _ADMIN_WORKSPACES_LIST,
    "users_api_admin_workspaces_create_workspace": _ADMIN_WORKSPACES_CREATE,
    "users_api_admin_workspaces_update_workspaces": _ADMIN_WORKSPACES_UPDATE,
    "users_api_admin_workspaces_delete_workspaces": _ADMIN_WORKSPACES_DELETE,
    "users_api_admin_workspaces_add_users_workspaces": _ADMIN_WORKSPACES_ADD_USERS,
    "users_api_admin_workspaces_add_or_update_users_workspaces": _ADMIN_WORKSPACES_ADD_OR_UPDATE_USERS,
    "users_api_admin_workspaces_remove_users_workspaces": _ADMIN_WORKSPACES_REMOVE_USERS,
    "create_service_account_v1_service_accounts_post": _SERVICE_ACCOUNTS_CREATE,
    "list_service_accounts_v1_service_accounts_get": _SERVICE_ACCOUNTS_LIST,
    "list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get": _SERVICE_ACCOUNTS_LIST_ASSIGNABLE_ROLES,
    "get_service_account_v1_service_accounts__service_account_id__get": _SERVICE_ACCOUNTS_GET,
    "update_service_account_v1_service_accounts__service_account_id__patch": _SERVICE_ACCOUNTS_UPDATE,
    "delete_service_account_v1_service_accounts__service_account_id__delete": _SERVICE_ACCOUNTS_DELETE,
    "set_service_account_roles_v1_service_accounts__service_account_id__roles_put": _SERVICE_ACCOUNTS_SET_ROLES,
    "list_service_account_roles_v1_service_accounts__service_account_id__roles_get": _SERVICE_ACCOUNTS_LIST_ROLES,
    "users_api_get_identity": _USERS_GET_IDENTITY,
    "users_api_list_organizations": _USERS_LIST_ORGANIZATIONS,
    "users_api_list_workspaces": _USERS_LIST_WORKSPACES,
    "users_api_whoami": _USERS_WHOAMI,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
