# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (ClientCapabilities, ClientTasksCapability, ClientTasksRequestsCapability...)."""

from datetime import datetime
from typing import Any, Literal, TypeAlias

from pydantic import Field

from mistralai.api.connectors._generated._models.annotations import Annotations
from mistralai.api.connectors._generated._models.authentication_configuration import (
    AuthenticationConfiguration,
    ConsumerType,
)
from mistralai.api.connectors._generated._models.mcp_server_icon import MCPServerIcon
from mistralai.api.connectors._generated._models.mcp_tool_meta import (
    MCPToolMeta,
    ToolAnnotations,
    ToolExecution,
)
from mistralai.api.connectors._generated._models.public_authentication_method import (
    PublicAuthenticationMethod,
)
from mistralai.api.connectors._generated._models.tool_execution_configuration import (
    ToolExecutionConfiguration,
)
from mistralai.core.models import Tool
from mistralai.core.runtime import BaseModel

__all__ = [
    "ClientCapabilities",
    "ClientTasksCapability",
    "ClientTasksRequestsCapability",
    "CompletionsCapability",
    "ConnectionConfigType",
    "ConnectionPreference",
    "Connector",
    "ConnectorLocale",
    "ConnectorProtocol",
    "ConnectorTool",
    "ConnectorToolLocale",
    "ElicitationCapability",
    "ExecutionConfig",
    "ExecutionTool",
    "FormElicitationCapability",
    "LoggingCapability",
    "MCPPrompt",
    "MCPResource",
    "MCPServerAuthenticationRequirement",
    "MCPServerCard",
    "MCPServerCardMeta",
    "MCPServerCardTool",
    "MCPServerRemote",
    "MCPServerRemoteHeader",
    "MCPServerRemoteType",
    "MCPServerRepository",
    "PromptArgument",
    "PromptsCapability",
    "PublicConnectionConfig",
    "PublicConnectorExecutionData",
    "PublicExecutionConnectionConfig",
    "PublicExecutionConnector",
    "PublicExecutionEnv",
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
    "TasksCallCapability",
    "TasksCancelCapability",
    "TasksCreateElicitationCapability",
    "TasksCreateMessageCapability",
    "TasksElicitationCapability",
    "TasksListCapability",
    "TasksSamplingCapability",
    "TasksToolsCapability",
    "ToolsCapability",
    "TurbineMeta",
    "UrlElicitationCapability",
]

TasksCreateElicitationCapability: TypeAlias = dict[str, Any]
"""Capability for tasks create elicitation operations."""


class TasksElicitationCapability(BaseModel):
    """Capability for tasks elicitation operations."""

    __mistral_keep__ = frozenset()
    create: TasksCreateElicitationCapability | None = None


TasksCreateMessageCapability: TypeAlias = dict[str, Any]
"""Capability for tasks create messages."""


class TasksSamplingCapability(BaseModel):
    """Capability for tasks sampling operations."""

    __mistral_keep__ = frozenset()
    create_message: TasksCreateMessageCapability | None = Field(
        default=None, validation_alias="createMessage", serialization_alias="createMessage"
    )


class ClientTasksRequestsCapability(BaseModel):
    """Capability for tasks requests operations."""

    __mistral_keep__ = frozenset()
    sampling: TasksSamplingCapability | None = None
    elicitation: TasksElicitationCapability | None = None


TasksCancelCapability: TypeAlias = dict[str, Any]
"""Capability for tasks cancel operations."""

TasksListCapability: TypeAlias = dict[str, Any]
"""Capability for tasks listing operations."""


class ClientTasksCapability(BaseModel):
    """Capability for client tasks operations."""

    __mistral_keep__ = frozenset()
    list_: TasksListCapability | None = Field(
        default=None, validation_alias="list", serialization_alias="list"
    )
    cancel: TasksCancelCapability | None = None
    requests: ClientTasksRequestsCapability | None = None


FormElicitationCapability: TypeAlias = dict[str, Any]
"""Capability for form mode elicitation."""

UrlElicitationCapability: TypeAlias = dict[str, Any]
"""Capability for URL mode elicitation."""


class ElicitationCapability(BaseModel):
    """Capability for elicitation operations. Clients must support at least one mode (form or url)."""

    __mistral_keep__ = frozenset()
    form: FormElicitationCapability | None = None
    url: UrlElicitationCapability | None = None


class RootsCapability(BaseModel):
    """Capability for root operations."""

    __mistral_keep__ = frozenset()
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


SamplingContextCapability: TypeAlias = dict[str, Any]
"""Capability for context inclusion during sampling. Indicates support for non-'none' values in the includeContext parameter. SOFT-DEPRECATED: New implementations should use tools parameter instead."""

SamplingToolsCapability: TypeAlias = dict[str, Any]
"""Capability indicating support for tool calling during sampling. When present in ClientCapabilities.sampling, indicates that the client supports the tools and toolChoice parameters in sampling requests."""


