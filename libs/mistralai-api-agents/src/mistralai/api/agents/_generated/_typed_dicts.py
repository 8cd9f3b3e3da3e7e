# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-agents distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.agents._generated._models.agent_handoff_entry import (
    FunctionCallEntryArguments,
    FunctionCallEntryConfirmationStatus,
)
from mistralai.api.agents._generated._models.completion_args import CompletionArgsStop
from mistralai.api.agents._generated._models.conversation_append_request import (
    ConversationAppendRequestHandoffExecution,
)
from mistralai.api.agents._generated._models.conversation_append_stream_request import (
    ConversationAppendStreamRequestHandoffExecution,
)
from mistralai.api.agents._generated._models.conversation_request import (
    ConversationRequestHandoffExecution,
)
from mistralai.api.agents._generated._models.conversation_restart_request import (
    ConversationRestartRequestHandoffExecution,
)
from mistralai.api.agents._generated._models.conversation_restart_stream_request import (
    ConversationRestartStreamRequestHandoffExecution,
)
from mistralai.api.agents._generated._models.conversation_stream_request import (
    ConversationStreamRequestHandoffExecution,
)
from mistralai.api.agents._generated._models.create_prompt_request import (
    CreatePromptRequestWorkspaceRelation,
)
from mistralai.api.agents._generated._models.create_skill_request import (
    CreateSkillRequestWorkspaceRelation,
)
from mistralai.api.agents._generated._models.message_input_entry import Role
from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
from mistralai.api.agents._generated._models.tool_call_confirmation import Confirmation
from mistralai.api.agents._generated._models.tool_execution_info import ToolExecutionInfo
from mistralai.api.agents._generated._models.update_prompt_request2 import (
    PromptsUpdateWorkspaceRelation,
)
from mistralai.api.agents._generated._models.update_skill_request2 import (
    SkillsUpdateWorkspaceRelation,
)
from mistralai.core.models import (
    AssistantMessageTypedDict,
    BuiltInConnectors,
    CodeInterpreterToolTypedDict,
    CustomConnectorTypedDict,
    DocumentLibraryToolTypedDict,
    DocumentURLChunkTypedDict,
    FunctionTypedDict,
    GuardrailConfigTypedDict,
    ImageGenerationToolTypedDict,
    ImageURLChunkTypedDict,
    MetadataDict,
    MistralPromptMode,
    PredictionTypedDict,
    ReasoningEffort,
    RequestedServiceTier,
    ResponseFormatTypedDict,
    SystemMessageTypedDict,
    TextChunkTypedDict,
    ThinkChunkTypedDict,
    ToolChoiceEnum,
    ToolChoiceTypedDict,
    ToolMessageTypedDict,
    ToolReferenceChunkTypedDict,
    ToolTypedDict,
    UserMessageTypedDict,
    WebSearchPremiumToolTypedDict,
    WebSearchToolTypedDict,
)

__all__ = [
    "AgentHandoffEntryTypedDict",
    "AgentsCompletionRequestMessageTypedDict",
    "AgentsCompletionRequestToolTypedDict",
    "AgentsCompletionRequestTypedDict",
    "AliasListTypedDict",
    "CompletionArgsTypedDict",
    "ConversationAppendRequestTypedDict",
    "ConversationAppendStreamRequestTypedDict",
    "ConversationInputsTypedDict",
    "ConversationRequestToolTypedDict",
    "ConversationRequestTypedDict",
    "ConversationRestartRequestTypedDict",
    "ConversationRestartStreamRequestTypedDict",
    "ConversationStreamRequestToolTypedDict",
    "ConversationStreamRequestTypedDict",
    "CreateAgentRequestToolTypedDict",
    "CreateAgentRequestTypedDict",
    "CreatePromptRequestTypedDict",
    "CreatePromptVersionRequest2TypedDict",
    "CreateSkillRequestTypedDict",
    "CreateSkillVersionRequest2TypedDict",
    "FunctionCallEntryTypedDict",
    "FunctionResultEntryTypedDict",
    "FunctionToolTypedDict",
    "InputEntriesTypedDict",
    "MessageInputContentChunksTypedDict",
    "MessageInputEntryTypedDict",
    "MessageOutputContentChunksTypedDict",
    "MessageOutputEntryTypedDict",
    "PromptDefinitionTypedDict",
    "PromptVariableTypedDict",
    "SkillAssetContentTypedDict",
    "SkillDefinitionTypedDict",
    "ToolCallConfirmationTypedDict",
    "ToolExecutionEntryTypedDict",
    "ToolFileChunkTypedDict",
    "UpdateAgentRequestToolTypedDict",
    "UpdateAgentRequestTypedDict",
    "UpdatePromptRequest2TypedDict",
    "UpdatePromptVersionRequest2TypedDict",
    "UpdateSkillRequest2TypedDict",
    "UpdateSkillVersionRequest2TypedDict",
]


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


ConversationRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

MessageInputContentChunksTypedDict: TypeAlias = Sequence[
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | ToolFileChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
]

MessageOutputContentChunksTypedDict: TypeAlias = Sequence[
    TextChunkTypedDict
    | ImageURLChunkTypedDict
    | ToolFileChunkTypedDict
    | DocumentURLChunkTypedDict
    | ThinkChunkTypedDict
    | ToolReferenceChunkTypedDict
]

InputEntriesTypedDict: TypeAlias = Sequence[
    MessageInputEntryTypedDict
    | MessageOutputEntryTypedDict
    | FunctionResultEntryTypedDict
    | FunctionCallEntryTypedDict
    | ToolExecutionEntryTypedDict
    | AgentHandoffEntryTypedDict
]

ConversationInputsTypedDict: TypeAlias = str | InputEntriesTypedDict

ConversationStreamRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

AgentsCompletionRequestMessageTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

AgentsCompletionRequestToolTypedDict: TypeAlias = (
    ToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
    | CodeInterpreterToolTypedDict
    | ImageGenerationToolTypedDict
    | DocumentLibraryToolTypedDict
    | CustomConnectorTypedDict
)

CreateAgentRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)

UpdateAgentRequestToolTypedDict: TypeAlias = (
    CodeInterpreterToolTypedDict
    | CustomConnectorTypedDict
    | DocumentLibraryToolTypedDict
    | FunctionToolTypedDict
    | ImageGenerationToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
)
