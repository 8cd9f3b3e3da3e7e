# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    Required,
    TypeAlias,
)

from pydantic import Field, Tag
from typing_extensions import TypedDict

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
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    PagedModel,
    UnknownVariant,
    open_discriminator,
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


class AliasList(BaseModel):
    """Presence wrapper for a set of alias labels on update RPCs. As a message field it carries presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all aliases" (field set, empty ``values``)."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"values"})
    values: list[str] | None = None


class CreatePromptRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    name: str
    """Stable object name."""
    definition: PromptDefinition
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""
    notes: str | None = None
    """Notes for this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    workspace_relation: CreatePromptRequestWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )


class CreatePromptVersionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"version", "deduplicated"})
    version: int | None = None
    deduplicated: bool | None = None


class ListPromptVersionsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"data"})
    data: list[PromptVersion] | None = None


class ListPromptsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Prompt]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Prompt]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Prompt]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"data", "nextPageToken"})
    data: list[Prompt] | None = None
    next_page_token: str | None = Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )


class Prompt(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {
            "id",
            "name",
            "definition",
            "version",
            "notes",
            "aliases",
            "sharingScope",
            "createdAt",
            "updatedAt",
            "latestVersion",
            "title",
            "description",
        }
    )
    id: str | None = None
    name: str | None = None
    """Stable object name."""
    definition: PromptDefinition | None = None
    version: int | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    created_at: Timestamp | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Creation time."""
    updated_at: Timestamp | None = Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    """Last update time."""
    latest_version: int | None = Field(
        default=None, validation_alias="latestVersion", serialization_alias="latestVersion"
    )
    """Latest version number."""
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""


class PromptDefinition(BaseModel):
    """Versioned prompt content."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"variables"})
    content: str
    """Prompt template content."""
    variables: list[PromptVariable] | None = None
    """Variables used by the prompt."""


class PromptVariable(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"name"})
    name: str | None = None
    """Stable object name."""


class PromptVersion(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"version", "definition", "notes", "aliases", "createdAt"})
    version: int | None = None
    definition: PromptDefinition | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    created_at: Timestamp | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Creation time."""


class SkillAssetContent(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"isExecutable", "rawContent", "textContent"})
    is_executable: bool | None = Field(
        default=None, validation_alias="isExecutable", serialization_alias="isExecutable"
    )
    raw_content: str | None = Field(
        default=None, validation_alias="rawContent", serialization_alias="rawContent"
    )
    text_content: str | None = Field(
        default=None, validation_alias="textContent", serialization_alias="textContent"
    )


class CreateSkillRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    name: str
    """Stable object name."""
    definition: SkillDefinition
    notes: str | None = None
    """Notes for this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    workspace_relation: CreateSkillRequestWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )


class CreateSkillVersionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"version", "deduplicated"})
    version: int | None = None
    deduplicated: bool | None = None


class ListSkillVersionsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"data"})
    data: list[SkillVersion] | None = None


class ListSkillsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Skill]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Skill]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Skill]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"data", "nextPageToken"})
    data: list[Skill] | None = None
    next_page_token: str | None = Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )


class Skill(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {
            "id",
            "name",
            "definition",
            "version",
            "notes",
            "aliases",
            "sharingScope",
            "createdAt",
            "updatedAt",
            "latestVersion",
        }
    )
    id: str | None = None
    name: str | None = None
    """Stable object name."""
    definition: SkillDefinition | None = None
    version: int | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    created_at: Timestamp | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Creation time."""
    updated_at: Timestamp | None = Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    """Last update time."""
    latest_version: int | None = Field(
        default=None, validation_alias="latestVersion", serialization_alias="latestVersion"
    )
    """Latest version number."""


class SkillDefinition(BaseModel):
    """Versioned skill content."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"description", "body", "assets"})
    description: str | None = None
    """Model-facing trigger and usage description."""
    body: str | None = None
    """Skill body content."""
    assets: dict[str, SkillAssetContent] | None = None
    """Additional files available to the skill."""


