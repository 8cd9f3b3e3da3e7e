# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (CreateResponseRequest, CreateResponseRequestResponsesFormatJSONObject, CreateResponseRequestResponsesFormatText...)."""

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.api.responses._generated._models.responses_easy_input_message import (
    ResponsesEasyInputMessage,
    ResponsesFunctionCallOutput,
    ResponsesFunctionTool,
    ResponsesFunctionToolCall,
    ResponsesMessage,
    ResponsesNamespaceTool,
    ResponsesOutputMessage,
    ResponsesOutputRefusal,
    ResponsesOutputText,
    ResponsesReasoningItem,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "CreateResponseRequest",
    "CreateResponseRequestInput1",
    "CreateResponseRequestInput2",
    "CreateResponseRequestResponsesFormatJSONObject",
    "CreateResponseRequestResponsesFormatText",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
    "CreateResponseRequestResponsesSupportedReasoning",
    "CreateResponseRequestResponsesSupportedReasoningEffort",
    "CreateResponseRequestResponsesTextConfig",
    "CreateResponseRequestResponsesTextConfigFormat",
    "CreateResponseRequestResponsesTextConfigVerbosity",
    "CreateResponseRequestResponsesToolChoiceFunction",
    "CreateResponseRequestTool",
    "CreateResponseRequestToolChoiceUnion",
    "CreateResponseRequestToolChoiceUnion2",
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
    "ResponsesCompletedEvent",
    "ResponsesContentPartAddedEvent",
    "ResponsesContentPartAddedEventPart",
    "ResponsesContentPartDoneEvent",
    "ResponsesContentPartDoneEventPart",
    "ResponsesCreatedEvent",
    "ResponsesError",
    "ResponsesErrorCode",
    "ResponsesErrorEvent",
    "ResponsesFailedEvent",
    "ResponsesFunctionCallArgumentsDeltaEvent",
    "ResponsesFunctionCallArgumentsDoneEvent",
    "ResponsesInProgressEvent",
    "ResponsesIncompleteDetails",
    "ResponsesIncompleteDetailsReason",
    "ResponsesIncompleteEvent",
    "ResponsesInputTokensDetails",
    "ResponsesOutputItemAddedEvent",
    "ResponsesOutputItemAddedEventItem",
    "ResponsesOutputItemDoneEvent",
    "ResponsesOutputItemDoneEventItem",
    "ResponsesOutputTokensDetails",
    "ResponsesPartReasoningText",
    "ResponsesReasoningTextDeltaEvent",
    "ResponsesReasoningTextDoneEvent",
    "ResponsesStreamFrame",
    "ResponsesStreamFrameData",
    "ResponsesTextConfigResponsesFormatJSONObject",
    "ResponsesTextConfigResponsesFormatText",
    "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig",
    "ResponsesTextDeltaEvent",
    "ResponsesTextDeltaEventLogprob",
    "ResponsesTextDeltaEventLogprobTopLogprob",
    "ResponsesTextDoneEvent",
    "ResponsesTextDoneEventLogprob",
    "ResponsesTextDoneEventLogprobTopLogprob",
    "ResponsesToolChoiceFunction",
    "ResponsesUsage",
]

CreateResponseRequestTool: TypeAlias = Annotated[
    Annotated[ResponsesFunctionTool, Tag("function")]
    | Annotated[ResponsesNamespaceTool, Tag("namespace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function", "namespace"})),
]

CreateResponseRequestInput1: TypeAlias = (
    ResponsesEasyInputMessage
    | ResponsesMessage
    | ResponsesOutputMessage
    | ResponsesFunctionCallOutput
    | ResponsesReasoningItem
    | ResponsesFunctionToolCall
)

CreateResponseRequestInput2: TypeAlias = str | list[CreateResponseRequestInput1]

CreateResponseRequestResponsesSupportedReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str
)


class CreateResponseRequestResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CreateResponseRequestResponsesSupportedReasoningEffort | None = None


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


