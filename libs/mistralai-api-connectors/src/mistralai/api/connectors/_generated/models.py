# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NotRequired, Required, TypeAlias

from pydantic import Field
from typing_extensions import TypedDict

from mistralai.core.models import (
    Function,
    FunctionTypedDict,
    HTTPValidationError,
    Tool,
    ToolTypedDict,
    ToolTypes,
    ValidationError,
)
from mistralai.core.runtime import BaseModel, ConstFieldsModel, PagedModel

__all__ = [
    "Annotations",
    "Audience",
    "AudioContent",
    "AuthData",
    "AuthDataTypedDict",
    "AuthDirection",
    "AuthStatus",
    "AuthURLResponse",
    "AuthUrlResponse",
    "AuthenticationConfiguration",
    "AuthenticationMethodCreateOrUpdateRequest",
    "AuthenticationMethodCreateOrUpdateRequestTypedDict",
    "BlobResourceContents",
    "ClientCapabilities",
    "ClientTasksCapability",
    "ClientTasksRequestsCapability",
    "CompletionsCapability",
    "ConnectionConfigType",
    "ConnectionCredentials",
    "ConnectionCredentialsTypedDict",
    "ConnectionPreference",
    "Connector",
    "ConnectorActivateForConsumerV1ConsumerScope",
    "ConnectorAuthenticationHeader",
    "ConnectorAuthenticationHeaderTypedDict",
    "ConnectorCallToolRequest",
    "ConnectorCallToolRequestTypedDict",
    "ConnectorCreateCredentialsV1ConsumerScope",
    "ConnectorDeactivateForConsumerV1ConsumerScope",
    "ConnectorDeleteCredentialsConsumerScope",
    "ConnectorLocale",
    "ConnectorProtocol",
    "ConnectorTool",
    "ConnectorToolCallMetadata",
    "ConnectorToolCallResponse",
    "ConnectorToolLocale",
    "ConnectorToolResultMetadata",
    "ConnectorUpdateCredentialsConsumerScope",
    "ConnectorsQueryFilters",
    "ConnectorsQueryFiltersTypedDict",
    "ConsumerType",
    "CreateConnectorRequest",
    "CreateConnectorRequestTypedDict",
    "CredentialsCreateOrUpdate",
    "CredentialsCreateOrUpdateTypedDict",
    "CredentialsResponse",
    "CredentialsStatus",
    "CredentialsStatusErrorReason",
    "ElicitationCapability",
    "EmbeddedResource",
    "ExecutionConfig",
    "ExecutionTool",
    "ExtendedOAuthServerMetadata",
    "ExtendedOAuthServerMetadataTypedDict",
    "FormElicitationCapability",
    "Function",
    "FunctionTypedDict",
    "GlobalHeaderValue",
    "GlobalHeaderValueTypedDict",
    "HTTPStatus",
    "HTTPValidationError",
    "ImageContent",
    "InboundAuthenticationType",
    "LoggingCapability",
    "LogicalExpression",
    "LogicalExpressionType",
    "LogicalExpressionTypedDict",
    "MCPPrompt",
    "MCPResource",
    "MCPServerAuthenticationRequirement",
    "MCPServerCard",
    "MCPServerCardMeta",
    "MCPServerCardTool",
    "MCPServerIcon",
    "MCPServerRemote",
    "MCPServerRemoteHeader",
    "MCPServerRemoteType",
    "MCPServerRepository",
    "MCPTool",
    "MCPToolMeta",
    "MCPUIToolMeta",
    "MessageResponse",
    "OAuth2Token",
    "OAuth2TokenTypedDict",
    "OAuthMetadataSource",
    "Oauth2MetadataSecrets",
    "Oauth2MetadataSecretsTypedDict",
    "OutboundAuthenticationType",
    "PaginatedConnectors",
    "PaginationResponse",
    "PromptArgument",
    "PromptsCapability",
    "PublicAuthenticationMethod",
    "PublicConnectionConfig",
    "PublicConnectorExecutionData",
    "PublicExecutionConnectionConfig",
    "PublicExecutionConnector",
    "PublicExecutionEnv",
    "PublicResourceVisibility",
    "ResourceLink",
    "ResourceVisibility",
    "ResourcesCapability",
    "RootsCapability",
    "SamplingCapability",
    "SamplingContextCapability",
    "SamplingToolsCapability",
    "ServerCapabilities",
    "ServerLocale",
    "ServerTasksCapability",
    "ServerTasksRequestsCapability",
    "TaskSupport",
    "TasksCallCapability",
    "TasksCancelCapability",
    "TasksCreateElicitationCapability",
    "TasksCreateMessageCapability",
    "TasksElicitationCapability",
    "TasksListCapability",
    "TasksSamplingCapability",
    "TasksToolsCapability",
    "TextContent",
    "TextResourceContents",
    "Tool",
    "ToolAnnotations",
    "ToolExecution",
    "ToolExecutionConfiguration",
    "ToolExecutionConfigurationTypedDict",
    "ToolProperties",
    "ToolPropertiesTypedDict",
    "ToolType",
    "ToolTypedDict",
    "ToolTypes",
    "ToolsCapability",
    "TurbineMeta",
    "TurbineToolLocale",
    "TurbineToolMeta",
    "UpdateConnectorRequest",
    "UpdateConnectorRequestTypedDict",
    "UrlElicitationCapability",
    "ValidationError",
    "Visibility",
]