class SkillVersion(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"version", "definition", "notes", "aliases", "createdAt"})
    version: int | None = None
    definition: SkillDefinition | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    created_at: Timestamp | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Creation time."""


class Agent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "agent"}
    __mistral_keep__ = frozenset({"object"})
    __mistral_drop_none__ = frozenset({"tools", "completion_args"})
    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[AgentTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: MetadataDict | None = None
    object: Literal["agent"] = "agent"
    id: str
    version: int
    versions: list[int]
    created_at: datetime
    updated_at: datetime
    deployment_chat: bool
    source: str
    version_message: str | None = None


class AgentAliasResponse(BaseModel):
    __mistral_keep__ = frozenset()
    alias: str
    version: int
    created_at: datetime
    updated_at: datetime


class AgentConversation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation"}
    __mistral_keep__ = frozenset({"object"})
    name: str | None = None
    """Name given to the conversation."""
    description: str | None = None
    """Description of the what the conversation is about."""
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    object: Literal["conversation"] = "conversation"
    id: str
    created_at: datetime
    updated_at: datetime
    agent_id: str
    agent_version: str | int | None = None


class AgentHandoffEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "agent.handoff",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["agent.handoff"] = "agent.handoff"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    previous_agent_id: str
    previous_agent_name: str
    next_agent_id: str
    next_agent_name: str


class AgentListPage(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Agent]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Agent]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Agent]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "list"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["list"] = "list"
    data: list[Agent]
    next_page_token: str | None = None


class CompletionArgs(BaseModel):
    """White-listed arguments from the completion API"""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"stop", "tool_choice"})
    stop: CompletionArgsStop | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    prediction: Prediction | None = None
    response_format: ResponseFormat | None = None
    tool_choice: ToolChoiceEnum | None = None
    reasoning_effort: ReasoningEffort | None = None


class ConversationAppendRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": False}
    __mistral_keep__ = frozenset({"stream", "store", "handoff_execution"})
    __mistral_drop_none__ = frozenset({"inputs", "completion_args"})
    inputs: ConversationInputs | None = None
    stream: Literal[False] = False
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: ConversationAppendRequestHandoffExecution = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    tool_confirmations: list[ToolCallConfirmation] | None = None


class ConversationHistory(ConstFieldsModel):
    """Retrieve all entries in a conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation.history"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["conversation.history"] = "conversation.history"
    conversation_id: str
    entries: list[
        MessageInputEntry
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ]


class ConversationMessages(ConstFieldsModel):
    """Similar to the conversation history but only keep the messages"""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation.messages"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["conversation.messages"] = "conversation.messages"
    conversation_id: str
    messages: MessageEntries


class ConversationRestartRequest(ConstFieldsModel):
    """Request to restart a new conversation from a given entry in the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": False}
    __mistral_keep__ = frozenset({"stream", "store", "handoff_execution"})
    __mistral_drop_none__ = frozenset({"inputs", "completion_args"})
    inputs: ConversationInputs | None = None
    stream: Literal[False] = False
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: ConversationRestartRequestHandoffExecution = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current version."""


class FunctionCallEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "function.call",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["function.call"] = "function.call"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    tool_call_id: str
    name: str
    arguments: FunctionCallEntryArguments
    confirmation_status: FunctionCallEntryConfirmationStatus | None = None


class FunctionResultEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "function.result",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["function.result"] = "function.result"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    tool_call_id: str
    result: str


class FunctionTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["function"] = "function"
    function: Function


class MessageInputEntry(ConstFieldsModel):
    """Representation of an input message inside the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "message.input",
    }
    __mistral_keep__ = frozenset({"object", "type", "prefix"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["message.input"] = "message.input"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    role: Role
    content: str | MessageInputContentChunks
    prefix: bool = False


class MessageOutputEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "message.output",
        "role": "assistant",
    }
    __mistral_keep__ = frozenset({"object", "type", "role"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["message.output"] = "message.output"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | MessageOutputContentChunks


class ModelConversation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation"}
    __mistral_keep__ = frozenset({"object"})
    __mistral_drop_none__ = frozenset({"tools", "completion_args"})
    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[ModelConversationTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    """Name given to the conversation."""
    description: str | None = None
    """Description of the what the conversation is about."""
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    object: Literal["conversation"] = "conversation"
    id: str
    created_at: datetime
    updated_at: datetime
    model: str


class ToolCallConfirmation(BaseModel):
    __mistral_keep__ = frozenset()
    tool_call_id: str
    confirmation: Confirmation


class ToolExecutionEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "tool.execution",
    }
    __mistral_keep__ = frozenset({"object", "type"})
    __mistral_drop_none__ = frozenset({"created_at", "id", "info"})
    object: Literal["entry"] = "entry"
    type: Literal["tool.execution"] = "tool.execution"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    name: BuiltInConnectors | str
    arguments: str
    info: ToolExecutionInfo | None = None


class ToolFileChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["tool_file"] = "tool_file"
    tool: BuiltInConnectors | str
    file_id: str
    file_name: str | None = None
    file_type: str | None = None


class ConversationUsageInfo(BaseModel):
    __mistral_keep__ = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    connector_tokens: int | None = None
    connectors: dict[str, int] | None = None


class ConversationResponse(ConstFieldsModel):
    """The response after appending new entries to the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "conversation.response"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["conversation.response"] = "conversation.response"
    conversation_id: str
    outputs: list[MessageOutputEntry | ToolExecutionEntry | FunctionCallEntry | AgentHandoffEntry]
    usage: ConversationUsageInfo
    guardrails: list[dict[str, Any]] | None = None


class ConversationRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": False}
    __mistral_keep__ = frozenset({"stream"})
    inputs: ConversationInputs
    stream: Literal[False] = False
    store: bool | None = None
    handoff_execution: ConversationRequestHandoffExecution | None = None
    instructions: str | None = None
    tools: list[ConversationRequestTool] | None = None
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: MetadataDict | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class AgentHandoffDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "agent.handoff.done"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["agent.handoff.done"] = "agent.handoff.done"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    next_agent_id: str
    next_agent_name: str


class AgentHandoffStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "agent.handoff.started"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["agent.handoff.started"] = "agent.handoff.started"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    previous_agent_id: str
    previous_agent_name: str


class FunctionCallEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function.call.delta"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["function.call.delta"] = "function.call.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: str
    tool_call_id: str
    arguments: str
    confirmation_status: FunctionCallEventConfirmationStatus | None = None


class MessageOutputEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "message.output.delta",
        "role": "assistant",
    }
    __mistral_keep__ = frozenset({"type", "output_index", "content_index", "role"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["message.output.delta"] = "message.output.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    content_index: int = 0
    model: str | None = None
    agent_id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | OutputContentChunks


class ResponseDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "conversation.response.done"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["conversation.response.done"] = "conversation.response.done"
    created_at: datetime | None = None
    usage: ConversationUsageInfo


class ResponseErrorEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "conversation.response.error"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["conversation.response.error"] = "conversation.response.error"
    created_at: datetime | None = None
    message: str
    code: int


class ResponseStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "conversation.response.started"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["conversation.response.started"] = "conversation.response.started"
    created_at: datetime | None = None
    conversation_id: str


class ToolExecutionDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool.execution.delta"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["tool.execution.delta"] = "tool.execution.delta"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    name: BuiltInConnectors | str
    arguments: str


class ToolExecutionDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool.execution.done"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at", "info"})
    type: Literal["tool.execution.done"] = "tool.execution.done"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    name: BuiltInConnectors | str
    info: ToolExecutionInfo | None = None


class ToolExecutionStartedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool.execution.started"}
    __mistral_keep__ = frozenset({"type", "output_index"})
    __mistral_drop_none__ = frozenset({"created_at"})
    type: Literal["tool.execution.started"] = "tool.execution.started"
    created_at: datetime | None = None
    output_index: int = 0
    id: str
    model: str | None = None
    agent_id: str | None = None
    name: BuiltInConnectors | str
    arguments: str


class ConversationEvents(BaseModel):
    __mistral_keep__ = frozenset()
    event: SSETypes
    data: ConversationEventsData


class ConversationStreamRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": True}
    __mistral_keep__ = frozenset({"stream"})
    inputs: ConversationInputs
    stream: Literal[True] = True
    store: bool | None = None
    handoff_execution: ConversationStreamRequestHandoffExecution | None = None
    instructions: str | None = None
    tools: list[ConversationStreamRequestTool] | None = None
    completion_args: CompletionArgs | None = None
    guardrails: list[GuardrailConfig] | None = None
    name: str | None = None
    description: str | None = None
    metadata: MetadataDict | None = None
    agent_id: str | None = None
    agent_version: str | int | None = None
    model: str | None = None


class ConversationAppendStreamRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": True}
    __mistral_keep__ = frozenset({"stream", "store", "handoff_execution"})
    __mistral_drop_none__ = frozenset({"inputs", "completion_args"})
    inputs: ConversationInputs | None = None
    stream: Literal[True] = True
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: ConversationAppendStreamRequestHandoffExecution = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    tool_confirmations: list[ToolCallConfirmation] | None = None


