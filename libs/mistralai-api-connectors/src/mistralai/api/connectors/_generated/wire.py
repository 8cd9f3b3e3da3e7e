# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-connectors as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import wire as w

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateConnectorRequest:top": w.typed_dict(
            "CreateConnectorRequest",
            {
                "protocol": w.field(w.ref("Literal['mcp'] = 'mcp'"), required=False),
                "name": w.field(w.STR),
                "title": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.STR),
                "icon_url": w.field(w.nullable(w.STR), required=False),
                "visibility": w.field(
                    w.union(w.literal("shared_org", "shared_workspace", "private"), w.STR),
                    required=False,
                ),
                "server": w.field(w.STR),
                "headers": w.field(w.ref("dict[str, Any] | None"), required=False),
                "global_headers": w.field(w.ref("dict[str, GlobalHeaderValue]"), required=False),
                "auth_data": w.field(w.nullable(w.ref("AuthData")), required=False),
                "oauth2_server_metadata": w.field(
                    w.ref("ExtendedOAuthServerMetadata | None"), required=False
                ),
                "oauth2_server_metadata_url": w.field(w.nullable(w.STR), required=False),
                "system_prompt": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "GlobalHeaderValue": w.typed_dict(
            "GlobalHeaderValue",
            {
                "is_secret": w.field(w.default(w.BOOL, True), required=False),
                "value": w.field(w.STR),
            },
        ),
        "AuthData": w.typed_dict(
            "AuthData",
            {
                "client_id": w.field(w.STR),
                "client_secret": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "ExtendedOAuthServerMetadata": w.typed_dict(
            "ExtendedOAuthServerMetadata",
            {
                "issuer": w.field(w.STR),
                "authorization_endpoint": w.field(w.STR),
                "token_endpoint": w.field(w.STR),
                "registration_endpoint": w.field(w.nullable(w.STR), required=False),
                "scopes_supported": w.field(w.ref("list[str] | None"), required=False),
                "response_types_supported": w.field(
                    w.ref("list[str] | None"), required=False, drop_none=True
                ),
                "response_modes_supported": w.field(w.ref("list[str] | None"), required=False),
                "grant_types_supported": w.field(w.ref("list[str] | None"), required=False),
                "token_endpoint_auth_methods_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "token_endpoint_auth_signing_alg_values_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "service_documentation": w.field(w.nullable(w.STR), required=False),
                "ui_locales_supported": w.field(w.ref("list[str] | None"), required=False),
                "op_policy_uri": w.field(w.nullable(w.STR), required=False),
                "op_tos_uri": w.field(w.nullable(w.STR), required=False),
                "revocation_endpoint": w.field(w.nullable(w.STR), required=False),
                "revocation_endpoint_auth_methods_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "revocation_endpoint_auth_signing_alg_values_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "introspection_endpoint": w.field(w.nullable(w.STR), required=False),
                "introspection_endpoint_auth_methods_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "introspection_endpoint_auth_signing_alg_values_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "code_challenge_methods_supported": w.field(
                    w.ref("list[str] | None"), required=False
                ),
                "client_id_metadata_document_supported": w.field(
                    w.nullable(w.BOOL), required=False
                ),
                "x_source": w.field(
                    w.nullable(w.union(w.literal("autodiscovery", "provided"), w.STR)),
                    required=False,
                ),
                "x_resource_url": w.field(w.nullable(w.STR), required=False),
                "x_scope": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "ToolExecutionConfiguration:top": w.typed_dict(
            "ToolExecutionConfiguration",
            {
                "requires_confirmation": w.field(
                    w.ref("list[str] | LogicalExpression | ToolProperties | None"), required=False
                ),
                "skip_confirmation": w.field(
                    w.ref("list[str] | LogicalExpression | ToolProperties | None"), required=False
                ),
                "include": w.field(w.ref("list[str] | None"), required=False),
                "exclude": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "LogicalExpression": w.typed_dict(
            "LogicalExpression",
            {
                "type": w.field(w.union(w.literal("and", "or"), w.STR)),
                "expressions": w.field(
                    w.list_of(w.ref("list[str] | LogicalExpression | ToolProperties"))
                ),
            },
        ),
        "ToolProperties": w.typed_dict(
            "ToolProperties", {"read_only": w.field(w.nullable(w.BOOL))}
        ),
        "ConnectorCallToolRequest:top": w.typed_dict(
            "ConnectorCallToolRequest",
            {"arguments": w.field(w.ref("dict[str, Any] | None"), required=False, drop_none=True)},
        ),
        "CredentialsCreateOrUpdate:top": w.typed_dict(
            "CredentialsCreateOrUpdate",
            {
                "name": w.field(w.STR),
                "title": w.field(w.nullable(w.STR), required=False),
                "is_default": w.field(w.nullable(w.BOOL), required=False),
                "credentials": w.field(w.nullable(w.ref("ConnectionCredentials")), required=False),
            },
        ),
        "ConnectionCredentials": w.typed_dict(
            "ConnectionCredentials",
            {
                "oauth": w.field(w.nullable(w.ref("OAuth2Token")), required=False),
                "headers": w.field(w.nullable(w.dict_of(w.STR, w.STR)), required=False),
                "bearer_token": w.field(w.nullable(w.STR), required=False),
                "github_installation_id": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "OAuth2Token": w.typed_dict(
            "OAuth2Token",
            {
                "access_token": w.field(w.STR),
                "token_type": w.field(w.default(w.literal("Bearer"), "Bearer"), required=False),
                "expires_in": w.field(w.nullable(w.INT), required=False),
                "scope": w.field(w.nullable(w.STR), required=False),
                "refresh_token": w.field(w.nullable(w.STR), required=False),
                "expires_at": w.field(
                    w.nullable({"type": "datetime", "microseconds_precision": "truncate"}),
                    required=False,
                ),
            },
        ),
        "UpdateConnectorRequest:top": w.typed_dict(
            "UpdateConnectorRequest",
            {
                "title": w.field(w.nullable(w.STR), required=False),
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "icon_url": w.field(w.nullable(w.STR), required=False),
                "system_prompt": w.field(w.nullable(w.STR), required=False),
                "protocol": w.field(w.ref("Literal['mcp'] = 'mcp'"), required=False),
                "server": w.field(w.nullable(w.STR), required=False),
                "auth_methods": w.field(
                    w.nullable(w.list_of(w.ref("AuthenticationMethodCreateOrUpdateRequest"))),
                    required=False,
                ),
            },
        ),
        "AuthenticationMethodCreateOrUpdateRequest": w.typed_dict(
            "AuthenticationMethodCreateOrUpdateRequest",
            {
                "method_type": w.field(
                    w.union(
                        w.literal("oauth2", "bearer", "none", "github_app", "slack_app"),
                        w.STR,
                        w.literal("webhook"),
                    )
                ),
                "auth_direction": w.field(
                    w.default(w.union(w.literal("inbound", "outbound"), w.STR), "outbound"),
                    required=False,
                ),
                "headers": w.field(
                    w.nullable(w.list_of(w.ref("ConnectorAuthenticationHeader"))), required=False
                ),
                "global_headers": w.field(
                    w.default(w.ref("dict[str, GlobalHeaderValue]"), {}), required=False
                ),
                "oauth2_metadata_secrets": w.field(
                    w.nullable(w.ref("Oauth2MetadataSecrets")), required=False
                ),
                "oauth2_server_metadata": w.field(
                    w.ref("ExtendedOAuthServerMetadata | None"), required=False
                ),
            },
        ),
        "ConnectorAuthenticationHeader": w.typed_dict(
            "ConnectorAuthenticationHeader",
            {
                "name": w.field(w.STR),
                "is_required": w.field(w.default(w.BOOL, True), required=False),
                "is_secret": w.field(w.default(w.BOOL, True), required=False),
            },
        ),
        "Oauth2MetadataSecrets": w.typed_dict(
            "Oauth2MetadataSecrets",
            {
                "client_id": w.field(w.nullable(w.STR), required=False),
                "client_secret": w.field(w.nullable(w.STR), required=False),
                "client_id_issued_at": w.field(w.nullable(w.INT), required=False),
                "client_secret_expires_at": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "Literal['mcp'] = 'mcp'": w.default(w.literal("mcp"), "mcp"),
        "dict[str, Any] | None": w.nullable(w.dict_of(w.STR, w.ANY)),
        "dict[str, GlobalHeaderValue]": w.dict_of(w.STR, w.ref("GlobalHeaderValue")),
        "ExtendedOAuthServerMetadata | None": w.nullable(w.ref("ExtendedOAuthServerMetadata")),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "list[str] | LogicalExpression | ToolProperties | None": w.nullable(
            w.ref("list[str] | LogicalExpression | ToolProperties")
        ),
        "list[str] | LogicalExpression | ToolProperties": w.union(
            w.list_of(w.STR), w.ref("LogicalExpression"), w.ref("ToolProperties")
        ),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "connector_create_v1": (
        w.ref("CreateConnectorRequest:top"),
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
        w.ref("ToolExecutionConfiguration:top"),
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
        w.ref("ConnectorCallToolRequest:top"),
        ("ConnectorCallToolRequest:top", "dict[str, Any] | None"),
    ),
    "connector_create_or_update_organization_credentials_v1": (
        w.ref("CredentialsCreateOrUpdate:top"),
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_create_or_update_workspace_credentials_v1": (
        w.ref("CredentialsCreateOrUpdate:top"),
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_create_or_update_user_credentials_v1": (
        w.ref("CredentialsCreateOrUpdate:top"),
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_update_v1": (
        w.ref("UpdateConnectorRequest:top"),
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
        w.ref("CredentialsCreateOrUpdate:top"),
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
    "connector_update_credentials": (
        w.ref("CredentialsCreateOrUpdate:top"),
        ("ConnectionCredentials", "CredentialsCreateOrUpdate:top", "OAuth2Token"),
    ),
}