CreateResponseRequestResponsesTextConfigFormat: TypeAlias = Annotated[
    Annotated[CreateResponseRequestResponsesFormatJSONObject, Tag("json_object")]
    | Annotated[CreateResponseRequestResponsesFormatTextJSONSchemaConfig, Tag("json_schema")]
    | Annotated[CreateResponseRequestResponsesFormatText, Tag("text")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json_object", "json_schema", "text"})),
]

CreateResponseRequestResponsesTextConfigVerbosity: TypeAlias = (
    Literal["low", "medium", "high"] | str
)


class CreateResponseRequestResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CreateResponseRequestResponsesTextConfigFormat | None = None
    verbosity: CreateResponseRequestResponsesTextConfigVerbosity | None = None


class CreateResponseRequestResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


CreateResponseRequestToolChoiceUnion2: TypeAlias = Literal["none", "auto", "required"] | str

CreateResponseRequestToolChoiceUnion: TypeAlias = (
    CreateResponseRequestResponsesToolChoiceFunction | CreateResponseRequestToolChoiceUnion2
)


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


class CreateResponseResponseResponsesSupportedReasoning(BaseModel):
    __mistral_keep__ = frozenset()
    effort: CreateResponseResponseResponsesSupportedReasoningEffort | None = None


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


class CreateResponseResponseResponsesTextConfig(BaseModel):
    __mistral_keep__ = frozenset()
    format: CreateResponseResponseResponsesTextConfigFormat | None = None
    verbosity: CreateResponseResponseResponsesTextConfigVerbosity | None = None


CreateResponseResponseToolChoiceUnion2: TypeAlias = Literal["none", "auto", "required"] | str


class ResponsesToolChoiceFunction(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    type: Literal["function"] = "function"


CreateResponseResponseToolChoiceUnion: TypeAlias = (
    ResponsesToolChoiceFunction | CreateResponseResponseToolChoiceUnion2
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


class ResponsesError(BaseModel):
    __mistral_keep__ = frozenset()
    code: ResponsesErrorCode
    message: str


ResponsesIncompleteDetailsReason: TypeAlias = Literal["max_output_tokens", "content_filter"] | str


class ResponsesIncompleteDetails(BaseModel):
    __mistral_keep__ = frozenset()
    reason: ResponsesIncompleteDetailsReason | None = None


class ResponsesInputTokensDetails(BaseModel):
    __mistral_keep__ = frozenset()
    cache_write_tokens: int
    cached_tokens: int


class ResponsesOutputTokensDetails(BaseModel):
    __mistral_keep__ = frozenset()
    reasoning_tokens: int


class ResponsesUsage(BaseModel):
    __mistral_keep__ = frozenset()
    input_tokens: int
    input_tokens_details: ResponsesInputTokensDetails
    output_tokens: int
    output_tokens_details: ResponsesOutputTokensDetails
    total_tokens: int


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


class ResponsesCompletedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.completed"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.completed"] = "response.completed"


class ResponsesPartReasoningText(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reasoning_text"}
    __mistral_keep__ = frozenset({"type"})
    text: str
    type: Literal["reasoning_text"] = "reasoning_text"


ResponsesContentPartAddedEventPart: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesPartReasoningText, Tag("reasoning_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "reasoning_text", "refusal"})),
]


class ResponsesContentPartAddedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.content_part.added"}
    __mistral_keep__ = frozenset({"type"})
    content_index: int
    item_id: str
    output_index: int
    part: ResponsesContentPartAddedEventPart
    sequence_number: int
    type: Literal["response.content_part.added"] = "response.content_part.added"


ResponsesContentPartDoneEventPart: TypeAlias = Annotated[
    Annotated[ResponsesOutputText, Tag("output_text")]
    | Annotated[ResponsesPartReasoningText, Tag("reasoning_text")]
    | Annotated[ResponsesOutputRefusal, Tag("refusal")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"output_text", "reasoning_text", "refusal"})),
]


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


class ResponsesInProgressEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.in_progress"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.in_progress"] = "response.in_progress"


class ResponsesIncompleteEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.incomplete"}
    __mistral_keep__ = frozenset({"type"})
    response: CreateResponseResponse
    sequence_number: int
    type: Literal["response.incomplete"] = "response.incomplete"


ResponsesOutputItemAddedEventItem: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]


class ResponsesOutputItemAddedEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_item.added"}
    __mistral_keep__ = frozenset({"type"})
    item: ResponsesOutputItemAddedEventItem
    output_index: int
    sequence_number: int
    type: Literal["response.output_item.added"] = "response.output_item.added"


ResponsesOutputItemDoneEventItem: TypeAlias = Annotated[
    Annotated[ResponsesFunctionToolCall, Tag("function_call")]
    | Annotated[ResponsesOutputMessage, Tag("message")]
    | Annotated[ResponsesReasoningItem, Tag("reasoning")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"function_call", "message", "reasoning"})),
]


class ResponsesOutputItemDoneEvent(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "response.output_item.done"}
    __mistral_keep__ = frozenset({"type"})
    item: ResponsesOutputItemDoneEventItem
    output_index: int
    sequence_number: int
    type: Literal["response.output_item.done"] = "response.output_item.done"


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


class ResponsesTextDeltaEventLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str | None = None
    logprob: float | None = None


class ResponsesTextDeltaEventLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    logprob: float
    top_logprobs: list[ResponsesTextDeltaEventLogprobTopLogprob] | None = None


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


class ResponsesTextDoneEventLogprobTopLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str | None = None
    logprob: float | None = None


class ResponsesTextDoneEventLogprob(BaseModel):
    __mistral_keep__ = frozenset()
    token: str
    logprob: float
    top_logprobs: list[ResponsesTextDoneEventLogprobTopLogprob] | None = None


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


class ResponsesStreamFrame(BaseModel):
    __mistral_keep__ = frozenset()
    event: str
    data: ResponsesStreamFrameData