class ConversationRestartStreamRequest(ConstFieldsModel):
    """Request to restart a new conversation from a given entry in the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": True}
    __mistral_keep__ = frozenset({"stream", "store", "handoff_execution"})
    __mistral_drop_none__ = frozenset({"inputs", "completion_args"})
    inputs: ConversationInputs | None = None
    stream: Literal[True] = True
    store: bool = True
    """Whether to store the results into our servers or not."""
    handoff_execution: ConversationRestartStreamRequestHandoffExecution = "server"
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    metadata: MetadataDict | None = None
    """Custom metadata for the conversation."""
    from_entry_id: str
    agent_version: str | int | None = None
    """Specific version of the agent to use when restarting. If not provided, uses the current version."""


class AgentsCompletionRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    __mistral_drop_none__ = frozenset({"response_format", "prediction"})
    max_tokens: int | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length."""
    stream: bool = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing ..."""
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when providing an array"""
    random_seed: int | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic results."""
    metadata: dict[str, Any] | None = None
    messages: list[AgentsCompletionRequestMessage]
    """The prompt(s) to generate completions for, encoded as a list of dict with role and content."""
    response_format: ResponseFormat | None = None
    tools: list[AgentsCompletionRequestTool] | None = None
    tool_choice: ToolChoice | ToolChoiceEnum = "auto"
    presence_penalty: float | None = None
    """The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative."""
    frequency_penalty: float | None = None
    """The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition."""
    n: int | None = None
    """Number of completions to return for each request, input tokens are only billed once."""
    prediction: Prediction | None = None
    """Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results."""
    parallel_tool_calls: bool = True
    reasoning_effort: ReasoningEffort | None = None
    prompt_mode: MistralPromptMode | None = None
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used."""
    guardrails: list[GuardrailConfig] | None = None
    prompt_cache_key: str | None = None
    service_tier: RequestedServiceTier | None = None
    """Determines whether to serve the request using priority or standard capacity."""
    agent_id: str
    """The ID of the agent to use for this completion."""
    min_tokens: int | None = None
    repetition_penalty: float | None = None
    top_k: int | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    prompt_logprobs: bool | None = None
    top_prompt_logprobs: int | None = None


class CreateAgentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"tools", "completion_args"})
    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[CreateAgentRequestTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    model: str
    name: str
    description: str | None = None
    handoffs: list[str] | None = None
    metadata: MetadataDict | None = None
    version_message: str | None = None


class UpdateAgentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"tools", "completion_args"})
    instructions: str | None = None
    """Instruction prompt the model will follow during the conversation."""
    tools: list[UpdateAgentRequestTool] | None = None
    """List of tools which are available to the model during the conversation."""
    completion_args: CompletionArgs | None = None
    """Completion arguments that will be used to generate assistant responses. Can be overridden at each message request."""
    guardrails: list[GuardrailConfig] | None = None
    model: str | None = None
    name: str | None = None
    description: str | None = None
    handoffs: list[str] | None = None
    deployment_chat: bool | None = None
    metadata: MetadataDict | None = None
    version_message: str | None = None


class UpdatePromptRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    workspace_relation: PromptsUpdateWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )


class CreatePromptVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    definition: PromptDefinition
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""


class UpdatePromptVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    notes: str | None = None
    """Notes for this version."""
    aliases: AliasList | None = None
    """Aliases pointing to this version."""


class UpdateSkillRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    workspace_relation: SkillsUpdateWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )


class CreateSkillVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    definition: SkillDefinition
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""


class UpdateSkillVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    notes: str | None = None
    """Notes for this version."""
    aliases: AliasList | None = None
    """Aliases pointing to this version."""


class AliasListTypedDict(TypedDict):
    """Dict form of :class:`AliasList`."""

    values: NotRequired[Sequence[str]]


class CreatePromptRequestTypedDict(TypedDict):
    """Dict form of :class:`CreatePromptRequest`."""

    name: Required[str]
    definition: Required[PromptDefinitionTypedDict]
    title: NotRequired[str | None]
    description: NotRequired[str | None]
    notes: NotRequired[str | None]
    sharing_scope: NotRequired[RegistrySharingScope | None]
    aliases: NotRequired[Sequence[str]]
    workspace_relation: NotRequired[CreatePromptRequestWorkspaceRelation | None]


class PromptDefinitionTypedDict(TypedDict):
    """Dict form of :class:`PromptDefinition`."""

    content: Required[str]
    variables: NotRequired[Sequence[PromptVariableTypedDict]]


class PromptVariableTypedDict(TypedDict):
    """Dict form of :class:`PromptVariable`."""

    name: NotRequired[str]


class SkillAssetContentTypedDict(TypedDict):
    """Dict form of :class:`SkillAssetContent`."""

    is_executable: NotRequired[bool]
    raw_content: NotRequired[str]
    text_content: NotRequired[str]


class CreateSkillRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateSkillRequest`."""

    name: Required[str]
    definition: Required[SkillDefinitionTypedDict]
    notes: NotRequired[str | None]
    sharing_scope: NotRequired[RegistrySharingScope | None]
    aliases: NotRequired[Sequence[str]]
    workspace_relation: NotRequired[CreateSkillRequestWorkspaceRelation | None]


class SkillDefinitionTypedDict(TypedDict):
    """Dict form of :class:`SkillDefinition`."""

    description: NotRequired[str]
    body: NotRequired[str]
    assets: NotRequired[Mapping[str, SkillAssetContentTypedDict]]


class AgentHandoffEntryTypedDict(TypedDict):
    """Dict form of :class:`AgentHandoffEntry`."""

    object: NotRequired[Literal["entry"]]
    type: NotRequired[Literal["agent.handoff"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    id: NotRequired[str]
    previous_agent_id: Required[str]
    previous_agent_name: Required[str]
    next_agent_id: Required[str]
    next_agent_name: Required[str]


class CompletionArgsTypedDict(TypedDict):
    """Dict form of :class:`CompletionArgs`."""

    stop: NotRequired[CompletionArgsStop]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    max_tokens: NotRequired[int | None]
    random_seed: NotRequired[int | None]
    prediction: NotRequired[PredictionTypedDict | None]
    response_format: NotRequired[ResponseFormatTypedDict | None]
    tool_choice: NotRequired[ToolChoiceEnum]
    reasoning_effort: NotRequired[ReasoningEffort | None]


class ConversationAppendRequestTypedDict(TypedDict):
    """Dict form of :class:`ConversationAppendRequest`."""

    inputs: NotRequired[ConversationInputsTypedDict]
    stream: NotRequired[Literal[False]]
    store: NotRequired[bool]
    handoff_execution: NotRequired[ConversationAppendRequestHandoffExecution]
    completion_args: NotRequired[CompletionArgsTypedDict]
    tool_confirmations: NotRequired[Sequence[ToolCallConfirmationTypedDict] | None]


class ConversationRestartRequestTypedDict(TypedDict):
    """Dict form of :class:`ConversationRestartRequest`."""

    inputs: NotRequired[ConversationInputsTypedDict]
    stream: NotRequired[Literal[False]]
    store: NotRequired[bool]
    handoff_execution: NotRequired[ConversationRestartRequestHandoffExecution]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    metadata: NotRequired[MetadataDict | None]
    from_entry_id: Required[str]
    agent_version: NotRequired[str | int | None]


class FunctionCallEntryTypedDict(TypedDict):
    """Dict form of :class:`FunctionCallEntry`."""

    object: NotRequired[Literal["entry"]]
    type: NotRequired[Literal["function.call"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    agent_id: NotRequired[str | None]
    model: NotRequired[str | None]
    id: NotRequired[str]
    tool_call_id: Required[str]
    name: Required[str]
    arguments: Required[FunctionCallEntryArguments]
    confirmation_status: NotRequired[FunctionCallEntryConfirmationStatus | None]


class FunctionResultEntryTypedDict(TypedDict):
    """Dict form of :class:`FunctionResultEntry`."""

    object: NotRequired[Literal["entry"]]
    type: NotRequired[Literal["function.result"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    id: NotRequired[str]
    tool_call_id: Required[str]
    result: Required[str]


class FunctionToolTypedDict(TypedDict):
    """Dict form of :class:`FunctionTool`."""

    type: NotRequired[Literal["function"]]
    function: Required[FunctionTypedDict]


class MessageInputEntryTypedDict(TypedDict):
    """Dict form of :class:`MessageInputEntry`."""

    object: NotRequired[Literal["entry"]]
    type: NotRequired[Literal["message.input"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    id: NotRequired[str]
    role: Required[Role]
    content: Required[str | MessageInputContentChunksTypedDict]
    prefix: NotRequired[bool]


class MessageOutputEntryTypedDict(TypedDict):
    """Dict form of :class:`MessageOutputEntry`."""

    object: NotRequired[Literal["entry"]]
    type: NotRequired[Literal["message.output"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    agent_id: NotRequired[str | None]
    model: NotRequired[str | None]
    id: NotRequired[str]
    role: NotRequired[Literal["assistant"]]
    content: Required[str | MessageOutputContentChunksTypedDict]


class ToolCallConfirmationTypedDict(TypedDict):
    """Dict form of :class:`ToolCallConfirmation`."""

    tool_call_id: Required[str]
    confirmation: Required[Confirmation]


class ToolExecutionEntryTypedDict(TypedDict):
    """Dict form of :class:`ToolExecutionEntry`."""

    object: NotRequired[Literal["entry"]]
    type: NotRequired[Literal["tool.execution"]]
    created_at: NotRequired[datetime]
    completed_at: NotRequired[datetime | None]
    agent_id: NotRequired[str | None]
    model: NotRequired[str | None]
    id: NotRequired[str]
    name: Required[BuiltInConnectors | str]
    arguments: Required[str]
    info: NotRequired[ToolExecutionInfo]


class ToolFileChunkTypedDict(TypedDict):
    """Dict form of :class:`ToolFileChunk`."""

    type: NotRequired[Literal["tool_file"]]
    tool: Required[BuiltInConnectors | str]
    file_id: Required[str]
    file_name: NotRequired[str | None]
    file_type: NotRequired[str | None]


class ConversationRequestTypedDict(TypedDict):
    """Dict form of :class:`ConversationRequest`."""

    inputs: Required[ConversationInputsTypedDict]
    stream: NotRequired[Literal[False]]
    store: NotRequired[bool | None]
    handoff_execution: NotRequired[ConversationRequestHandoffExecution | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[ConversationRequestToolTypedDict] | None]
    completion_args: NotRequired[CompletionArgsTypedDict | None]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    metadata: NotRequired[MetadataDict | None]
    agent_id: NotRequired[str | None]
    agent_version: NotRequired[str | int | None]
    model: NotRequired[str | None]


class ConversationStreamRequestTypedDict(TypedDict):
    """Dict form of :class:`ConversationStreamRequest`."""

    inputs: Required[ConversationInputsTypedDict]
    stream: NotRequired[Literal[True]]
    store: NotRequired[bool | None]
    handoff_execution: NotRequired[ConversationStreamRequestHandoffExecution | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[ConversationStreamRequestToolTypedDict] | None]
    completion_args: NotRequired[CompletionArgsTypedDict | None]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    metadata: NotRequired[MetadataDict | None]
    agent_id: NotRequired[str | None]
    agent_version: NotRequired[str | int | None]
    model: NotRequired[str | None]


class ConversationAppendStreamRequestTypedDict(TypedDict):
    """Dict form of :class:`ConversationAppendStreamRequest`."""

    inputs: NotRequired[ConversationInputsTypedDict]
    stream: NotRequired[Literal[True]]
    store: NotRequired[bool]
    handoff_execution: NotRequired[ConversationAppendStreamRequestHandoffExecution]
    completion_args: NotRequired[CompletionArgsTypedDict]
    tool_confirmations: NotRequired[Sequence[ToolCallConfirmationTypedDict] | None]


class ConversationRestartStreamRequestTypedDict(TypedDict):
    """Dict form of :class:`ConversationRestartStreamRequest`."""

    inputs: NotRequired[ConversationInputsTypedDict]
    stream: NotRequired[Literal[True]]
    store: NotRequired[bool]
    handoff_execution: NotRequired[ConversationRestartStreamRequestHandoffExecution]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    metadata: NotRequired[MetadataDict | None]
    from_entry_id: Required[str]
    agent_version: NotRequired[str | int | None]


class AgentsCompletionRequestTypedDict(TypedDict):
    """Dict form of :class:`AgentsCompletionRequest`."""

    max_tokens: NotRequired[int | None]
    stream: NotRequired[bool]
    stop: NotRequired[str | Sequence[str] | None]
    random_seed: NotRequired[int | None]
    metadata: NotRequired[Mapping[str, Any] | None]
    messages: Required[Sequence[AgentsCompletionRequestMessageTypedDict]]
    response_format: NotRequired[ResponseFormatTypedDict]
    tools: NotRequired[Sequence[AgentsCompletionRequestToolTypedDict] | None]
    tool_choice: NotRequired[ToolChoiceTypedDict | ToolChoiceEnum]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    n: NotRequired[int | None]
    prediction: NotRequired[PredictionTypedDict]
    parallel_tool_calls: NotRequired[bool]
    reasoning_effort: NotRequired[ReasoningEffort | None]
    prompt_mode: NotRequired[MistralPromptMode | None]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    prompt_cache_key: NotRequired[str | None]
    service_tier: NotRequired[RequestedServiceTier | None]
    agent_id: Required[str]
    min_tokens: NotRequired[int | None]
    repetition_penalty: NotRequired[float | None]
    top_k: NotRequired[int | None]
    logprobs: NotRequired[bool | None]
    top_logprobs: NotRequired[int | None]
    prompt_logprobs: NotRequired[bool | None]
    top_prompt_logprobs: NotRequired[int | None]


class CreateAgentRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateAgentRequest`."""

    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[CreateAgentRequestToolTypedDict]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    model: Required[str]
    name: Required[str]
    description: NotRequired[str | None]
    handoffs: NotRequired[Sequence[str] | None]
    metadata: NotRequired[MetadataDict | None]
    version_message: NotRequired[str | None]


class UpdateAgentRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateAgentRequest`."""

    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[UpdateAgentRequestToolTypedDict]]
    completion_args: NotRequired[CompletionArgsTypedDict]
    guardrails: NotRequired[Sequence[GuardrailConfigTypedDict] | None]
    model: NotRequired[str | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    handoffs: NotRequired[Sequence[str] | None]
    deployment_chat: NotRequired[bool | None]
    metadata: NotRequired[MetadataDict | None]
    version_message: NotRequired[str | None]


class UpdatePromptRequest2TypedDict(TypedDict):
    """Dict form of :class:`UpdatePromptRequest2`."""

    title: NotRequired[str | None]
    description: NotRequired[str | None]
    sharing_scope: NotRequired[RegistrySharingScope | None]
    workspace_relation: NotRequired[PromptsUpdateWorkspaceRelation | None]


class CreatePromptVersionRequest2TypedDict(TypedDict):
    """Dict form of :class:`CreatePromptVersionRequest2`."""

    definition: Required[PromptDefinitionTypedDict]
    notes: NotRequired[str | None]
    aliases: NotRequired[Sequence[str]]


class UpdatePromptVersionRequest2TypedDict(TypedDict):
    """Dict form of :class:`UpdatePromptVersionRequest2`."""

    notes: NotRequired[str | None]
    aliases: NotRequired[AliasListTypedDict]


class UpdateSkillRequest2TypedDict(TypedDict):
    """Dict form of :class:`UpdateSkillRequest2`."""

    sharing_scope: NotRequired[RegistrySharingScope | None]
    workspace_relation: NotRequired[SkillsUpdateWorkspaceRelation | None]


class CreateSkillVersionRequest2TypedDict(TypedDict):
    """Dict form of :class:`CreateSkillVersionRequest2`."""

    definition: Required[SkillDefinitionTypedDict]
    notes: NotRequired[str | None]
    aliases: NotRequired[Sequence[str]]


class UpdateSkillVersionRequest2TypedDict(TypedDict):
    """Dict form of :class:`UpdateSkillVersionRequest2`."""

    notes: NotRequired[str | None]
    aliases: NotRequired[AliasListTypedDict]


ListSortDirection: TypeAlias = (
    Literal[
        "list_sort_direction_unspecified", "list_sort_direction_asc", "list_sort_direction_desc"
    ]
    | str
)

ListSortField: TypeAlias = (
    Literal[
        "list_sort_field_unspecified",
        "list_sort_field_created_at",
        "list_sort_field_last_modified_at",
        "list_sort_field_name",
        "list_sort_field_title",
    ]
    | str
)

RegistrySharingScope: TypeAlias = Literal["sharing_scope_unspecified", "private", "workspace"] | str

CreatePromptRequestWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)