class Annotations(BaseModel):
    __mistral_keep__ = frozenset()
    audience: list[Audience] | None = None
    priority: float | None = None


class AudioContent(ConstFieldsModel):
    """Audio content for a message."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "audio"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["audio"] = "audio"
    data: str
    mime_type: str = Field(validation_alias="mimeType", serialization_alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class AuthData(BaseModel):
    __mistral_keep__ = frozenset()
    client_id: str
    client_secret: str | None = None


class AuthURLResponse(BaseModel):
    __mistral_keep__ = frozenset()
    auth_url: str
    ttl: int


class AuthenticationConfiguration(BaseModel):
    __mistral_keep__ = frozenset({"is_default"})
    name: str
    title: str | None = None
    authentication_type: OutboundAuthenticationType
    scope: ConsumerType
    status: CredentialsStatus | None = None
    is_default: bool = False


class AuthenticationMethodCreateOrUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    method_type: OutboundAuthenticationType | InboundAuthenticationType
    """The type of authentication method (e.g. oauth2, bearer, none)."""
    auth_direction: AuthDirection = "outbound"
    """Whether the authentication method is for outbound or inbound requests."""
    headers: list[ConnectorAuthenticationHeader] | None = None
    """Set of headers to connect to the connector"""
    global_headers: dict[str, GlobalHeaderValue] = Field(default={})
    """Connector-wide headers keyed by header name, applied to every credential. Secret values are encrypted at rest and never returned in clear."""
    oauth2_metadata_secrets: Oauth2MetadataSecrets | None = None
    """New OAuth2 client credentials (client_id and client_secret)."""
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    """New OAuth2 authorization server metadata."""


class BlobResourceContents(BaseModel):
    """Binary contents of a resource."""

    __mistral_keep__ = frozenset()
    uri: str
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    blob: str


class ClientCapabilities(BaseModel):
    """Capabilities a client may support."""

    __mistral_keep__ = frozenset()
    experimental: dict[str, dict[str, Any]] | None = None
    sampling: SamplingCapability | None = None
    elicitation: ElicitationCapability | None = None
    roots: RootsCapability | None = None
    tasks: ClientTasksCapability | None = None


class ClientTasksCapability(BaseModel):
    """Capability for client tasks operations."""

    __mistral_keep__ = frozenset()
    list_: TasksListCapability | None = Field(
        default=None, validation_alias="list", serialization_alias="list"
    )
    cancel: TasksCancelCapability | None = None
    requests: ClientTasksRequestsCapability | None = None


class ClientTasksRequestsCapability(BaseModel):
    """Capability for tasks requests operations."""

    __mistral_keep__ = frozenset()
    sampling: TasksSamplingCapability | None = None
    elicitation: TasksElicitationCapability | None = None


class ConnectionCredentials(BaseModel):
    __mistral_keep__ = frozenset()
    oauth: OAuth2Token | None = None
    headers: dict[str, str] | None = None
    bearer_token: str | None = None
    github_installation_id: str | None = None


class ConnectionPreference(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    tool_configuration: ToolExecutionConfiguration
    is_default: bool | None = None
    consumer_type: ConsumerType | None = None


class ConnectorAuthenticationHeader(BaseModel):
    __mistral_keep__ = frozenset({"is_required", "is_secret"})
    name: str
    is_required: bool = True
    is_secret: bool = True


class ConnectorLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


class ConnectorTool(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    description: str
    system_prompt: str | None = None
    locale: ConnectorToolLocale | None = None
    jsonschema: dict[str, Any] | None = None
    execution_config: ExecutionConfig | None
    visibility: ResourceVisibility
    created_at: datetime
    modified_at: datetime
    active: bool | None = None


class ConnectorsQueryFilters(BaseModel):
    __mistral_keep__ = frozenset()
    active: bool | None = None
    """Filter for active connectors for a given user, workspace and organization."""


class CredentialsCreateOrUpdate(BaseModel):
    """Request to create or update non-OAuth2 credentials for a connector."""

    __mistral_keep__ = frozenset()
    name: str
    """Name of the credentials. Use this name to access or modify your credentials."""
    title: str | None = None
    """Human-readable title for the credentials."""
    is_default: bool | None = None
    """Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other ..."""
    credentials: ConnectionCredentials | None = None
    """The credential data (headers, bearer_token)."""


class CredentialsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    credentials: list[AuthenticationConfiguration]
    connector_preset_credentials_for_auth: list[OutboundAuthenticationType] = Field(default=[])


class CredentialsStatus(BaseModel):
    __mistral_keep__ = frozenset()
    status_type: AuthStatus
    last_checked_at: datetime | None = None
    error_http_code: HTTPStatus | None = None
    error_message: CredentialsStatusErrorReason | None = None


class ElicitationCapability(BaseModel):
    """Capability for elicitation operations. Clients must support at least one mode (form or url)."""

    __mistral_keep__ = frozenset()
    form: FormElicitationCapability | None = None
    url: UrlElicitationCapability | None = None


class EmbeddedResource(ConstFieldsModel):
    """The contents of a resource, embedded into a prompt or tool call result. It is up to the client how best to render embedded resources for the benefit of the LLM and/or the user."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "resource"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["resource"] = "resource"
    resource: TextResourceContents | BlobResourceContents
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class ExecutionConfig(BaseModel):
    """Not typed since mcp config can changed / not stable we allow all extra fields and this is a dict TODO: once mcp is stable, we need to type this"""

    __mistral_keep__ = frozenset()
    type: str


