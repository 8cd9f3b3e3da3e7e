# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.connectors._generated._models.annotations import Annotations, Audience
    from mistralai.api.connectors._generated._models.auth_url_response import (
        AuthURLResponse,
        AuthUrlResponse,
    )
    from mistralai.api.connectors._generated._models.authentication_configuration import (
        AuthenticationConfiguration,
        AuthStatus,
        ConsumerType,
        CredentialsStatus,
        CredentialsStatusErrorReason,
        HTTPStatus,
    )
    from mistralai.api.connectors._generated._models.connector import (
        ClientCapabilities,
        ClientTasksCapability,
        ClientTasksRequestsCapability,
        CompletionsCapability,
        ConnectionConfigType,
        ConnectionPreference,
        Connector,
        ConnectorLocale,
        ConnectorProtocol,
        ConnectorTool,
        ConnectorToolLocale,
        ElicitationCapability,
        ExecutionConfig,
        ExecutionTool,
        FormElicitationCapability,
        LoggingCapability,
        MCPPrompt,
        MCPResource,
        MCPServerAuthenticationRequirement,
        MCPServerCard,
        MCPServerCardMeta,
        MCPServerCardTool,
        MCPServerRemote,
        MCPServerRemoteHeader,
        MCPServerRemoteType,
        MCPServerRepository,
        PromptArgument,
        PromptsCapability,
        PublicConnectionConfig,
        PublicConnectorExecutionData,
        PublicExecutionConnectionConfig,
        PublicExecutionConnector,
        PublicExecutionEnv,
        ResourcesCapability,
        ResourceVisibility,
        RootsCapability,
        SamplingCapability,
        SamplingContextCapability,
        SamplingToolsCapability,
        ServerCapabilities,
        ServerLocale,
        ServerTasksCapability,
        ServerTasksRequestsCapability,
        TasksCallCapability,
        TasksCancelCapability,
        TasksCreateElicitationCapability,
        TasksCreateMessageCapability,
        TasksElicitationCapability,
        TasksListCapability,
        TasksSamplingCapability,
        TasksToolsCapability,
        ToolsCapability,
        TurbineMeta,
        UrlElicitationCapability,
    )
    from mistralai.api.connectors._generated._models.connector_activate_for_consumer_v1_consumer_scope import (
        ConnectorActivateForConsumerV1ConsumerScope,
    )
    from mistralai.api.connectors._generated._models.connector_authentication_header import (
        ConnectorAuthenticationHeader,
    )
    from mistralai.api.connectors._generated._models.connector_call_tool_request import (
        ConnectorCallToolRequest,
    )
    from mistralai.api.connectors._generated._models.connector_create_credentials_v1_consumer_scope import (
        ConnectorCreateCredentialsV1ConsumerScope,
    )
    from mistralai.api.connectors._generated._models.connector_deactivate_for_consumer_v1_consumer_scope import (
        ConnectorDeactivateForConsumerV1ConsumerScope,
    )
    from mistralai.api.connectors._generated._models.connector_delete_credentials_consumer_scope import (
        ConnectorDeleteCredentialsConsumerScope,
    )
    from mistralai.api.connectors._generated._models.connector_tool_call_response import (
        AudioContent,
        BlobResourceContents,
        ConnectorToolCallMetadata,
        ConnectorToolCallResponse,
        ConnectorToolResultMetadata,
        EmbeddedResource,
        ImageContent,
        ResourceLink,
        TextContent,
        TextResourceContents,
    )
    from mistralai.api.connectors._generated._models.connector_update_credentials_consumer_scope import (
        ConnectorUpdateCredentialsConsumerScope,
    )
    from mistralai.api.connectors._generated._models.connectors_query_filters import (
        ConnectorsQueryFilters,
    )
    from mistralai.api.connectors._generated._models.create_connector_request import (
        AuthData,
        CreateConnectorRequest,
        PublicResourceVisibility,
    )
    from mistralai.api.connectors._generated._models.credentials_create_or_update import (
        ConnectionCredentials,
        CredentialsCreateOrUpdate,
        OAuth2Token,
    )
    from mistralai.api.connectors._generated._models.credentials_response import CredentialsResponse
    from mistralai.api.connectors._generated._models.extended_o_auth_server_metadata import (
        ExtendedOAuthServerMetadata,
        GlobalHeaderValue,
        OAuthMetadataSource,
    )
    from mistralai.api.connectors._generated._models.mcp_server_icon import MCPServerIcon
    from mistralai.api.connectors._generated._models.mcp_tool import MCPTool
    from mistralai.api.connectors._generated._models.mcp_tool_meta import (
        MCPToolMeta,
        MCPUIToolMeta,
        TaskSupport,
        ToolAnnotations,
        ToolExecution,
        ToolType,
        TurbineToolLocale,
        TurbineToolMeta,
        Visibility,
    )
    from mistralai.api.connectors._generated._models.message_response import MessageResponse
    from mistralai.api.connectors._generated._models.outbound_authentication_type import (
        OutboundAuthenticationType,
    )
    from mistralai.api.connectors._generated._models.paginated_connectors import (
        PaginatedConnectors,
        PaginationResponse,
    )
    from mistralai.api.connectors._generated._models.public_authentication_method import (
        PublicAuthenticationMethod,
    )
    from mistralai.api.connectors._generated._models.tool_execution_configuration import (
        LogicalExpression,
        LogicalExpressionType,
        ToolExecutionConfiguration,
        ToolProperties,
    )
    from mistralai.api.connectors._generated._models.update_connector_request import (
        AuthDirection,
        AuthenticationMethodCreateOrUpdateRequest,
        InboundAuthenticationType,
        Oauth2MetadataSecrets,
        UpdateConnectorRequest,
    )
    from mistralai.api.connectors._generated._typed_dicts import (
        AuthDataTypedDict,
        AuthenticationMethodCreateOrUpdateRequestTypedDict,
        ConnectionCredentialsTypedDict,
        ConnectorAuthenticationHeaderTypedDict,
        ConnectorCallToolRequestTypedDict,
        ConnectorsQueryFiltersTypedDict,
        CreateConnectorRequestTypedDict,
        CredentialsCreateOrUpdateTypedDict,
        ExtendedOAuthServerMetadataTypedDict,
        GlobalHeaderValueTypedDict,
        LogicalExpressionTypedDict,
        Oauth2MetadataSecretsTypedDict,
        OAuth2TokenTypedDict,
        ToolExecutionConfigurationTypedDict,
        ToolPropertiesTypedDict,
        UpdateConnectorRequestTypedDict,
    )
    from mistralai.core.models import (
        Function,
        FunctionTypedDict,
        HTTPValidationError,
        Tool,
        ToolTypedDict,
        ToolTypes,
        ValidationError,
    )

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

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.annotations": "Annotations Audience",
            "._models.auth_url_response": "AuthURLResponse AuthUrlResponse",
            "._models.authentication_configuration": (
                "AuthStatus AuthenticationConfiguration ConsumerType CredentialsStatus "
                "CredentialsStatusErrorReason HTTPStatus"
            ),
            "._models.connector": (
                "ClientCapabilities ClientTasksCapability ClientTasksRequestsCapability "
                "CompletionsCapability ConnectionConfigType ConnectionPreference Connector "
                "ConnectorLocale ConnectorProtocol ConnectorTool ConnectorToolLocale "
                "ElicitationCapability ExecutionConfig ExecutionTool FormElicitationCapability "
                "LoggingCapability MCPPrompt MCPResource MCPServerAuthenticationRequirement "
                "MCPServerCard MCPServerCardMeta MCPServerCardTool MCPServerRemote "
                "MCPServerRemoteHeader MCPServerRemoteType MCPServerRepository PromptArgument "
                "PromptsCapability PublicConnectionConfig PublicConnectorExecutionData "
                "PublicExecutionConnectionConfig PublicExecutionConnector PublicExecutionEnv "
                "ResourceVisibility ResourcesCapability RootsCapability SamplingCapability "
                "SamplingContextCapability SamplingToolsCapability ServerCapabilities "
                "ServerLocale ServerTasksCapability ServerTasksRequestsCapability "
                "TasksCallCapability TasksCancelCapability TasksCreateElicitationCapability "
                "TasksCreateMessageCapability TasksElicitationCapability TasksListCapability "
                "TasksSamplingCapability TasksToolsCapability ToolsCapability TurbineMeta "
                "UrlElicitationCapability"
            ),
            "._models.connector_activate_for_consumer_v1_consumer_scope": "ConnectorActivateForConsumerV1ConsumerScope",
            "._models.connector_authentication_header": "ConnectorAuthenticationHeader",
            "._models.connector_call_tool_request": "ConnectorCallToolRequest",
            "._models.connector_create_credentials_v1_consumer_scope": "ConnectorCreateCredentialsV1ConsumerScope",
            "._models.connector_deactivate_for_consumer_v1_consumer_scope": "ConnectorDeactivateForConsumerV1ConsumerScope",
            "._models.connector_delete_credentials_consumer_scope": "ConnectorDeleteCredentialsConsumerScope",
            "._models.connector_tool_call_response": (
                "AudioContent BlobResourceContents ConnectorToolCallMetadata "
                "ConnectorToolCallResponse ConnectorToolResultMetadata EmbeddedResource "
                "ImageContent ResourceLink TextContent TextResourceContents"
            ),
            "._models.connector_update_credentials_consumer_scope": "ConnectorUpdateCredentialsConsumerScope",
            "._models.connectors_query_filters": "ConnectorsQueryFilters",
            "._models.create_connector_request": "AuthData CreateConnectorRequest PublicResourceVisibility",
            "._models.credentials_create_or_update": "ConnectionCredentials CredentialsCreateOrUpdate OAuth2Token",
            "._models.credentials_response": "CredentialsResponse",
            "._models.extended_o_auth_server_metadata": "ExtendedOAuthServerMetadata GlobalHeaderValue OAuthMetadataSource",
            "._models.mcp_server_icon": "MCPServerIcon",
            "._models.mcp_tool": "MCPTool",
            "._models.mcp_tool_meta": (
                "MCPToolMeta MCPUIToolMeta TaskSupport ToolAnnotations ToolExecution ToolType "
                "TurbineToolLocale TurbineToolMeta Visibility"
            ),
            "._models.message_response": "MessageResponse",
            "._models.outbound_authentication_type": "OutboundAuthenticationType",
            "._models.paginated_connectors": "PaginatedConnectors PaginationResponse",
            "._models.public_authentication_method": "PublicAuthenticationMethod",
            "._models.tool_execution_configuration": (
                "LogicalExpression LogicalExpressionType ToolExecutionConfiguration ToolProperties"
            ),
            "._models.update_connector_request": (
                "AuthDirection AuthenticationMethodCreateOrUpdateRequest "
                "InboundAuthenticationType Oauth2MetadataSecrets UpdateConnectorRequest"
            ),
            "._typed_dicts": (
                "AuthDataTypedDict AuthenticationMethodCreateOrUpdateRequestTypedDict "
                "ConnectionCredentialsTypedDict ConnectorAuthenticationHeaderTypedDict "
                "ConnectorCallToolRequestTypedDict ConnectorsQueryFiltersTypedDict "
                "CreateConnectorRequestTypedDict CredentialsCreateOrUpdateTypedDict "
                "ExtendedOAuthServerMetadataTypedDict GlobalHeaderValueTypedDict "
                "LogicalExpressionTypedDict OAuth2TokenTypedDict Oauth2MetadataSecretsTypedDict "
                "ToolExecutionConfigurationTypedDict ToolPropertiesTypedDict "
                "UpdateConnectorRequestTypedDict"
            ),
            "mistralai.core.models": (
                "Function FunctionTypedDict HTTPValidationError Tool ToolTypedDict ToolTypes "
                "ValidationError"
            ),
        },
    )