DeletePromptResponse: TypeAlias = dict[str, Any]

Timestamp: TypeAlias = str
"""RFC 3339 timestamp."""

CreateSkillRequestWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)

DeleteSkillResponse: TypeAlias = dict[str, Any]

AgentTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]

ConversationAppendRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

ConversationRestartRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

FunctionCallEntryConfirmationStatus: TypeAlias = Literal["pending", "allowed", "denied"] | str

Role: TypeAlias = Literal["assistant", "user"] | str

ModelConversationTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]

RequestSource: TypeAlias = Literal["api", "playground", "agent_builder_v1"] | str

Confirmation: TypeAlias = Literal["allow", "deny"] | str

ConversationRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

ConversationRequestTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]

ConversationRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

FunctionCallEventConfirmationStatus: TypeAlias = Literal["pending", "allowed", "denied"] | str

SSETypes: TypeAlias = (
    Literal[
        "conversation.response.started",
        "conversation.response.done",
        "conversation.response.error",
        "message.output.delta",
        "tool.execution.started",
        "tool.execution.delta",
        "tool.execution.done",
        "agent.handoff.started",
        "agent.handoff.done",
        "function.call.delta",
    ]
    | str
)
"""Server side events sent when streaming a conversation response."""

ConversationEventsData: TypeAlias = Annotated[
    Annotated[AgentHandoffDoneEvent, Tag("agent.handoff.done")]
    | Annotated[AgentHandoffStartedEvent, Tag("agent.handoff.started")]
    | Annotated[ResponseDoneEvent, Tag("conversation.response.done")]
    | Annotated[ResponseErrorEvent, Tag("conversation.response.error")]
    | Annotated[ResponseStartedEvent, Tag("conversation.response.started")]
    | Annotated[FunctionCallEvent, Tag("function.call.delta")]
    | Annotated[MessageOutputEvent, Tag("message.output.delta")]
    | Annotated[ToolExecutionDeltaEvent, Tag("tool.execution.delta")]
    | Annotated[ToolExecutionDoneEvent, Tag("tool.execution.done")]
    | Annotated[ToolExecutionStartedEvent, Tag("tool.execution.started")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "agent.handoff.done",
                "agent.handoff.started",
                "conversation.response.done",
                "conversation.response.error",
                "conversation.response.started",
                "function.call.delta",
                "message.output.delta",
                "tool.execution.delta",
                "tool.execution.done",
                "tool.execution.started",
            }
        ),
    ),
]

