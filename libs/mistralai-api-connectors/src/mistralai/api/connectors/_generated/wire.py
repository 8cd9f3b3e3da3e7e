# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-connectors as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none

DEFS: dict[str, Any] = {
    "CreateConnectorRequest:top": {
        "type": "typed-dict",
        "fields": {
            "protocol": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['mcp'] = 'mcp'"},
                "required": False,
            },
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "title": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "icon_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "visibility": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": ["shared_org", "shared_workspace", "private"],
                        },
                        {"type": "str"},
                    ],
                },
                "required": False,
            },
            "server": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "headers": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "global_headers": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, GlobalHeaderValue]"},
                "required": False,
            },
            "auth_data": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "AuthData"},
                },
                "required": False,
            },
            "oauth2_server_metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "ExtendedOAuthServerMetadata | None",
                },
                "required": False,
            },
            "oauth2_server_metadata_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "system_prompt": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "CreateConnectorRequest",
        "extra_behavior": "allow",
        "ref": "CreateConnectorRequest:top",
    },
    "GlobalHeaderValue": {
        "type": "typed-dict",
        "fields": {
            "is_secret": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": True},
                "required": False,
            },
            "value": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "GlobalHeaderValue",
        "extra_behavior": "allow",
        "ref": "GlobalHeaderValue",
    },
    "AuthData": {
        "type": "typed-dict",
        "fields": {
            "client_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "client_secret": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "AuthData",
        "extra_behavior": "allow",
        "ref": "AuthData",
    },
    "ExtendedOAuthServerMetadata": {
        "type": "typed-dict",
        "fields": {
            "issuer": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "authorization_endpoint": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "token_endpoint": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "registration_endpoint": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "scopes_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "response_types_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "response_modes_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "grant_types_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "token_endpoint_auth_methods_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "token_endpoint_auth_signing_alg_values_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "service_documentation": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "ui_locales_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "op_policy_uri": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "op_tos_uri": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "revocation_endpoint": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "revocation_endpoint_auth_methods_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "revocation_endpoint_auth_signing_alg_values_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "introspection_endpoint": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "introspection_endpoint_auth_methods_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "introspection_endpoint_auth_signing_alg_values_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "code_challenge_methods_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "client_id_metadata_document_supported": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "x_source": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["autodiscovery", "provided"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "x_resource_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "x_scope": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ExtendedOAuthServerMetadata",
        "extra_behavior": "allow",
        "ref": "ExtendedOAuthServerMetadata",
    },
    "ToolExecutionConfiguration:top": {
        "type": "typed-dict",
        "fields": {
            "requires_confirmation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[str] | LogicalExpression | ToolProperties | None",
                },
                "required": False,
            },
            "skip_confirmation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[str] | LogicalExpression | ToolProperties | None",
                },
                "required": False,
            },
            "include": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "exclude": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "ToolExecutionConfiguration",
        "extra_behavior": "allow",
        "ref": "ToolExecutionConfiguration:top",
    },
    "LogicalExpression": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [{"type": "literal", "expected": ["and", "or"]}, {"type": "str"}],
                },
                "required": True,
            },
            "expressions": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "list[str] | LogicalExpression | ToolProperties",
                    },
                },
                "required": True,
            },
        },
        "cls_name": "LogicalExpression",
        "extra_behavior": "allow",
        "ref": "LogicalExpression",
    },
    "ToolProperties": {
        "type": "typed-dict",
        "fields": {
            "read_only": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": True,
            }
        },
        "cls_name": "ToolProperties",
        "extra_behavior": "allow",
        "ref": "ToolProperties",
    },
    "ConnectorCallToolRequest:top": {
        "type": "typed-dict",
        "fields": {
            "arguments": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            }
        },
        "cls_name": "ConnectorCallToolRequest",
        "extra_behavior": "allow",
        "ref": "ConnectorCallToolRequest:top",
    },
    "CredentialsCreateOrUpdate:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "title": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "is_default": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "credentials": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "ConnectionCredentials"},
                },
                "required": False,
            },
        },
        "cls_name": "CredentialsCreateOrUpdate",
        "extra_behavior": "allow",
        "ref": "CredentialsCreateOrUpdate:top",
    },
    "ConnectionCredentials": {
        "type": "typed-dict",
        "fields": {
            "oauth": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "OAuth2Token"},
                },
                "required": False,
            },
            "headers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "str"},
                    },
                },
                "required": False,
            },
            "bearer_token": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "github_installation_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ConnectionCredentials",
        "extra_behavior": "allow",
        "ref": "ConnectionCredentials",
    },
    "OAuth2Token": {
        "type": "typed-dict",
        "fields": {
            "access_token": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "token_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["Bearer"]},
                    "default": "Bearer",
                },
                "required": False,
            },
            "expires_in": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "scope": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "refresh_token": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "expires_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
        },
        "cls_name": "OAuth2Token",
        "extra_behavior": "allow",
        "ref": "OAuth2Token",
    },
    "UpdateConnectorRequest:top": {
        "type": "typed-dict",
        "fields": {
            "title": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
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
            "icon_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "system_prompt": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "protocol": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['mcp'] = 'mcp'"},
                "required": False,
            },
            "server": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "auth_methods": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "AuthenticationMethodCreateOrUpdateRequest",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "UpdateConnectorRequest",
        "extra_behavior": "allow",
        "ref": "UpdateConnectorRequest:top",
    },
    "AuthenticationMethodCreateOrUpdateRequest": {
        "type": "typed-dict",
        "fields": {
            "method_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": ["oauth2", "bearer", "none", "github_app", "slack_app"],
                        },
                        {"type": "str"},
                        {"type": "literal", "expected": ["webhook"]},
                    ],
                },
                "required": True,
            },
            "auth_direction": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["inbound", "outbound"]},
                            {"type": "str"},
                        ],
                    },
                    "default": "outbound",
                },
                "required": False,
            },
            "headers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ConnectorAuthenticationHeader",
                        },
                    },
                },
                "required": False,
            },
            "global_headers": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "dict[str, GlobalHeaderValue]",
                    },
                    "default": {},
                },
                "required": False,
            },
            "oauth2_metadata_secrets": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "Oauth2MetadataSecrets"},
                },
                "required": False,
            },
            "oauth2_server_metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "ExtendedOAuthServerMetadata | None",
                },
                "required": False,
            },
        },
        "cls_name": "AuthenticationMethodCreateOrUpdateRequest",
        "extra_behavior": "allow",
        "ref": "AuthenticationMethodCreateOrUpdateRequest",
    },
    "ConnectorAuthenticationHeader": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "is_required": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": True},
                "required": False,
            },
            "is_secret": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": True},
                "required": False,
            },
        },
        "cls_name": "ConnectorAuthenticationHeader",
        "extra_behavior": "allow",
        "ref": "ConnectorAuthenticationHeader",
    },
    "Oauth2MetadataSecrets": {
        "type": "typed-dict",
        "fields": {
            "client_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "client_secret": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "client_id_issued_at": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "client_secret_expires_at": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "Oauth2MetadataSecrets",
        "extra_behavior": "allow",
        "ref": "Oauth2MetadataSecrets",
    },
    "Literal['mcp'] = 'mcp'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["mcp"]},
        "default": "mcp",
        "ref": "Literal['mcp'] = 'mcp'",
    },
    "dict[str, Any] | None": {
        "type": "nullable",
        "schema": {
            "type": "dict",
            "keys_schema": {"type": "str"},
            "values_schema": {"type": "any"},
        },
        "ref": "dict[str, Any] | None",
    },
    "dict[str, GlobalHeaderValue]": {
        "type": "dict",
        "keys_schema": {"type": "str"},
        "values_schema": {"type": "definition-ref", "schema_ref": "GlobalHeaderValue"},
        "ref": "dict[str, GlobalHeaderValue]",
    },
    "ExtendedOAuthServerMetadata | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "ExtendedOAuthServerMetadata"},
        "ref": "ExtendedOAuthServerMetadata | None",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
    "list[str] | LogicalExpression | ToolProperties | None": {
        "type": "nullable",
        "schema": {
            "type": "definition-ref",
            "schema_ref": "list[str] | LogicalExpression | ToolProperties",
        },
        "ref": "list[str] | LogicalExpression | ToolProperties | None",
    },
    "list[str] | LogicalExpression | ToolProperties": {
        "type": "union",
        "choices": [
            {"type": "list", "items_schema": {"type": "str"}},
            {"type": "definition-ref", "schema_ref": "LogicalExpression"},
            {"type": "definition-ref", "schema_ref": "ToolProperties"},
        ],
        "ref": "list[str] | LogicalExpression | ToolProperties",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "connector_create_v1": (
        {"type": "definition-ref", "schema_ref": "CreateConnectorRequest:top"},
        (
            "AuthData",
            "CreateConnectorRequest:top",
            "ExtendedOAuthServerMetadata",
            "ExtendedOAuthServerMetadata | None",
            "GlobalHeaderValue",
            "Literal['mcp'] = 'mcp'",
            "dict[str, Any] | None",
            "dict[str, GlobalHeaderValue]",
            "list[str] | None",
        ),
    ),
    "connector_activate_for_consumer_v1": (
        {"type": "definition-ref", "schema_ref": "ToolExecutionConfiguration:top"},
        (
            "LogicalExpression",
            "ToolExecutionConfiguration:top",
            "ToolProperties",
            "list[str] | LogicalExpression | ToolProperties",
            "list[str] | LogicalExpression | ToolProperties | None",
            "list[str] | None",
        ),
    ),
    "connector_call_tool_v1": (
        {"type": "definition-ref", "schema_ref": "ConnectorCallToolRequest:top"},
        ("ConnectorCallToolRequest:top", "dict[str, Any] | None"),
    ),
    "connector_create_or_update_organization_credentials_v1": (
        {"type": "definition-ref", "schema_ref": "CredentialsCreateOrUpdate:top"},
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_create_or_update_workspace_credentials_v1": (
        {"type": "definition-ref", "schema_ref": "CredentialsCreateOrUpdate:top"},
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_create_or_update_user_credentials_v1": (
        {"type": "definition-ref", "schema_ref": "CredentialsCreateOrUpdate:top"},
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_update_v1": (
        {"type": "definition-ref", "schema_ref": "UpdateConnectorRequest:top"},
        (
            "AuthenticationMethodCreateOrUpdateRequest",
            "ConnectorAuthenticationHeader",
            "ExtendedOAuthServerMetadata",
            "ExtendedOAuthServerMetadata | None",
            "GlobalHeaderValue",
            "Literal['mcp'] = 'mcp'",
            "Oauth2MetadataSecrets",
            "UpdateConnectorRequest:top",
            "dict[str, GlobalHeaderValue]",
            "list[str] | None",
        ),
    ),
    "connector_create_credentials_v1": (
        {"type": "definition-ref", "schema_ref": "CredentialsCreateOrUpdate:top"},
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_update_credentials": (
        {"type": "definition-ref", "schema_ref": "CredentialsCreateOrUpdate:top"},
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
}