class ExecutionTool(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    integration_id: str
    execution_config: ExecutionConfig | None


class ExtendedOAuthServerMetadata(BaseModel):
    """Custom superset of RFC 8414 OAuth 2.0 Authorization Server Metadata. Stored at connector creation time (provided for HTTP connectors, discovered via .well-known for MCP). Mirrors the shape of .well-known/oauth-authorization-server responses."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"response_types_supported"})
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    registration_endpoint: str | None = None
    scopes_supported: list[str] | None = None
    response_types_supported: list[str] | None = None
    response_modes_supported: list[str] | None = None
    grant_types_supported: list[str] | None = None
    token_endpoint_auth_methods_supported: list[str] | None = None
    token_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    service_documentation: str | None = None
    ui_locales_supported: list[str] | None = None
    op_policy_uri: str | None = None
    op_tos_uri: str | None = None
    revocation_endpoint: str | None = None
    revocation_endpoint_auth_methods_supported: list[str] | None = None
    revocation_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    introspection_endpoint: str | None = None
    introspection_endpoint_auth_methods_supported: list[str] | None = None
    introspection_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    code_challenge_methods_supported: list[str] | None = None
    client_id_metadata_document_supported: bool | None = None
    x_source: OAuthMetadataSource | None = None
    x_resource_url: str | None = None
    x_scope: str | None = None


class GlobalHeaderValue(BaseModel):
    """Value of a connector-wide header. ``value`` is plaintext in memory so create round-trips and encryption-at-rest keep the real value; secrets are redacted only on JSON serialization (API responses)."""

    __mistral_keep__ = frozenset()
    is_secret: bool = True
    value: str


class ImageContent(ConstFieldsModel):
    """Image content for a message."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["image"] = "image"
    data: str
    mime_type: str = Field(validation_alias="mimeType", serialization_alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class LogicalExpression(BaseModel):
    __mistral_keep__ = frozenset()
    type: LogicalExpressionType
    expressions: list[list[str] | LogicalExpression | ToolProperties]


class MCPServerAuthenticationRequirement(BaseModel):
    """Authentication requirements for a remote transport (SEP-2127)."""

    __mistral_keep__ = frozenset()
    required: bool
    """Whether authentication is mandatory"""
    schemes: list[str] = Field(default=[])
    """Supported schemes (e.g. ['bearer', 'oauth2'])"""


class MCPServerCard(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"capabilities"})
    schema_: str | None = Field(
        default="https://static.modelcontextprotocol.io/schemas/v1/server-card.schema.json",
        validation_alias="$schema",
        serialization_alias="$schema",
    )
    """URL to the JSON schema definition"""
    name: str
    """Server identifier in reverse-DNS format with exactly one /"""
    version: str
    """Server version (semantic versioning preferred)"""
    capabilities: ServerCapabilities | None = None
    title: str | None = None
    description: str | None = None
    website_url: str | None = Field(
        default=None, validation_alias="websiteUrl", serialization_alias="websiteUrl"
    )
    repository: MCPServerRepository | None = None
    icons: list[MCPServerIcon] | None = None
    remotes: list[MCPServerRemote] | None = None
    requires: ClientCapabilities | None = None
    resources: Literal["dynamic"] | list[MCPResource] | None = None
    tools: Literal["dynamic"] | list[MCPServerCardTool] | None = None
    prompts: Literal["dynamic"] | list[MCPPrompt] | None = None
    meta: MCPServerCardMeta | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class MCPServerCardMeta(BaseModel):
    """Typed _meta for MCP server cards. Only the 'turbine' field is typed. Other fields are allowed via extra="allow"."""

    __mistral_keep__ = frozenset()
    ai_mistral_turbine: TurbineMeta | None = Field(
        default=None,
        validation_alias="ai.mistral/turbine",
        serialization_alias="ai.mistral/turbine",
    )


class MCPServerRemote(BaseModel):
    """Remote transport endpoint (SEP-2127)."""

    __mistral_keep__ = frozenset()
    type: MCPServerRemoteType
    """Transport type"""
    url: str
    """Transport endpoint URL"""
    supported_protocol_versions: list[str] | None = Field(
        default=None,
        validation_alias="supportedProtocolVersions",
        serialization_alias="supportedProtocolVersions",
    )
    headers: list[MCPServerRemoteHeader] | None = None
    authentication: MCPServerAuthenticationRequirement | None = None


class MCPServerRemoteHeader(BaseModel):
    """Header definition for a remote transport (SEP-2127)."""

    __mistral_keep__ = frozenset()
    name: str
    """Header name"""
    description: str
    """Human-readable description of the header"""
    is_required: bool | None = Field(
        default=None, validation_alias="isRequired", serialization_alias="isRequired"
    )
    is_secret: bool | None = Field(
        default=None, validation_alias="isSecret", serialization_alias="isSecret"
    )
    default: str | None = None
    choices: list[str] | None = None


class MCPServerRepository(BaseModel):
    """Source repository information (SEP-2127)."""

    __mistral_keep__ = frozenset()
    url: str
    """Repository URL"""
    source: str
    """Source identifier (e.g. 'github')"""
    subfolder: str | None = None


class MCPTool(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(
        validation_alias="inputSchema", serialization_alias="inputSchema"
    )
    output_schema: dict[str, Any] | None = Field(
        default=None, validation_alias="outputSchema", serialization_alias="outputSchema"
    )
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    execution: ToolExecution | None = None


class MCPToolMeta(BaseModel):
    """Typed _meta for MCP tools. Only the 'ui' field is typed. Other fields are allowed via extra="allow"."""

    __mistral_keep__ = frozenset()
    ui: MCPUIToolMeta | None = None
    ai_mistral_turbine: TurbineToolMeta | None = Field(
        default=None,
        validation_alias="ai.mistral/turbine",
        serialization_alias="ai.mistral/turbine",
    )


class MCPUIToolMeta(BaseModel):
    """UI metadata for tools that reference UI resources."""

    __mistral_keep__ = frozenset()
    resource_uri: str | None = Field(
        default=None, validation_alias="resourceUri", serialization_alias="resourceUri"
    )
    visibility: list[Visibility] | None = None


class MessageResponse(BaseModel):
    __mistral_keep__ = frozenset()
    message: str


class OAuth2Token(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"token_type": "Bearer"}
    __mistral_keep__ = frozenset({"token_type"})
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int | None = None
    scope: str | None = None
    refresh_token: str | None = None
    expires_at: datetime | None = None


class Oauth2MetadataSecrets(BaseModel):
    """OAuth2 client credentials stored alongside a connector's authentication method. Used by OAuth2 and Slack App auth types for token exchange and refresh flows. Contains the client credentials obtained during OAuth2 Dynamic Client Registration or provided at connector creation time."""

    __mistral_keep__ = frozenset()
    client_id: str | None = None
    client_secret: str | None = None
    client_id_issued_at: int | None = None
    client_secret_expires_at: int | None = None


class PaginatedConnectors(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Connector]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Connector]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Connector]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    items: list[Connector]
    pagination: PaginationResponse