MessageInputContentChunks: TypeAlias = list[
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk
]

MessageInputContentChunksTypedDict: TypeAlias = Sequence[
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | ToolFileChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
]

MessageOutputContentChunks: TypeAlias = list[
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk | ToolReferenceChunk
]

MessageOutputContentChunksTypedDict: TypeAlias = Sequence[
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | ToolFileChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
    | ToolReferenceChunkTypedDict
]

OutputContentChunks: TypeAlias = (
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk | ToolReferenceChunk
)

MessageEntries: TypeAlias = list[MessageInputEntry | MessageOutputEntry]

InputEntries: TypeAlias = list[
    MessageInputEntry
    | MessageOutputEntry
    | FunctionResultEntry
    | FunctionCallEntry
    | ToolExecutionEntry
    | AgentHandoffEntry
]

InputEntriesTypedDict: TypeAlias = Sequence[
    MessageInputEntryTypedDict
    | MessageOutputEntryTypedDict
    | FunctionResultEntryTypedDict
    | FunctionCallEntryTypedDict
    | ToolExecutionEntryTypedDict
    | AgentHandoffEntryTypedDict
]

CompletionArgsStop: TypeAlias = str | list[str] | None

FunctionCallEntryArguments: TypeAlias = dict[str, Any] | str