class SamplingCapability(BaseModel):
    """Sampling capability structure, allowing fine-grained capability advertisement."""

    __mistral_keep__ = frozenset()
    context: SamplingContextCapability | None = None
    tools: SamplingToolsCapability | None = None


class ClientCapabilities(BaseModel):
    """Capabilities a client may support."""

    __mistral_keep__ = frozenset()
    experimental: dict[str, dict[str, Any]] | None = None
    sampling: SamplingCapability | None = None
    elicitation: ElicitationCapability | None = None
    roots: RootsCapability | None = None
    tasks: ClientTasksCapability | None = None


CompletionsCapability: TypeAlias = dict[str, Any]
"""Capability for completions operations."""

ConnectionConfigType: TypeAlias = Literal["mcp", "turbine", "eolienne"] | str


class ConnectionPreference(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    tool_configuration: ToolExecutionConfiguration
    is_default: bool | None = None
    consumer_type: ConsumerType | None = None


class ConnectorLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


ConnectorProtocol: TypeAlias = Literal["mcp", "http", "turbine"] | str


class ConnectorToolLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


class ExecutionConfig(BaseModel):
    """Not typed since mcp config can changed / not stable we allow all extra fields and this is a dict TODO: once mcp is stable, we need to type this"""

    __mistral_keep__ = frozenset()
    type: str


ResourceVisibility: TypeAlias = (
    Literal["shared_global", "shared_org", "shared_workspace", "private"] | str
)


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


class ExecutionTool(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    integration_id: str
    execution_config: ExecutionConfig | None


LoggingCapability: TypeAlias = dict[str, Any]
"""Capability for logging operations."""


class MCPServerAuthenticationRequirement(BaseModel):
    """Authentication requirements for a remote transport (SEP-2127)."""

    __mistral_keep__ = frozenset()
    required: bool
    """Whether authentication is mandatory"""
    schemes: list[str] = Field(default=[])
    """Supported schemes (e.g. ['bearer', 'oauth2'])"""


class PromptArgument(BaseModel):
    """An argument for a prompt template."""

    __mistral_keep__ = frozenset()
    name: str
    description: str | None = None
    required: bool | None = None


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


class ServerLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineMeta(BaseModel):
    __mistral_keep__ = frozenset()
    system_prompt_name: str | None = None
    locale: ServerLocale | None = None


class MCPServerCardMeta(BaseModel):
    """Typed _meta for MCP server cards. Only the 'turbine' field is typed. Other fields are allowed via extra="allow"."""

    __mistral_keep__ = frozenset()
    ai_mistral_turbine: TurbineMeta | None = Field(
        default=None,
        validation_alias="ai.mistral/turbine",
        serialization_alias="ai.mistral/turbine",
    )


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


MCPServerRemoteType: TypeAlias = Literal["streamable-http", "sse"] | str
"""Transport type"""


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


class MCPServerRepository(BaseModel):
    """Source repository information (SEP-2127)."""

    __mistral_keep__ = frozenset()
    url: str
    """Repository URL"""
    source: str
    """Source identifier (e.g. 'github')"""
    subfolder: str | None = None


class PromptsCapability(BaseModel):
    """Capability for prompts operations."""

    __mistral_keep__ = frozenset()
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


class ResourcesCapability(BaseModel):
    """Capability for resources operations."""

    __mistral_keep__ = frozenset()
    subscribe: bool | None = None
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


TasksCallCapability: TypeAlias = dict[str, Any]
"""Capability for tasks call operations."""


class TasksToolsCapability(BaseModel):
    """Capability for tasks tools operations."""

    __mistral_keep__ = frozenset()
    call: TasksCallCapability | None = None


class ServerTasksRequestsCapability(BaseModel):
    """Capability for tasks requests operations."""

    __mistral_keep__ = frozenset()
    tools: TasksToolsCapability | None = None


class ServerTasksCapability(BaseModel):
    """Capability for server tasks operations."""

    __mistral_keep__ = frozenset()
    list_: TasksListCapability | None = Field(
        default=None, validation_alias="list", serialization_alias="list"
    )
    cancel: TasksCancelCapability | None = None
    requests: ServerTasksRequestsCapability | None = None


class ToolsCapability(BaseModel):
    """Capability for tools operations."""

    __mistral_keep__ = frozenset()
    list_changed: bool | None = Field(
        default=None, validation_alias="listChanged", serialization_alias="listChanged"
    )


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


class PublicConnectorExecutionData(BaseModel):
    __mistral_keep__ = frozenset({"use_connectors_gateway"})
    integrations: list[PublicExecutionConnector]
    tools: list[ExecutionTool]
    use_connectors_gateway: bool = False


class PublicExecutionEnv(BaseModel):
    """Credentials-free projection of ExecutionEnv for the public /connectors/mistral response."""

    __mistral_keep__ = frozenset()
    tools: list[Tool]
    tool_execution_data: PublicConnectorExecutionData
    errors: list[str]


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
