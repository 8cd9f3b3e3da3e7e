# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-responses distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.responses._generated._models.count_response_input_tokens_request import (
    CountResponseInputTokensRequestResponsesSupportedReasoningEffort,
    CountResponseInputTokensRequestResponsesTextConfigVerbosity,
    CountResponseInputTokensRequestToolChoiceUnion2,
)
from mistralai.api.responses._generated._models.create_response_request import (
    CreateResponseRequestResponsesSupportedReasoningEffort,
    CreateResponseRequestResponsesTextConfigVerbosity,
    CreateResponseRequestToolChoiceUnion2,
)
from mistralai.api.responses._generated._models.responses_easy_input_message import (
    ResponsesEasyInputMessagePhase,
    ResponsesEasyInputMessageRole,
    ResponsesFunctionCallOutputStatus,
    ResponsesInputFileContentDetail,
    ResponsesInputFileDetail,
    ResponsesInputImageContentDetail,
    ResponsesInputImageDetail,
    ResponsesMessageRole,
    ResponsesMessageStatus,
)
from mistralai.api.responses._generated._models.responses_function_tool import (
    ResponsesCustomToolAllowedCaller,
    ResponsesFunctionToolAllowedCaller,
    ResponsesFunctionToolCallStatus,
    ResponsesGrammarSyntax,
    ResponsesOutputMessagePhase,
    ResponsesOutputMessageStatus,
    ResponsesReasoningItemStatus,
    ResponsesToolFunctionAllowedCaller,
)

__all__ = [
    "CountResponseInputTokensRequestInput1TypedDict",
    "CountResponseInputTokensRequestInput2TypedDict",
    "CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict",
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict",
    "CountResponseInputTokensRequestResponsesFormatTextTypedDict",
    "CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfigTypedDict",
    "CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict",
    "CountResponseInputTokensRequestToolChoiceUnionTypedDict",
    "CountResponseInputTokensRequestToolTypedDict",
    "CountResponseInputTokensRequestTypedDict",
    "CreateResponseRequestInput1TypedDict",
    "CreateResponseRequestInput2TypedDict",
    "CreateResponseRequestResponsesFormatJSONObjectTypedDict",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict",
    "CreateResponseRequestResponsesFormatTextTypedDict",
    "CreateResponseRequestResponsesSupportedReasoningTypedDict",
    "CreateResponseRequestResponsesTextConfigFormatTypedDict",
    "CreateResponseRequestResponsesTextConfigTypedDict",
    "CreateResponseRequestResponsesToolChoiceFunctionTypedDict",
    "CreateResponseRequestToolChoiceUnionTypedDict",
    "CreateResponseRequestToolTypedDict",
    "CreateResponseRequestTypedDict",
    "ResponsesAnnotationContainerFileCitationTypedDict",
    "ResponsesAnnotationFileCitationTypedDict",
    "ResponsesAnnotationFilePathTypedDict",
    "ResponsesAnnotationURLCitationTypedDict",
    "ResponsesCallerDirectTypedDict",
    "ResponsesCallerProgramTypedDict",
    "ResponsesContentTypedDict",
    "ResponsesCustomToolFormatTypedDict",
    "ResponsesCustomToolTypedDict",
    "ResponsesEasyInputMessageContent22TypedDict",
    "ResponsesEasyInputMessageContent2TypedDict",
    "ResponsesEasyInputMessageTypedDict",
    "ResponsesFunctionCallOutputCallerDirectTypedDict",
    "ResponsesFunctionCallOutputCallerProgramTypedDict",
    "ResponsesFunctionCallOutputCallerTypedDict",
    "ResponsesFunctionCallOutputOutput22TypedDict",
    "ResponsesFunctionCallOutputOutput2TypedDict",
    "ResponsesFunctionCallOutputTypedDict",
    "ResponsesFunctionToolCallCallerTypedDict",
    "ResponsesFunctionToolCallTypedDict",
    "ResponsesFunctionToolTypedDict",
    "ResponsesGrammarTypedDict",
    "ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputFileContentTypedDict",
    "ResponsesInputFileResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputFileTypedDict",
    "ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputImageContentTypedDict",
    "ResponsesInputImageResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputImageTypedDict",
    "ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputTextContentTypedDict",
    "ResponsesInputTextResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputTextTypedDict",
    "ResponsesMessageContentTypedDict",
    "ResponsesMessageTypedDict",
    "ResponsesNamespaceToolToolTypedDict",
    "ResponsesNamespaceToolTypedDict",
    "ResponsesOutputMessageContentTypedDict",
    "ResponsesOutputMessageTypedDict",
    "ResponsesOutputRefusalTypedDict",
    "ResponsesOutputTextAnnotationTypedDict",
    "ResponsesOutputTextLogprobTopLogprobTypedDict",
    "ResponsesOutputTextLogprobTypedDict",
    "ResponsesOutputTextTypedDict",
    "ResponsesReasoningItemTypedDict",
    "ResponsesSummaryTypedDict",
    "ResponsesTextTypedDict",
    "ResponsesToolFunctionTypedDict",
]


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


