# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution used by the same operations (CreateResponseResponse, CreateResponseResponseResponsesSupportedReasoning, CreateResponseResponseResponsesTextConfig...)."""

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.api.responses._generated._models.responses_function_tool import (
    ResponsesFunctionTool,
    ResponsesFunctionToolCall,
    ResponsesNamespaceTool,
    ResponsesOutputMessage,
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
    "ResponsesError",
    "ResponsesErrorCode",
    "ResponsesIncompleteDetails",
    "ResponsesIncompleteDetailsReason",
    "ResponsesInputTokensDetails",
    "ResponsesOutputTokensDetails",
    "ResponsesTextConfigResponsesFormatJSONObject",
    "ResponsesTextConfigResponsesFormatText",
    "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig",
    "ResponsesToolChoiceFunction",
    "ResponsesUsage",
]

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