class PaginationResponse(BaseModel):
    __mistral_keep__ = frozenset()
    next_cursor: str | None = None
    page_size: int


class PromptArgument(BaseModel):
    """An argument for a prompt template."""

    __mistral_keep__ = frozenset()
    name: str
    description: str | None = None
    required: bool | None = None


class PromptsCapability(BaseModel):
    """Capability for prompts operations."""

    __mistral_keep__ = frozenset()
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


class PublicAuthenticationMethod(BaseModel):
    """Public view of an authentication method, without secrets."""

    __mistral_keep__ = frozenset()
    method_type: OutboundAuthenticationType
    headers: list[ConnectorAuthenticationHeader] | None = None
    global_headers: dict[str, GlobalHeaderValue] = Field(default={})
    has_default_credentials: bool
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None


class PublicConnectionConfig(BaseModel):
    __mistral_keep__ = frozenset()
    type: ConnectionConfigType = "mcp"
    base_url: str | None = None
    headers: dict[str, str] | None = None
    signed: bool | None = False


class PublicExecutionConnectionConfig(BaseModel):
    """Connection config exposed in the public, unauthenticated /connectors/mistral response. Unlike ConnectionConfig, this has no `headers` field and forbids extra fields, so connector credentials can never be serialized into this cacheable response."""

    __mistral_keep__ = frozenset({"hosted_internally"})
    type: ConnectionConfigType
    server: str | None = None
    name: str | None = None
    id: str | None = None
    tool_configuration: ToolExecutionConfiguration | None = None
    hosted_internally: bool = False


