# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-admin as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none

DEFS: dict[str, Any] = {
    "AdminCreateAPIKeyIN:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "expiration": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "workspace_uuid": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "user_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "AdminCreateAPIKeyIN",
        "extra_behavior": "allow",
        "ref": "AdminCreateAPIKeyIN:top",
    },
    "NewUsageLimitIN:top": {
        "type": "typed-dict",
        "fields": {
            "amount": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "no_monthly_limit": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
        },
        "cls_name": "NewUsageLimitIN",
        "extra_behavior": "allow",
        "ref": "NewUsageLimitIN:top",
    },
    "AdminScimSyncTriggerIN:top": {
        "type": "typed-dict",
        "fields": {
            "dry_run": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
            "sync_config": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "AdminScimSyncConfig"},
                },
                "required": False,
            },
        },
        "cls_name": "AdminScimSyncTriggerIN",
        "extra_behavior": "allow",
        "ref": "AdminScimSyncTriggerIN:top",
    },
    "AdminScimSyncConfig": {
        "type": "typed-dict",
        "fields": {
            "delete_missing_groups": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
            "deprovision_users": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
            "sync_users": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": True,
            },
            "sync_groups": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": True,
            },
            "sync_memberships": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": True,
            },
        },
        "cls_name": "AdminScimSyncConfig",
        "extra_behavior": "allow",
        "ref": "AdminScimSyncConfig",
    },
    "AdminUserGroupIn:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "target_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['W', 'O'] | str | None",
                },
                "required": False,
            },
            "parent_group_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
        },
        "cls_name": "AdminUserGroupIn",
        "extra_behavior": "allow",
        "ref": "AdminUserGroupIn:top",
    },
    "AdminProvisionGroupToWorkspaceIn:top": {
        "type": "typed-dict",
        "fields": {
            "user_group_uuid": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "workspace_uuid": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "workspace_role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
                },
                "required": False,
            },
            "workspace_role_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "AdminProvisionGroupToWorkspaceIn",
        "extra_behavior": "allow",
        "ref": "AdminProvisionGroupToWorkspaceIn:top",
    },
    "AdminUpdateUserGroupIn:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "target_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['W', 'O'] | str | None",
                },
                "required": False,
            },
            "parent_group_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "AdminUpdateUserGroupIn",
        "extra_behavior": "allow",
        "ref": "AdminUpdateUserGroupIn:top",
    },
    "AdminAssignUsersToGroupIn:top": {
        "type": "typed-dict",
        "fields": {
            "user_uuids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "AdminAssignUsersToGroupIn",
        "extra_behavior": "allow",
        "ref": "AdminAssignUsersToGroupIn:top",
    },
    "AssignGroupToWorkspaceIn:top": {
        "type": "typed-dict",
        "fields": {
            "role_names": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
                },
                "required": False,
            },
            "roles": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None",
                },
                "required": False,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
                },
                "required": False,
            },
            "workspace_uuid": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
        },
        "cls_name": "AssignGroupToWorkspaceIn",
        "extra_behavior": "allow",
        "ref": "AssignGroupToWorkspaceIn:top",
    },
    "UpdateGroupWorkspaceAssignmentIn:top": {
        "type": "typed-dict",
        "fields": {
            "role_names": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
                },
                "required": False,
            },
            "roles": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None",
                },
                "required": False,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
                },
                "required": False,
            },
        },
        "cls_name": "UpdateGroupWorkspaceAssignmentIn",
        "extra_behavior": "allow",
        "ref": "UpdateGroupWorkspaceAssignmentIn:top",
    },
    "UpdateUserGroupOrganizationRoleIn:top": {
        "type": "typed-dict",
        "fields": {
            "organization_role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
                },
                "required": True,
            }
        },
        "cls_name": "UpdateUserGroupOrganizationRoleIn",
        "extra_behavior": "allow",
        "ref": "UpdateUserGroupOrganizationRoleIn:top",
    },
    "SetNestedGroupsIn:top": {
        "type": "typed-dict",
        "fields": {
            "child_group_uuids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "SetNestedGroupsIn",
        "extra_behavior": "allow",
        "ref": "SetNestedGroupsIn:top",
    },
    "OrganizationMemberCreate": {
        "type": "typed-dict",
        "fields": {
            "role_names": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
                },
                "required": False,
            },
            "roles": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
                },
                "required": False,
            },
            "role_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
                },
                "required": False,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
                },
                "required": False,
            },
            "email": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "first_name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "last_name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "subscription_types": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None",
                },
                "required": False,
            },
        },
        "cls_name": "OrganizationMemberCreate",
        "extra_behavior": "allow",
        "ref": "OrganizationMemberCreate",
    },
    "OrganizationInviteIN:top": {
        "type": "typed-dict",
        "fields": {
            "role_names": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
                },
                "required": False,
            },
            "roles": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
                },
                "required": False,
            },
            "role_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
                },
                "required": False,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
                },
                "required": False,
            },
            "email": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "subscription_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str",
                    },
                },
                "required": False,
            },
            "subscription_types": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None",
                },
                "required": False,
            },
            "subscription_seat_automatic_granting": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "email_language": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": [
                                    "en",
                                    "fr",
                                    "es",
                                    "de",
                                    "it",
                                    "pt_br",
                                    "pl",
                                    "ar",
                                    "nl",
                                ],
                            },
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "workspace_uuids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "OrganizationInviteIN",
        "extra_behavior": "allow",
        "ref": "OrganizationInviteIN:top",
    },
    "AdminOrganizationMemberUpdate:top": {
        "type": "typed-dict",
        "fields": {
            "role_names": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
                },
                "required": False,
            },
            "roles": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
                },
                "required": False,
            },
            "role_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
                },
                "required": False,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
                },
                "required": False,
            },
            "subscription_types": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "union",
                            "choices": [
                                {"type": "literal", "expected": ["CHAT", "MISTRAL_CODE"]},
                                {"type": "str"},
                            ],
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "AdminOrganizationMemberUpdate",
        "extra_behavior": "allow",
        "ref": "AdminOrganizationMemberUpdate:top",
    },
    "AdminWorkspaceIn:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": False,
            },
            "icon": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": False},
            "add_all_org_members": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "admin_user_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
        },
        "cls_name": "AdminWorkspaceIn",
        "extra_behavior": "allow",
        "ref": "AdminWorkspaceIn:top",
    },
    "UpdateWorkspaceIN:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "icon": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "UpdateWorkspaceIN",
        "extra_behavior": "allow",
        "ref": "UpdateWorkspaceIN:top",
    },
    "WorkspaceMemberIN:top": {
        "type": "typed-dict",
        "fields": {
            "members": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "WorkspaceMemberSingleIN",
                        },
                    },
                },
                "required": False,
            }
        },
        "cls_name": "WorkspaceMemberIN",
        "extra_behavior": "allow",
        "ref": "WorkspaceMemberIN:top",
    },
    "WorkspaceMemberSingleIN": {
        "type": "typed-dict",
        "fields": {
            "role_names": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
                },
                "required": False,
            },
            "roles": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "union",
                                    "choices": [
                                        {"type": "literal", "expected": ["A", "M"]},
                                        {"type": "str"},
                                    ],
                                },
                            },
                            {
                                "type": "list",
                                "items_schema": {
                                    "type": "union",
                                    "choices": [
                                        {
                                            "type": "definition-ref",
                                            "schema_ref": "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
                                        },
                                        {"type": "str"},
                                    ],
                                },
                            },
                        ],
                    },
                },
                "required": False,
            },
            "role_name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None",
                },
                "required": False,
            },
            "role": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
                },
                "required": False,
            },
            "user_uuid": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "WorkspaceMemberSingleIN",
        "extra_behavior": "allow",
        "ref": "WorkspaceMemberSingleIN",
    },
    "RemoveWorkspaceMembersIN:top": {
        "type": "typed-dict",
        "fields": {
            "members": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "BaseWorkspaceMemberIN",
                    },
                },
                "required": True,
            }
        },
        "cls_name": "RemoveWorkspaceMembersIN",
        "extra_behavior": "allow",
        "ref": "RemoveWorkspaceMembersIN:top",
    },
    "BaseWorkspaceMemberIN": {
        "type": "typed-dict",
        "fields": {
            "user_uuid": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "BaseWorkspaceMemberIN",
        "extra_behavior": "allow",
        "ref": "BaseWorkspaceMemberIN",
    },
    "CreateServiceAccountRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "workspace_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "role_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "CreateServiceAccountRequest",
        "extra_behavior": "allow",
        "ref": "CreateServiceAccountRequest:top",
    },
    "UpdateServiceAccountRequest:top": {
        "type": "typed-dict",
        "fields": {
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            }
        },
        "cls_name": "UpdateServiceAccountRequest",
        "extra_behavior": "allow",
        "ref": "UpdateServiceAccountRequest:top",
    },
    "SetServiceAccountRolesRequest:top": {
        "type": "typed-dict",
        "fields": {
            "role_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "SetServiceAccountRolesRequest",
        "extra_behavior": "allow",
        "ref": "SetServiceAccountRolesRequest:top",
    },
    "Literal['W', 'O'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [{"type": "literal", "expected": ["W", "O"]}, {"type": "str"}],
        },
        "ref": "Literal['W', 'O'] | str | None",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
    "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
        },
        "ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65'] | None",
    },
    "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']": {
        "type": "union",
        "choices": [
            {"type": "literal", "expected": ["A", "M"]},
            {"type": "str"},
            {
                "type": "definition-ref",
                "schema_ref": "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            },
        ],
        "ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
    },
    "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']": {
        "type": "literal",
        "expected": [
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
        ],
        "ref": "Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
    },
    "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
        },
        "ref": "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str | None",
    },
    "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str": {
        "type": "union",
        "choices": [
            {
                "type": "literal",
                "expected": [
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
                ],
            },
            {"type": "str"},
        ],
        "ref": "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
    },
    "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "definition-ref",
                "schema_ref": "Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str",
            },
        },
        "ref": "list[Literal['billing', 'user', 'contributor', 'dev', 'dev_contributor', 'mistral_code_user', 'cloud_user', 'workspace_contributor', 'workspace_admin', 'observability_viewer', 'workflow_executor'] | str] | None",
    },
    "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "definition-ref",
                "schema_ref": "Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']",
            },
        },
        "ref": "list[Literal['A', 'M'] | str | Literal['d7ea77c5-9260-41d0-ab26-52b5add3ee56', '48436751-ee56-44bd-8a2d-712233977821', '375cd0db-3bbe-4b79-80f3-954ccf04f3d1', '578584f1-4319-4c88-9948-38a5184483b6', 'd79b3027-4eb2-4521-8722-825acfee7d8b', '252a0825-40b9-4b98-be80-7658956f13e9', '17aa61c5-1c61-477e-a40a-e52c8ccd74b9', 'b23cd6e0-91cd-4a8a-9869-b30366bf3966', '731eb2be-a74f-4070-b797-35bf7009e553', 'ff86d432-7f27-47f8-b02f-b5c102ef6a55', '0f9acbf6-93b5-42c7-a227-fc7652755f65']] | None",
    },
    "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']": {
        "type": "union",
        "choices": [
            {"type": "literal", "expected": ["A", "M", "B"]},
            {"type": "str"},
            {
                "type": "definition-ref",
                "schema_ref": "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            },
        ],
        "ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
    },
    "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']": {
        "type": "literal",
        "expected": [
            "0d48f530-095c-43fe-8aea-6673bcacabe6",
            "c955f4e1-9477-43f0-8349-6fbc629fccc9",
            "7bde5959-d676-47d2-b779-35b64323d278",
        ],
        "ref": "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
    },
    "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "definition-ref",
                "schema_ref": "Literal['member', 'billing_manager', 'organization_admin'] | str",
            },
        },
        "ref": "list[Literal['member', 'billing_manager', 'organization_admin'] | str] | None",
    },
    "Literal['member', 'billing_manager', 'organization_admin'] | str": {
        "type": "union",
        "choices": [
            {"type": "literal", "expected": ["member", "billing_manager", "organization_admin"]},
            {"type": "str"},
        ],
        "ref": "Literal['member', 'billing_manager', 'organization_admin'] | str",
    },
    "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {
                    "type": "list",
                    "items_schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["A", "M", "B"]},
                            {"type": "str"},
                        ],
                    },
                },
                {
                    "type": "list",
                    "items_schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "definition-ref",
                                "schema_ref": "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
                            },
                            {"type": "str"},
                        ],
                    },
                },
            ],
        },
        "ref": "list[Literal['A', 'M', 'B'] | str] | list[Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | str] | None",
    },
    "Literal['member', 'billing_manager', 'organization_admin'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "Literal['member', 'billing_manager', 'organization_admin'] | str",
        },
        "ref": "Literal['member', 'billing_manager', 'organization_admin'] | str | None",
    },
    "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
        },
        "ref": "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278'] | None",
    },
    "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "definition-ref",
                "schema_ref": "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str",
            },
        },
        "ref": "list[Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str] | None",
    },
    "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str": {
        "type": "union",
        "choices": [
            {
                "type": "literal",
                "expected": ["API", "CHAT", "ON_PREMISE", "LICENSE", "MISTRAL_CODE"],
            },
            {"type": "str"},
        ],
        "ref": "Literal['API', 'CHAT', 'ON_PREMISE', 'LICENSE', 'MISTRAL_CODE'] | str",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "users_api_admin_api_keys_create_api_key": (
        {"type": "definition-ref", "schema_ref": "AdminCreateAPIKeyIN:top"},
        ("AdminCreateAPIKeyIN:top",),
    ),
    "users_api_admin_spend_limits_update_spend_limits": (
        {"type": "definition-ref", "schema_ref": "NewUsageLimitIN:top"},
        ("NewUsageLimitIN:top",),
    ),
    "users_api_admin_scim_sync_trigger_scim_sync": (
        {"type": "definition-ref", "schema_ref": "AdminScimSyncTriggerIN:top"},
        ("AdminScimSyncConfig", "AdminScimSyncTriggerIN:top"),
    ),
    "users_api_admin_user_groups_create_user_group": (
        {"type": "definition-ref", "schema_ref": "AdminUserGroupIn:top"},
        ("AdminUserGroupIn:top", "Literal['W', 'O'] | str | None", "list[str] | None"),
    ),
    "users_api_admin_user_groups_provision_group_to_workspace": (
        {"type": "definition-ref", "schema_ref": "AdminProvisionGroupToWorkspaceIn:top"},
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
        {"type": "definition-ref", "schema_ref": "AdminUpdateUserGroupIn:top"},
        ("AdminUpdateUserGroupIn:top", "Literal['W', 'O'] | str | None", "list[str] | None"),
    ),
    "users_api_admin_user_groups_assign_users_to_group": (
        {"type": "definition-ref", "schema_ref": "AdminAssignUsersToGroupIn:top"},
        ("AdminAssignUsersToGroupIn:top",),
    ),
    "users_api_admin_user_groups_remove_users_from_group": (
        {"type": "definition-ref", "schema_ref": "AdminAssignUsersToGroupIn:top"},
        ("AdminAssignUsersToGroupIn:top",),
    ),
    "users_api_admin_user_groups_assign_group_to_workspace": (
        {"type": "definition-ref", "schema_ref": "AssignGroupToWorkspaceIn:top"},
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
        {"type": "definition-ref", "schema_ref": "UpdateGroupWorkspaceAssignmentIn:top"},
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
        {"type": "definition-ref", "schema_ref": "UpdateUserGroupOrganizationRoleIn:top"},
        (
            "Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "Literal['A', 'M', 'B'] | str | Literal['0d48f530-095c-43fe-8aea-6673bcacabe6', 'c955f4e1-9477-43f0-8349-6fbc629fccc9', '7bde5959-d676-47d2-b779-35b64323d278']",
            "UpdateUserGroupOrganizationRoleIn:top",
        ),
    ),
    "users_api_admin_user_groups_set_nested_groups": (
        {"type": "definition-ref", "schema_ref": "SetNestedGroupsIn:top"},
        ("SetNestedGroupsIn:top",),
    ),
    "users_api_admin_users_create_users": (
        {
            "type": "list",
            "items_schema": {"type": "definition-ref", "schema_ref": "OrganizationMemberCreate"},
        },
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
        {"type": "definition-ref", "schema_ref": "OrganizationInviteIN:top"},
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
        {"type": "definition-ref", "schema_ref": "AdminOrganizationMemberUpdate:top"},
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
        {"type": "definition-ref", "schema_ref": "AdminWorkspaceIn:top"},
        ("AdminWorkspaceIn:top",),
    ),
    "users_api_admin_workspaces_update_workspaces": (
        {"type": "definition-ref", "schema_ref": "UpdateWorkspaceIN:top"},
        ("UpdateWorkspaceIN:top",),
    ),
    "users_api_admin_workspaces_add_users_workspaces": (
        {"type": "definition-ref", "schema_ref": "WorkspaceMemberIN:top"},
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
        {"type": "definition-ref", "schema_ref": "WorkspaceMemberIN:top"},
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
        {"type": "definition-ref", "schema_ref": "RemoveWorkspaceMembersIN:top"},
        ("BaseWorkspaceMemberIN", "RemoveWorkspaceMembersIN:top"),
    ),
    "create_service_account_v1_service_accounts_post": (
        {"type": "definition-ref", "schema_ref": "CreateServiceAccountRequest:top"},
        ("CreateServiceAccountRequest:top", "list[str] | None"),
    ),
    "update_service_account_v1_service_accounts__service_account_id__patch": (
        {"type": "definition-ref", "schema_ref": "UpdateServiceAccountRequest:top"},
        ("UpdateServiceAccountRequest:top",),
    ),
    "set_service_account_roles_v1_service_accounts__service_account_id__roles_put": (
        {"type": "definition-ref", "schema_ref": "SetServiceAccountRolesRequest:top"},
        ("SetServiceAccountRolesRequest:top",),
    ),
}