CountResponseInputTokensRequestToolTypedDict: TypeAlias = (
    ResponsesFunctionToolTypedDict | ResponsesNamespaceToolTypedDict
)

CountResponseInputTokensRequestInput1TypedDict: TypeAlias = (
    ResponsesEasyInputMessageTypedDict
    | ResponsesMessageTypedDict
    | ResponsesOutputMessageTypedDict
    | ResponsesFunctionCallOutputTypedDict
    | ResponsesReasoningItemTypedDict
    | ResponsesFunctionToolCallTypedDict
)

CountResponseInputTokensRequestInput2TypedDict: TypeAlias = (
    str | Sequence[CountResponseInputTokensRequestInput1TypedDict]
)

CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict: TypeAlias = (
    CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict
    | CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict
    | CountResponseInputTokensRequestResponsesFormatTextTypedDict
)

CountResponseInputTokensRequestToolChoiceUnionTypedDict: TypeAlias = (
    CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict
    | CountResponseInputTokensRequestToolChoiceUnion2
)

CreateResponseRequestToolTypedDict: TypeAlias = (
    ResponsesFunctionToolTypedDict | ResponsesNamespaceToolTypedDict
)

CreateResponseRequestInput1TypedDict: TypeAlias = (
    ResponsesEasyInputMessageTypedDict
    | ResponsesMessageTypedDict
    | ResponsesOutputMessageTypedDict
    | ResponsesFunctionCallOutputTypedDict
    | ResponsesReasoningItemTypedDict
    | ResponsesFunctionToolCallTypedDict
)

CreateResponseRequestInput2TypedDict: TypeAlias = (
    str | Sequence[CreateResponseRequestInput1TypedDict]
)

CreateResponseRequestResponsesTextConfigFormatTypedDict: TypeAlias = (
    CreateResponseRequestResponsesFormatJSONObjectTypedDict
    | CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict
    | CreateResponseRequestResponsesFormatTextTypedDict
)

CreateResponseRequestToolChoiceUnionTypedDict: TypeAlias = (
    CreateResponseRequestResponsesToolChoiceFunctionTypedDict
    | CreateResponseRequestToolChoiceUnion2
)

ResponsesCustomToolFormatTypedDict: TypeAlias = ResponsesGrammarTypedDict | ResponsesTextTypedDict

ResponsesEasyInputMessageContent22TypedDict: TypeAlias = (
    ResponsesInputFileTypedDict | ResponsesInputImageTypedDict | ResponsesInputTextTypedDict
)

ResponsesEasyInputMessageContent2TypedDict: TypeAlias = (
    str | Sequence[ResponsesEasyInputMessageContent22TypedDict]
)

ResponsesFunctionCallOutputCallerTypedDict: TypeAlias = (
    ResponsesFunctionCallOutputCallerDirectTypedDict
    | ResponsesFunctionCallOutputCallerProgramTypedDict
)

ResponsesFunctionCallOutputOutput22TypedDict: TypeAlias = (
    ResponsesInputFileContentTypedDict
    | ResponsesInputImageContentTypedDict
    | ResponsesInputTextContentTypedDict
)

ResponsesFunctionCallOutputOutput2TypedDict: TypeAlias = (
    str | Sequence[ResponsesFunctionCallOutputOutput22TypedDict]
)

ResponsesFunctionToolCallCallerTypedDict: TypeAlias = (
    ResponsesCallerDirectTypedDict | ResponsesCallerProgramTypedDict
)

ResponsesMessageContentTypedDict: TypeAlias = (
    ResponsesInputFileTypedDict | ResponsesInputImageTypedDict | ResponsesInputTextTypedDict
)

ResponsesNamespaceToolToolTypedDict: TypeAlias = (
    ResponsesCustomToolTypedDict | ResponsesToolFunctionTypedDict
)

ResponsesOutputMessageContentTypedDict: TypeAlias = (
    ResponsesOutputTextTypedDict | ResponsesOutputRefusalTypedDict
)

ResponsesOutputTextAnnotationTypedDict: TypeAlias = (
    ResponsesAnnotationContainerFileCitationTypedDict
    | ResponsesAnnotationFileCitationTypedDict
    | ResponsesAnnotationFilePathTypedDict
    | ResponsesAnnotationURLCitationTypedDict
)
