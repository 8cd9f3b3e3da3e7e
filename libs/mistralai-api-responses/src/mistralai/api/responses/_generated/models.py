# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypeAlias

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "CountResponseInputTokensRequest",
    "CountResponseInputTokensRequestInput1",
    "CountResponseInputTokensRequestInput1TypedDict",
    "CountResponseInputTokensRequestInput2",
    "CountResponseInputTokensRequestInput2TypedDict",
    "CountResponseInputTokensRequestResponsesFormatJSONObject",
    "CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict",
    "CountResponseInputTokensRequestResponsesFormatText",
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict",
    "CountResponseInputTokensRequestResponsesFormatTextTypedDict",
    "CountResponseInputTokensRequestResponsesSupportedReasoning",
    "CountResponseInputTokensRequestResponsesSupportedReasoningEffort",
    "CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfig",
    "CountResponseInputTokensRequestResponsesTextConfigFormat",
    "CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfigTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfigVerbosity",
    "CountResponseInputTokensRequestResponsesToolChoiceFunction",
    "CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict",
    "CountResponseInputTokensRequestTool",
    "CountResponseInputTokensRequestToolChoiceUnion",
    "CountResponseInputTokensRequestToolChoiceUnion2",
    "CountResponseInputTokensRequestToolChoiceUnionTypedDict",
    "CountResponseInputTokensRequestToolTypedDict",
    "CountResponseInputTokensRequestTypedDict",
    "CountResponseInputTokensResponse",
    "CreateResponseRequest",
    "CreateResponseRequestInput1",
    "CreateResponseRequestInput1TypedDict",
    "CreateResponseRequestInput2",
    "CreateResponseRequestInput2TypedDict",
    "CreateResponseRequestResponsesFormatJSONObject",
    "CreateResponseRequestResponsesFormatJSONObjectTypedDict",
    "CreateResponseRequestResponsesFormatText",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict",
    "CreateResponseRequestResponsesFormatTextTypedDict",
    "CreateResponseRequestResponsesSupportedReasoning",
    "CreateResponseRequestResponsesSupportedReasoningEffort",
    "CreateResponseRequestResponsesSupportedReasoningTypedDict",
    "CreateResponseRequestResponsesTextConfig",
    "CreateResponseRequestResponsesTextConfigFormat",
    "CreateResponseRequestResponsesTextConfigFormatTypedDict",
    "CreateResponseRequestResponsesTextConfigTypedDict",
    "CreateResponseRequestResponsesTextConfigVerbosity",
    "CreateResponseRequestResponsesToolChoiceFunction",
    "CreateResponseRequestResponsesToolChoiceFunctionTypedDict",
    "CreateResponseRequestTool",
    "CreateResponseRequestToolChoiceUnion",
    "CreateResponseRequestToolChoiceUnion2",
    "CreateResponseRequestToolChoiceUnionTypedDict",
    "CreateResponseRequestToolTypedDict",
    "CreateResponseRequestTypedDict",
    "CreateResponseResponse",
    "CreateResponseResponseOutput",
    "CreateResponseResponsePromptCacheRetention",
    "CreateResponseResponseResponsesSupportedReasoning",
    "CreateResponseResponseResponsesSupportedReasoningEffort",
    "CreateResponseResponseResponsesTextConfig",
    "CreateResponseResponseResponsesTextConfigFormat",
    "CreateResponseResponseResponsesTextConfigVerbosity",
    "CreateResponseResponseServiceTier",
    "CreateResponseResponseStatus",
    "CreateResponseResponseTool",
    "CreateResponseResponseToolChoiceUnion",
    "CreateResponseResponseToolChoiceUnion2",
    "CreateResponseResponseTruncation",
    "ResponsesAnnotationContainerFileCitation",
    "ResponsesAnnotationContainerFileCitationTypedDict",
    "ResponsesAnnotationFileCitation",
    "ResponsesAnnotationFileCitationTypedDict",
    "ResponsesAnnotationFilePath",
    "ResponsesAnnotationFilePathTypedDict",
    "ResponsesAnnotationURLCitation",
    "ResponsesAnnotationURLCitationTypedDict",
    "ResponsesCallerDirect",
    "ResponsesCallerDirectTypedDict",
    "ResponsesCallerProgram",
    "ResponsesCallerProgramTypedDict",
    "ResponsesCompletedEvent",
    "ResponsesContent",
    "ResponsesContentPartAddedEvent",
    "ResponsesContentPartAddedEventPart",
    "ResponsesContentPartDoneEvent",
    "ResponsesContentPartDoneEventPart",
    "ResponsesContentTypedDict",
    "ResponsesCreatedEvent",
    "ResponsesCustomTool",
    "ResponsesCustomToolAllowedCaller",
    "ResponsesCustomToolFormat",
    "ResponsesCustomToolFormatTypedDict",
    "ResponsesCustomToolTypedDict",
    "ResponsesEasyInputMessage",
    "ResponsesEasyInputMessageContent2",
    "ResponsesEasyInputMessageContent22",
    "ResponsesEasyInputMessageContent22TypedDict",
    "ResponsesEasyInputMessageContent2TypedDict",
    "ResponsesEasyInputMessagePhase",
    "ResponsesEasyInputMessageRole",
    "ResponsesEasyInputMessageTypedDict",
    "ResponsesError",
    "ResponsesErrorCode",
    "ResponsesErrorEvent",
    "ResponsesFailedEvent",
    "ResponsesFunctionCallArgumentsDeltaEvent",
    "ResponsesFunctionCallArgumentsDoneEvent",
    "ResponsesFunctionCallOutput",
    "ResponsesFunctionCallOutputCaller",
    "ResponsesFunctionCallOutputCallerDirect",
    "ResponsesFunctionCallOutputCallerDirectTypedDict",
    "ResponsesFunctionCallOutputCallerProgram",
    "ResponsesFunctionCallOutputCallerProgramTypedDict",
    "ResponsesFunctionCallOutputCallerTypedDict",
    "ResponsesFunctionCallOutputOutput2",
    "ResponsesFunctionCallOutputOutput22",
    "ResponsesFunctionCallOutputOutput22TypedDict",
    "ResponsesFunctionCallOutputOutput2TypedDict",
    "ResponsesFunctionCallOutputStatus",
    "ResponsesFunctionCallOutputTypedDict",
    "ResponsesFunctionTool",
    "ResponsesFunctionToolAllowedCaller",
    "ResponsesFunctionToolCall",
    "ResponsesFunctionToolCallCaller",
    "ResponsesFunctionToolCallCallerTypedDict",
    "ResponsesFunctionToolCallStatus",
    "ResponsesFunctionToolCallTypedDict",
    "ResponsesFunctionToolTypedDict",
    "ResponsesGrammar",
    "ResponsesGrammarSyntax",
    "ResponsesGrammarTypedDict",
    "ResponsesInProgressEvent",
    "ResponsesIncompleteDetails",
    "ResponsesIncompleteDetailsReason",
    "ResponsesIncompleteEvent",
    "ResponsesInputFile",
    "ResponsesInputFileContent",
    "ResponsesInputFileContentDetail",
    "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
    "ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputFileContentTypedDict",
    "ResponsesInputFileDetail",
    "ResponsesInputFileResponsesPromptCacheBreakpoint",
    "ResponsesInputFileResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputFileTypedDict",
    "ResponsesInputImage",
    "ResponsesInputImageContent",
    "ResponsesInputImageContentDetail",
    "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
    "ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputImageContentTypedDict",
    "ResponsesInputImageDetail",
    "ResponsesInputImageResponsesPromptCacheBreakpoint",
    "ResponsesInputImageResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputImageTypedDict",
    "ResponsesInputText",
    "ResponsesInputTextContent",
    "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
    "ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputTextContentTypedDict",
    "ResponsesInputTextResponsesPromptCacheBreakpoint",
    "ResponsesInputTextResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputTextTypedDict",
    "ResponsesInputTokensDetails",
    "ResponsesMessage",
    "ResponsesMessageContent",
    "ResponsesMessageContentTypedDict",
    "ResponsesMessageRole",
    "ResponsesMessageStatus",
    "ResponsesMessageTypedDict",
    "ResponsesNamespaceTool",
    "ResponsesNamespaceToolTool",
    "ResponsesNamespaceToolToolTypedDict",
    "ResponsesNamespaceToolTypedDict",
    "ResponsesOutputItemAddedEvent",
    "ResponsesOutputItemAddedEventItem",
    "ResponsesOutputItemDoneEvent",
    "ResponsesOutputItemDoneEventItem",
    "ResponsesOutputMessage",
    "ResponsesOutputMessageContent",
    "ResponsesOutputMessageContentTypedDict",
    "ResponsesOutputMessagePhase",
    "ResponsesOutputMessageStatus",
    "ResponsesOutputMessageTypedDict",
    "ResponsesOutputRefusal",
    "ResponsesOutputRefusalTypedDict",
    "ResponsesOutputText",
    "ResponsesOutputTextAnnotation",
    "ResponsesOutputTextAnnotationTypedDict",
    "ResponsesOutputTextLogprob",
    "ResponsesOutputTextLogprobTopLogprob",
    "ResponsesOutputTextLogprobTopLogprobTypedDict",
    "ResponsesOutputTextLogprobTypedDict",
    "ResponsesOutputTextTypedDict",
    "ResponsesOutputTokensDetails",
    "ResponsesPartReasoningText",
    "ResponsesReasoningItem",
    "ResponsesReasoningItemStatus",
    "ResponsesReasoningItemTypedDict",
    "ResponsesReasoningTextDeltaEvent",
    "ResponsesReasoningTextDoneEvent",
    "ResponsesStreamFrame",
    "ResponsesStreamFrameData",
    "ResponsesSummary",
    "ResponsesSummaryTypedDict",
    "ResponsesText",
    "ResponsesTextConfigResponsesFormatJSONObject",
    "ResponsesTextConfigResponsesFormatText",
    "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig",
    "ResponsesTextDeltaEvent",
    "ResponsesTextDeltaEventLogprob",
    "ResponsesTextDeltaEventLogprobTopLogprob",
    "ResponsesTextDoneEvent",
    "ResponsesTextDoneEventLogprob",
    "ResponsesTextDoneEventLogprobTopLogprob",
    "ResponsesTextTypedDict",
    "ResponsesToolChoiceFunction",
    "ResponsesToolFunction",
    "ResponsesToolFunctionAllowedCaller",
    "ResponsesToolFunctionTypedDict",
    "ResponsesUsage",
]


class CountResponseInputTokensRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    input: CountResponseInputTokensRequestInput2
    instructions: str | None = None
    parallel_tool_calls: bool | None = True
    previous_response_id: Any = None
    truncation: Literal["disabled"] | None = "disabled"
    tools: list[CountResponseInputTokensRequestTool] | None = None
    tool_choice: CountResponseInputTokensRequestToolChoiceUnion | None = None
    reasoning: CountResponseInputTokensRequestResponsesSupportedReasoning | None = None
    conversation: Any = None
    prompt: Any = None
    text: CountResponseInputTokensRequestResponsesTextConfig | None = None


class CountResponseInputTokensRequestResponsesFormatJSONObject(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_object"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json_object"] = "json_object"


class CountResponseInputTokensRequestResponsesFormatText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


class CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_schema"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    type: Literal["json_schema"] = "json_schema"
    description: str | None = None
    strict: bool | None = None


class CountResponseInputTokensRequestResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CountResponseInputTokensRequestResponsesSupportedReasoningEffort | None = None


class CountResponseInputTokensRequestResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CountResponseInputTokensRequestResponsesTextConfigFormat | None = None
    verbosity: CountResponseInputTokensRequestResponsesTextConfigVerbosity | None = None


class CountResponseInputTokensRequestResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


class CountResponseInputTokensResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "response.input_tokens"}
    __mistral_keep__ = frozenset({"object"})
    input_tokens: int
    object: Literal["response.input_tokens"] = "response.input_tokens"


class CreateResponseRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    input: CreateResponseRequestInput2
    instructions: str | None = None
    parallel_tool_calls: bool | None = True
    previous_response_id: Any = None
    truncation: Literal["disabled"] | None = "disabled"
    tools: list[CreateResponseRequestTool] | None = None
    tool_choice: CreateResponseRequestToolChoiceUnion | None = None
    reasoning: CreateResponseRequestResponsesSupportedReasoning | None = None
    conversation: Any = None
    prompt: Any = None
    text: CreateResponseRequestResponsesTextConfig | None = None
    background: Literal[False] | None = False
    stream: bool | None = False
    store: Literal[False] | None = False
    max_output_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    metadata: dict[str, str] | None = None
    prompt_cache_key: str | None = None
    max_tool_calls: int | None = None
    moderation: Any = None
    top_logprobs: Literal[0] | None = 0


class CreateResponseRequestResponsesFormatJSONObject(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_object"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json_object"] = "json_object"


class CreateResponseRequestResponsesFormatText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


class CreateResponseRequestResponsesFormatTextJSONSchemaConfig(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_schema"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    type: Literal["json_schema"] = "json_schema"
    description: str | None = None
    strict: bool | None = None


class CreateResponseRequestResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CreateResponseRequestResponsesSupportedReasoningEffort | None = None


class CreateResponseRequestResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CreateResponseRequestResponsesTextConfigFormat | None = None
    verbosity: CreateResponseRequestResponsesTextConfigVerbosity | None = None


class CreateResponseRequestResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


class CreateResponseResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "response"}
    __mistral_keep__ = frozenset({"object"})
    id: str
    created_at: float
    model: str
    output: list[CreateResponseResponseOutput]
    parallel_tool_calls: bool
    tool_choice: CreateResponseResponseToolChoiceUnion
    tools: list[CreateResponseResponseTool]
    error: ResponsesError | None = None
    incomplete_details: ResponsesIncompleteDetails | None = None
    instructions: str | None = None
    metadata: dict[str, str] | None = None
    object: Literal["response"] = "response"
    temperature: float | None = None
    top_p: float | None = None
    background: bool | None = None
    completed_at: float | None = None
    max_output_tokens: int | None = None
    max_tool_calls: int | None = None
    previous_response_id: str | None = None
    prompt_cache_key: str | None = None
    prompt_cache_retention: CreateResponseResponsePromptCacheRetention | None = None
    reasoning: CreateResponseResponseResponsesSupportedReasoning | None = None
    safety_identifier: str | None = None
    service_tier: CreateResponseResponseServiceTier | None = None
    status: CreateResponseResponseStatus | None = None
    text: CreateResponseResponseResponsesTextConfig | None = None
    top_logprobs: int | None = None
    truncation: CreateResponseResponseTruncation | None = None
    usage: ResponsesUsage | None = None
    user: str | None = None


class CreateResponseResponseResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CreateResponseResponseResponsesSupportedReasoningEffort | None = None


class CreateResponseResponseResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CreateResponseResponseResponsesTextConfigFormat | None = None
    verbosity: CreateResponseResponseResponsesTextConfigVerbosity | None = None


class ResponsesAnnotationContainerFileCitation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "container_file_citation"}
    __mistral_keep__ = frozenset({"type"})
    container_id: str
    end_index: int
    file_id: str
    filename: str
    start_index: int
    type: Literal["container_file_citation"] = "container_file_citation"


class ResponsesAnnotationFileCitation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "file_citation"}
    __mistral_keep__ = frozenset({"type"})
    file_id: str
    filename: str
    index: int
    type: Literal["file_citation"] = "file_citation"


class ResponsesAnnotationFilePath(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "file_path"}
    __mistral_keep__ = frozenset({"type"})
    file_id: str
    index: int
    type: Literal["file_path"] = "file_path"


class ResponsesAnnotationURLCitation(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "url_citation"}
    __mistral_keep__ = frozenset({"type"})
    end_index: int
    start_index: int
    title: str
    url: str
    type: Literal["url_citation"] = "url_citation"


class ResponsesCallerDirect(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "direct"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["direct"] = "direct"


class ResponsesCallerProgram(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "program"}
    __mistral_keep__ = frozenset({"type"})
    caller_id: str
    type: Literal["program"] = "program"


class ResponsesCompletedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.completed"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.completed"] = "response.completed"


class ResponsesContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["reasoning_text"] = "reasoning_text"


class ResponsesContentPartAddedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.content_part.added"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    part: ResponsesContentPartAddedEventPart
    sequence_number: int
    type: Literal["response.content_part.added"] = "response.content_part.added"


class ResponsesContentPartDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.content_part.done"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    part: ResponsesContentPartDoneEventPart
    sequence_number: int
    type: Literal["response.content_part.done"] = "response.content_part.done"


class ResponsesCreatedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.created"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.created"] = "response.created"


class ResponsesCustomTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "custom"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["custom"] = "custom"
    allowed_callers: list[ResponsesCustomToolAllowedCaller] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    format: ResponsesCustomToolFormat | None = None


class ResponsesEasyInputMessage(BaseModel):
    __mistral_keep__ = frozenset()
    content: ResponsesEasyInputMessageContent2
    role: ResponsesEasyInputMessageRole
    phase: ResponsesEasyInputMessagePhase | None = None
    type: Literal["message"] | None = "message"


class ResponsesError(BaseModel):
    __mistral_keep__ = frozenset()
    code: ResponsesErrorCode
    message: str


class ResponsesErrorEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "error"}
    __mistral_keep__ = frozenset({"type"})
    message: str
    sequence_number: int
    code: str | None = None
    param: str | None = None
    type: Literal["error"] = "error"


class ResponsesFailedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.failed"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.failed"] = "response.failed"


class ResponsesFunctionCallArgumentsDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "response.function_call_arguments.delta"
    }
    __mistral_keep__ = frozenset({"type"})
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: Literal["response.function_call_arguments.delta"] = (
        "response.function_call_arguments.delta"
    )


class ResponsesFunctionCallArgumentsDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "type": "response.function_call_arguments.done"
    }
    __mistral_keep__ = frozenset({"type"})
    arguments: str
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"


class ResponsesFunctionCallOutput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function_call_output"}
    __mistral_keep__ = frozenset({"type"})
    call_id: str
    output: ResponsesFunctionCallOutputOutput2
    type: Literal["function_call_output"] = "function_call_output"
    id: str | None = None
    caller: ResponsesFunctionCallOutputCaller | None = None
    status: ResponsesFunctionCallOutputStatus | None = None


class ResponsesFunctionCallOutputCallerDirect(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "direct"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["direct"] = "direct"


class ResponsesFunctionCallOutputCallerProgram(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "program"}
    __mistral_keep__ = frozenset({"type"})
    caller_id: str
    type: Literal["program"] = "program"


class ResponsesFunctionTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    parameters: dict[str, Any] | None = None
    strict: bool | None = None
    type: Literal["function"] = "function"
    allowed_callers: list[ResponsesFunctionToolAllowedCaller] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    output_schema: dict[str, Any] | None = None


class ResponsesFunctionToolCall(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function_call"}
    __mistral_keep__ = frozenset({"type"})
    arguments: str
    call_id: str
    name: str
    type: Literal["function_call"] = "function_call"
    id: str | None = None
    caller: ResponsesFunctionToolCallCaller | None = None
    namespace: str | None = None
    status: ResponsesFunctionToolCallStatus | None = None


class ResponsesGrammar(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "grammar"}
    __mistral_keep__ = frozenset({"type"})
    definition: str
    syntax: ResponsesGrammarSyntax
    type: Literal["grammar"] = "grammar"


class ResponsesInProgressEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.in_progress"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.in_progress"] = "response.in_progress"


class ResponsesIncompleteDetails(BaseModel):
    __mistral_keep__ = frozenset()
    reason: ResponsesIncompleteDetailsReason | None = None


class ResponsesIncompleteEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.incomplete"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.incomplete"] = "response.incomplete"


class ResponsesInputFile(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_file"] = "input_file"
    detail: ResponsesInputFileDetail | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None
    prompt_cache_breakpoint: ResponsesInputFileResponsesPromptCacheBreakpoint | None = None


class ResponsesInputFileContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_file"] = "input_file"
    detail: ResponsesInputFileContentDetail | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None
    prompt_cache_breakpoint: ResponsesInputFileContentResponsesPromptCacheBreakpoint | None = None


class ResponsesInputFileContentResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputFileResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputImage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_image"}
    __mistral_keep__ = frozenset({"type"})
    detail: ResponsesInputImageDetail
    type: Literal["input_image"] = "input_image"
    file_id: str | None = None
    image_url: str | None = None
    prompt_cache_breakpoint: ResponsesInputImageResponsesPromptCacheBreakpoint | None = None


class ResponsesInputImageContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_image"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_image"] = "input_image"
    detail: ResponsesInputImageContentDetail | None = None
    file_id: str | None = None
    image_url: str | None = None
    prompt_cache_breakpoint: ResponsesInputImageContentResponsesPromptCacheBreakpoint | None = None


class ResponsesInputImageContentResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputImageResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["input_text"] = "input_text"
    prompt_cache_breakpoint: ResponsesInputTextResponsesPromptCacheBreakpoint | None = None


class ResponsesInputTextContent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["input_text"] = "input_text"
    prompt_cache_breakpoint: ResponsesInputTextContentResponsesPromptCacheBreakpoint | None = None


class ResponsesInputTextContentResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputTextResponsesPromptCacheBreakpoint(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"mode": "explicit"}
    __mistral_keep__ = frozenset({"mode"})
    mode: Literal["explicit"] = "explicit"


class ResponsesInputTokensDetails(BaseModel):
    __mistral_keep__ = frozenset()
    cache_write_tokens: int
    cached_tokens: int


