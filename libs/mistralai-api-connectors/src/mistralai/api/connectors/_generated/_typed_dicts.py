# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-connectors distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, NotRequired, Required

from typing_extensions import TypedDict

from mistralai.api.connectors._generated._models.create_connector_request import (
    PublicResourceVisibility,
)
from mistralai.api.connectors._generated._models.extended_o_auth_server_metadata import (
    OAuthMetadataSource,
)
from mistralai.api.connectors._generated._models.outbound_authentication_type import (
    OutboundAuthenticationType,
)
from mistralai.api.connectors._generated._models.tool_execution_configuration import (
    LogicalExpressionType,
)
from mistralai.api.connectors._generated._models.update_connector_request import (
    AuthDirection,
    InboundAuthenticationType,
)

__all__ = [
    "AuthDataTypedDict",
    "AuthenticationMethodCreateOrUpdateRequestTypedDict",
    "ConnectionCredentialsTypedDict",
    "ConnectorAuthenticationHeaderTypedDict",
    "ConnectorCallToolRequestTypedDict",
    "ConnectorsQueryFiltersTypedDict",
    "CreateConnectorRequestTypedDict",
    "CredentialsCreateOrUpdateTypedDict",
    "ExtendedOAuthServerMetadataTypedDict",
    "GlobalHeaderValueTypedDict",
    "LogicalExpressionTypedDict",
    "OAuth2TokenTypedDict",
    "Oauth2MetadataSecretsTypedDict",
    "ToolExecutionConfigurationTypedDict",
    "ToolPropertiesTypedDict",
    "UpdateConnectorRequestTypedDict",
]


class AuthDataTypedDict(TypedDict):
    """Dict form of :class:`AuthData`."""

    client_id: Required[str]
    client_secret: NotRequired[str | None]


class AuthenticationMethodCreateOrUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`AuthenticationMethodCreateOrUpdateRequest`."""

    method_type: Required[OutboundAuthenticationType | InboundAuthenticationType]
    auth_direction: NotRequired[AuthDirection]
    headers: NotRequired[Sequence[ConnectorAuthenticationHeaderTypedDict] | None]
    global_headers: NotRequired[Mapping[str, GlobalHeaderValueTypedDict]]
    oauth2_metadata_secrets: NotRequired[Oauth2MetadataSecretsTypedDict | None]
    oauth2_server_metadata: NotRequired[ExtendedOAuthServerMetadataTypedDict | None]


class ConnectionCredentialsTypedDict(TypedDict):
    """Dict form of :class:`ConnectionCredentials`."""

    oauth: NotRequired[OAuth2TokenTypedDict | None]
    headers: NotRequired[Mapping[str, str] | None]
    bearer_token: NotRequired[str | None]
    github_installation_id: NotRequired[str | None]


class ConnectorAuthenticationHeaderTypedDict(TypedDict):
    """Dict form of :class:`ConnectorAuthenticationHeader`."""

    name: Required[str]
    is_required: NotRequired[bool]
    is_secret: NotRequired[bool]


class ConnectorsQueryFiltersTypedDict(TypedDict):
    """Dict form of :class:`ConnectorsQueryFilters`."""

    active: NotRequired[bool | None]


class CredentialsCreateOrUpdateTypedDict(TypedDict):
    """Dict form of :class:`CredentialsCreateOrUpdate`."""

    name: Required[str]
    title: NotRequired[str | None]
    is_default: NotRequired[bool | None]
    credentials: NotRequired[ConnectionCredentialsTypedDict | None]


class ExtendedOAuthServerMetadataTypedDict(TypedDict):
    """Dict form of :class:`ExtendedOAuthServerMetadata`."""

    issuer: Required[str]
    authorization_endpoint: Required[str]
    token_endpoint: Required[str]
    registration_endpoint: NotRequired[str | None]
    scopes_supported: NotRequired[Sequence[str] | None]
    response_types_supported: NotRequired[Sequence[str]]
    response_modes_supported: NotRequired[Sequence[str] | None]
    grant_types_supported: NotRequired[Sequence[str] | None]
    token_endpoint_auth_methods_supported: NotRequired[Sequence[str] | None]
    token_endpoint_auth_signing_alg_values_supported: NotRequired[Sequence[str] | None]
    service_documentation: NotRequired[str | None]
    ui_locales_supported: NotRequired[Sequence[str] | None]
    op_policy_uri: NotRequired[str | None]
    op_tos_uri: NotRequired[str | None]
    revocation_endpoint: NotRequired[str | None]
    revocation_endpoint_auth_methods_supported: NotRequired[Sequence[str] | None]
    revocation_endpoint_auth_signing_alg_values_supported: NotRequired[Sequence[str] | None]
    introspection_endpoint: NotRequired[str | None]
    introspection_endpoint_auth_methods_supported: NotRequired[Sequence[str] | None]
    introspection_endpoint_auth_signing_alg_values_supported: NotRequired[Sequence[str] | None]
    code_challenge_methods_supported: NotRequired[Sequence[str] | None]
    client_id_metadata_document_supported: NotRequired[bool | None]
    x_source: NotRequired[OAuthMetadataSource | None]
    x_resource_url: NotRequired[str | None]
    x_scope: NotRequired[str | None]


class GlobalHeaderValueTypedDict(TypedDict):
    """Dict form of :class:`GlobalHeaderValue`."""

    is_secret: NotRequired[bool]
    value: Required[str]


class LogicalExpressionTypedDict(TypedDict):
    """Dict form of :class:`LogicalExpression`."""

    type: Required[LogicalExpressionType]
    expressions: Required[
        Sequence[Sequence[str] | LogicalExpressionTypedDict | ToolPropertiesTypedDict]
    ]


class OAuth2TokenTypedDict(TypedDict):
    """Dict form of :class:`OAuth2Token`."""

    access_token: Required[str]
    token_type: NotRequired[Literal["Bearer"]]
    expires_in: NotRequired[int | None]
    scope: NotRequired[str | None]
    refresh_token: NotRequired[str | None]
    expires_at: NotRequired[datetime | None]


class Oauth2MetadataSecretsTypedDict(TypedDict):
    """Dict form of :class:`Oauth2MetadataSecrets`."""

    client_id: NotRequired[str | None]
    client_secret: NotRequired[str | None]
    client_id_issued_at: NotRequired[int | None]
    client_secret_expires_at: NotRequired[int | None]


class ToolExecutionConfigurationTypedDict(TypedDict):
    """Dict form of :class:`ToolExecutionConfiguration`."""

    requires_confirmation: NotRequired[
        Sequence[str] | LogicalExpressionTypedDict | ToolPropertiesTypedDict | None
    ]
    skip_confirmation: NotRequired[
        Sequence[str] | LogicalExpressionTypedDict | ToolPropertiesTypedDict | None
    ]
    include: NotRequired[Sequence[str] | None]
    exclude: NotRequired[Sequence[str] | None]


class ToolPropertiesTypedDict(TypedDict):
    """Dict form of :class:`ToolProperties`."""

    read_only: Required[bool | None]


class CreateConnectorRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateConnectorRequest`."""

    protocol: NotRequired[Literal["mcp"]]
    name: Required[str]
    title: NotRequired[str | None]
    description: Required[str]
    icon_url: NotRequired[str | None]
    visibility: NotRequired[PublicResourceVisibility]
    server: Required[str]
    headers: NotRequired[Mapping[str, Any] | None]
    global_headers: NotRequired[Mapping[str, GlobalHeaderValueTypedDict]]
    auth_data: NotRequired[AuthDataTypedDict | None]
    oauth2_server_metadata: NotRequired[ExtendedOAuthServerMetadataTypedDict | None]
    oauth2_server_metadata_url: NotRequired[str | None]
    system_prompt: NotRequired[str | None]


class UpdateConnectorRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateConnectorRequest`."""

    title: NotRequired[str | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    icon_url: NotRequired[str | None]
    system_prompt: NotRequired[str | None]
    protocol: NotRequired[Literal["mcp"]]
    server: NotRequired[str | None]
    auth_methods: NotRequired[Sequence[AuthenticationMethodCreateOrUpdateRequestTypedDict] | None]


class ConnectorCallToolRequestTypedDict(TypedDict):
    """Dict form of :class:`ConnectorCallToolRequest`."""

    arguments: NotRequired[Mapping[str, Any]]