ConversationInputs: TypeAlias = str | InputEntries

ConversationInputsTypedDict: TypeAlias = str | InputEntriesTypedDict

ToolExecutionInfo: TypeAlias = dict[str, Any]

ConversationStreamRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

ConversationStreamRequestTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]

ConversationStreamRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

ConversationAppendStreamRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

ConversationRestartStreamRequestHandoffExecution: TypeAlias = Literal["client", "server"] | str

AgentsCompletionRequestMessage: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]

AgentsCompletionRequestMessageTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

AgentsCompletionRequestTool: TypeAlias = Annotated[
    Annotated[Tool, Tag("function")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "function",
                "web_search",
                "web_search_premium",
                "code_interpreter",
                "image_generation",
                "document_library",
                "connector",
            }
        ),
    ),
]

AgentsCompletionRequestToolTypedDict: TypeAlias = (
    ToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
    | CodeInterpreterToolTypedDict
    | ImageGenerationToolTypedDict
    | DocumentLibraryToolTypedDict
    | CustomConnectorTypedDict
)

CreateAgentRequestTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]

CreateAgentRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

UpdateAgentRequestTool: TypeAlias = Annotated[
    Annotated[CodeInterpreterTool, Tag("code_interpreter")]
    | Annotated[CustomConnector, Tag("connector")]
    | Annotated[DocumentLibraryTool, Tag("document_library")]
    | Annotated[FunctionTool, Tag("function")]
    | Annotated[ImageGenerationTool, Tag("image_generation")]
    | Annotated[WebSearchTool, Tag("web_search")]
    | Annotated[WebSearchPremiumTool, Tag("web_search_premium")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "code_interpreter",
                "connector",
                "document_library",
                "function",
                "image_generation",
                "web_search",
                "web_search_premium",
            }
        ),
    ),
]

UpdateAgentRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

PromptsUpdateWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)

SkillsUpdateWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)

# names of the official 2.x SDK for the same schemas
PromptsCreateResponse = Prompt
PromptsCreateVersionResponse = CreatePromptVersionResponse
PromptsDeleteResponse: TypeAlias = DeletePromptResponse
PromptsGetResponse = Prompt
PromptsGetVersionResponse = Prompt
PromptsListResponse = ListPromptsResponse
PromptsListVersionsResponse = ListPromptVersionsResponse
PromptsUpdateResponse = Prompt
PromptsUpdateVersionMetadataResponse = Prompt
SkillsCreateResponse = Skill
SkillsCreateVersionResponse = CreateSkillVersionResponse
SkillsDeleteResponse: TypeAlias = DeleteSkillResponse
SkillsGetResponse = Skill
SkillsGetVersionResponse = Skill
SkillsListResponse = ListSkillsResponse
SkillsListVersionsResponse = ListSkillVersionsResponse
SkillsUpdateResponse = Skill
SkillsUpdateVersionMetadataResponse = Skill