class ResponsesMessage(BaseModel):
    __mistral_keep__ = frozenset()
    content: list[ResponsesMessageContent]
    role: ResponsesMessageRole
    status: ResponsesMessageStatus | None = None
    type: Literal["message"] | None = "message"


class ResponsesNamespaceTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "namespace"}
    __mistral_keep__ = frozenset({"type"})
    description: str
    name: str
    tools: list[ResponsesNamespaceToolTool]
    type: Literal["namespace"] = "namespace"


class ResponsesOutputItemAddedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_item.added"}
    __mistral_keep__ = frozenset({"type"})
    item: ResponsesOutputItemAddedEventItem
    output_index: int
    sequence_number: int
    type: Literal["response.output_item.added"] = "response.output_item.added"


class ResponsesOutputItemDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_item.done"}
    __mistral_keep__ = frozenset({"type"})
    item: ResponsesOutputItemDoneEventItem
    output_index: int
    sequence_number: int
    type: Literal["response.output_item.done"] = "response.output_item.done"


class ResponsesOutputMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "assistant", "type": "message"}
    __mistral_keep__ = frozenset({"role", "type"})
    id: str
    content: list[ResponsesOutputMessageContent]
    status: ResponsesOutputMessageStatus
    role: Literal["assistant"] = "assistant"
    type: Literal["message"] = "message"
    phase: ResponsesOutputMessagePhase | None = None


class ResponsesOutputRefusal(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "refusal"}
    __mistral_keep__ = frozenset({"type"})
    refusal: str
    type: Literal["refusal"] = "refusal"


class ResponsesOutputText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "output_text"}
    __mistral_keep__ = frozenset({"type"})
    annotations: list[ResponsesOutputTextAnnotation]
    text: str
    type: Literal["output_text"] = "output_text"
    logprobs: list[ResponsesOutputTextLogprob] | None = None


class ResponsesOutputTextLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    size_bytes: list[int] = Field(validation_alias="bytes", serialization_alias="bytes")
    logprob: float
    top_logprobs: list[ResponsesOutputTextLogprobTopLogprob]


class ResponsesOutputTextLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    size_bytes: list[int] = Field(validation_alias="bytes", serialization_alias="bytes")
    logprob: float


class ResponsesOutputTokensDetails(BaseModel):
    __mistral_keep__ = frozenset()
    reasoning_tokens: int


class ResponsesPartReasoningText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["reasoning_text"] = "reasoning_text"


