# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.agents._generated._models.agent import Agent, AgentTool
    from mistralai.api.agents._generated._models.agent_alias_response import AgentAliasResponse
    from mistralai.api.agents._generated._models.agent_conversation import (
        AgentConversation,
        ModelConversation,
        ModelConversationTool,
    )
    from mistralai.api.agents._generated._models.agent_handoff_entry import (
        AgentHandoffEntry,
        FunctionCallEntry,
        FunctionCallEntryArguments,
        FunctionCallEntryConfirmationStatus,
        ToolExecutionEntry,
    )
    from mistralai.api.agents._generated._models.agent_list_page import AgentListPage
    from mistralai.api.agents._generated._models.agents_completion_request import (
        AgentsCompletionRequest,
        AgentsCompletionRequestMessage,
        AgentsCompletionRequestTool,
    )
    from mistralai.api.agents._generated._models.alias_list import AliasList
    from mistralai.api.agents._generated._models.completion_args import (
        CompletionArgs,
        CompletionArgsStop,
    )
    from mistralai.api.agents._generated._models.conversation_append_request import (
        ConversationAppendRequest,
        ConversationAppendRequestHandoffExecution,
    )
    from mistralai.api.agents._generated._models.conversation_append_stream_request import (
        ConversationAppendStreamRequest,
        ConversationAppendStreamRequestHandoffExecution,
    )
    from mistralai.api.agents._generated._models.conversation_events import (
        AgentHandoffDoneEvent,
        AgentHandoffStartedEvent,
        ConversationEvents,
        ConversationEventsData,
        FunctionCallEvent,
        FunctionCallEventConfirmationStatus,
        MessageOutputEvent,
        OutputContentChunks,
        ResponseDoneEvent,
        ResponseErrorEvent,
        ResponseStartedEvent,
        SSETypes,
        ToolExecutionDeltaEvent,
        ToolExecutionDoneEvent,
        ToolExecutionStartedEvent,
    )
    from mistralai.api.agents._generated._models.conversation_history import ConversationHistory
    from mistralai.api.agents._generated._models.conversation_inputs import (
        ConversationInputs,
        InputEntries,
    )
    from mistralai.api.agents._generated._models.conversation_messages import (
        ConversationMessages,
        MessageEntries,
    )
    from mistralai.api.agents._generated._models.conversation_request import (
        ConversationRequest,
        ConversationRequestHandoffExecution,
        ConversationRequestTool,
    )
    from mistralai.api.agents._generated._models.conversation_response import ConversationResponse
    from mistralai.api.agents._generated._models.conversation_restart_request import (
        ConversationRestartRequest,
        ConversationRestartRequestHandoffExecution,
    )
    from mistralai.api.agents._generated._models.conversation_restart_stream_request import (
        ConversationRestartStreamRequest,
        ConversationRestartStreamRequestHandoffExecution,
    )
    from mistralai.api.agents._generated._models.conversation_stream_request import (
        ConversationStreamRequest,
        ConversationStreamRequestHandoffExecution,
        ConversationStreamRequestTool,
    )
    from mistralai.api.agents._generated._models.conversation_usage_info import (
        ConversationUsageInfo,
    )
    from mistralai.api.agents._generated._models.create_agent_request import (
        CreateAgentRequest,
        CreateAgentRequestTool,
    )
    from mistralai.api.agents._generated._models.create_prompt_request import (
        CreatePromptRequest,
        CreatePromptRequestWorkspaceRelation,
    )
    from mistralai.api.agents._generated._models.create_prompt_version_request2 import (
        CreatePromptVersionRequest2,
    )
    from mistralai.api.agents._generated._models.create_prompt_version_response import (
        CreatePromptVersionResponse,
        PromptsCreateVersionResponse,
    )
    from mistralai.api.agents._generated._models.create_skill_request import (
        CreateSkillRequest,
        CreateSkillRequestWorkspaceRelation,
    )
    from mistralai.api.agents._generated._models.create_skill_version_request2 import (
        CreateSkillVersionRequest2,
    )
    from mistralai.api.agents._generated._models.create_skill_version_response import (
        CreateSkillVersionResponse,
        SkillsCreateVersionResponse,
    )
    from mistralai.api.agents._generated._models.delete_prompt_response import (
        DeletePromptResponse,
        PromptsDeleteResponse,
    )
    from mistralai.api.agents._generated._models.delete_skill_response import (
        DeleteSkillResponse,
        SkillsDeleteResponse,
    )
    from mistralai.api.agents._generated._models.function_result_entry import FunctionResultEntry
    from mistralai.api.agents._generated._models.function_tool import FunctionTool
    from mistralai.api.agents._generated._models.list_prompt_versions_response import (
        ListPromptVersionsResponse,
        PromptsListVersionsResponse,
        PromptVersion,
    )
    from mistralai.api.agents._generated._models.list_prompts_response import (
        ListPromptsResponse,
        PromptsListResponse,
    )
    from mistralai.api.agents._generated._models.list_skill_versions_response import (
        ListSkillVersionsResponse,
        SkillsListVersionsResponse,
        SkillVersion,
    )
    from mistralai.api.agents._generated._models.list_skills_response import (
        ListSkillsResponse,
        SkillsListResponse,
    )
    from mistralai.api.agents._generated._models.list_sort_direction import (
        ListSortDirection,
        ListSortField,
    )
    from mistralai.api.agents._generated._models.message_input_entry import (
        MessageInputContentChunks,
        MessageInputEntry,
        Role,
    )
    from mistralai.api.agents._generated._models.message_output_entry import (
        MessageOutputContentChunks,
        MessageOutputEntry,
    )
    from mistralai.api.agents._generated._models.prompt import (
        Prompt,
        PromptsCreateResponse,
        PromptsGetResponse,
        PromptsGetVersionResponse,
        PromptsUpdateResponse,
        PromptsUpdateVersionMetadataResponse,
    )
    from mistralai.api.agents._generated._models.prompt_definition import (
        PromptDefinition,
        PromptVariable,
    )
    from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
    from mistralai.api.agents._generated._models.request_source import RequestSource
    from mistralai.api.agents._generated._models.skill import (
        Skill,
        SkillsCreateResponse,
        SkillsGetResponse,
        SkillsGetVersionResponse,
        SkillsUpdateResponse,
        SkillsUpdateVersionMetadataResponse,
    )
    from mistralai.api.agents._generated._models.skill_definition import (
        SkillAssetContent,
        SkillDefinition,
    )
    from mistralai.api.agents._generated._models.timestamp import Timestamp
    from mistralai.api.agents._generated._models.tool_call_confirmation import (
        Confirmation,
        ToolCallConfirmation,
    )
    from mistralai.api.agents._generated._models.tool_execution_info import ToolExecutionInfo
    from mistralai.api.agents._generated._models.tool_file_chunk import ToolFileChunk
    from mistralai.api.agents._generated._models.update_agent_request import (
        UpdateAgentRequest,
        UpdateAgentRequestTool,
    )
    from mistralai.api.agents._generated._models.update_prompt_request2 import (
        PromptsUpdateWorkspaceRelation,
        UpdatePromptRequest2,
    )
    from mistralai.api.agents._generated._models.update_prompt_version_request2 import (
        UpdatePromptVersionRequest2,
    )
    from mistralai.api.agents._generated._models.update_skill_request2 import (
        SkillsUpdateWorkspaceRelation,
        UpdateSkillRequest2,
    )
    from mistralai.api.agents._generated._models.update_skill_version_request2 import (
        UpdateSkillVersionRequest2,
    )
    from mistralai.api.agents._generated._typed_dicts import (
        AgentHandoffEntryTypedDict,
        AgentsCompletionRequestMessageTypedDict,
        AgentsCompletionRequestToolTypedDict,
        AgentsCompletionRequestTypedDict,
        AliasListTypedDict,
        CompletionArgsTypedDict,
        ConversationAppendRequestTypedDict,
        ConversationAppendStreamRequestTypedDict,
        ConversationInputsTypedDict,
        ConversationRequestToolTypedDict,
        ConversationRequestTypedDict,
        ConversationRestartRequestTypedDict,
        ConversationRestartStreamRequestTypedDict,
        ConversationStreamRequestToolTypedDict,
        ConversationStreamRequestTypedDict,
        CreateAgentRequestToolTypedDict,
        CreateAgentRequestTypedDict,
        CreatePromptRequestTypedDict,
        CreatePromptVersionRequest2TypedDict,
        CreateSkillRequestTypedDict,
        CreateSkillVersionRequest2TypedDict,
        FunctionCallEntryTypedDict,
        FunctionResultEntryTypedDict,
        FunctionToolTypedDict,
        InputEntriesTypedDict,
        MessageInputContentChunksTypedDict,
        MessageInputEntryTypedDict,
        MessageOutputContentChunksTypedDict,
        MessageOutputEntryTypedDict,
        PromptDefinitionTypedDict,
        PromptVariableTypedDict,
        SkillAssetContentTypedDict,
        SkillDefinitionTypedDict,
        ToolCallConfirmationTypedDict,
        ToolExecutionEntryTypedDict,
        ToolFileChunkTypedDict,
        UpdateAgentRequestToolTypedDict,
        UpdateAgentRequestTypedDict,
        UpdatePromptRequest2TypedDict,
        UpdatePromptVersionRequest2TypedDict,
        UpdateSkillRequest2TypedDict,
        UpdateSkillVersionRequest2TypedDict,
    )
    from mistralai.core.models import (
        APIKeyAuth,
        APIKeyAuthTypedDict,
        AssistantMessage,
        AssistantMessageTypedDict,
        AudioChunk,
        AudioChunkTypedDict,
        BuiltInConnectors,
        ChatCompletionChoice,
        ChatCompletionChoiceFinishReason,
        ChatCompletionResponse,
        CodeInterpreterTool,
        CodeInterpreterToolTypedDict,
        CompletionChunk,
        CompletionEvent,
        CompletionResponseStreamChoice,
        CompletionResponseStreamChoiceFinishReason,
        ContentChunk,
        ContentChunkTypedDict,
        CustomConnector,
        CustomConnectorAuthorization,
        CustomConnectorAuthorizationTypedDict,
        CustomConnectorTypedDict,
        DeltaMessage,
        DocumentLibraryTool,
        DocumentLibraryToolTypedDict,
        DocumentURLChunk,
        DocumentURLChunkTypedDict,
        FileChunk,
        FileChunkTypedDict,
        Function,
        FunctionCall,
        FunctionCallTypedDict,
        FunctionName,
        FunctionNameTypedDict,
        FunctionTypedDict,
        GuardrailConfig,
        GuardrailConfigTypedDict,
        HTTPValidationError,
        ImageDetail,
        ImageGenerationTool,
        ImageGenerationToolTypedDict,
        ImageURL,
        ImageURLChunk,
        ImageURLChunkTypedDict,
        ImageURLTypedDict,
        JSONSchema,
        JsonSchema,
        JsonSchemaTypedDict,
        MetadataDict,
        MistralPromptMode,
        ModerationLLMAction,
        ModerationLLMV1CategoryThresholds,
        ModerationLLMV1CategoryThresholdsTypedDict,
        ModerationLLMV1Config,
        ModerationLLMV1ConfigTypedDict,
        ModerationLLMV2CategoryThresholds,
        ModerationLLMV2CategoryThresholdsTypedDict,
        ModerationLLMV2Config,
        ModerationLLMV2ConfigTypedDict,
        OAuth2TokenAuth,
        OAuth2TokenAuthTypedDict,
        Prediction,
        PredictionTypedDict,
        ReasoningEffort,
        ReferenceChunk,
        ReferenceChunkTypedDict,
        RequestedServiceTier,
        ResponseFormat,
        ResponseFormats,
        ResponseFormatTypedDict,
        SystemMessage,
        SystemMessageContentChunks,
        SystemMessageContentChunksTypedDict,
        SystemMessageTypedDict,
        TextChunk,
        TextChunkTypedDict,
        ThinkChunk,
        ThinkChunkTypedDict,
        Tool,
        ToolCall,
        ToolCallTypedDict,
        ToolChoice,
        ToolChoiceEnum,
        ToolChoiceTypedDict,
        ToolConfiguration,
        ToolConfigurationTypedDict,
        ToolMessage,
        ToolMessageTypedDict,
        ToolReferenceChunk,
        ToolReferenceChunkTypedDict,
        ToolTypedDict,
        ToolTypes,
        UsageInfo,
        UserMessage,
        UserMessageTypedDict,
        ValidationError,
        WebSearchPremiumTool,
        WebSearchPremiumToolTypedDict,
        WebSearchTool,
        WebSearchToolTypedDict,
    )

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
    "Agent",
    "AgentAliasResponse",
    "AgentConversation",
    "AgentHandoffDoneEvent",
    "AgentHandoffEntry",
    "AgentHandoffEntryTypedDict",
    "AgentHandoffStartedEvent",
    "AgentListPage",
    "AgentTool",
    "AgentsCompletionRequest",
    "AgentsCompletionRequestMessage",
    "AgentsCompletionRequestMessageTypedDict",
    "AgentsCompletionRequestTool",
    "AgentsCompletionRequestToolTypedDict",
    "AgentsCompletionRequestTypedDict",
    "AliasList",
    "AliasListTypedDict",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "AudioChunk",
    "AudioChunkTypedDict",
    "BuiltInConnectors",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionResponse",
    "CodeInterpreterTool",
    "CodeInterpreterToolTypedDict",
    "CompletionArgs",
    "CompletionArgsStop",
    "CompletionArgsTypedDict",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "Confirmation",
    "ContentChunk",
    "ContentChunkTypedDict",
    "ConversationAppendRequest",
    "ConversationAppendRequestHandoffExecution",
    "ConversationAppendRequestTypedDict",
    "ConversationAppendStreamRequest",
    "ConversationAppendStreamRequestHandoffExecution",
    "ConversationAppendStreamRequestTypedDict",
    "ConversationEvents",
    "ConversationEventsData",
    "ConversationHistory",
    "ConversationInputs",
    "ConversationInputsTypedDict",
    "ConversationMessages",
    "ConversationRequest",
    "ConversationRequestHandoffExecution",
    "ConversationRequestTool",
    "ConversationRequestToolTypedDict",
    "ConversationRequestTypedDict",
    "ConversationResponse",
    "ConversationRestartRequest",
    "ConversationRestartRequestHandoffExecution",
    "ConversationRestartRequestTypedDict",
    "ConversationRestartStreamRequest",
    "ConversationRestartStreamRequestHandoffExecution",
    "ConversationRestartStreamRequestTypedDict",
    "ConversationStreamRequest",
    "ConversationStreamRequestHandoffExecution",
    "ConversationStreamRequestTool",
    "ConversationStreamRequestToolTypedDict",
    "ConversationStreamRequestTypedDict",
    "ConversationUsageInfo",
    "CreateAgentRequest",
    "CreateAgentRequestTool",
    "CreateAgentRequestToolTypedDict",
    "CreateAgentRequestTypedDict",
    "CreatePromptRequest",
    "CreatePromptRequestTypedDict",
    "CreatePromptRequestWorkspaceRelation",
    "CreatePromptVersionRequest2",
    "CreatePromptVersionRequest2TypedDict",
    "CreatePromptVersionResponse",
    "CreateSkillRequest",
    "CreateSkillRequestTypedDict",
    "CreateSkillRequestWorkspaceRelation",
    "CreateSkillVersionRequest2",
    "CreateSkillVersionRequest2TypedDict",
    "CreateSkillVersionResponse",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DeletePromptResponse",
    "DeleteSkillResponse",
    "DeltaMessage",
    "DocumentLibraryTool",
    "DocumentLibraryToolTypedDict",
    "DocumentURLChunk",
    "DocumentURLChunkTypedDict",
    "FileChunk",
    "FileChunkTypedDict",
    "Function",
    "FunctionCall",
    "FunctionCallEntry",
    "FunctionCallEntryArguments",
    "FunctionCallEntryConfirmationStatus",
    "FunctionCallEntryTypedDict",
    "FunctionCallEvent",
    "FunctionCallEventConfirmationStatus",
    "FunctionCallTypedDict",
    "FunctionName",
    "FunctionNameTypedDict",
    "FunctionResultEntry",
    "FunctionResultEntryTypedDict",
    "FunctionTool",
    "FunctionToolTypedDict",
    "FunctionTypedDict",
    "GuardrailConfig",
    "GuardrailConfigTypedDict",
    "HTTPValidationError",
    "ImageDetail",
    "ImageGenerationTool",
    "ImageGenerationToolTypedDict",
    "ImageURL",
    "ImageURLChunk",
    "ImageURLChunkTypedDict",
    "ImageURLTypedDict",
    "InputEntries",
    "InputEntriesTypedDict",
    "JSONSchema",
    "JsonSchema",
    "JsonSchemaTypedDict",
    "ListPromptVersionsResponse",
    "ListPromptsResponse",
    "ListSkillVersionsResponse",
    "ListSkillsResponse",
    "ListSortDirection",
    "ListSortField",
    "MessageEntries",
    "MessageInputContentChunks",
    "MessageInputContentChunksTypedDict",
    "MessageInputEntry",
    "MessageInputEntryTypedDict",
    "MessageOutputContentChunks",
    "MessageOutputContentChunksTypedDict",
    "MessageOutputEntry",
    "MessageOutputEntryTypedDict",
    "MessageOutputEvent",
    "MetadataDict",
    "MistralPromptMode",
    "ModelConversation",
    "ModelConversationTool",
    "ModerationLLMAction",
    "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1CategoryThresholdsTypedDict",
    "ModerationLLMV1Config",
    "ModerationLLMV1ConfigTypedDict",
    "ModerationLLMV2CategoryThresholds",
    "ModerationLLMV2CategoryThresholdsTypedDict",
    "ModerationLLMV2Config",
    "ModerationLLMV2ConfigTypedDict",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthTypedDict",
    "OutputContentChunks",
    "Prediction",
    "PredictionTypedDict",
    "Prompt",
    "PromptDefinition",
    "PromptDefinitionTypedDict",
    "PromptVariable",
    "PromptVariableTypedDict",
    "PromptVersion",
    "PromptsCreateResponse",
    "PromptsCreateVersionResponse",
    "PromptsDeleteResponse",
    "PromptsGetResponse",
    "PromptsGetVersionResponse",
    "PromptsListResponse",
    "PromptsListVersionsResponse",
    "PromptsUpdateResponse",
    "PromptsUpdateVersionMetadataResponse",
    "PromptsUpdateWorkspaceRelation",
    "ReasoningEffort",
    "ReferenceChunk",
    "ReferenceChunkTypedDict",
    "RegistrySharingScope",
    "RequestSource",
    "RequestedServiceTier",
    "ResponseDoneEvent",
    "ResponseErrorEvent",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "ResponseStartedEvent",
    "Role",
    "SSETypes",
    "Skill",
    "SkillAssetContent",
    "SkillAssetContentTypedDict",
    "SkillDefinition",
    "SkillDefinitionTypedDict",
    "SkillVersion",
    "SkillsCreateResponse",
    "SkillsCreateVersionResponse",
    "SkillsDeleteResponse",
    "SkillsGetResponse",
    "SkillsGetVersionResponse",
    "SkillsListResponse",
    "SkillsListVersionsResponse",
    "SkillsUpdateResponse",
    "SkillsUpdateVersionMetadataResponse",
    "SkillsUpdateWorkspaceRelation",
    "SystemMessage",
    "SystemMessageContentChunks",
    "SystemMessageContentChunksTypedDict",
    "SystemMessageTypedDict",
    "TextChunk",
    "TextChunkTypedDict",
    "ThinkChunk",
    "ThinkChunkTypedDict",
    "Timestamp",
    "Tool",
    "ToolCall",
    "ToolCallConfirmation",
    "ToolCallConfirmationTypedDict",
    "ToolCallTypedDict",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolChoiceTypedDict",
    "ToolConfiguration",
    "ToolConfigurationTypedDict",
    "ToolExecutionDeltaEvent",
    "ToolExecutionDoneEvent",
    "ToolExecutionEntry",
    "ToolExecutionEntryTypedDict",
    "ToolExecutionInfo",
    "ToolExecutionStartedEvent",
    "ToolFileChunk",
    "ToolFileChunkTypedDict",
    "ToolMessage",
    "ToolMessageTypedDict",
    "ToolReferenceChunk",
    "ToolReferenceChunkTypedDict",
    "ToolTypedDict",
    "ToolTypes",
    "UpdateAgentRequest",
    "UpdateAgentRequestTool",
    "UpdateAgentRequestToolTypedDict",
    "UpdateAgentRequestTypedDict",
    "UpdatePromptRequest2",
    "UpdatePromptRequest2TypedDict",
    "UpdatePromptVersionRequest2",
    "UpdatePromptVersionRequest2TypedDict",
    "UpdateSkillRequest2",
    "UpdateSkillRequest2TypedDict",
    "UpdateSkillVersionRequest2",
    "UpdateSkillVersionRequest2TypedDict",
    "UsageInfo",
    "UserMessage",
    "UserMessageTypedDict",
    "ValidationError",
    "WebSearchPremiumTool",
    "WebSearchPremiumToolTypedDict",
    "WebSearchTool",
    "WebSearchToolTypedDict",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.agent": "Agent AgentTool",
            "._models.agent_alias_response": "AgentAliasResponse",
            "._models.agent_conversation": "AgentConversation ModelConversation ModelConversationTool",
            "._models.agent_handoff_entry": (
                "AgentHandoffEntry FunctionCallEntry FunctionCallEntryArguments "
                "FunctionCallEntryConfirmationStatus ToolExecutionEntry"
            ),
            "._models.agent_list_page": "AgentListPage",
            "._models.agents_completion_request": (
                "AgentsCompletionRequest AgentsCompletionRequestMessage AgentsCompletionRequestTool"
            ),
            "._models.alias_list": "AliasList",
            "._models.completion_args": "CompletionArgs CompletionArgsStop",
            "._models.conversation_append_request": "ConversationAppendRequest ConversationAppendRequestHandoffExecution",
            "._models.conversation_append_stream_request": "ConversationAppendStreamRequest ConversationAppendStreamRequestHandoffExecution",
            "._models.conversation_events": (
                "AgentHandoffDoneEvent AgentHandoffStartedEvent ConversationEvents "
                "ConversationEventsData FunctionCallEvent FunctionCallEventConfirmationStatus "
                "MessageOutputEvent OutputContentChunks ResponseDoneEvent ResponseErrorEvent "
                "ResponseStartedEvent SSETypes ToolExecutionDeltaEvent ToolExecutionDoneEvent "
                "ToolExecutionStartedEvent"
            ),
            "._models.conversation_history": "ConversationHistory",
            "._models.conversation_inputs": "ConversationInputs InputEntries",
            "._models.conversation_messages": "ConversationMessages MessageEntries",
            "._models.conversation_request": "ConversationRequest ConversationRequestHandoffExecution ConversationRequestTool",
            "._models.conversation_response": "ConversationResponse",
            "._models.conversation_restart_request": "ConversationRestartRequest ConversationRestartRequestHandoffExecution",
            "._models.conversation_restart_stream_request": (
                "ConversationRestartStreamRequest ConversationRestartStreamRequestHandoffExecution"
            ),
            "._models.conversation_stream_request": (
                "ConversationStreamRequest ConversationStreamRequestHandoffExecution "
                "ConversationStreamRequestTool"
            ),
            "._models.conversation_usage_info": "ConversationUsageInfo",
            "._models.create_agent_request": "CreateAgentRequest CreateAgentRequestTool",
            "._models.create_prompt_request": "CreatePromptRequest CreatePromptRequestWorkspaceRelation",
            "._models.create_prompt_version_request2": "CreatePromptVersionRequest2",
            "._models.create_prompt_version_response": "CreatePromptVersionResponse PromptsCreateVersionResponse",
            "._models.create_skill_request": "CreateSkillRequest CreateSkillRequestWorkspaceRelation",
            "._models.create_skill_version_request2": "CreateSkillVersionRequest2",
            "._models.create_skill_version_response": "CreateSkillVersionResponse SkillsCreateVersionResponse",
            "._models.delete_prompt_response": "DeletePromptResponse PromptsDeleteResponse",
            "._models.delete_skill_response": "DeleteSkillResponse SkillsDeleteResponse",
            "._models.function_result_entry": "FunctionResultEntry",
            "._models.function_tool": "FunctionTool",
            "._models.list_prompt_versions_response": "ListPromptVersionsResponse PromptVersion PromptsListVersionsResponse",
            "._models.list_prompts_response": "ListPromptsResponse PromptsListResponse",
            "._models.list_skill_versions_response": "ListSkillVersionsResponse SkillVersion SkillsListVersionsResponse",
            "._models.list_skills_response": "ListSkillsResponse SkillsListResponse",
            "._models.list_sort_direction": "ListSortDirection ListSortField",
            "._models.message_input_entry": "MessageInputContentChunks MessageInputEntry Role",
            "._models.message_output_entry": "MessageOutputContentChunks MessageOutputEntry",
            "._models.prompt": (
                "Prompt PromptsCreateResponse PromptsGetResponse PromptsGetVersionResponse "
                "PromptsUpdateResponse PromptsUpdateVersionMetadataResponse"
            ),
            "._models.prompt_definition": "PromptDefinition PromptVariable",
            "._models.registry_sharing_scope": "RegistrySharingScope",
            "._models.request_source": "RequestSource",
            "._models.skill": (
                "Skill SkillsCreateResponse SkillsGetResponse SkillsGetVersionResponse "
                "SkillsUpdateResponse SkillsUpdateVersionMetadataResponse"
            ),
            "._models.skill_definition": "SkillAssetContent SkillDefinition",
            "._models.timestamp": "Timestamp",
            "._models.tool_call_confirmation": "Confirmation ToolCallConfirmation",
            "._models.tool_execution_info": "ToolExecutionInfo",
            "._models.tool_file_chunk": "ToolFileChunk",
            "._models.update_agent_request": "UpdateAgentRequest UpdateAgentRequestTool",
            "._models.update_prompt_request2": "PromptsUpdateWorkspaceRelation UpdatePromptRequest2",
            "._models.update_prompt_version_request2": "UpdatePromptVersionRequest2",
            "._models.update_skill_request2": "SkillsUpdateWorkspaceRelation UpdateSkillRequest2",
            "._models.update_skill_version_request2": "UpdateSkillVersionRequest2",
            "._typed_dicts": (
                "AgentHandoffEntryTypedDict AgentsCompletionRequestMessageTypedDict "
                "AgentsCompletionRequestToolTypedDict AgentsCompletionRequestTypedDict "
                "AliasListTypedDict CompletionArgsTypedDict ConversationAppendRequestTypedDict "
                "ConversationAppendStreamRequestTypedDict ConversationInputsTypedDict "
                "ConversationRequestToolTypedDict ConversationRequestTypedDict "
                "ConversationRestartRequestTypedDict ConversationRestartStreamRequestTypedDict "
                "ConversationStreamRequestToolTypedDict ConversationStreamRequestTypedDict "
                "CreateAgentRequestToolTypedDict CreateAgentRequestTypedDict "
                "CreatePromptRequestTypedDict CreatePromptVersionRequest2TypedDict "
                "CreateSkillRequestTypedDict CreateSkillVersionRequest2TypedDict "
                "FunctionCallEntryTypedDict FunctionResultEntryTypedDict FunctionToolTypedDict "
                "InputEntriesTypedDict MessageInputContentChunksTypedDict "
                "MessageInputEntryTypedDict MessageOutputContentChunksTypedDict "
                "MessageOutputEntryTypedDict PromptDefinitionTypedDict PromptVariableTypedDict "
                "SkillAssetContentTypedDict SkillDefinitionTypedDict "
                "ToolCallConfirmationTypedDict ToolExecutionEntryTypedDict ToolFileChunkTypedDict "
                "UpdateAgentRequestToolTypedDict UpdateAgentRequestTypedDict "
                "UpdatePromptRequest2TypedDict UpdatePromptVersionRequest2TypedDict "
                "UpdateSkillRequest2TypedDict UpdateSkillVersionRequest2TypedDict"
            ),
            "mistralai.core.models": (
                "APIKeyAuth APIKeyAuthTypedDict AssistantMessage AssistantMessageTypedDict "
                "AudioChunk AudioChunkTypedDict BuiltInConnectors ChatCompletionChoice "
                "ChatCompletionChoiceFinishReason ChatCompletionResponse CodeInterpreterTool "
                "CodeInterpreterToolTypedDict CompletionChunk CompletionEvent "
                "CompletionResponseStreamChoice CompletionResponseStreamChoiceFinishReason "
                "ContentChunk ContentChunkTypedDict CustomConnector CustomConnectorAuthorization "
                "CustomConnectorAuthorizationTypedDict CustomConnectorTypedDict DeltaMessage "
                "DocumentLibraryTool DocumentLibraryToolTypedDict DocumentURLChunk "
                "DocumentURLChunkTypedDict FileChunk FileChunkTypedDict Function FunctionCall "
                "FunctionCallTypedDict FunctionName FunctionNameTypedDict FunctionTypedDict "
                "GuardrailConfig GuardrailConfigTypedDict HTTPValidationError ImageDetail "
                "ImageGenerationTool ImageGenerationToolTypedDict ImageURL ImageURLChunk "
                "ImageURLChunkTypedDict ImageURLTypedDict JSONSchema JsonSchema "
                "JsonSchemaTypedDict MetadataDict MistralPromptMode ModerationLLMAction "
                "ModerationLLMV1CategoryThresholds ModerationLLMV1CategoryThresholdsTypedDict "
                "ModerationLLMV1Config ModerationLLMV1ConfigTypedDict "
                "ModerationLLMV2CategoryThresholds ModerationLLMV2CategoryThresholdsTypedDict "
                "ModerationLLMV2Config ModerationLLMV2ConfigTypedDict OAuth2TokenAuth "
                "OAuth2TokenAuthTypedDict Prediction PredictionTypedDict ReasoningEffort "
                "ReferenceChunk ReferenceChunkTypedDict RequestedServiceTier ResponseFormat "
                "ResponseFormatTypedDict ResponseFormats SystemMessage SystemMessageContentChunks "
                "SystemMessageContentChunksTypedDict SystemMessageTypedDict TextChunk "
                "TextChunkTypedDict ThinkChunk ThinkChunkTypedDict Tool ToolCall "
                "ToolCallTypedDict ToolChoice ToolChoiceEnum ToolChoiceTypedDict "
                "ToolConfiguration ToolConfigurationTypedDict ToolMessage ToolMessageTypedDict "
                "ToolReferenceChunk ToolReferenceChunkTypedDict ToolTypedDict ToolTypes UsageInfo "
                "UserMessage UserMessageTypedDict ValidationError WebSearchPremiumTool "
                "WebSearchPremiumToolTypedDict WebSearchTool WebSearchToolTypedDict"
            ),
        },
    )