class PublicExecutionConnector(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    connection_config: PublicExecutionConnectionConfig | None


class PublicExecutionEnv(BaseModel):
    """Credentials-free projection of ExecutionEnv for the public /connectors/mistral response."""

    __mistral_keep__ = frozenset()
    tools: list[Tool]
    tool_execution_data: PublicConnectorExecutionData
    errors: list[str]


class ResourceLink(ConstFieldsModel):
    """A resource that the server is capable of reading, included in a prompt or tool call result. Note: resource links returned by tools are not guaranteed to appear in the results of `resources/list` requests."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "resource_link"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    type: Literal["resource_link"] = "resource_link"


class ResourcesCapability(BaseModel):
    """Capability for resources operations."""

    __mistral_keep__ = frozenset()
    subscribe: bool | None = None
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


class RootsCapability(BaseModel):
    """Capability for root operations."""

    __mistral_keep__ = frozenset()
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


class SamplingCapability(BaseModel):
    """Sampling capability structure, allowing fine-grained capability advertisement."""

    __mistral_keep__ = frozenset()
    context: SamplingContextCapability | None = None
    tools: SamplingToolsCapability | None = None


class ServerCapabilities(BaseModel):
    """Capabilities that a server may support."""

    __mistral_keep__ = frozenset()
    experimental: dict[str, dict[str, Any]] | None = None
    logging: LoggingCapability | None = None
    prompts: PromptsCapability | None = None
    resources: ResourcesCapability | None = None
    tools: ToolsCapability | None = None
    completions: CompletionsCapability | None = None
    tasks: ServerTasksCapability | None = None


class ServerLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class ServerTasksCapability(BaseModel):
    """Capability for server tasks operations."""

    __mistral_keep__ = frozenset()
    list_: TasksListCapability | None = Field(
        default=None, validation_alias="list", serialization_alias="list"
    )
    cancel: TasksCancelCapability | None = None
    requests: ServerTasksRequestsCapability | None = None


class ServerTasksRequestsCapability(BaseModel):
    """Capability for tasks requests operations."""

    __mistral_keep__ = frozenset()
    tools: TasksToolsCapability | None = None


class TasksElicitationCapability(BaseModel):
    """Capability for tasks elicitation operations."""

    __mistral_keep__ = frozenset()
    create: TasksCreateElicitationCapability | None = None


class TasksSamplingCapability(BaseModel):
    """Capability for tasks sampling operations."""

    __mistral_keep__ = frozenset()
    create_message: TasksCreateMessageCapability | None = Field(
        default=None, validation_alias="createMessage", serialization_alias="createMessage"
    )


class TasksToolsCapability(BaseModel):
    """Capability for tasks tools operations."""

    __mistral_keep__ = frozenset()
    call: TasksCallCapability | None = None


class TextContent(ConstFieldsModel):
    """Text content for a message."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"
    text: str
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class TextResourceContents(BaseModel):
    """Text contents of a resource."""

    __mistral_keep__ = frozenset()
    uri: str
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    text: str


class ToolAnnotations(BaseModel):
    """Additional properties describing a Tool to clients. NOTE: all properties in ToolAnnotations are **hints**. They are not guaranteed to provide a faithful description of tool behavior (including descriptive properties like `title`). Clients should never make tool use decisions based on ToolAnnotations received from untrusted servers."""

    __mistral_keep__ = frozenset()
    title: str | None = None
    read_only_hint: bool | None = Field(
        default=None, validation_alias="readOnlyHint", serialization_alias="readOnlyHint"
    )
    destructive_hint: bool | None = Field(
        default=None, validation_alias="destructiveHint", serialization_alias="destructiveHint"
    )
    idempotent_hint: bool | None = Field(
        default=None, validation_alias="idempotentHint", serialization_alias="idempotentHint"
    )
    open_world_hint: bool | None = Field(
        default=None, validation_alias="openWorldHint", serialization_alias="openWorldHint"
    )


class ToolExecution(BaseModel):
    """Execution-related properties for a tool."""

    __mistral_keep__ = frozenset()
    task_support: TaskSupport | None = Field(
        default=None, validation_alias="taskSupport", serialization_alias="taskSupport"
    )


class ToolExecutionConfiguration(BaseModel):
    __mistral_keep__ = frozenset()
    requires_confirmation: list[str] | LogicalExpression | ToolProperties | None = None
    skip_confirmation: list[str] | LogicalExpression | ToolProperties | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None


class ToolProperties(BaseModel):
    __mistral_keep__ = frozenset()
    read_only: bool | None


class ToolsCapability(BaseModel):
    """Capability for tools operations."""

    __mistral_keep__ = frozenset()
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


class TurbineMeta(BaseModel):
    __mistral_keep__ = frozenset()
    system_prompt_name: str | None = None
    locale: ServerLocale | None = None


class TurbineToolLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineToolMeta(BaseModel):
    __mistral_keep__ = frozenset()
    locale: TurbineToolLocale | None = None
    tool_type: ToolType | None = None
    timeout: float | None = None
    private_execution: bool | None = None


class Connector(BaseModel):
    __mistral_keep__ = frozenset({"mistral"})
    id: str
    name: str
    title: str | None = None
    description: str
    created_at: datetime
    modified_at: datetime
    server: str | None = None
    protocol: ConnectorProtocol = "mcp"
    icon_url: str | None = None
    server_card: MCPServerCard | None = None
    owner_id: str | None = None
    owner_type: ConsumerType
    visibility: ResourceVisibility
    creator_id: str | None = None
    locale: ConnectorLocale | None = None
    system_prompt: str | None = None
    supported_auth_methods: list[PublicAuthenticationMethod] | None = None
    connection_preferences: list[ConnectionPreference] | None = None
    connection_credentials: list[AuthenticationConfiguration] | None = None
    active: bool | None = None
    private_tool_execution: bool
    mistral: bool = False
    is_authenticated: bool | None = None
    tools: list[ConnectorTool] | None = None
    system_prompt_route: str | None = None
    connection_config: PublicConnectionConfig | None = None
    execution_env: PublicExecutionEnv | None = None


class MCPServerIcon(BaseModel):
    """An icon for display in user interfaces."""

    __mistral_keep__ = frozenset()
    src: str
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    sizes: list[str] | None = None


class MCPServerCardTool(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(
        validation_alias="inputSchema", serialization_alias="inputSchema"
    )
    output_schema: dict[str, Any] | None = Field(
        default=None, validation_alias="outputSchema", serialization_alias="outputSchema"
    )
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    execution: ToolExecution | None = None


class MCPResource(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class MCPPrompt(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    title: str | None = None
    description: str | None = None
    arguments: list[PromptArgument] | None = None
    icons: list[MCPServerIcon] | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class CreateConnectorRequest(ConstFieldsModel):
    """Public create schema for MCP connectors. Standalone model that excludes internal-only fields (``hosted_internally``, ``mistral_integration``, ``private_tool_execution``, ``auth_scheme``, ``locale``, ``github_app_data``) and restricts visibility to :class:`PublicResourceVisibility` (no ``shared_global``)."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"protocol": "mcp"}
    __mistral_keep__ = frozenset({"protocol"})
    protocol: Literal["mcp"] = "mcp"
    """Protocol of the connector. Only 'mcp' is supported on the public endpoint; creating HTTP connectors here is explicitly refused."""
    name: str
    """The name of the connector. Should be 64 char length maximum, alphanumeric, only underscores/dashes."""
    title: str | None = None
    """Optional human-readable title for the connector."""
    description: str
    """The description of the connector."""
    icon_url: str | None = None
    """The optional url of the icon you want to associate to the connector."""
    visibility: PublicResourceVisibility = "private"
    """Visibility of the connector. Use 'shared_workspace' for workspace scoped connectors, or 'private' for private connectors."""
    server: str
    """The url of the MCP server."""
    headers: dict[str, Any] | None = None
    """Optional organization-level headers to be sent with the request to the mcp server."""
    global_headers: dict[str, GlobalHeaderValue] = Field(default={})
    """Optional connector-wide headers, keyed by header name, set at creation and applied to every credential. Secret values are encrypted at rest and never returned in clear."""
    auth_data: AuthData | None = None
    """Optional additional authentication data for the connector."""
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    """Optional OAuth2 authorization server metadata (authorization_endpoint, token_endpoint, etc.). When provided, skips .well-known discovery and uses these endpoints directly."""
    oauth2_server_metadata_url: str | None = None
    """Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When provided, the metadata is fetched from this URL and used instead of .well-known discovery. Mutually exclusive with oauth2_server_metadata."""
    system_prompt: str | None = None
    """Optional system prompt for the connector."""


class UpdateConnectorRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"protocol": "mcp"}
    __mistral_keep__ = frozenset({"protocol"})
    title: str | None = None
    """Optional human-readable title for the connector."""
    name: str | None = None
    """The name of the connector."""
    description: str | None = None
    """The description of the connector."""
    icon_url: str | None = None
    """The optional url of the icon you want to associate to the connector."""
    system_prompt: str | None = None
    """Optional system prompt for the connector."""
    protocol: Literal["mcp"] = "mcp"
    server: str | None = None
    """New server url for your mcp connector."""
    auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None = None
    """list of authentication methods to add to the connector or to update"""


class ConnectorToolResultMetadata(BaseModel):
    """MCP-specific result metadata (isError, structuredContent, _meta)."""

    __mistral_keep__ = frozenset({"isError"})
    is_error: bool = Field(default=False, validation_alias="isError", serialization_alias="isError")
    structured_content: dict[str, Any] | None = Field(
        default=None, validation_alias="structuredContent", serialization_alias="structuredContent"
    )
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class ConnectorToolCallMetadata(BaseModel):
    """Metadata wrapper for MCP tool call responses. Nests MCP-specific fields under `mcp_meta` to avoid collisions with other metadata keys (e.g. `tool_call_result`) in Harmattan's streaming deltas."""

    __mistral_keep__ = frozenset()
    mcp_meta: ConnectorToolResultMetadata | None = None


class ConnectorCallToolRequest(BaseModel):
    """Request body for calling an MCP tool."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"arguments"})
    arguments: dict[str, Any] | None = None


class ConnectorToolCallResponse(BaseModel):
    """Response from calling an MCP tool. We override mcp_types.CallToolResult because: - Models only support `content`, not `structuredContent` at top level - Downstream consumers (le-chat, etc.) need structuredContent/isError/_meta via metadata SYNC: Keep in sync with Harmattan (orchestrator) for harmonized tool result processing."""

    __mistral_keep__ = frozenset()
    content: list[TextContent | ImageContent | AudioContent | ResourceLink | EmbeddedResource]
    metadata: ConnectorToolCallMetadata | None = None


class PublicConnectorExecutionData(BaseModel):
    __mistral_keep__ = frozenset({"use_connectors_gateway"})
    integrations: list[PublicExecutionConnector]
    tools: list[ExecutionTool]
    use_connectors_gateway: bool = False


class ConnectorToolLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


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


Audience: TypeAlias = Literal["user", "assistant"] | str

AuthDirection: TypeAlias = Literal["inbound", "outbound"] | str

AuthStatus: TypeAlias = Literal["valid", "invalid", "error"] | str

CompletionsCapability: TypeAlias = dict[str, Any]
"""Capability for completions operations."""

ConnectionConfigType: TypeAlias = Literal["mcp", "turbine", "eolienne"] | str

ConnectorProtocol: TypeAlias = Literal["mcp", "http", "turbine"] | str

ConsumerType: TypeAlias = Literal["user", "org", "workspace", "system"] | str

CredentialsStatusErrorReason: TypeAlias = (
    Literal[
        "oauth expired",
        "oauth near expiry",
        "empty credentials",
        "unparsable credentials",
        "you need to reconnect",
        "oauth refresh error",
        "MCP server unreachable",
        "MCP server timed out",
        "MCP server error",
        "unknown error",
    ]
    | str
)

FormElicitationCapability: TypeAlias = dict[str, Any]
"""Capability for form mode elicitation."""

HTTPStatus: TypeAlias = Literal[
    100,
    101,
    102,
    103,
    200,
    201,
    202,
    203,
    204,
    205,
    206,
    207,
    208,
    226,
    300,
    301,
    302,
    303,
    304,
    305,
    307,
    308,
    400,
    401,
    402,
    403,
    404,
    405,
    406,
    407,
    408,
    409,
    410,
    411,
    412,
    413,
    414,
    415,
    416,
    417,
    418,
    421,
    422,
    423,
    424,
    425,
    426,
    428,
    429,
    431,
    451,
    500,
    501,
    502,
    503,
    504,
    505,
    506,
    507,
    508,
    510,
    511,
]
"""HTTP status codes and reason phrases Status codes from the following RFCs are all observed: * RFC 7231: Hypertext Transfer Protocol (HTTP/1.1), obsoletes 2616 * RFC 6585: Additional HTTP Status Codes * RFC 3229: Delta encoding in HTTP * RFC 4918: HTTP Extensions for WebDAV, obsoletes 2518 * RFC ..."""

InboundAuthenticationType: TypeAlias = Literal["webhook"]

LoggingCapability: TypeAlias = dict[str, Any]
"""Capability for logging operations."""

LogicalExpressionType: TypeAlias = Literal["and", "or"] | str

MCPServerRemoteType: TypeAlias = Literal["streamable-http", "sse"] | str
"""Transport type"""

Visibility: TypeAlias = Literal["model", "app"] | str

OAuthMetadataSource: TypeAlias = Literal["autodiscovery", "provided"] | str
"""How a connector's OAuth server metadata was obtained."""

OutboundAuthenticationType: TypeAlias = (
    Literal["oauth2", "bearer", "none", "github_app", "slack_app"] | str
)

PublicResourceVisibility: TypeAlias = Literal["shared_org", "shared_workspace", "private"] | str
"""Visibility options available to public API callers. Excludes ``shared_global`` which is reserved for system-owned connectors."""

ResourceVisibility: TypeAlias = (
    Literal["shared_global", "shared_org", "shared_workspace", "private"] | str
)

SamplingContextCapability: TypeAlias = dict[str, Any]
"""Capability for context inclusion during sampling. Indicates support for non-'none' values in the includeContext parameter. SOFT-DEPRECATED: New implementations should use tools parameter instead."""

SamplingToolsCapability: TypeAlias = dict[str, Any]
"""Capability indicating support for tool calling during sampling. When present in ClientCapabilities.sampling, indicates that the client supports the tools and toolChoice parameters in sampling requests."""

TasksCallCapability: TypeAlias = dict[str, Any]
"""Capability for tasks call operations."""

TasksCancelCapability: TypeAlias = dict[str, Any]
"""Capability for tasks cancel operations."""

TasksCreateElicitationCapability: TypeAlias = dict[str, Any]
"""Capability for tasks create elicitation operations."""

TasksCreateMessageCapability: TypeAlias = dict[str, Any]
"""Capability for tasks create messages."""

TasksListCapability: TypeAlias = dict[str, Any]
"""Capability for tasks listing operations."""

TaskSupport: TypeAlias = Literal["forbidden", "optional", "required"] | str

ToolType: TypeAlias = Literal["rag", "image", "code", "event"] | str

UrlElicitationCapability: TypeAlias = dict[str, Any]
"""Capability for URL mode elicitation."""

ConnectorActivateForConsumerV1ConsumerScope: TypeAlias = (
    Literal["user", "workspace", "organization"] | str
)

ConnectorDeactivateForConsumerV1ConsumerScope: TypeAlias = (
    Literal["user", "workspace", "organization"] | str
)

ConnectorCreateCredentialsV1ConsumerScope: TypeAlias = (
    Literal["user", "workspace", "organization"] | str
)

ConnectorUpdateCredentialsConsumerScope: TypeAlias = (
    Literal["user", "workspace", "organization"] | str
)

ConnectorDeleteCredentialsConsumerScope: TypeAlias = (
    Literal["user", "workspace", "organization"] | str
)

# names of the official 2.x SDK for the same schemas
AuthUrlResponse = AuthURLResponse