class ResponsesReasoningItem(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning"}
    __mistral_keep__ = frozenset({"type"})
    id: str
    summary: list[ResponsesSummary]
    type: Literal["reasoning"] = "reasoning"
    content: list[ResponsesContent] | None = None
    encrypted_content: str | None = None
    status: ResponsesReasoningItemStatus | None = None


class ResponsesReasoningTextDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.reasoning_text.delta"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: Literal["response.reasoning_text.delta"] = "response.reasoning_text.delta"


class ResponsesReasoningTextDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.reasoning_text.done"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    text: str
    type: Literal["response.reasoning_text.done"] = "response.reasoning_text.done"


class ResponsesStreamFrame(BaseModel):
    __mistral_keep__ = frozenset()
    event: str
    data: ResponsesStreamFrameData


class ResponsesSummary(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "summary_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["summary_text"] = "summary_text"


class ResponsesText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


class ResponsesTextConfigResponsesFormatJSONObject(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_object"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json_object"] = "json_object"


class ResponsesTextConfigResponsesFormatText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"


class ResponsesTextConfigResponsesFormatTextJSONSchemaConfig(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_schema"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    schema_: dict[str, Any] = Field(validation_alias="schema", serialization_alias="schema")
    type: Literal["json_schema"] = "json_schema"
    description: str | None = None
    strict: bool | None = None


class ResponsesTextDeltaEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_text.delta"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    delta: str
    item_id: str
    logprobs: list[ResponsesTextDeltaEventLogprob]
    output_index: int
    sequence_number: int
    type: Literal["response.output_text.delta"] = "response.output_text.delta"


class ResponsesTextDeltaEventLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    logprob: float
    top_logprobs: list[ResponsesTextDeltaEventLogprobTopLogprob] | None = None


class ResponsesTextDeltaEventLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str | None = None
    logprob: float | None = None


class ResponsesTextDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_text.done"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    logprobs: list[ResponsesTextDoneEventLogprob]
    output_index: int
    sequence_number: int
    text: str
    type: Literal["response.output_text.done"] = "response.output_text.done"


class ResponsesTextDoneEventLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    logprob: float
    top_logprobs: list[ResponsesTextDoneEventLogprobTopLogprob] | None = None


class ResponsesTextDoneEventLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str | None = None
    logprob: float | None = None


class ResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


class ResponsesToolFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"
    allowed_callers: list[ResponsesToolFunctionAllowedCaller] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    output_schema: dict[str, Any] | None = None
    parameters: Any = None
    strict: bool | None = None


class ResponsesUsage(BaseModel):
    __mistral_keep__ = frozenset()
    input_tokens: int
    input_tokens_details: ResponsesInputTokensDetails
    output_tokens: int
    output_tokens_details: ResponsesOutputTokensDetails
    total_tokens: int


class CountResponseInputTokensRequestTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequest`."""

    model: Required[str]
    input: Required[CountResponseInputTokensRequestInput2TypedDict]
    instructions: NotRequired[str | None]
    parallel_tool_calls: NotRequired[bool | None]
    previous_response_id: NotRequired[Any]
    truncation: NotRequired[Literal["disabled"] | None]
    tools: NotRequired[Sequence[CountResponseInputTokensRequestToolTypedDict] | None]
    tool_choice: NotRequired[CountResponseInputTokensRequestToolChoiceUnionTypedDict | None]
    reasoning: NotRequired[
        CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict | None
    ]
    conversation: NotRequired[Any]
    prompt: NotRequired[Any]
    text: NotRequired[CountResponseInputTokensRequestResponsesTextConfigTypedDict | None]


class CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequestResponsesFormatJSONObject`."""

    type: NotRequired[Literal["json_object"]]


class CountResponseInputTokensRequestResponsesFormatTextTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequestResponsesFormatText`."""

    type: NotRequired[Literal["text"]]


class CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig`."""

    name: Required[str]
    schema_: Required[Mapping[str, Any]]
    type: NotRequired[Literal["json_schema"]]
    description: NotRequired[str | None]
    strict: NotRequired[bool | None]


class CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequestResponsesSupportedReasoning`."""

    effort: NotRequired[CountResponseInputTokensRequestResponsesSupportedReasoningEffort | None]


class CountResponseInputTokensRequestResponsesTextConfigTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequestResponsesTextConfig`."""

    format: NotRequired[CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict | None]
    verbosity: NotRequired[CountResponseInputTokensRequestResponsesTextConfigVerbosity | None]


class CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict(TypedDict):
    """Dict form of :class:`CountResponseInputTokensRequestResponsesToolChoiceFunction`."""

    name: Required[str]
    type: NotRequired[Literal["function"]]


class CreateResponseRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequest`."""

    model: Required[str]
    input: Required[CreateResponseRequestInput2TypedDict]
    instructions: NotRequired[str | None]
    parallel_tool_calls: NotRequired[bool | None]
    previous_response_id: NotRequired[Any]
    truncation: NotRequired[Literal["disabled"] | None]
    tools: NotRequired[Sequence[CreateResponseRequestToolTypedDict] | None]
    tool_choice: NotRequired[CreateResponseRequestToolChoiceUnionTypedDict | None]
    reasoning: NotRequired[CreateResponseRequestResponsesSupportedReasoningTypedDict | None]
    conversation: NotRequired[Any]
    prompt: NotRequired[Any]
    text: NotRequired[CreateResponseRequestResponsesTextConfigTypedDict | None]
    background: NotRequired[Literal[False] | None]
    stream: NotRequired[bool | None]
    store: NotRequired[Literal[False] | None]
    max_output_tokens: NotRequired[int | None]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    metadata: NotRequired[Mapping[str, str] | None]
    prompt_cache_key: NotRequired[str | None]
    max_tool_calls: NotRequired[int | None]
    moderation: NotRequired[Any]
    top_logprobs: NotRequired[Literal[0] | None]


class CreateResponseRequestResponsesFormatJSONObjectTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequestResponsesFormatJSONObject`."""

    type: NotRequired[Literal["json_object"]]


class CreateResponseRequestResponsesFormatTextTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequestResponsesFormatText`."""

    type: NotRequired[Literal["text"]]


class CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequestResponsesFormatTextJSONSchemaConfig`."""

    name: Required[str]
    schema_: Required[Mapping[str, Any]]
    type: NotRequired[Literal["json_schema"]]
    description: NotRequired[str | None]
    strict: NotRequired[bool | None]


class CreateResponseRequestResponsesSupportedReasoningTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequestResponsesSupportedReasoning`."""

    effort: NotRequired[CreateResponseRequestResponsesSupportedReasoningEffort | None]


class CreateResponseRequestResponsesTextConfigTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequestResponsesTextConfig`."""

    format: NotRequired[CreateResponseRequestResponsesTextConfigFormatTypedDict | None]
    verbosity: NotRequired[CreateResponseRequestResponsesTextConfigVerbosity | None]


class CreateResponseRequestResponsesToolChoiceFunctionTypedDict(TypedDict):
    """Dict form of :class:`CreateResponseRequestResponsesToolChoiceFunction`."""

    name: Required[str]
    type: NotRequired[Literal["function"]]


class ResponsesAnnotationContainerFileCitationTypedDict(TypedDict):
    """Dict form of :class:`ResponsesAnnotationContainerFileCitation`."""

    container_id: Required[str]
    end_index: Required[int]
    file_id: Required[str]
    filename: Required[str]
    start_index: Required[int]
    type: NotRequired[Literal["container_file_citation"]]


class ResponsesAnnotationFileCitationTypedDict(TypedDict):
    """Dict form of :class:`ResponsesAnnotationFileCitation`."""

    file_id: Required[str]
    filename: Required[str]
    index: Required[int]
    type: NotRequired[Literal["file_citation"]]


class ResponsesAnnotationFilePathTypedDict(TypedDict):
    """Dict form of :class:`ResponsesAnnotationFilePath`."""

    file_id: Required[str]
    index: Required[int]
    type: NotRequired[Literal["file_path"]]


class ResponsesAnnotationURLCitationTypedDict(TypedDict):
    """Dict form of :class:`ResponsesAnnotationURLCitation`."""

    end_index: Required[int]
    start_index: Required[int]
    title: Required[str]
    url: Required[str]
    type: NotRequired[Literal["url_citation"]]


class ResponsesCallerDirectTypedDict(TypedDict):
    """Dict form of :class:`ResponsesCallerDirect`."""

    type: NotRequired[Literal["direct"]]


class ResponsesCallerProgramTypedDict(TypedDict):
    """Dict form of :class:`ResponsesCallerProgram`."""

    caller_id: Required[str]
    type: NotRequired[Literal["program"]]


class ResponsesContentTypedDict(TypedDict):
    """Dict form of :class:`ResponsesContent`."""

    text: Required[str]
    type: NotRequired[Literal["reasoning_text"]]


class ResponsesCustomToolTypedDict(TypedDict):
    """Dict form of :class:`ResponsesCustomTool`."""

    name: Required[str]
    type: NotRequired[Literal["custom"]]
    allowed_callers: NotRequired[Sequence[ResponsesCustomToolAllowedCaller] | None]
    defer_loading: NotRequired[bool | None]
    description: NotRequired[str | None]
    format: NotRequired[ResponsesCustomToolFormatTypedDict | None]


class ResponsesEasyInputMessageTypedDict(TypedDict):
    """Dict form of :class:`ResponsesEasyInputMessage`."""

    content: Required[ResponsesEasyInputMessageContent2TypedDict]
    role: Required[ResponsesEasyInputMessageRole]
    phase: NotRequired[ResponsesEasyInputMessagePhase | None]
    type: NotRequired[Literal["message"] | None]


class ResponsesFunctionCallOutputTypedDict(TypedDict):
    """Dict form of :class:`ResponsesFunctionCallOutput`."""

    call_id: Required[str]
    output: Required[ResponsesFunctionCallOutputOutput2TypedDict]
    type: NotRequired[Literal["function_call_output"]]
    id: NotRequired[str | None]
    caller: NotRequired[ResponsesFunctionCallOutputCallerTypedDict | None]
    status: NotRequired[ResponsesFunctionCallOutputStatus | None]


class ResponsesFunctionCallOutputCallerDirectTypedDict(TypedDict):
    """Dict form of :class:`ResponsesFunctionCallOutputCallerDirect`."""

    type: NotRequired[Literal["direct"]]


class ResponsesFunctionCallOutputCallerProgramTypedDict(TypedDict):
    """Dict form of :class:`ResponsesFunctionCallOutputCallerProgram`."""

    caller_id: Required[str]
    type: NotRequired[Literal["program"]]


class ResponsesFunctionToolTypedDict(TypedDict):
    """Dict form of :class:`ResponsesFunctionTool`."""

    name: Required[str]
    parameters: NotRequired[Mapping[str, Any] | None]
    strict: NotRequired[bool | None]
    type: NotRequired[Literal["function"]]
    allowed_callers: NotRequired[Sequence[ResponsesFunctionToolAllowedCaller] | None]
    defer_loading: NotRequired[bool | None]
    description: NotRequired[str | None]
    output_schema: NotRequired[Mapping[str, Any] | None]


class ResponsesFunctionToolCallTypedDict(TypedDict):
    """Dict form of :class:`ResponsesFunctionToolCall`."""

    arguments: Required[str]
    call_id: Required[str]
    name: Required[str]
    type: NotRequired[Literal["function_call"]]
    id: NotRequired[str | None]
    caller: NotRequired[ResponsesFunctionToolCallCallerTypedDict | None]
    namespace: NotRequired[str | None]
    status: NotRequired[ResponsesFunctionToolCallStatus | None]


class ResponsesGrammarTypedDict(TypedDict):
    """Dict form of :class:`ResponsesGrammar`."""

    definition: Required[str]
    syntax: Required[ResponsesGrammarSyntax]
    type: NotRequired[Literal["grammar"]]


class ResponsesInputFileTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputFile`."""

    type: NotRequired[Literal["input_file"]]
    detail: NotRequired[ResponsesInputFileDetail | None]
    file_data: NotRequired[str | None]
    file_id: NotRequired[str | None]
    file_url: NotRequired[str | None]
    filename: NotRequired[str | None]
    prompt_cache_breakpoint: NotRequired[
        ResponsesInputFileResponsesPromptCacheBreakpointTypedDict | None
    ]


class ResponsesInputFileContentTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputFileContent`."""

    type: NotRequired[Literal["input_file"]]
    detail: NotRequired[ResponsesInputFileContentDetail | None]
    file_data: NotRequired[str | None]
    file_id: NotRequired[str | None]
    file_url: NotRequired[str | None]
    filename: NotRequired[str | None]
    prompt_cache_breakpoint: NotRequired[
        ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict | None
    ]


class ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputFileContentResponsesPromptCacheBreakpoint`."""

    mode: NotRequired[Literal["explicit"]]


class ResponsesInputFileResponsesPromptCacheBreakpointTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputFileResponsesPromptCacheBreakpoint`."""

    mode: NotRequired[Literal["explicit"]]


class ResponsesInputImageTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputImage`."""

    detail: Required[ResponsesInputImageDetail]
    type: NotRequired[Literal["input_image"]]
    file_id: NotRequired[str | None]
    image_url: NotRequired[str | None]
    prompt_cache_breakpoint: NotRequired[
        ResponsesInputImageResponsesPromptCacheBreakpointTypedDict | None
    ]


class ResponsesInputImageContentTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputImageContent`."""

    type: NotRequired[Literal["input_image"]]
    detail: NotRequired[ResponsesInputImageContentDetail | None]
    file_id: NotRequired[str | None]
    image_url: NotRequired[str | None]
    prompt_cache_breakpoint: NotRequired[
        ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict | None
    ]


class ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputImageContentResponsesPromptCacheBreakpoint`."""

    mode: NotRequired[Literal["explicit"]]


class ResponsesInputImageResponsesPromptCacheBreakpointTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputImageResponsesPromptCacheBreakpoint`."""

    mode: NotRequired[Literal["explicit"]]


class ResponsesInputTextTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputText`."""

    text: Required[str]
    type: NotRequired[Literal["input_text"]]
    prompt_cache_breakpoint: NotRequired[
        ResponsesInputTextResponsesPromptCacheBreakpointTypedDict | None
    ]


class ResponsesInputTextContentTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputTextContent`."""

    text: Required[str]
    type: NotRequired[Literal["input_text"]]
    prompt_cache_breakpoint: NotRequired[
        ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict | None
    ]


class ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputTextContentResponsesPromptCacheBreakpoint`."""

    mode: NotRequired[Literal["explicit"]]


class ResponsesInputTextResponsesPromptCacheBreakpointTypedDict(TypedDict):
    """Dict form of :class:`ResponsesInputTextResponsesPromptCacheBreakpoint`."""

    mode: NotRequired[Literal["explicit"]]


class ResponsesMessageTypedDict(TypedDict):
    """Dict form of :class:`ResponsesMessage`."""

    content: Required[Sequence[ResponsesMessageContentTypedDict]]
    role: Required[ResponsesMessageRole]
    status: NotRequired[ResponsesMessageStatus | None]
    type: NotRequired[Literal["message"] | None]


class ResponsesNamespaceToolTypedDict(TypedDict):
    """Dict form of :class:`ResponsesNamespaceTool`."""

    description: Required[str]
    name: Required[str]
    tools: Required[Sequence[ResponsesNamespaceToolToolTypedDict]]
    type: NotRequired[Literal["namespace"]]


class ResponsesOutputMessageTypedDict(TypedDict):
    """Dict form of :class:`ResponsesOutputMessage`."""

    id: Required[str]
    content: Required[Sequence[ResponsesOutputMessageContentTypedDict]]
    status: Required[ResponsesOutputMessageStatus]
    role: NotRequired[Literal["assistant"]]
    type: NotRequired[Literal["message"]]
    phase: NotRequired[ResponsesOutputMessagePhase | None]


class ResponsesOutputRefusalTypedDict(TypedDict):
    """Dict form of :class:`ResponsesOutputRefusal`."""

    refusal: Required[str]
    type: NotRequired[Literal["refusal"]]


class ResponsesOutputTextTypedDict(TypedDict):
    """Dict form of :class:`ResponsesOutputText`."""

    annotations: Required[Sequence[ResponsesOutputTextAnnotationTypedDict]]
    text: Required[str]
    type: NotRequired[Literal["output_text"]]
    logprobs: NotRequired[Sequence[ResponsesOutputTextLogprobTypedDict] | None]


class ResponsesOutputTextLogprobTypedDict(TypedDict):
    """Dict form of :class:`ResponsesOutputTextLogprob`."""

    token: Required[str]
    size_bytes: Required[Sequence[int]]
    logprob: Required[float]
    top_logprobs: Required[Sequence[ResponsesOutputTextLogprobTopLogprobTypedDict]]


class ResponsesOutputTextLogprobTopLogprobTypedDict(TypedDict):
    """Dict form of :class:`ResponsesOutputTextLogprobTopLogprob`."""

    token: Required[str]
    size_bytes: Required[Sequence[int]]
    logprob: Required[float]


class ResponsesReasoningItemTypedDict(TypedDict):
    """Dict form of :class:`ResponsesReasoningItem`."""

    id: Required[str]
    summary: Required[Sequence[ResponsesSummaryTypedDict]]
    type: NotRequired[Literal["reasoning"]]
    content: NotRequired[Sequence[ResponsesContentTypedDict] | None]
    encrypted_content: NotRequired[str | None]
    status: NotRequired[ResponsesReasoningItemStatus | None]


class ResponsesSummaryTypedDict(TypedDict):
    """Dict form of :class:`ResponsesSummary`."""

    text: Required[str]
    type: NotRequired[Literal["summary_text"]]


class ResponsesTextTypedDict(TypedDict):
    """Dict form of :class:`ResponsesText`."""

    type: NotRequired[Literal["text"]]


class ResponsesToolFunctionTypedDict(TypedDict):
    """Dict form of :class:`ResponsesToolFunction`."""

    name: Required[str]
    type: NotRequired[Literal["function"]]
    allowed_callers: NotRequired[Sequence[ResponsesToolFunctionAllowedCaller] | None]
    defer_loading: NotRequired[bool | None]
    description: NotRequired[str | None]
    output_schema: NotRequired[Mapping[str, Any] | None]
    parameters: NotRequired[Any]
    strict: NotRequired[bool | None]


CountResponseInputTokensRequestTool: TypeAlias = Annotated[
    Annotated[ResponsesFunctionTool, Tag("function")]
    | Annotated[ResponsesNamespaceTool, Tag("namespace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function", "namespace"})),
]

CountResponseInputTokensRequestToolTypedDict: TypeAlias = (
    ResponsesFunctionToolTypedDict | ResponsesNamespaceToolTypedDict
)

CountResponseInputTokensRequestInput1: TypeAlias = (
    ResponsesEasyInputMessage
    | ResponsesMessage
    | ResponsesOutputMessage
    | ResponsesFunctionCallOutput
    | ResponsesReasoningItem
    | ResponsesFunctionToolCall
)

CountResponseInputTokensRequestInput1TypedDict: TypeAlias = (
    ResponsesEasyInputMessageTypedDict
    | ResponsesMessageTypedDict
    | ResponsesOutputMessageTypedDict
    | ResponsesFunctionCallOutputTypedDict
    | ResponsesReasoningItemTypedDict
    | ResponsesFunctionToolCallTypedDict
)

CountResponseInputTokensRequestInput2: TypeAlias = str | list[CountResponseInputTokensRequestInput1]

CountResponseInputTokensRequestInput2TypedDict: TypeAlias = (
    str | Sequence[CountResponseInputTokensRequestInput1TypedDict]
)

CountResponseInputTokensRequestResponsesSupportedReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str
)

CountResponseInputTokensRequestResponsesTextConfigFormat: TypeAlias = Annotated[
    Annotated[CountResponseInputTokensRequestResponsesFormatJSONObject, Tag("json_object")]
    | Annotated[
        CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig, Tag("json_schema")
    ]
    | Annotated[CountResponseInputTokensRequestResponsesFormatText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json_object", "json_schema", "text"})),
]

CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict: TypeAlias = (
    CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict
    | CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict
    | CountResponseInputTokensRequestResponsesFormatTextTypedDict
)

CountResponseInputTokensRequestResponsesTextConfigVerbosity: TypeAlias = (
    Literal["low", "medium", "high"] | str
)

CountResponseInputTokensRequestToolChoiceUnion2: TypeAlias = (
    Literal["none", "auto", "required"] | str
)

CountResponseInputTokensRequestToolChoiceUnion: TypeAlias = (
    CountResponseInputTokensRequestResponsesToolChoiceFunction
    | CountResponseInputTokensRequestToolChoiceUnion2
)

CountResponseInputTokensRequestToolChoiceUnionTypedDict: TypeAlias = (
    CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict
    | CountResponseInputTokensRequestToolChoiceUnion2
)

CreateResponseRequestTool: TypeAlias = Annotated[
    Annotated[ResponsesFunctionTool, Tag("function")]
    | Annotated[ResponsesNamespaceTool, Tag("namespace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function", "namespace"})),
]

CreateResponseRequestToolTypedDict: TypeAlias = (
    ResponsesFunctionToolTypedDict | ResponsesNamespaceToolTypedDict
)

CreateResponseRequestInput1: TypeAlias = (
    ResponsesEasyInputMessage
    | ResponsesMessage
    | ResponsesOutputMessage
    | ResponsesFunctionCallOutput
    | ResponsesReasoningItem
    | ResponsesFunctionToolCall
)

CreateResponseRequestInput1TypedDict: TypeAlias = (
    ResponsesEasyInputMessageTypedDict
    | ResponsesMessageTypedDict
    | ResponsesOutputMessageTypedDict
    | ResponsesFunctionCallOutputTypedDict
    | ResponsesReasoningItemTypedDict
    | ResponsesFunctionToolCallTypedDict
)

CreateResponseRequestInput2: TypeAlias = str | list[CreateResponseRequestInput1]

CreateResponseRequestInput2TypedDict: TypeAlias = (
    str | Sequence[CreateResponseRequestInput1TypedDict]
)

CreateResponseRequestResponsesSupportedReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str
)

CreateResponseRequestResponsesTextConfigFormat: TypeAlias = Annotated[
    Annotated[CreateResponseRequestResponsesFormatJSONObject, Tag("json_object")]
    | Annotated[CreateResponseRequestResponsesFormatTextJSONSchemaConfig, Tag("json_schema")]
    | Annotated[CreateResponseRequestResponsesFormatText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json_object", "json_schema", "text"})),
]

CreateResponseRequestResponsesTextConfigFormatTypedDict: TypeAlias = (
    CreateResponseRequestResponsesFormatJSONObjectTypedDict
    | CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict
    | CreateResponseRequestResponsesFormatTextTypedDict
)

CreateResponseRequestResponsesTextConfigVerbosity: TypeAlias = (
    Literal["low", "medium", "high"] | str
)

CreateResponseRequestToolChoiceUnion2: TypeAlias = Literal["none", "auto", "required"] | str

CreateResponseRequestToolChoiceUnion: TypeAlias = (
    CreateResponseRequestResponsesToolChoiceFunction | CreateResponseRequestToolChoiceUnion2
)

CreateResponseRequestToolChoiceUnionTypedDict: TypeAlias = (
    CreateResponseRequestResponsesToolChoiceFunctionTypedDict
    | CreateResponseRequestToolChoiceUnion2
)

CreateResponseResponseOutput: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]

CreateResponseResponseTool: TypeAlias = Annotated[
    Annotated[ResponsesFunctionTool, Tag("function")]
    | Annotated[ResponsesNamespaceTool, Tag("namespace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function", "namespace"})),
]

CreateResponseResponsePromptCacheRetention: TypeAlias = Literal["in_memory", "24h"] | str

CreateResponseResponseServiceTier: TypeAlias = (
    Literal["auto", "default", "flex", "scale", "priority"] | str
)

CreateResponseResponseStatus: TypeAlias = (
    Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"] | str
)

CreateResponseResponseTruncation: TypeAlias = Literal["auto", "disabled"] | str

CreateResponseResponseResponsesSupportedReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str
)

CreateResponseResponseResponsesTextConfigFormat: TypeAlias = Annotated[
    Annotated[ResponsesTextConfigResponsesFormatJSONObject, Tag("json_object")]
    | Annotated[ResponsesTextConfigResponsesFormatTextJSONSchemaConfig, Tag("json_schema")]
    | Annotated[ResponsesTextConfigResponsesFormatText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json_object", "json_schema", "text"})),
]

CreateResponseResponseResponsesTextConfigVerbosity: TypeAlias = (
    Literal["low", "medium", "high"] | str
)

CreateResponseResponseToolChoiceUnion2: TypeAlias = Literal["none", "auto", "required"] | str

CreateResponseResponseToolChoiceUnion: TypeAlias = (
    ResponsesToolChoiceFunction | CreateResponseResponseToolChoiceUnion2
)

ResponsesContentPartAddedEventPart: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesPartReasoningText, Tag("reasoning_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "reasoning_text", "refusal"})),
]

ResponsesContentPartDoneEventPart: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesPartReasoningText, Tag("reasoning_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "reasoning_text", "refusal"})),
]

ResponsesCustomToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str

ResponsesCustomToolFormat: TypeAlias = Annotated[
    Annotated[ResponsesGrammar, Tag("grammar")]
    | Annotated[ResponsesText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"grammar", "text"})),
]

ResponsesCustomToolFormatTypedDict: TypeAlias = ResponsesGrammarTypedDict | ResponsesTextTypedDict

ResponsesEasyInputMessageRole: TypeAlias = Literal["user", "assistant", "system", "developer"] | str

ResponsesEasyInputMessagePhase: TypeAlias = Literal["commentary", "final_answer"] | str

ResponsesEasyInputMessageContent22: TypeAlias = Annotated[
    Annotated[ResponsesInputFile, Tag("input_file")]
    | Annotated[ResponsesInputImage, Tag("input_image")]
    | Annotated[ResponsesInputText, Tag("input_text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"input_file", "input_image", "input_text"})),
]

ResponsesEasyInputMessageContent22TypedDict: TypeAlias = (
    ResponsesInputFileTypedDict | ResponsesInputImageTypedDict | ResponsesInputTextTypedDict
)

ResponsesEasyInputMessageContent2: TypeAlias = str | list[ResponsesEasyInputMessageContent22]

ResponsesEasyInputMessageContent2TypedDict: TypeAlias = (
    str | Sequence[ResponsesEasyInputMessageContent22TypedDict]
)

ResponsesErrorCode: TypeAlias = (
    Literal[
        "server_error",
        "rate_limit_exceeded",
        "invalid_prompt",
        "bio_policy",
        "vector_store_timeout",
        "invalid_image",
        "invalid_image_format",
        "invalid_base64_image",
        "invalid_image_url",
        "image_too_large",
        "image_too_small",
        "image_parse_error",
        "image_content_policy_violation",
        "invalid_image_mode",
        "image_file_too_large",
        "unsupported_image_media_type",
        "empty_image_file",
        "failed_to_download_image",
        "image_file_not_found",
    ]
    | str
)

ResponsesFunctionCallOutputCaller: TypeAlias = Annotated[
    Annotated[ResponsesFunctionCallOutputCallerDirect, Tag("direct")]
    | Annotated[ResponsesFunctionCallOutputCallerProgram, Tag("program")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"direct", "program"})),
]

ResponsesFunctionCallOutputCallerTypedDict: TypeAlias = (
    ResponsesFunctionCallOutputCallerDirectTypedDict
    | ResponsesFunctionCallOutputCallerProgramTypedDict
)

ResponsesFunctionCallOutputStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)

ResponsesFunctionCallOutputOutput22: TypeAlias = Annotated[
    Annotated[ResponsesInputFileContent, Tag("input_file")]
    | Annotated[ResponsesInputImageContent, Tag("input_image")]
    | Annotated[ResponsesInputTextContent, Tag("input_text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"input_file", "input_image", "input_text"})),
]

ResponsesFunctionCallOutputOutput22TypedDict: TypeAlias = (
    ResponsesInputFileContentTypedDict
    | ResponsesInputImageContentTypedDict
    | ResponsesInputTextContentTypedDict
)

ResponsesFunctionCallOutputOutput2: TypeAlias = str | list[ResponsesFunctionCallOutputOutput22]

ResponsesFunctionCallOutputOutput2TypedDict: TypeAlias = (
    str | Sequence[ResponsesFunctionCallOutputOutput22TypedDict]
)

ResponsesFunctionToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str

ResponsesFunctionToolCallCaller: TypeAlias = Annotated[
    Annotated[ResponsesCallerDirect, Tag("direct")]
    | Annotated[ResponsesCallerProgram, Tag("program")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"direct", "program"})),
]

ResponsesFunctionToolCallCallerTypedDict: TypeAlias = (
    ResponsesCallerDirectTypedDict | ResponsesCallerProgramTypedDict
)

ResponsesFunctionToolCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

ResponsesGrammarSyntax: TypeAlias = Literal["lark", "regex"] | str

ResponsesIncompleteDetailsReason: TypeAlias = Literal["max_output_tokens", "content_filter"] | str

ResponsesInputFileDetail: TypeAlias = Literal["auto", "low", "high"] | str

ResponsesInputFileContentDetail: TypeAlias = Literal["auto", "low", "high"] | str

ResponsesInputImageDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str

ResponsesInputImageContentDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str

ResponsesMessageContent: TypeAlias = Annotated[
    Annotated[ResponsesInputFile, Tag("input_file")]
    | Annotated[ResponsesInputImage, Tag("input_image")]
    | Annotated[ResponsesInputText, Tag("input_text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"input_file", "input_image", "input_text"})),
]

ResponsesMessageContentTypedDict: TypeAlias = (
    ResponsesInputFileTypedDict | ResponsesInputImageTypedDict | ResponsesInputTextTypedDict
)

ResponsesMessageRole: TypeAlias = Literal["user", "system", "developer"] | str

ResponsesMessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

ResponsesNamespaceToolTool: TypeAlias = Annotated[
    Annotated[ResponsesCustomTool, Tag("custom")]
    | Annotated[ResponsesToolFunction, Tag("function")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"custom", "function"})),
]

ResponsesNamespaceToolToolTypedDict: TypeAlias = (
    ResponsesCustomToolTypedDict | ResponsesToolFunctionTypedDict
)

ResponsesOutputItemAddedEventItem: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]

ResponsesOutputItemDoneEventItem: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]

ResponsesOutputMessageContent: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "refusal"})),
]

ResponsesOutputMessageContentTypedDict: TypeAlias = (
    ResponsesOutputTextTypedDict | ResponsesOutputRefusalTypedDict
)

ResponsesOutputMessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

ResponsesOutputMessagePhase: TypeAlias = Literal["commentary", "final_answer"] | str

ResponsesOutputTextAnnotation: TypeAlias = Annotated[
    Annotated[ResponsesAnnotationContainerFileCitation, Tag("container_file_citation")]
    | Annotated[ResponsesAnnotationFileCitation, Tag("file_citation")]
    | Annotated[ResponsesAnnotationFilePath, Tag("file_path")]
    | Annotated[ResponsesAnnotationURLCitation, Tag("url_citation")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type", frozenset({"container_file_citation", "file_citation", "file_path", "url_citation"})
    ),
]

ResponsesOutputTextAnnotationTypedDict: TypeAlias = (
    ResponsesAnnotationContainerFileCitationTypedDict
    | ResponsesAnnotationFileCitationTypedDict
    | ResponsesAnnotationFilePathTypedDict
    | ResponsesAnnotationURLCitationTypedDict
)

ResponsesReasoningItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

ResponsesStreamFrameData: TypeAlias = Annotated[
    Annotated[ResponsesErrorEvent, Tag("error")]
    | Annotated[ResponsesCompletedEvent, Tag("response.completed")]
    | Annotated[ResponsesContentPartAddedEvent, Tag("response.content_part.added")]
    | Annotated[ResponsesContentPartDoneEvent, Tag("response.content_part.done")]
    | Annotated[ResponsesCreatedEvent, Tag("response.created")]
    | Annotated[ResponsesFailedEvent, Tag("response.failed")]
    | Annotated[
        ResponsesFunctionCallArgumentsDeltaEvent, Tag("response.function_call_arguments.delta")
    ]
    | Annotated[
        ResponsesFunctionCallArgumentsDoneEvent, Tag("response.function_call_arguments.done")
    ]
    | Annotated[ResponsesInProgressEvent, Tag("response.in_progress")]
    | Annotated[ResponsesIncompleteEvent, Tag("response.incomplete")]
    | Annotated[ResponsesOutputItemAddedEvent, Tag("response.output_item.added")]
    | Annotated[ResponsesOutputItemDoneEvent, Tag("response.output_item.done")]
    | Annotated[ResponsesTextDeltaEvent, Tag("response.output_text.delta")]
    | Annotated[ResponsesTextDoneEvent, Tag("response.output_text.done")]
    | Annotated[ResponsesReasoningTextDeltaEvent, Tag("response.reasoning_text.delta")]
    | Annotated[ResponsesReasoningTextDoneEvent, Tag("response.reasoning_text.done")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "error",
                "response.completed",
                "response.content_part.added",
                "response.content_part.done",
                "response.created",
                "response.failed",
                "response.function_call_arguments.delta",
                "response.function_call_arguments.done",
                "response.in_progress",
                "response.incomplete",
                "response.output_item.added",
                "response.output_item.done",
                "response.output_text.delta",
                "response.output_text.done",
                "response.reasoning_text.delta",
                "response.reasoning_text.done",
            }
        ),
    ),
]

ResponsesToolFunctionAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str
