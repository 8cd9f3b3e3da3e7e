# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-admin as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import wire as w

# fields shared by OrganizationMemberCreate, OrganizationInviteIN and AdminOrganizationMemberUpdate
_ROLE_NAMES_TO_ROLE_FIELDS: dict[str, Any] = {
    "role_names": w.field(
        w.ref("list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None"),
        required=False,
    ),
    "roles": w.field(
        w.ref(
            "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None"
        ),
        required=False,
    ),
    "role_name": w.field(
        w.ref("Literal['member', 'billing_manager', 'organization_admin'] | str | None"),
        required=False,
    ),
    "role": w.field(
        w.ref(
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None"
        ),
        required=False,
    ),
}

# fields shared by AssignGroupToWorkspaceIn and UpdateGroupWorkspaceAssignmentIn
_ROLE_NAMES_TO_ROLE_FIELDS_2: dict[str, Any] = {
    "role_names": w.field(
        w.ref(
            "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None"
        ),
        required=False,
    ),
    "roles": w.field(
        w.ref(
            "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None"
        ),
        required=False,
    ),
    "role": w.field(
        w.ref(
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None"
        ),
        required=False,
    ),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "AdminCreateAPIKeyIN:top": w.typed_dict(
            "AdminCreateAPIKeyIN",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "expiration": w.field(w.nullable(w.STR), required=False),
                "workspace_uuid": w.field(w.STR),
                "user_id": w.field(w.STR),
            },
        ),
        "NewUsageLimitIN:top": w.typed_dict(
            "NewUsageLimitIN",
            {"amount": w.field(w.INT), "no_monthly_limit": w.field(w.BOOL, required=False)},
        ),
        "AdminScimSyncTriggerIN:top": w.typed_dict(
            "AdminScimSyncTriggerIN",
            {
                "dry_run": w.field(w.BOOL, required=False),
                "sync_config": w.field(w.nullable(w.ref("AdminScimSyncConfig")), required=False),
            },
        ),
        "AdminScimSyncConfig": w.typed_dict(
            "AdminScimSyncConfig",
            {
                "delete_missing_groups": w.field(w.default(w.BOOL, False), required=False),
                "deprovision_users": w.field(w.default(w.BOOL, False), required=False),
                "sync_users": w.field(w.BOOL),
                "sync_groups": w.field(w.BOOL),
                "sync_memberships": w.field(w.BOOL),
            },
        ),
        "AdminUserGroupIn:top": w.typed_dict(
            "AdminUserGroupIn",
            {
                "name": w.field(w.STR),
                "description": w.field(w.nullable(w.STR), required=False),
                "target_type": w.field(w.ref("Literal['W', 'O'] | str | None"), required=False),
                "parent_group_ids": w.field(
                    w.ref("list[str] | None"), required=False, drop_none=True
                ),
            },
        ),
        "AdminProvisionGroupToWorkspaceIn:top": w.typed_dict(
            "AdminProvisionGroupToWorkspaceIn",
            {
                "user_group_uuid": w.field(w.STR),
                "workspace_uuid": w.field(w.STR),
                "workspace_role": w.field(
                    w.ref(
                        "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None"
                    ),
                    required=False,
                ),
                "workspace_role_name": w.field(
                    w.ref(
                        "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None"
                    ),
                    required=False,
                ),
            },
        ),
        "AdminUpdateUserGroupIn:top": w.typed_dict(
            "AdminUpdateUserGroupIn",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "target_type": w.field(w.ref("Literal['W', 'O'] | str | None"), required=False),
                "parent_group_ids": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "AdminAssignUsersToGroupIn:top": w.typed_dict(
            "AdminAssignUsersToGroupIn", {"user_uuids": w.field(w.list_of(w.STR))}
        ),
        "AssignGroupToWorkspaceIn:top": w.typed_dict(
            "AssignGroupToWorkspaceIn",
            {**_ROLE_NAMES_TO_ROLE_FIELDS_2, "workspace_uuid": w.field(w.STR)},
        ),
        "UpdateGroupWorkspaceAssignmentIn:top": w.typed_dict(
            "UpdateGroupWorkspaceAssignmentIn", {**_ROLE_NAMES_TO_ROLE_FIELDS_2}
        ),
        "UpdateUserGroupOrganizationRoleIn:top": w.typed_dict(
            "UpdateUserGroupOrganizationRoleIn",
            {
                "organization_role": w.field(
                    w.ref(
                        "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']"
                    )
                )
            },
        ),
        "SetNestedGroupsIn:top": w.typed_dict(
            "SetNestedGroupsIn", {"child_group_uuids": w.field(w.list_of(w.STR))}
        ),
        "OrganizationMemberCreate": w.typed_dict(
            "OrganizationMemberCreate",
            {
                **_ROLE_NAMES_TO_ROLE_FIELDS,
                "email": w.field(w.STR),
                "first_name": w.field(w.STR),
                "last_name": w.field(w.STR),
                "subscription_types": w.field(
                    w.ref(
                        "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None"
                    ),
                    required=False,
                ),
            },
        ),
        "OrganizationInviteIN:top": w.typed_dict(
            "OrganizationInviteIN",
            {
                **_ROLE_NAMES_TO_ROLE_FIELDS,
                "email": w.field(w.STR),
                "subscription_type": w.field(
                    w.nullable(
                        w.ref(
                            "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str"
                        )
                    ),
                    required=False,
                ),
                "subscription_types": w.field(
                    w.ref(
                        "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None"
                    ),
                    required=False,
                ),
                "subscription_seat_automatic_granting": w.field(w.BOOL, required=False),
                "email_language": w.field(
                    w.nullable(
                        w.union(
                            w.literal("en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"),
                            w.STR,
                        )
                    ),
                    required=False,
                ),
                "workspace_uuids": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "AdminOrganizationMemberUpdate:top": w.typed_dict(
            "AdminOrganizationMemberUpdate",
            {
                **_ROLE_NAMES_TO_ROLE_FIELDS,
                "subscription_types": w.field(
                    w.nullable(w.list_of(w.union(w.literal("CHAT", "MISTRAL_CODE"), w.STR))),
                    required=False,
                ),
            },
        ),
        "AdminWorkspaceIn:top": w.typed_dict(
            "AdminWorkspaceIn",
            {
                "name": w.field(w.STR),
                "description": w.field(w.STR, required=False),
                "icon": w.field(w.STR, required=False),
                "add_all_org_members": w.field(w.BOOL, required=False),
                "admin_user_id": w.field(w.STR),
            },
        ),
        "UpdateWorkspaceIN:top": w.typed_dict(
            "UpdateWorkspaceIN",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "icon": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "WorkspaceMemberIN:top": w.typed_dict(
            "WorkspaceMemberIN",
            {
                "members": w.field(
                    w.nullable(w.list_of(w.ref("WorkspaceMemberSingleIN"))), required=False
                )
            },
        ),
        "WorkspaceMemberSingleIN": w.typed_dict(
            "WorkspaceMemberSingleIN",
            {
                "role_names": w.field(
                    w.ref(
                        "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None"
                    ),
                    required=False,
                ),
                "roles": w.field(
                    w.nullable(
                        w.union(
                            w.list_of(w.union(w.literal("A", "M"), w.STR)),
                            w.list_of(
                                w.union(
                                    w.ref(
                                        "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']"
                                    ),
                                    w.STR,
                                )
                            ),
                        )
                    ),
                    required=False,
                ),
                "role_name": w.field(
                    w.ref(
                        "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None"
                    ),
                    required=False,
                ),
                "role": w.field(
                    w.ref(
                        "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None"
                    ),
                    required=False,
                ),
                "user_uuid": w.field(w.STR),
            },
        ),
        "RemoveWorkspaceMembersIN:top": w.typed_dict(
            "RemoveWorkspaceMembersIN",
            {"members": w.field(w.list_of(w.ref("BaseWorkspaceMemberIN")))},
        ),
        "BaseWorkspaceMemberIN": w.typed_dict(
            "BaseWorkspaceMemberIN", {"user_uuid": w.field(w.STR)}
        ),
        "CreateServiceAccountRequest:top": w.typed_dict(
            "CreateServiceAccountRequest",
            {
                "name": w.field(w.STR),
                "workspace_id": w.field(w.STR),
                "description": w.field(w.nullable(w.STR), required=False),
                "role_ids": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "UpdateServiceAccountRequest:top": w.typed_dict(
            "UpdateServiceAccountRequest",
            {"description": w.field(w.nullable(w.STR), required=False)},
        ),
        "SetServiceAccountRolesRequest:top": w.typed_dict(
            "SetServiceAccountRolesRequest", {"role_ids": w.field(w.list_of(w.STR))}
        ),
        "Literal['W', 'O'] | str | None": w.nullable(w.union(w.literal("W", "O"), w.STR)),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None": w.nullable(
            w.ref(
                "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']"
            )
        ),
        "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']": w.union(
            w.literal("A", "M"),
            w.STR,
            w.ref(
                "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']"
            ),
        ),
        "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']": w.literal(
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
        ),
        "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None": w.nullable(
            w.ref(
                "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str"
            )
        ),
        "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str": w.union(
            w.literal(
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
            ),
            w.STR,
        ),
        "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None": w.nullable(
            w.list_of(
                w.ref(
                    "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str"
                )
            )
        ),
        "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None": w.nullable(
            w.list_of(
                w.ref(
                    "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']"
                )
            )
        ),
        "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']": w.union(
            w.literal("A", "M", "B"),
            w.STR,
            w.ref(
                "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']"
            ),
        ),
        "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']": w.literal(
            "0d48f530-095c-43fe-8aea-6673bcacabe6",
            "c955f4e1-9477-43f0-8349-6fbc629fccc9",
            "7bde5959-d676-47d2-b779-35b64323d278",
        ),
        "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None": w.nullable(
            w.list_of(w.ref("Literal['member', 'billing_manager', 'organization_admin'] | str"))
        ),
        "Literal['member', 'billing_manager', 'organization_admin'] | str": w.union(
            w.literal("member", "billing_manager", "organization_admin"), w.STR
        ),
        "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None": w.nullable(
            w.union(
                w.list_of(w.union(w.literal("A", "M", "B"), w.STR)),
                w.list_of(
                    w.union(
                        w.ref(
                            "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']"
                        ),
                        w.STR,
                    )
                ),
            )
        ),
        "Literal['member', 'billing_manager', 'organization_admin'] | str | None": w.nullable(
            w.ref("Literal['member', 'billing_manager', 'organization_admin'] | str")
        ),
        "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None": w.nullable(
            w.ref(
                "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']"
            )
        ),
        "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None": w.nullable(
            w.list_of(
                w.ref("Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str")
            )
        ),
        "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str": w.union(
            w.literal("API", "CHAT", "ON_PREMISE", "LICENSE", "MISTRAL_CODE"), w.STR
        ),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "users_api_admin_api_keys_create_api_key": (
        w.ref("AdminCreateAPIKeyIN:top"),
        ("AdminCreateAPIKeyIN:top",),
    ),
    "users_api_admin_spend_limits_update_spend_limits": (
        w.ref("NewUsageLimitIN:top"),
        ("NewUsageLimitIN:top",),
    ),
    "users_api_admin_scim_sync_trigger_scim_sync": (
        w.ref("AdminScimSyncTriggerIN:top"),
        ("AdminScimSyncConfig", "AdminScimSyncTriggerIN:top"),
    ),
    "users_api_admin_user_groups_create_user_group": (
        w.ref("AdminUserGroupIn:top"),
        ("AdminUserGroupIn:top", "Literal['W', 'O'] | str | None", "list[str] | None"),
    ),
    "users_api_admin_user_groups_provision_group_to_workspace": (
        w.ref("AdminProvisionGroupToWorkspaceIn:top"),
        (
            "AdminProvisionGroupToWorkspaceIn:top",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None",
            "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
        ),
    ),
    "users_api_admin_user_groups_update_user_group": (
        w.ref("AdminUpdateUserGroupIn:top"),
        ("AdminUpdateUserGroupIn:top", "Literal['W', 'O'] | str | None", "list[str] | None"),
    ),
    "users_api_admin_user_groups_assign_users_to_group": (
        w.ref("AdminAssignUsersToGroupIn:top"),
        ("AdminAssignUsersToGroupIn:top",),
    ),
    "users_api_admin_user_groups_remove_users_from_group": (
        w.ref("AdminAssignUsersToGroupIn:top"),
        ("AdminAssignUsersToGroupIn:top",),
    ),
    "users_api_admin_user_groups_assign_group_to_workspace": (
        w.ref("AssignGroupToWorkspaceIn:top"),
        (
            "AssignGroupToWorkspaceIn:top",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
            "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None",
            "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
        ),
    ),
    "users_admin_user_groups_update_group_workspace_assignment": (
        w.ref("UpdateGroupWorkspaceAssignmentIn:top"),
        (
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
            "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "UpdateGroupWorkspaceAssignmentIn:top",
            "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None",
            "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
        ),
    ),
    "users_admin_user_groups_update_user_group_organization_role": (
        w.ref("UpdateUserGroupOrganizationRoleIn:top"),
        (
            "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "UpdateUserGroupOrganizationRoleIn:top",
        ),
    ),
    "users_api_admin_user_groups_set_nested_groups": (
        w.ref("SetNestedGroupsIn:top"),
        ("SetNestedGroupsIn:top",),
    ),
    "users_api_admin_users_create_users": (
        w.list_of(w.ref("OrganizationMemberCreate")),
        (
            "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
            "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str",
            "Literal['member', 'billing_manager', 'organization_admin'] | str",
            "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
            "OrganizationMemberCreate",
            "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
            "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None",
            "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
        ),
    ),
    "users_api_admin_users_invite_users": (
        w.ref("OrganizationInviteIN:top"),
        (
            "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
            "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str",
            "Literal['member', 'billing_manager', 'organization_admin'] | str",
            "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
            "OrganizationInviteIN:top",
            "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
            "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None",
            "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
            "list[str] | None",
        ),
    ),
    "users_api_admin_users_update_user": (
        w.ref("AdminOrganizationMemberUpdate:top"),
        (
            "AdminOrganizationMemberUpdate:top",
            "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
            "Literal['member', 'billing_manager', 'organization_admin'] | str",
            "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
            "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
            "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
        ),
    ),
    "users_api_admin_workspaces_create_workspace": (
        w.ref("AdminWorkspaceIn:top"),
        ("AdminWorkspaceIn:top",),
    ),
    "users_api_admin_workspaces_update_workspaces": (
        w.ref("UpdateWorkspaceIN:top"),
        ("UpdateWorkspaceIN:top",),
    ),
    "users_api_admin_workspaces_add_users_workspaces": (
        w.ref("WorkspaceMemberIN:top"),
        (
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None",
            "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "WorkspaceMemberIN:top",
            "WorkspaceMemberSingleIN",
            "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
        ),
    ),
    "users_api_admin_workspaces_add_or_update_users_workspaces": (
        w.ref("WorkspaceMemberIN:top"),
        (
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
            "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None",
            "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            "WorkspaceMemberIN:top",
            "WorkspaceMemberSingleIN",
            "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
        ),
    ),
    "users_api_admin_workspaces_remove_users_workspaces": (
        w.ref("RemoveWorkspaceMembersIN:top"),
        ("BaseWorkspaceMemberIN", "RemoveWorkspaceMembersIN:top"),
    ),
    "create_service_account_v1_service_accounts_post": (
        w.ref("CreateServiceAccountRequest:top"),
        ("CreateServiceAccountRequest:top", "list[str] | None"),
    ),
    "update_service_account_v1_service_accounts__service_account_id__patch": (
        w.ref("UpdateServiceAccountRequest:top"),
        ("UpdateServiceAccountRequest:top",),
    ),
    "set_service_account_roles_v1_service_accounts__service_account_id__roles_put": (
        w.ref("SetServiceAccountRolesRequest:top"),
        ("SetServiceAccountRolesRequest:top",),
    ),
}
