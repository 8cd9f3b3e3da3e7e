# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains (from the API spec)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypeAlias

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    File,
    FileInput,
    FileTypedDict,
    UnknownVariant,
    empty_as_absent,
    open_discriminator,
)

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
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
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "ContentChunk",
    "ContentChunkTypedDict",
    "CreateFileResponse",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DeleteFileResponse",
    "DeltaMessage",
    "DocumentLibraryTool",
    "DocumentLibraryToolTypedDict",
    "DocumentURLChunk",
    "DocumentURLChunkTypedDict",
    "FTClassifierLossFunction",
    "File",
    "FileChunk",
    "FileChunkTypedDict",
    "FileInput",
    "FilePurpose",
    "FileTypedDict",
    "FileVisibility",
    "FilesAPIRoutesUploadFileFileVisibility",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "Function",
    "FunctionCall",
    "FunctionCallTypedDict",
    "FunctionName",
    "FunctionNameTypedDict",
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
    "JSONSchema",
    "JsonSchema",
    "JsonSchemaTypedDict",
    "MetadataDict",
    "MistralPromptMode",
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
    "Prediction",
    "PredictionTypedDict",
    "ReasoningEffort",
    "ReferenceChunk",
    "ReferenceChunkTypedDict",
    "RequestedServiceTier",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "SampleType",
    "Source",
    "SystemMessage",
    "SystemMessageContentChunks",
    "SystemMessageContentChunksTypedDict",
    "SystemMessageTypedDict",
    "TextChunk",
    "TextChunkTypedDict",
    "ThinkChunk",
    "ThinkChunkTypedDict",
    "Tool",
    "ToolCall",
    "ToolCallTypedDict",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolChoiceTypedDict",
    "ToolConfiguration",
    "ToolConfigurationTypedDict",
    "ToolMessage",
    "ToolMessageTypedDict",
    "ToolReferenceChunk",
    "ToolReferenceChunkTypedDict",
    "ToolTypedDict",
    "ToolTypes",
    "UsageInfo",
    "UserMessage",
    "UserMessageTypedDict",
    "ValidationError",
    "WebSearchPremiumTool",
    "WebSearchPremiumToolTypedDict",
    "WebSearchTool",
    "WebSearchToolTypedDict",
]


class HTTPValidationError(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"detail"})
    detail: list[ValidationError] | None = None


class ValidationError(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"input", "ctx"})
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class APIKeyAuth(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "api-key"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["api-key"] = "api-key"
    value: str


class CodeInterpreterTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "code_interpreter"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["code_interpreter"] = "code_interpreter"


class CustomConnector(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "connector"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["connector"] = "connector"
    connector_id: str
    authorization: CustomConnectorAuthorization | None = None
    tool_configuration: ToolConfiguration | None = None


class DocumentLibraryTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "document_library"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    library_ids: list[str]
    """Ids of the library in which to search."""


class DocumentURLChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "document_url"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["document_url"] = "document_url"
    document_url: str
    document_name: str | None = None
    """The filename of the document"""


class Function(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"description", "strict"})
    name: str
    description: str | None = None
    strict: bool | None = None
    parameters: dict[str, Any]


class GuardrailConfig(BaseModel):
    __mistral_keep__ = frozenset({"block_on_error"})
    block_on_error: bool = False
    """If true, return HTTP 403 and block request in the event of a server-side error"""
    moderation_llm_v1: ModerationLLMV1Config | None = None
    moderation_llm_v2: ModerationLLMV2Config | None = None


class ImageGenerationTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image_generation"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["image_generation"] = "image_generation"


class ImageURL(BaseModel):
    __mistral_keep__ = frozenset()
    url: str
    detail: ImageDetail | None = None


class ImageURLChunk(ConstFieldsModel):
    """{"type":"image_url","image_url":"data:image/png;base64,iVBORw0"}"""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image_url"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["image_url"] = "image_url"
    image_url: ImageURL | str


class JSONSchema(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str | None = None
    schema_definition: dict[str, Any] = Field(
        validation_alias="schema", serialization_alias="schema"
    )
    strict: bool = False


class ModerationLLMV1CategoryThresholds(BaseModel):
    __mistral_keep__ = frozenset()
    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous_and_criminal_content: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None


class ModerationLLMV1Config(BaseModel):
    __mistral_keep__ = frozenset()
    model_name: str = "mistral-moderation-2411"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV1CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction = "none"
    """Action to take if any score is above the threshold for any category."""


class ModerationLLMV2CategoryThresholds(BaseModel):
    __mistral_keep__ = frozenset()
    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous: float | None = None
    criminal: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None
    jailbreaking: float | None = None


class ModerationLLMV2Config(BaseModel):
    __mistral_keep__ = frozenset()
    model_name: str = "mistral-moderation-2603"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV2CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction = "none"
    """Action to take if any score is above the threshold for any category."""


class OAuth2TokenAuth(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "oauth2-token"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["oauth2-token"] = "oauth2-token"
    value: str


class Prediction(ConstFieldsModel):
    """Enable users to specify an expected completion, optimizing response times by leveraging known or predictable content."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "content"}
    __mistral_keep__ = frozenset({"type", "content"})
    type: Literal["content"] = "content"
    content: str = ""


class ResponseFormat(BaseModel):
    """Specify the format that the model must output. By default it will use `{ "type": "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is in JSON. When using JSON mode you MUST also instruct the model to produce JSON yourself with a system or a user message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which guarantees the message the model generates is in JSON and follows the schema you provide."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"type"})
    type: ResponseFormats | None = None
    json_schema: JSONSchema | None = None


class TextChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"
    text: str


class ThinkChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "thinking"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"closed"})
    type: Literal["thinking"] = "thinking"
    thinking: list[TextChunk | ToolReferenceChunk | ReferenceChunk]
    signature: str | None = None
    """Signature to replay some reasoning blocks across turns."""
    closed: bool | None = None
    """Whether the thinking chunk is closed or not. Currently only used for prefixing."""


class ToolConfiguration(BaseModel):
    __mistral_keep__ = frozenset()
    exclude: list[str] | None = None
    include: list[str] | None = None
    requires_confirmation: list[str] | None = None


class ToolReferenceChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool_reference"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["tool_reference"] = "tool_reference"
    tool: BuiltInConnectors | str
    title: str
    url: str | None = None
    favicon: str | None = None
    description: str | None = None


class WebSearchPremiumTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "web_search_premium"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search_premium"] = "web_search_premium"


class WebSearchTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "web_search"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"


class ReferenceChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reference"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["reference"] = "reference"
    reference_ids: list[int | str]


class AssistantMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "assistant"}
    __mistral_keep__ = frozenset({"role", "prefix"})
    role: Literal["assistant"] = "assistant"
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool = False
    """Set this to `true` when adding an assistant message as prefix to condition the model response. The role of the prefix message is to force the model to start its answer by the content of the message."""


class AudioChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_audio"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_audio"] = "input_audio"
    input_audio: str | bytes


class FileChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["file"] = "file"
    file_id: str


class FunctionCall(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    arguments: dict[str, Any] | str


class FunctionName(BaseModel):
    """this restriction of `Function` is used to select a specific function to call"""

    __mistral_keep__ = frozenset()
    name: str


class SystemMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "system"}
    __mistral_keep__ = frozenset({"role"})
    role: Literal["system"] = "system"
    content: str | list[SystemMessageContentChunks]


class Tool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    type: ToolTypes = "function"
    function: Function


class ToolCall(BaseModel):
    __mistral_keep__ = frozenset({"id", "type", "index"})
    id: str = "null"
    type: ToolTypes = "function"
    function: FunctionCall
    index: int = 0


class ToolChoice(BaseModel):
    """ToolChoice is either a ToolChoiceEnum or a ToolChoice"""

    __mistral_keep__ = frozenset({"type"})
    type: ToolTypes = "function"
    function: FunctionName


class ToolMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "tool"}
    __mistral_keep__ = frozenset({"role"})
    role: Literal["tool"] = "tool"
    content: str | list[ContentChunk] | None
    tool_call_id: str | None = None
    name: str | None = None


class UsageInfo(BaseModel):
    __mistral_keep__ = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
    mistral_empty_as_absent = empty_as_absent("prompt_audio_seconds")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    prompt_audio_seconds: int | None = None
    service_tier: str | None = None
    """The service tier at which the request was processed: standard or priority."""


class UserMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "user"}
    __mistral_keep__ = frozenset({"role"})
    role: Literal["user"] = "user"
    content: str | list[ContentChunk] | None


class ChatCompletionChoice(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"message", "messages"})
    index: int
    message: AssistantMessage | None = None
    messages: list[DeltaMessage] | None = None
    finish_reason: ChatCompletionChoiceFinishReason


class DeltaMessage(BaseModel):
    __mistral_keep__ = frozenset()
    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    index: int | None = None
    """If the completion returns multiple messages, this is to specify which message this delta is for."""
    metadata: dict[str, Any] | None = None


class ChatCompletionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]


class CompletionEvent(BaseModel):
    __mistral_keep__ = frozenset()
    data: CompletionChunk


class CompletionChunk(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"object", "created", "usage"})
    id: str
    object: str | None = None
    created: int | None = None
    model: str
    usage: UsageInfo | None = None
    choices: list[CompletionResponseStreamChoice]


class CompletionResponseStreamChoice(BaseModel):
    __mistral_keep__ = frozenset()
    index: int
    delta: DeltaMessage
    finish_reason: CompletionResponseStreamChoiceFinishReason | None


class CreateFileResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    size_bytes: int = Field(validation_alias="bytes", serialization_alias="bytes")
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`)."""
    sample_type: SampleType
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | None = None


class DeleteFileResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The ID of the deleted file."""
    object: str
    """The object type that was deleted"""
    deleted: bool
    """The deletion status."""


class FilesAPIRoutesUploadFileMultiPartBodyParams(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"purpose"})
    expiry: int | None = None
    visibility: FilesAPIRoutesUploadFileFileVisibility = "workspace"
    purpose: FilePurpose | None = None
    file: File


class APIKeyAuthTypedDict(TypedDict):
    """Dict form of :class:`APIKeyAuth`."""

    type: NotRequired[Literal["api-key"]]
    value: Required[str]


class CodeInterpreterToolTypedDict(TypedDict):
    """Dict form of :class:`CodeInterpreterTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["code_interpreter"]]


class CustomConnectorTypedDict(TypedDict):
    """Dict form of :class:`CustomConnector`."""

    type: NotRequired[Literal["connector"]]
    connector_id: Required[str]
    authorization: NotRequired[CustomConnectorAuthorizationTypedDict | None]
    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]


class DocumentLibraryToolTypedDict(TypedDict):
    """Dict form of :class:`DocumentLibraryTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["document_library"]]
    library_ids: Required[Sequence[str]]


class DocumentURLChunkTypedDict(TypedDict):
    """Dict form of :class:`DocumentURLChunk`."""

    type: NotRequired[Literal["document_url"]]
    document_url: Required[str]
    document_name: NotRequired[str | None]


class FunctionTypedDict(TypedDict):
    """Dict form of :class:`Function`."""

    name: Required[str]
    description: NotRequired[str]
    strict: NotRequired[bool]
    parameters: Required[Mapping[str, Any]]


class GuardrailConfigTypedDict(TypedDict):
    """Dict form of :class:`GuardrailConfig`."""

    block_on_error: NotRequired[bool]
    moderation_llm_v1: NotRequired[ModerationLLMV1ConfigTypedDict | None]
    moderation_llm_v2: NotRequired[ModerationLLMV2ConfigTypedDict | None]


class ImageGenerationToolTypedDict(TypedDict):
    """Dict form of :class:`ImageGenerationTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["image_generation"]]


class ImageURLTypedDict(TypedDict):
    """Dict form of :class:`ImageURL`."""

    url: Required[str]
    detail: NotRequired[ImageDetail | None]


class ImageURLChunkTypedDict(TypedDict):
    """Dict form of :class:`ImageURLChunk`."""

    type: NotRequired[Literal["image_url"]]
    image_url: Required[ImageURLTypedDict | str]


class JsonSchemaTypedDict(TypedDict):
    """Dict form of :class:`JsonSchema`."""

    name: Required[str]
    description: NotRequired[str | None]
    schema_definition: Required[Mapping[str, Any]]
    strict: NotRequired[bool]


class ModerationLLMV1CategoryThresholdsTypedDict(TypedDict):
    """Dict form of :class:`ModerationLLMV1CategoryThresholds`."""

    sexual: NotRequired[float | None]
    hate_and_discrimination: NotRequired[float | None]
    violence_and_threats: NotRequired[float | None]
    dangerous_and_criminal_content: NotRequired[float | None]
    selfharm: NotRequired[float | None]
    health: NotRequired[float | None]
    financial: NotRequired[float | None]
    law: NotRequired[float | None]
    pii: NotRequired[float | None]


class ModerationLLMV1ConfigTypedDict(TypedDict):
    """Dict form of :class:`ModerationLLMV1Config`."""

    model_name: NotRequired[str]
    custom_category_thresholds: NotRequired[ModerationLLMV1CategoryThresholdsTypedDict | None]
    ignore_other_categories: NotRequired[bool]
    action: NotRequired[ModerationLLMAction]


class ModerationLLMV2CategoryThresholdsTypedDict(TypedDict):
    """Dict form of :class:`ModerationLLMV2CategoryThresholds`."""

    sexual: NotRequired[float | None]
    hate_and_discrimination: NotRequired[float | None]
    violence_and_threats: NotRequired[float | None]
    dangerous: NotRequired[float | None]
    criminal: NotRequired[float | None]
    selfharm: NotRequired[float | None]
    health: NotRequired[float | None]
    financial: NotRequired[float | None]
    law: NotRequired[float | None]
    pii: NotRequired[float | None]
    jailbreaking: NotRequired[float | None]


class ModerationLLMV2ConfigTypedDict(TypedDict):
    """Dict form of :class:`ModerationLLMV2Config`."""

    model_name: NotRequired[str]
    custom_category_thresholds: NotRequired[ModerationLLMV2CategoryThresholdsTypedDict | None]
    ignore_other_categories: NotRequired[bool]
    action: NotRequired[ModerationLLMAction]


class OAuth2TokenAuthTypedDict(TypedDict):
    """Dict form of :class:`OAuth2TokenAuth`."""

    type: NotRequired[Literal["oauth2-token"]]
    value: Required[str]


class PredictionTypedDict(TypedDict):
    """Dict form of :class:`Prediction`."""

    type: NotRequired[Literal["content"]]
    content: NotRequired[str]


class ResponseFormatTypedDict(TypedDict):
    """Dict form of :class:`ResponseFormat`."""

    type: NotRequired[ResponseFormats]
    json_schema: NotRequired[JsonSchemaTypedDict | None]


class TextChunkTypedDict(TypedDict):
    """Dict form of :class:`TextChunk`."""

    type: NotRequired[Literal["text"]]
    text: Required[str]


class ThinkChunkTypedDict(TypedDict):
    """Dict form of :class:`ThinkChunk`."""

    type: NotRequired[Literal["thinking"]]
    thinking: Required[
        Sequence[TextChunkTypedDict | ToolReferenceChunkTypedDict | ReferenceChunkTypedDict]
    ]
    signature: NotRequired[str | None]
    closed: NotRequired[bool]


class ToolConfigurationTypedDict(TypedDict):
    """Dict form of :class:`ToolConfiguration`."""

    exclude: NotRequired[Sequence[str] | None]
    include: NotRequired[Sequence[str] | None]
    requires_confirmation: NotRequired[Sequence[str] | None]


class ToolReferenceChunkTypedDict(TypedDict):
    """Dict form of :class:`ToolReferenceChunk`."""

    type: NotRequired[Literal["tool_reference"]]
    tool: Required[BuiltInConnectors | str]
    title: Required[str]
    url: NotRequired[str | None]
    favicon: NotRequired[str | None]
    description: NotRequired[str | None]


class WebSearchPremiumToolTypedDict(TypedDict):
    """Dict form of :class:`WebSearchPremiumTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["web_search_premium"]]


class WebSearchToolTypedDict(TypedDict):
    """Dict form of :class:`WebSearchTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["web_search"]]


class ReferenceChunkTypedDict(TypedDict):
    """Dict form of :class:`ReferenceChunk`."""

    type: NotRequired[Literal["reference"]]
    reference_ids: Required[Sequence[int | str]]


class AssistantMessageTypedDict(TypedDict):
    """Dict form of :class:`AssistantMessage`."""

    role: NotRequired[Literal["assistant"]]
    content: NotRequired[str | Sequence[ContentChunkTypedDict] | None]
    tool_calls: NotRequired[Sequence[ToolCallTypedDict] | None]
    prefix: NotRequired[bool]


class AudioChunkTypedDict(TypedDict):
    """Dict form of :class:`AudioChunk`."""

    type: NotRequired[Literal["input_audio"]]
    input_audio: Required[str | bytes]


class FileChunkTypedDict(TypedDict):
    """Dict form of :class:`FileChunk`."""

    type: NotRequired[Literal["file"]]
    file_id: Required[str]


class FunctionCallTypedDict(TypedDict):
    """Dict form of :class:`FunctionCall`."""

    name: Required[str]
    arguments: Required[Mapping[str, Any] | str]


class FunctionNameTypedDict(TypedDict):
    """Dict form of :class:`FunctionName`."""

    name: Required[str]


class SystemMessageTypedDict(TypedDict):
    """Dict form of :class:`SystemMessage`."""

    role: NotRequired[Literal["system"]]
    content: Required[str | Sequence[SystemMessageContentChunksTypedDict]]


class ToolTypedDict(TypedDict):
    """Dict form of :class:`Tool`."""

    type: NotRequired[ToolTypes]
    function: Required[FunctionTypedDict]


class ToolCallTypedDict(TypedDict):
    """Dict form of :class:`ToolCall`."""

    id: NotRequired[str]
    type: NotRequired[ToolTypes]
    function: Required[FunctionCallTypedDict]
    index: NotRequired[int]


class ToolChoiceTypedDict(TypedDict):
    """Dict form of :class:`ToolChoice`."""

    type: NotRequired[ToolTypes]
    function: Required[FunctionNameTypedDict]


class ToolMessageTypedDict(TypedDict):
    """Dict form of :class:`ToolMessage`."""

    role: NotRequired[Literal["tool"]]
    content: Required[str | Sequence[ContentChunkTypedDict] | None]
    tool_call_id: NotRequired[str | None]
    name: NotRequired[str | None]


class UserMessageTypedDict(TypedDict):
    """Dict form of :class:`UserMessage`."""

    role: NotRequired[Literal["user"]]
    content: Required[str | Sequence[ContentChunkTypedDict] | None]


class FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict(TypedDict):
    """Dict form of :class:`FilesAPIRoutesUploadFileMultiPartBodyParams`."""

    expiry: NotRequired[int | None]
    visibility: NotRequired[FilesAPIRoutesUploadFileFileVisibility]
    purpose: NotRequired[FilePurpose]
    file: Required[FileInput]


MetadataDict: TypeAlias = dict[str, Any]
"""Custom type for metadata with embedded validation."""

BuiltInConnectors: TypeAlias = (
    Literal[
        "web_search",
        "web_search_premium",
        "code_interpreter",
        "image_generation",
        "document_library",
    ]
    | str
)

CustomConnectorAuthorization: TypeAlias = Annotated[
    Annotated[APIKeyAuth, Tag("api-key")]
    | Annotated[OAuth2TokenAuth, Tag("oauth2-token")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"api-key", "oauth2-token"})),
]

CustomConnectorAuthorizationTypedDict: TypeAlias = APIKeyAuthTypedDict | OAuth2TokenAuthTypedDict

ImageDetail: TypeAlias = Literal["low", "auto", "high"] | str

ModerationLLMAction: TypeAlias = Literal["none", "block"] | str

ReasoningEffort: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str

ResponseFormats: TypeAlias = Literal["text", "json_object", "json_schema"] | str

ToolChoiceEnum: TypeAlias = Literal["auto", "none", "any", "required"] | str

FilePurpose: TypeAlias = Literal["fine-tune", "batch", "ocr"] | str

FileVisibility: TypeAlias = Literal["workspace", "user"] | str

SampleType: TypeAlias = (
    Literal["pretrain", "instruct", "batch_request", "batch_result", "batch_error"] | str
)

Source: TypeAlias = Literal["upload", "repository", "mistral"] | str

FTClassifierLossFunction: TypeAlias = Literal["single_class", "multi_class"] | str

MistralPromptMode: TypeAlias = Literal["reasoning"]
"""Available options to the prompt_mode argument on the chat completion endpoint. Values represent high-level intent. Assignment to actual SPs is handled internally. System prompt may include knowledge cutoff date, model capabilities, tone to use, safety guidelines, etc."""

ToolTypes: TypeAlias = Literal["function"]

RequestedServiceTier: TypeAlias = Literal["auto", "standard_only"] | str

ContentChunk: TypeAlias = Annotated[
    Annotated[ImageURLChunk, Tag("image_url")]
    | Annotated[DocumentURLChunk, Tag("document_url")]
    | Annotated[TextChunk, Tag("text")]
    | Annotated[ReferenceChunk, Tag("reference")]
    | Annotated[FileChunk, Tag("file")]
    | Annotated[ThinkChunk, Tag("thinking")]
    | Annotated[AudioChunk, Tag("input_audio")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {"image_url", "document_url", "text", "reference", "file", "thinking", "input_audio"}
        ),
    ),
]

ContentChunkTypedDict: TypeAlias = (
    ImageURLChunkTypedDict
    | DocumentURLChunkTypedDict
    | TextChunkTypedDict
    | ReferenceChunkTypedDict
    | FileChunkTypedDict
    | ThinkChunkTypedDict
    | AudioChunkTypedDict
)

SystemMessageContentChunks: TypeAlias = Annotated[
    Annotated[TextChunk, Tag("text")]
    | Annotated[ThinkChunk, Tag("thinking")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"text", "thinking"})),
]

SystemMessageContentChunksTypedDict: TypeAlias = TextChunkTypedDict | ThinkChunkTypedDict

ChatCompletionChoiceFinishReason: TypeAlias = (
    Literal["stop", "length", "model_length", "error", "tool_calls"] | str
)

CompletionResponseStreamChoiceFinishReason: TypeAlias = (
    Literal["stop", "length", "error", "tool_calls"] | str
)

FilesAPIRoutesUploadFileFileVisibility: TypeAlias = Literal["workspace", "user"] | str

# names of the official 2.x SDK for the same schemas
JsonSchema = JSONSchema

# distribution -> the model names its models module defines (space-separated)
_MODEL_DISTRIBUTIONS: dict[str, str] = {
    "mistralai-api-admin": (
        "APIKeyActions APIKeyActionsDelete APIKeyActionsRotate APIKeyExtendedOUT APIKeyOUT "
        "APIKeyProduct APIKeysExtendedOUT APIPlan ActionAvailable "
        "ActionUnavailable_DeleteUnavailableReason_ ActionUnavailable_RotateUnavailableReason_ "
        "ActorType AddOrUpdateUsersToWorkspaceOUT AddUsersToWorkspaceOUT "
        "AdminAssignUsersToGroupIn AdminAssignUsersToGroupInTypedDict AdminCreateAPIKeyIN "
        "AdminCreateAPIKeyINTypedDict AdminOrganizationMemberOUT "
        "AdminOrganizationMemberOUTSubscriptionType AdminOrganizationMemberUpdate "
        "AdminOrganizationMemberUpdateRoleName AdminOrganizationMemberUpdateSubscriptionType "
        "AdminOrganizationMemberUpdateTypedDict AdminProvisionGroupToWorkspaceIn "
        "AdminProvisionGroupToWorkspaceInTypedDict "
        "AdminProvisionGroupToWorkspaceInWorkspaceRoleName AdminScimSyncActiveRunOUT "
        "AdminScimSyncConfig AdminScimSyncConfigTypedDict AdminScimSyncRunOUT "
        "AdminScimSyncTriggerIN AdminScimSyncTriggerINTypedDict AdminScimSyncTriggerOUT "
        "AdminUpdateUserGroupIn AdminUpdateUserGroupInTypedDict AdminUserGroupIn "
        "AdminUserGroupInTypedDict AdminUserGroupMemberOut AdminUserGroupMembersOut "
        "AdminUserGroupOut AdminUserGroupsOut AdminUserOUT AdminUserOUTSubscriptionType "
        "AdminWorkspaceIn AdminWorkspaceInTypedDict ApiObjectType ApiZone "
        "AssignGroupToWorkspaceIn AssignGroupToWorkspaceInRoleName "
        "AssignGroupToWorkspaceInTypedDict AssignableServiceAccountRole AuditLogEventType "
        "AuditLogOut BaseWorkspaceMemberIN BaseWorkspaceMemberINTypedDict "
        "BasicModelUsageDataJSON ChatPlan CodePlan CreateServiceAccountRequest "
        "CreateServiceAccountRequestTypedDict DeleteAPIKeyOUT DeleteOUT DeleteUnavailableReason "
        "FineTuningDataJSON GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity "
        "GroupWorkspaceAssignmentOut GroupWorkspaceAssignmentsOut LagoEventType "
        "LibrariesAPIUsageDataJSON LimitsContext LimitsOUT "
        "ListAssignableServiceAccountRolesResponse ListOrganizationsResponse "
        "ListServiceAccountRolesResponse ListServiceAccountsResponse "
        "ListServiceAccountsV1ServiceAccountsGetOrder ListWorkspacesResponse "
        "MemberSubscriptionOUT MemberWorkspaceInfo NestedGroupRef NestedGroupsOut "
        "NewUsageLimitIN NewUsageLimitINTypedDict OrganizationAdminUsersOUT OrganizationInviteIN "
        "OrganizationInviteINEmailLanguage OrganizationInviteINRoleName "
        "OrganizationInviteINTypedDict OrganizationInviteOUT OrganizationInvitesCreateOUT "
        "OrganizationMemberCreate OrganizationMemberCreateRoleName "
        "OrganizationMemberCreateTypedDict OrganizationUserInviteOUT OrganizationUsersCreateOUT "
        "PlanType PriceData RateLimitsOUT RemoveWorkspaceMembersIN "
        "RemoveWorkspaceMembersINTypedDict RemoveWorkspaceMembersOUT RoleOut RolesOut "
        "RotateUnavailableReason ScimSyncGroupActionOut ScimSyncGroupRefOut "
        "ScimSyncGroupUpdateActionOut ScimSyncGroupsSummaryOut ScimSyncMembershipActionOut "
        "ScimSyncRunStatus ScimSyncSummaryOut ScimSyncUserActionOut ScimSyncUserRefOut "
        "ScimSyncUsersSummaryOut ServiceAccount ServiceAccountRole ServiceTier SetNestedGroupsIn "
        "SetNestedGroupsInTypedDict SetServiceAccountRolesRequest "
        "SetServiceAccountRolesRequestTypedDict StaticOrganizationRoles StaticWorkspaceRoles "
        "SubscriptionStatus TargetType TokenLimitsByModel UpdateGroupWorkspaceAssignmentIn "
        "UpdateGroupWorkspaceAssignmentInRoleName UpdateGroupWorkspaceAssignmentInTypedDict "
        "UpdateServiceAccountRequest UpdateServiceAccountRequestTypedDict "
        "UpdateUserGroupOrganizationRoleIn UpdateUserGroupOrganizationRoleInTypedDict "
        "UpdateWorkspaceIN UpdateWorkspaceINTypedDict UsageLimits UsageOUTJSON "
        "UserGroupTargetType UserIdentity UserIdentityApiKey UserIdentityOrganization "
        "UserIdentityWorkspace UserOrganization UserRole UserWorkspace "
        "UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting UsersAPIGetIdentitySecurity "
        "UsersAPIGetIdentitySecurityTypedDict UsersAPIListOrganizationsSecurity "
        "UsersAPIListOrganizationsSecurityTypedDict UsersAPIListWorkspacesSecurity "
        "UsersAPIListWorkspacesSecurityTypedDict UsersAPIWhoamiSecurity "
        "UsersAPIWhoamiSecurityTypedDict VibeActiveUsersStat VibeCodeUsageDataJSON "
        "VibeConsumedTokensStat VibeNextEditActiveUsersStat VibeNextEditModifiedLOCStat "
        "VibeNextEditSuggestionStat VibeOrganizationStatsOUT VibeSessionDurationStat "
        "VibeSessionStat VibeToolCallsByNameStat VibeToolCallsStat VibeUserPromptsStat "
        "VibeWorkByAgentStat VibeWorkByAgentStatsOUT VibeWorkByTimeStat VibeWorkByTimeStatsOUT "
        "VibeWorkByUserStat VibeWorkByUserStatsOUT VibeWorkspaceStatsOUT WhoamiOrganization "
        "WhoamiResponse WhoamiServiceAccountPrincipal WhoamiUserPrincipal WorkspaceEnrichedOUT "
        "WorkspaceMemberIN WorkspaceMemberINTypedDict WorkspaceMemberSingleIN "
        "WorkspaceMemberSingleINRoleName WorkspaceMemberSingleINTypedDict WorkspaceOUT "
        "WorkspaceRole WorkspaceRoleRef WorkspaceSpendLimitOUT WorkspacesOut"
    ),
    "mistralai-api-agents": (
        "Agent AgentAliasResponse AgentConversation AgentHandoffDoneEvent AgentHandoffEntry "
        "AgentHandoffEntryTypedDict AgentHandoffStartedEvent AgentListPage AgentTool "
        "AgentsCompletionRequest AgentsCompletionRequestMessage "
        "AgentsCompletionRequestMessageTypedDict AgentsCompletionRequestTool "
        "AgentsCompletionRequestToolTypedDict AgentsCompletionRequestTypedDict AliasList "
        "AliasListTypedDict CompletionArgs CompletionArgsStop CompletionArgsTypedDict "
        "Confirmation ConversationAppendRequest ConversationAppendRequestHandoffExecution "
        "ConversationAppendRequestTypedDict ConversationAppendStreamRequest "
        "ConversationAppendStreamRequestHandoffExecution "
        "ConversationAppendStreamRequestTypedDict ConversationEvents ConversationEventsData "
        "ConversationHistory ConversationInputs ConversationInputsTypedDict ConversationMessages "
        "ConversationRequest ConversationRequestHandoffExecution ConversationRequestTool "
        "ConversationRequestToolTypedDict ConversationRequestTypedDict ConversationResponse "
        "ConversationRestartRequest ConversationRestartRequestHandoffExecution "
        "ConversationRestartRequestTypedDict ConversationRestartStreamRequest "
        "ConversationRestartStreamRequestHandoffExecution "
        "ConversationRestartStreamRequestTypedDict ConversationStreamRequest "
        "ConversationStreamRequestHandoffExecution ConversationStreamRequestTool "
        "ConversationStreamRequestToolTypedDict ConversationStreamRequestTypedDict "
        "ConversationUsageInfo CreateAgentRequest CreateAgentRequestTool "
        "CreateAgentRequestToolTypedDict CreateAgentRequestTypedDict CreatePromptRequest "
        "CreatePromptRequestTypedDict CreatePromptRequestWorkspaceRelation "
        "CreatePromptVersionRequest2 CreatePromptVersionRequest2TypedDict "
        "CreatePromptVersionResponse CreateSkillRequest CreateSkillRequestTypedDict "
        "CreateSkillRequestWorkspaceRelation CreateSkillVersionRequest2 "
        "CreateSkillVersionRequest2TypedDict CreateSkillVersionResponse DeletePromptResponse "
        "DeleteSkillResponse FunctionCallEntry FunctionCallEntryArguments "
        "FunctionCallEntryConfirmationStatus FunctionCallEntryTypedDict FunctionCallEvent "
        "FunctionCallEventConfirmationStatus FunctionResultEntry FunctionResultEntryTypedDict "
        "FunctionTool FunctionToolTypedDict InputEntries InputEntriesTypedDict "
        "ListPromptVersionsResponse ListPromptsResponse ListSkillVersionsResponse "
        "ListSkillsResponse ListSortDirection ListSortField MessageEntries "
        "MessageInputContentChunks MessageInputContentChunksTypedDict MessageInputEntry "
        "MessageInputEntryTypedDict MessageOutputContentChunks "
        "MessageOutputContentChunksTypedDict MessageOutputEntry MessageOutputEntryTypedDict "
        "MessageOutputEvent ModelConversation ModelConversationTool OutputContentChunks Prompt "
        "PromptDefinition PromptDefinitionTypedDict PromptVariable PromptVariableTypedDict "
        "PromptVersion PromptsCreateResponse PromptsCreateVersionResponse PromptsDeleteResponse "
        "PromptsGetResponse PromptsGetVersionResponse PromptsListResponse "
        "PromptsListVersionsResponse PromptsUpdateResponse PromptsUpdateVersionMetadataResponse "
        "PromptsUpdateWorkspaceRelation RegistrySharingScope RequestSource ResponseDoneEvent "
        "ResponseErrorEvent ResponseStartedEvent Role SSETypes Skill SkillAssetContent "
        "SkillAssetContentTypedDict SkillDefinition SkillDefinitionTypedDict SkillVersion "
        "SkillsCreateResponse SkillsCreateVersionResponse SkillsDeleteResponse SkillsGetResponse "
        "SkillsGetVersionResponse SkillsListResponse SkillsListVersionsResponse "
        "SkillsUpdateResponse SkillsUpdateVersionMetadataResponse SkillsUpdateWorkspaceRelation "
        "Timestamp ToolCallConfirmation ToolCallConfirmationTypedDict ToolExecutionDeltaEvent "
        "ToolExecutionDoneEvent ToolExecutionEntry ToolExecutionEntryTypedDict ToolExecutionInfo "
        "ToolExecutionStartedEvent ToolFileChunk ToolFileChunkTypedDict UpdateAgentRequest "
        "UpdateAgentRequestTool UpdateAgentRequestToolTypedDict UpdateAgentRequestTypedDict "
        "UpdatePromptRequest2 UpdatePromptRequest2TypedDict UpdatePromptVersionRequest2 "
        "UpdatePromptVersionRequest2TypedDict UpdateSkillRequest2 UpdateSkillRequest2TypedDict "
        "UpdateSkillVersionRequest2 UpdateSkillVersionRequest2TypedDict"
    ),
    "mistralai-api-audio": (
        "AudioAgentConfigurationRequest AudioAgentConfigurationRequestTool "
        "AudioAgentConfigurationRequestToolTypedDict AudioAgentConfigurationRequestTypedDict "
        "AudioAgentConfigurationResponseConfig AudioAgentCreateRequest "
        "AudioAgentCreateRequestTypedDict AudioAgentListPage AudioAgentResponse "
        "AudioAgentSessionListPage AudioAgentSessionSummary AudioAgentUpdateRequest "
        "AudioAgentUpdateRequestTypedDict AudioAssistantTranscriptTurn AudioInactivityConfig "
        "AudioInactivityConfigTypedDict AudioLLMConfig AudioLLMConfigTypedDict "
        "AudioLatencyBreakdownAssistant AudioLatencyBreakdownUser AudioSTTConfig "
        "AudioSTTConfigTypedDict AudioSessionCreateRequest AudioSessionCreateRequestTool "
        "AudioSessionCreateRequestToolTypedDict AudioSessionCreateRequestTypedDict "
        "AudioSessionCreateResponse AudioSessionPhoneCall AudioSessionPhoneNumber "
        "AudioSessionResponse AudioSessionResponseStatus AudioTTSConfig AudioTTSConfigTypedDict "
        "AudioToolCall AudioToolTranscriptTurn AudioToolTranscriptTurnStatus "
        "AudioTranscriptionRequest AudioTranscriptionRequestStream "
        "AudioTranscriptionRequestStreamTypedDict AudioTranscriptionRequestTypedDict "
        "AudioTurnConfig AudioTurnConfigTypedDict AudioTurnDetectionConfig "
        "AudioTurnDetectionConfigTypedDict AudioUserTranscriptTurn AudioV2VoicesListGender "
        "AudioV2VoicesListKind AudioV2VoicesListType ClientSecret CompletionTokensDetails "
        "CreateRealtimeSessionRequest CreateRealtimeSessionRequestTypedDict "
        "CreateRealtimeSessionResponse FunctionRequest FunctionRequestTypedDict HangUpTool "
        "HangUpToolTypedDict ListVoicesV1AudioVoicesGetType MessageTokens PhoneDestination "
        "PhoneDestinationTypedDict PromptTokensDetails RawAudio RawAudioTypedDict Roles "
        "SipDestination SipDestinationTypedDict SpeechAssistantTurn SpeechAssistantTurnTypedDict "
        "SpeechOutputFormat SpeechRequest SpeechRequestConversationHistory "
        "SpeechRequestConversationHistoryTypedDict SpeechRequestPhonemeHint "
        "SpeechRequestTypedDict SpeechStreamAudioDelta SpeechStreamDone SpeechStreamEventTypes "
        "SpeechUsageInfo SpeechUserTurn SpeechUserTurnTypedDict SpeechV1AudioSpeechPostEvent "
        "SpeechV1AudioSpeechPostEventData SpeechV1AudioSpeechPostResponse StaticToolFiller "
        "StaticToolFillerTypedDict TimestampGranularity TranscriptionResponse "
        "TranscriptionSegmentChunk TranscriptionStreamDone TranscriptionStreamEventTypes "
        "TranscriptionStreamEvents TranscriptionStreamEventsData TranscriptionStreamLanguage "
        "TranscriptionStreamSegmentDelta TranscriptionStreamTextDelta TransferCallTool "
        "TransferCallToolTypedDict TransferTarget TransferTargetTypedDict "
        "VoiceAgentCustomConnector VoiceAgentCustomConnectorTypedDict "
        "VoiceAgentDocumentLibraryTool VoiceAgentDocumentLibraryToolTypedDict "
        "VoiceAgentFunctionTool VoiceAgentFunctionToolRequest "
        "VoiceAgentFunctionToolRequestTypedDict VoiceAgentWebSearchTool "
        "VoiceAgentWebSearchToolTypedDict VoiceCreateRequest VoiceCreateRequestTypedDict "
        "VoiceListPage VoiceListResponse VoiceResponse VoiceUpdateRequest "
        "VoiceUpdateRequestTypedDict"
    ),
    "mistralai-api-chat": (
        "ArchiveModelResponse BaseModelCard ChatClassificationRequest "
        "ChatClassificationRequestInputs ChatClassificationRequestInputsTypedDict "
        "ChatClassificationRequestTypedDict ChatCompletionRequest ChatCompletionRequestMessage "
        "ChatCompletionRequestMessageTypedDict ChatCompletionRequestTool "
        "ChatCompletionRequestToolTypedDict ChatCompletionRequestTypedDict ChatModerationRequest "
        "ChatModerationRequestInput ChatModerationRequestInputTypedDict "
        "ChatModerationRequestTypedDict ClassificationRequest ClassificationRequestTypedDict "
        "ClassificationResponse ClassificationTargetResult ClassifierFineTunedModel "
        "ClassifierTargetResult CompletionFineTunedModel ConfidenceScoresGranularity "
        "DeleteModelResponse EmbeddingDtype EmbeddingRequest EmbeddingRequestTypedDict "
        "EmbeddingResponse EmbeddingResponseData EncodingFormat FIMCompletionRequest "
        "FIMCompletionRequestTypedDict FIMCompletionResponse FTModelCard "
        "FineTunedModelCapabilities Format InstructRequest InstructRequestMessage "
        "InstructRequestMessageTypedDict InstructRequestTypedDict "
        "JobsAPIRoutesFineTuningUpdateFineTunedModelResponse ModelCapabilities ModelList "
        "ModelListData ModerationObject ModerationResponse OCRAsideTextBlock "
        "OCRBlockConfidenceScores OCRCaptionBlock OCRCodeBlock OCRConfidenceScore "
        "OCREquationBlock OCRFooterBlock OCRHeaderBlock OCRImageBlock OCRImageObject "
        "OCRListBlock OCRPageConfidenceScores OCRPageDimensions OCRPageObject OCRPageObjectBlock "
        "OCRReferencesBlock OCRRequest OCRRequestTypedDict OCRResponse OCRSignatureBlock "
        "OCRTableBlock OCRTableObject OCRTextBlock OCRTitleBlock OCRUsageInfo "
        "ResponseRetrieveModelV1ModelsModelIDGet RetrieveModelV1ModelsModelIdGetResponse "
        "TableFormat UnarchiveModelResponse UpdateModelRequest UpdateModelRequestTypedDict"
    ),
    "mistralai-api-connectors": (
        "Annotations Audience AudioContent AuthData AuthDataTypedDict AuthDirection AuthStatus "
        "AuthURLResponse AuthUrlResponse AuthenticationConfiguration "
        "AuthenticationMethodCreateOrUpdateRequest "
        "AuthenticationMethodCreateOrUpdateRequestTypedDict BlobResourceContents "
        "ClientCapabilities ClientTasksCapability ClientTasksRequestsCapability "
        "CompletionsCapability ConnectionConfigType ConnectionCredentials "
        "ConnectionCredentialsTypedDict ConnectionPreference Connector "
        "ConnectorActivateForConsumerV1ConsumerScope ConnectorAuthenticationHeader "
        "ConnectorAuthenticationHeaderTypedDict ConnectorCallToolRequest "
        "ConnectorCallToolRequestTypedDict ConnectorCreateCredentialsV1ConsumerScope "
        "ConnectorDeactivateForConsumerV1ConsumerScope ConnectorDeleteCredentialsConsumerScope "
        "ConnectorLocale ConnectorProtocol ConnectorTool ConnectorToolCallMetadata "
        "ConnectorToolCallResponse ConnectorToolLocale ConnectorToolResultMetadata "
        "ConnectorUpdateCredentialsConsumerScope ConnectorsQueryFilters "
        "ConnectorsQueryFiltersTypedDict ConsumerType CreateConnectorRequest "
        "CreateConnectorRequestTypedDict CredentialsCreateOrUpdate "
        "CredentialsCreateOrUpdateTypedDict CredentialsResponse CredentialsStatus "
        "CredentialsStatusErrorReason ElicitationCapability EmbeddedResource ExecutionConfig "
        "ExecutionTool ExtendedOAuthServerMetadata ExtendedOAuthServerMetadataTypedDict "
        "FormElicitationCapability GlobalHeaderValue GlobalHeaderValueTypedDict HTTPStatus "
        "ImageContent InboundAuthenticationType LoggingCapability LogicalExpression "
        "LogicalExpressionType LogicalExpressionTypedDict MCPPrompt MCPResource "
        "MCPServerAuthenticationRequirement MCPServerCard MCPServerCardMeta MCPServerCardTool "
        "MCPServerIcon MCPServerRemote MCPServerRemoteHeader MCPServerRemoteType "
        "MCPServerRepository MCPTool MCPToolMeta MCPUIToolMeta MessageResponse OAuth2Token "
        "OAuth2TokenTypedDict OAuthMetadataSource Oauth2MetadataSecrets "
        "Oauth2MetadataSecretsTypedDict OutboundAuthenticationType PaginatedConnectors "
        "PaginationResponse PromptArgument PromptsCapability PublicAuthenticationMethod "
        "PublicConnectionConfig PublicConnectorExecutionData PublicExecutionConnectionConfig "
        "PublicExecutionConnector PublicExecutionEnv PublicResourceVisibility ResourceLink "
        "ResourceVisibility ResourcesCapability RootsCapability SamplingCapability "
        "SamplingContextCapability SamplingToolsCapability ServerCapabilities ServerLocale "
        "ServerTasksCapability ServerTasksRequestsCapability TaskSupport TasksCallCapability "
        "TasksCancelCapability TasksCreateElicitationCapability TasksCreateMessageCapability "
        "TasksElicitationCapability TasksListCapability TasksSamplingCapability "
        "TasksToolsCapability TextContent TextResourceContents ToolAnnotations ToolExecution "
        "ToolExecutionConfiguration ToolExecutionConfigurationTypedDict ToolProperties "
        "ToolPropertiesTypedDict ToolType ToolsCapability TurbineMeta TurbineToolLocale "
        "TurbineToolMeta UpdateConnectorRequest UpdateConnectorRequestTypedDict "
        "UrlElicitationCapability Visibility"
    ),
    "mistralai-api-context": (
        "AcceptedDocumentResponse And AndMatche AndMatcheTypedDict AndTypedDict "
        "BoolArrayFieldDefinition BoolArrayFieldDefinitionTypedDict BoolFieldDefinition "
        "BoolFieldDefinitionTypedDict CreateManagedIndexRequest "
        "CreateManagedIndexRequestTypedDict CustomEmbeddingModel "
        "CustomEmbeddingModelDistanceMetric CustomEmbeddingModelDtype "
        "CustomEmbeddingModelTypedDict DeleteDocumentsRequest DeleteDocumentsRequestTypedDict "
        "DeleteDocumentsResponse DeleteManagedIndexResponse DeleteManagedIndexResponseStatus "
        "DenseVectorFieldDefinition DenseVectorFieldDefinitionTypedDict "
        "DocumentFieldErrorResponse Equal EqualTypedDict EqualValue FloatArrayFieldDefinition "
        "FloatArrayFieldDefinitionTypedDict FloatFieldDefinition FloatFieldDefinitionTypedDict "
        "GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLa "
        "nguage "
        "GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage "
        "GetSummaryResponseSummary GetSummaryResponseSummaryStatus GrepRequest GrepRequestMode "
        "GrepRequestTypedDict Gt Gte In InTypedDict InValue IngestDocumentsRequest "
        "IngestDocumentsRequestTypedDict IngestDocumentsResponse IntArrayFieldDefinition "
        "IntArrayFieldDefinitionTypedDict IntFieldDefinition IntFieldDefinitionTypedDict "
        "JSONFieldDefinition JSONFieldDefinitionTypedDict KeywordArrayFieldDefinition "
        "KeywordArrayFieldDefinitionTypedDict KeywordFieldDefinition "
        "KeywordFieldDefinitionTypedDict KeywordRetriever KeywordRetrieverFilter "
        "KeywordRetrieverFilterTypedDict KeywordRetrieverOperator KeywordRetrieverTypedDict "
        "ListIndexesV1ContextSearchIndexesGetStatus ListManagedIndexesResponse Location "
        "LongArrayFieldDefinition LongArrayFieldDefinitionTypedDict LongFieldDefinition "
        "LongFieldDefinitionTypedDict Lt Lte ManagedIndexConfig ManagedIndexConfigTypedDict "
        "ManagedIndexFields ManagedIndexFieldsTypedDict ManagedIndexResponse "
        "ManagedIndexResponseStatus MistralEmbeddingModel MistralEmbeddingModelDistanceMetric "
        "MistralEmbeddingModelDtype MistralEmbeddingModelTypedDict NavigateRequest "
        "NavigateRequestDirection NavigateRequestTypedDict NavigationChunkResponse "
        "NavigationResponse NearestNeighbourRetriever NearestNeighbourRetrieverFilter "
        "NearestNeighbourRetrieverFilterTypedDict NearestNeighbourRetrieverTypedDict Not "
        "NotMatch NotMatchTypedDict NotTypedDict Or OrMatche OrMatcheTypedDict OrTypedDict "
        "RRFRetriever RRFRetrieverFilter RRFRetrieverFilterTypedDict RRFRetrieverRetriever "
        "RRFRetrieverRetrieverTypedDict RRFRetrieverTypedDict Range RangeTypedDict ReadRequest "
        "ReadRequestTypedDict RejectedDocumentResponse SearchChunkResponse SearchHitResponse "
        "SearchRequest SearchRequestRetriever SearchRequestRetrieverTypedDict "
        "SearchRequestTypedDict SearchResponse "
        "SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage "
        "SummaryChunk SummaryError SummaryMetadata SummaryMetadataStatus "
        "TextArrayFieldDefinition TextArrayFieldDefinitionTypedDict TextFieldDefinition "
        "TextFieldDefinitionTypedDict TimestampArrayFieldDefinition "
        "TimestampArrayFieldDefinitionTypedDict TimestampFieldDefinition "
        "TimestampFieldDefinitionTypedDict UpdateManagedIndexRequest "
        "UpdateManagedIndexRequestTypedDict UpdateSummaryRequestSummary "
        "UpdateSummaryRequestSummaryStatus UpdateSummaryRequestSummaryTypedDict"
    ),
    "mistralai-api-files": (
        "CreateIngestionPipelineConfigurationRequest "
        "CreateIngestionPipelineConfigurationRequestTypedDict CreateLibraryRequest "
        "CreateLibraryRequestTypedDict Document DocumentTextContent DocumentUpload2 "
        "DocumentUpload2TypedDict EntityType FileSchema GetDeploymentSummariesResponse "
        "GetDeploymentSummariesResponseDeployment GetDeploymentSummariesResponseDeploymentStatus "
        "GetDeploymentSummariesResponseVespaDeployment GetDeploymentSummariesResponseVespaIndex "
        "GetFileResponse GetSearchIndexDetailResponseIndex "
        "GetSearchIndexDetailResponseIndexStatus GetSearchIndexDetailResponseSchemaModel "
        "GetSearchIndexSchemaDetailResponseField "
        "GetSearchIndexSchemaDetailResponseFieldIndexType "
        "GetSearchIndexSchemaDetailResponseFieldStorage "
        "GetSearchIndexSchemaDetailResponseFieldType "
        "GetSearchIndexSchemaDetailResponseSchemaModel GetSearchIndexSchemaSDFileResponseSDFile "
        "GetSearchIndexSummaryResponseIndex GetSearchIndexSummaryResponseIndexStatus "
        "GetSearchIndexSummaryResponseVespaIndex GetSearchIndexSummaryResponseVespaSchemaModel "
        "GetSignedURLResponse GetSignedUrlResponse IngestFromBlobStorageRequest "
        "IngestFromBlobStorageRequestTypedDict IngestionPipelineConfiguration "
        "IngestionPipelineTargetIndexRef IngestionPipelineTargetIndexRefTypedDict Library "
        "ListDocumentsResponse ListFilesResponse ListLibrariesResponse ListSharingResponse "
        "MetricsData MetricsDataTypedDict OwnerType PaginationInfo ProcessStatus "
        "ProcessingStatus RegisterDeploymentRequestDeployment "
        "RegisterDeploymentRequestDeploymentStatus RegisterDeploymentRequestDeploymentTypedDict "
        "RegisterDeploymentRequestVespaDeployment "
        "RegisterDeploymentRequestVespaDeploymentTypedDict RegisterDeploymentRequestVespaField "
        "RegisterDeploymentRequestVespaFieldTypedDict RegisterDeploymentRequestVespaIndex "
        "RegisterDeploymentRequestVespaIndexTypedDict RegisterSearchIndexRequestIndex "
        "RegisterSearchIndexRequestIndexStatus RegisterSearchIndexRequestIndexTypedDict "
        "RegisterSearchIndexRequestVespaIndex RegisterSearchIndexRequestVespaIndexTypedDict "
        "RegisterSearchIndexRequestVespaSchemaField "
        "RegisterSearchIndexRequestVespaSchemaFieldIndexType "
        "RegisterSearchIndexRequestVespaSchemaFieldRanking "
        "RegisterSearchIndexRequestVespaSchemaFieldStorage "
        "RegisterSearchIndexRequestVespaSchemaFieldType "
        "RegisterSearchIndexRequestVespaSchemaFieldTypedDict "
        "RegisterSearchIndexRequestVespaSchemaModel "
        "RegisterSearchIndexRequestVespaSchemaModelTypedDict RegisterSearchIndexResponseIndex "
        "RequestUploadURLResponse SchemaFieldDataType SchemaFieldIndex SchemaFieldRankingType "
        "SchemaFieldStorage ShareEnum Sharing SharingDelete SharingDeleteTypedDict "
        "SharingRequest SharingRequestTypedDict UpdateDocumentRequest "
        "UpdateDocumentRequestTypedDict UpdateIndexMetricsRequestIndexMetricsOffline "
        "UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict "
        "UpdateIndexMetricsRequestIndexMetricsOnline "
        "UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict "
        "UpdateIndexMetricsRequestSchemaMetrics UpdateIndexMetricsRequestSchemaMetricsTypedDict "
        "UpdateIndexSummaryRequestSummary UpdateIndexSummaryRequestSummaryTypedDict "
        "UpdateLibraryRequest UpdateLibraryRequestTypedDict "
        "UpdateMetricsRequestDeploymentMetricsOffline "
        "UpdateMetricsRequestDeploymentMetricsOfflineTypedDict "
        "UpdateMetricsRequestDeploymentMetricsOnline "
        "UpdateMetricsRequestDeploymentMetricsOnlineTypedDict UpdateMetricsRequestIndexMetrics "
        "UpdateMetricsRequestIndexMetricsTypedDict UpdateRunInfo UpdateRunInfoTypedDict "
        "UpdateSchemaSummaryRequestSummary UpdateSchemaSummaryRequestSummaryTypedDict "
        "VespaGetRetrievableResponseRetrievable"
    ),
    "mistralai-api-fine-tuning": (
        "APIEndpoint ApiEndpoint BatchError BatchJob BatchJobStatus BatchRequest "
        "BatchRequestTypedDict CheckpointOut ClassifierDetailedJobOut "
        "ClassifierDetailedJobOutStatus ClassifierFineTuningJob ClassifierFineTuningJobDetails "
        "ClassifierFineTuningJobDetailsStatus ClassifierFineTuningJobStatus ClassifierJobOut "
        "ClassifierJobOutStatus ClassifierTargetIn ClassifierTargetInTypedDict "
        "ClassifierTargetOut ClassifierTrainingParameters ClassifierTrainingParametersIn "
        "ClassifierTrainingParametersInTypedDict CompletionDetailedJobOut "
        "CompletionDetailedJobOutStatus CompletionFineTuningJob CompletionFineTuningJobDetails "
        "CompletionFineTuningJobDetailsStatus CompletionFineTuningJobStatus CompletionJobOut "
        "CompletionJobOutStatus CompletionTrainingParameters CompletionTrainingParametersIn "
        "CompletionTrainingParametersInTypedDict CreateBatchJobRequest "
        "CreateBatchJobRequestTypedDict DeleteBatchJobResponse EventOut FineTuneableModelType "
        "GithubRepositoryIn GithubRepositoryInTypedDict GithubRepositoryOut JobIn JobInTypedDict "
        "JobMetadataOut JobsAPIRoutesFineTuningCancelFineTuningJobResponse "
        "JobsAPIRoutesFineTuningCreateFineTuningJobResponse "
        "JobsAPIRoutesFineTuningGetFineTuningJobResponse "
        "JobsAPIRoutesFineTuningGetFineTuningJobsStatus "
        "JobsAPIRoutesFineTuningStartFineTuningJobResponse JobsOut JobsOutData "
        "LegacyJobMetadataOut ListBatchJobsResponse ListFineTuningJobsResponse "
        "ListFineTuningJobsResponseData MetricOut OrderBy TrainingFile TrainingFileTypedDict "
        "WandbIntegration WandbIntegrationOut WandbIntegrationTypedDict"
    ),
    "mistralai-api-observability": (
        "Aggregation AggregationMeta AggregationRequest AggregationRequestTypedDict "
        "AggregationRow AttributeHashSampling AttributeHashSamplingTypedDict BaseFieldDefinition "
        "BaseFieldDefinitionSupportedOperator BaseFieldDefinitionType BaseTaskStatus Campaign "
        "CategoricalStatistics ChatCompletionEvent ChatCompletionEventPreview "
        "ChatTranscriptionEvent ClassificationStatisticSpec ClassificationStatisticSpecAverage "
        "ClassificationStatisticSpecKind ConfusionMatrix ContentSearchFilter "
        "ContentSearchFilterGroup ContentSearchFilterGroupCombinator "
        "ContentSearchFilterGroupTypedDict ContentSearchFilterOperator "
        "ContentSearchFilterTypedDict CreateCampaignRequest CreateCampaignRequestTypedDict "
        "CreateDatasetRecordRequest CreateDatasetRecordRequestSource "
        "CreateDatasetRecordRequestTypedDict CreateDatasetRequest CreateDatasetRequestTypedDict "
        "CreateJudgeRequest CreateJudgeRequestOutput CreateJudgeRequestOutputTypedDict "
        "CreateJudgeRequestTypedDict CreatePipelineRequest CreatePipelineRequestTypedDict "
        "Dataset DatasetImportTask DatasetPreview DatasetRecord DatasetRecordPayload "
        "DatasetRecordSource DeleteDatasetRecordsRequest DeleteDatasetRecordsRequestTypedDict "
        "DetectionDefinitionV1 DetectionPattern EvaluationBooleanResultSpec "
        "EvaluationCategoricalResultSpec EvaluationNumericResultSpec EvaluationRunFilterInput "
        "EvaluationRunFilterInputTypedDict EvaluationRunGenerationV2 EvaluationRunOutputRecordV2 "
        "EvaluationRunRecordFilterInput EvaluationRunRecordFilterInputSort "
        "EvaluationRunRecordFilterInputSortTypedDict EvaluationRunRecordFilterInputTypedDict "
        "EvaluationRunRecordV2Response EvaluationRunScoreV2 EvaluationRunV2Response "
        "EvaluationRunV2WithRefsResponse EvaluationV2 EvaluationsV2 EvaluatorStatistics "
        "EvaluatorV2 EvaluatorV2Direction ExportDatasetResponse ExportDefinitionV1 "
        "FeedResultChatCompletionEventPreview FeedResultGetLog FeedResultGetPipelineResult "
        "FeedResultGetSpan FeedResultGetSpanEvaluation FeedResultGetTrace "
        "FetchCampaignStatusResponse FetchChatCompletionFieldOptionsResponse "
        "FetchFieldOptionCountsRequest FetchFieldOptionCountsRequestTypedDict "
        "FetchFieldOptionCountsResponse FieldGroup FieldOptionCountItem FieldSortInput "
        "FieldSortInputDirection FieldSortInputTypedDict FilterCondition "
        "FilterConditionTypedDict FilterGroup FilterGroupTypedDict FilterPayload "
        "FilterPayloadTypedDict GetLog GetLogFieldOptions GetLogFields GetLogs "
        "GetPipelineResults GetSpan GetSpanEvaluation GetSpanEvaluationFieldOptions "
        "GetSpanEvaluationFields GetSpanEvaluations GetSpanFieldOptions GetSpanFields "
        "GetSpanStatusCode GetSpans GetTrace GetTraceFieldOptions GetTraceFields "
        "GetTraceStatusCode GetTraces GoalResult GoalResultItem GoalResultItemDirection GoalSpec "
        "GoalStatusFilter GoalStatusFilterGroup GoalStatusFilterGroupCombinator "
        "GoalStatusFilterGroupTypedDict GoalStatusFilterTypedDict GoalStatusFilterValue "
        "Granularity ImportDatasetFromCampaignRequest ImportDatasetFromCampaignRequestTypedDict "
        "ImportDatasetFromDatasetRequest ImportDatasetFromDatasetRequestTypedDict "
        "ImportDatasetFromExplorerRequest ImportDatasetFromExplorerRequestTypedDict "
        "ImportDatasetFromFileRequest ImportDatasetFromFileRequestTypedDict "
        "ImportDatasetFromPlaygroundRequest ImportDatasetFromPlaygroundRequestTypedDict "
        "ImportDatasetFromSpansRequest ImportDatasetFromSpansRequestTypedDict Judge "
        "JudgeChatCompletionEventRequest JudgeChatCompletionEventRequestTypedDict "
        "JudgeClassificationOutput JudgeClassificationOutputOption "
        "JudgeClassificationOutputOptionTypedDict JudgeClassificationOutputTypedDict "
        "JudgeConversationRequest JudgeConversationRequestTypedDict JudgeDatasetRecordRequest "
        "JudgeDatasetRecordRequestTypedDict JudgeDefinitionV1 JudgeOutput JudgeOutput2 "
        "JudgeOutputType JudgeRegressionOutput JudgeRegressionOutputTypedDict "
        "ListCampaignSelectedEventsResponse ListCampaignsResponse "
        "ListChatCompletionFieldsResponse ListDatasetImportTasksResponse "
        "ListDatasetRecordsResponse ListDatasetsResponse ListEvaluationRunRecordsResponse "
        "ListEvaluationRunsResponse ListJudgesResponse ListOptimizationTrialsResponse "
        "ListOptimizationsResponse LlmJudgeReference LlmJudgeReferenceTypedDict LogsRequest "
        "LogsRequestTypedDict MetadataFilter MetadataFilterGroup MetadataFilterGroupCombinator "
        "MetadataFilterGroupTypedDict MetadataFilterOperator MetadataFilterTypedDict "
        "MetadataFilterValue MetricAggregation MetricDefinition MetricDefinitionTypedDict "
        "ModerationDefinitionV1 NumericStatistics OTLPDestination ObservabilityError "
        "ObservabilityErrorCode ObservabilityErrorDetail Op Operator Optimization "
        "OptimizationDetail OptimizationReference OptimizationTrialObservation "
        "OptimizationTrialWithObservations Order OrderByClause OrderByClauseDirection "
        "OrderByClauseTypedDict OtelFieldDefinition OtelFieldDefinitionSupportedOperator "
        "OtelFieldDefinitionType PaginatedResultCampaignPreview "
        "PaginatedResultChatCompletionEventPreview PaginatedResultDatasetImportTask "
        "PaginatedResultDatasetPreview PaginatedResultDatasetRecord "
        "PaginatedResultEvaluationRunRecordV2Response PaginatedResultEvaluationRunV2Response "
        "PaginatedResultEvaluationRunV2WithRefsResponse PaginatedResultEvaluationV2 "
        "PaginatedResultJudgePreview PaginatedResultOptimization "
        "PaginatedResultOptimizationTrialWithObservations PaginatedResultPipeline "
        "PaginatedResultProject Params Percentile PercentileStatisticSpec Pipeline "
        "PipelineConfig PipelineConfigDefinition PipelineConfigHeader PipelineConfigPipelineKind "
        "PipelineConfigScope PipelineConfigSelector PipelineConfigSelectorSourceKind "
        "PipelineConfigSelectorTypedDict PipelineResult PipelineResultsRequest "
        "PipelineResultsRequestTypedDict PipelinesResponse ProbabilisticSampling "
        "ProbabilisticSamplingTypedDict Project ProjectEvaluationSummary Projects "
        "RunEvaluationSummary RunOptimizationRef RunOwnershipFilter RunOwnershipFilterCombinator "
        "RunOwnershipFilterTypedDict RunProjectSummary RunStatisticsResponse "
        "ScalarStatisticValue ScoreFilter ScoreFilterGroup ScoreFilterGroupCombinator "
        "ScoreFilterGroupTypedDict ScoreFilterOperator ScoreFilterTypedDict ScoreFilterValue "
        "ScoreSortInput ScoreSortInputDirection ScoreSortInputMetric ScoreSortInputTypedDict "
        "SearchAllEvaluationRunsResponse SearchChatCompletionEventIdsRequest "
        "SearchChatCompletionEventIdsRequestTypedDict SearchChatCompletionEventIdsResponse "
        "SearchChatCompletionEventsRequest SearchChatCompletionEventsRequestTypedDict "
        "SearchChatCompletionEventsResponse SimpleNumericStatisticSpec "
        "SimpleNumericStatisticSpecKind SpanDatasetMapping SpanDatasetMappingContract "
        "SpanDatasetMappingContractTypedDict SpanDatasetMappingTypedDict "
        "SpanDatasetSourceReference SpanDatasetSourceReferenceNamespace "
        "SpanDatasetSourceReferenceTypedDict SpanEvaluationsRequest "
        "SpanEvaluationsRequestTypedDict SpansRequest SpansRequestTypedDict SystemFilter "
        "SystemFilterTypedDict SystemNameFilter SystemNameFilterGroup "
        "SystemNameFilterGroupCombinator SystemNameFilterGroupTypedDict SystemNameFilterOperator "
        "SystemNameFilterTypedDict SystemParamFilter SystemParamFilterGroup "
        "SystemParamFilterGroupCombinator SystemParamFilterGroupTypedDict "
        "SystemParamFilterOperator SystemParamFilterTypedDict SystemParamFilterValue SystemV2 "
        "TagFilter TagFilterCombinator TagFilterTypedDict TelemetrySpanReference "
        "TelemetrySpanReferenceTypedDict TimeDimension TimeDimensionTypedDict TracesRequest "
        "TracesRequestTypedDict UnsupportedStatistics UpdateDatasetRecordPayloadRequest "
        "UpdateDatasetRecordPayloadRequestTypedDict UpdateDatasetRecordPropertiesRequest "
        "UpdateDatasetRecordPropertiesRequestTypedDict UpdateDatasetRequest "
        "UpdateDatasetRequestTypedDict UpdateJudgeRequest UpdateJudgeRequestOutput "
        "UpdateJudgeRequestOutputTypedDict UpdateJudgeRequestTypedDict UpdatePipelineRequest "
        "UpdatePipelineRequestTypedDict"
    ),
    "mistralai-api-responses": (
        "CountResponseInputTokensRequest CountResponseInputTokensRequestInput1 "
        "CountResponseInputTokensRequestInput1TypedDict CountResponseInputTokensRequestInput2 "
        "CountResponseInputTokensRequestInput2TypedDict "
        "CountResponseInputTokensRequestResponsesFormatJSONObject "
        "CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict "
        "CountResponseInputTokensRequestResponsesFormatText "
        "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig "
        "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict "
        "CountResponseInputTokensRequestResponsesFormatTextTypedDict "
        "CountResponseInputTokensRequestResponsesSupportedReasoning "
        "CountResponseInputTokensRequestResponsesSupportedReasoningEffort "
        "CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict "
        "CountResponseInputTokensRequestResponsesTextConfig "
        "CountResponseInputTokensRequestResponsesTextConfigFormat "
        "CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict "
        "CountResponseInputTokensRequestResponsesTextConfigTypedDict "
        "CountResponseInputTokensRequestResponsesTextConfigVerbosity "
        "CountResponseInputTokensRequestResponsesToolChoiceFunction "
        "CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict "
        "CountResponseInputTokensRequestTool CountResponseInputTokensRequestToolChoiceUnion "
        "CountResponseInputTokensRequestToolChoiceUnion2 "
        "CountResponseInputTokensRequestToolChoiceUnionTypedDict "
        "CountResponseInputTokensRequestToolTypedDict CountResponseInputTokensRequestTypedDict "
        "CountResponseInputTokensResponse CreateResponseRequest CreateResponseRequestInput1 "
        "CreateResponseRequestInput1TypedDict CreateResponseRequestInput2 "
        "CreateResponseRequestInput2TypedDict CreateResponseRequestResponsesFormatJSONObject "
        "CreateResponseRequestResponsesFormatJSONObjectTypedDict "
        "CreateResponseRequestResponsesFormatText "
        "CreateResponseRequestResponsesFormatTextJSONSchemaConfig "
        "CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict "
        "CreateResponseRequestResponsesFormatTextTypedDict "
        "CreateResponseRequestResponsesSupportedReasoning "
        "CreateResponseRequestResponsesSupportedReasoningEffort "
        "CreateResponseRequestResponsesSupportedReasoningTypedDict "
        "CreateResponseRequestResponsesTextConfig CreateResponseRequestResponsesTextConfigFormat "
        "CreateResponseRequestResponsesTextConfigFormatTypedDict "
        "CreateResponseRequestResponsesTextConfigTypedDict "
        "CreateResponseRequestResponsesTextConfigVerbosity "
        "CreateResponseRequestResponsesToolChoiceFunction "
        "CreateResponseRequestResponsesToolChoiceFunctionTypedDict CreateResponseRequestTool "
        "CreateResponseRequestToolChoiceUnion CreateResponseRequestToolChoiceUnion2 "
        "CreateResponseRequestToolChoiceUnionTypedDict CreateResponseRequestToolTypedDict "
        "CreateResponseRequestTypedDict CreateResponseResponse CreateResponseResponseOutput "
        "CreateResponseResponsePromptCacheRetention "
        "CreateResponseResponseResponsesSupportedReasoning "
        "CreateResponseResponseResponsesSupportedReasoningEffort "
        "CreateResponseResponseResponsesTextConfig "
        "CreateResponseResponseResponsesTextConfigFormat "
        "CreateResponseResponseResponsesTextConfigVerbosity CreateResponseResponseServiceTier "
        "CreateResponseResponseStatus CreateResponseResponseTool "
        "CreateResponseResponseToolChoiceUnion CreateResponseResponseToolChoiceUnion2 "
        "CreateResponseResponseTruncation ResponsesAnnotationContainerFileCitation "
        "ResponsesAnnotationContainerFileCitationTypedDict ResponsesAnnotationFileCitation "
        "ResponsesAnnotationFileCitationTypedDict ResponsesAnnotationFilePath "
        "ResponsesAnnotationFilePathTypedDict ResponsesAnnotationURLCitation "
        "ResponsesAnnotationURLCitationTypedDict ResponsesCallerDirect "
        "ResponsesCallerDirectTypedDict ResponsesCallerProgram ResponsesCallerProgramTypedDict "
        "ResponsesCompletedEvent ResponsesContent ResponsesContentPartAddedEvent "
        "ResponsesContentPartAddedEventPart ResponsesContentPartDoneEvent "
        "ResponsesContentPartDoneEventPart ResponsesContentTypedDict ResponsesCreatedEvent "
        "ResponsesCustomTool ResponsesCustomToolAllowedCaller ResponsesCustomToolFormat "
        "ResponsesCustomToolFormatTypedDict ResponsesCustomToolTypedDict "
        "ResponsesEasyInputMessage ResponsesEasyInputMessageContent2 "
        "ResponsesEasyInputMessageContent22 ResponsesEasyInputMessageContent22TypedDict "
        "ResponsesEasyInputMessageContent2TypedDict ResponsesEasyInputMessagePhase "
        "ResponsesEasyInputMessageRole ResponsesEasyInputMessageTypedDict ResponsesError "
        "ResponsesErrorCode ResponsesErrorEvent ResponsesFailedEvent "
        "ResponsesFunctionCallArgumentsDeltaEvent ResponsesFunctionCallArgumentsDoneEvent "
        "ResponsesFunctionCallOutput ResponsesFunctionCallOutputCaller "
        "ResponsesFunctionCallOutputCallerDirect "
        "ResponsesFunctionCallOutputCallerDirectTypedDict "
        "ResponsesFunctionCallOutputCallerProgram "
        "ResponsesFunctionCallOutputCallerProgramTypedDict "
        "ResponsesFunctionCallOutputCallerTypedDict ResponsesFunctionCallOutputOutput2 "
        "ResponsesFunctionCallOutputOutput22 ResponsesFunctionCallOutputOutput22TypedDict "
        "ResponsesFunctionCallOutputOutput2TypedDict ResponsesFunctionCallOutputStatus "
        "ResponsesFunctionCallOutputTypedDict ResponsesFunctionTool "
        "ResponsesFunctionToolAllowedCaller ResponsesFunctionToolCall "
        "ResponsesFunctionToolCallCaller ResponsesFunctionToolCallCallerTypedDict "
        "ResponsesFunctionToolCallStatus ResponsesFunctionToolCallTypedDict "
        "ResponsesFunctionToolTypedDict ResponsesGrammar ResponsesGrammarSyntax "
        "ResponsesGrammarTypedDict ResponsesInProgressEvent ResponsesIncompleteDetails "
        "ResponsesIncompleteDetailsReason ResponsesIncompleteEvent ResponsesInputFile "
        "ResponsesInputFileContent ResponsesInputFileContentDetail "
        "ResponsesInputFileContentResponsesPromptCacheBreakpoint "
        "ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict "
        "ResponsesInputFileContentTypedDict ResponsesInputFileDetail "
        "ResponsesInputFileResponsesPromptCacheBreakpoint "
        "ResponsesInputFileResponsesPromptCacheBreakpointTypedDict ResponsesInputFileTypedDict "
        "ResponsesInputImage ResponsesInputImageContent ResponsesInputImageContentDetail "
        "ResponsesInputImageContentResponsesPromptCacheBreakpoint "
        "ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict "
        "ResponsesInputImageContentTypedDict ResponsesInputImageDetail "
        "ResponsesInputImageResponsesPromptCacheBreakpoint "
        "ResponsesInputImageResponsesPromptCacheBreakpointTypedDict ResponsesInputImageTypedDict "
        "ResponsesInputText ResponsesInputTextContent "
        "ResponsesInputTextContentResponsesPromptCacheBreakpoint "
        "ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict "
        "ResponsesInputTextContentTypedDict ResponsesInputTextResponsesPromptCacheBreakpoint "
        "ResponsesInputTextResponsesPromptCacheBreakpointTypedDict ResponsesInputTextTypedDict "
        "ResponsesInputTokensDetails ResponsesMessage ResponsesMessageContent "
        "ResponsesMessageContentTypedDict ResponsesMessageRole ResponsesMessageStatus "
        "ResponsesMessageTypedDict ResponsesNamespaceTool ResponsesNamespaceToolTool "
        "ResponsesNamespaceToolToolTypedDict ResponsesNamespaceToolTypedDict "
        "ResponsesOutputItemAddedEvent ResponsesOutputItemAddedEventItem "
        "ResponsesOutputItemDoneEvent ResponsesOutputItemDoneEventItem ResponsesOutputMessage "
        "ResponsesOutputMessageContent ResponsesOutputMessageContentTypedDict "
        "ResponsesOutputMessagePhase ResponsesOutputMessageStatus "
        "ResponsesOutputMessageTypedDict ResponsesOutputRefusal ResponsesOutputRefusalTypedDict "
        "ResponsesOutputText ResponsesOutputTextAnnotation "
        "ResponsesOutputTextAnnotationTypedDict ResponsesOutputTextLogprob "
        "ResponsesOutputTextLogprobTopLogprob ResponsesOutputTextLogprobTopLogprobTypedDict "
        "ResponsesOutputTextLogprobTypedDict ResponsesOutputTextTypedDict "
        "ResponsesOutputTokensDetails ResponsesPartReasoningText ResponsesReasoningItem "
        "ResponsesReasoningItemStatus ResponsesReasoningItemTypedDict "
        "ResponsesReasoningTextDeltaEvent ResponsesReasoningTextDoneEvent ResponsesStreamFrame "
        "ResponsesStreamFrameData ResponsesSummary ResponsesSummaryTypedDict ResponsesText "
        "ResponsesTextConfigResponsesFormatJSONObject ResponsesTextConfigResponsesFormatText "
        "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig ResponsesTextDeltaEvent "
        "ResponsesTextDeltaEventLogprob ResponsesTextDeltaEventLogprobTopLogprob "
        "ResponsesTextDoneEvent ResponsesTextDoneEventLogprob "
        "ResponsesTextDoneEventLogprobTopLogprob ResponsesTextTypedDict "
        "ResponsesToolChoiceFunction ResponsesToolFunction ResponsesToolFunctionAllowedCaller "
        "ResponsesToolFunctionTypedDict ResponsesUsage"
    ),
    "mistralai-api-webhooks": (
        "CreateTrigger CreateTriggerAction CreateTriggerActionType CreateTriggerActionTypedDict "
        "CreateTriggerHandler CreateTriggerOwnerType CreateTriggerTypedDict CreateWebhook "
        "CreateWebhookOwnerType CreateWebhookProvider CreateWebhookSignatureEncoding "
        "CreateWebhookSignatureHashAlgorithm CreateWebhookTypedDict "
        "ListTriggersV1TriggersGetHandler Trigger TriggerAction TriggerActionType TriggerEvent "
        "TriggerEventList TriggerEventStatus TriggerHandler TriggerOwnerType Webhook "
        "WebhookOwnerType WebhookProvider WebhookSignatureEncoding WebhookSignatureHashAlgorithm "
        "WebhookSigningSecret"
    ),
    "mistralai-api-workflows": (
        "ActivityTaskCompletedAttributesResponse ActivityTaskCompletedResponse "
        "ActivityTaskFailedAttributes ActivityTaskFailedResponse ActivityTaskRetryingAttributes "
        "ActivityTaskRetryingResponse ActivityTaskStartedAttributesResponse "
        "ActivityTaskStartedResponse BatchExecutionBody BatchExecutionBodyTypedDict "
        "BatchExecutionResponse BatchExecutionResult CreateDeploymentRequest "
        "CreateDeploymentRequestTypedDict CustomTaskCanceledAttributes "
        "CustomTaskCanceledResponse CustomTaskCompletedAttributesResponse "
        "CustomTaskCompletedResponse CustomTaskFailedAttributes CustomTaskFailedResponse "
        "CustomTaskInProgressAttributesResponse CustomTaskInProgressAttributesResponsePayload "
        "CustomTaskInProgressResponse CustomTaskStartedAttributesResponse "
        "CustomTaskStartedResponse CustomTaskTimedOutAttributes CustomTaskTimedOutResponse "
        "DeploymentArchiveResponse DeploymentBuildState DeploymentDetailResponse "
        "DeploymentListResponse DeploymentLocation DeploymentLogRecord "
        "DeploymentLogSearchResponse DeploymentObservedState DeploymentResourceConfig "
        "DeploymentResourceConfigTypedDict DeploymentResourceConfigUpdate "
        "DeploymentResourceConfigUpdateTypedDict DeploymentResponse DeploymentStatus "
        "DeploymentWorkerListResponse DeploymentWorkerResponse DeploymentWorkerSpecInput "
        "DeploymentWorkerSpecInputTypedDict DeploymentWorkerSpecResponse EncodedPayloadOptions "
        "EncryptedPatchValue EventProgressStatus EventSource EventType ExecutionLogRecord "
        "ExecutionLogSearchResponse ExecutionTraceInfoResponse Failure GetDeploymentLogsLogType "
        "GetDeploymentLogsOrder GetSchedulesV1WorkflowsSchedulesGetResponse "
        "GetSchedulesV1WorkflowsSchedulesGetStatus "
        "GetStreamEventsV1WorkflowsEventsStreamGetEvent "
        "GetStreamEventsV1WorkflowsEventsStreamGetResponseBody GetWorkflowExecutionLogsOrder "
        "GetWorkflowsV1WorkflowsGetOrder GetWorkflowsV1WorkflowsGetResponse GitCommitAuthor "
        "GitCommitMetadata JSONPatch JSONPatchAdd JSONPatchAppend JSONPatchPayloadResponse "
        "JSONPatchPayloadValueResponse JSONPatchRemove JSONPatchReplace JSONPayloadResponse "
        "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus "
        "ListDeploymentsV1WorkflowsDeploymentsGetLocationType "
        "ListDeploymentsV1WorkflowsDeploymentsGetOrder "
        "ListDeploymentsV1WorkflowsDeploymentsGetOrderBy ListRunsV1WorkflowsRunsGetOrder "
        "ListRunsV1WorkflowsRunsGetResponse ListWorkflowEventResponse LocationType "
        "ManagedDeploymentResponse NetworkEncodedInput NetworkEncodedInputTypedDict "
        "PartialScheduleDefinition PartialScheduleDefinitionTypedDict QueryDefinition "
        "QueryInvocationBody QueryInvocationBodyTypedDict QueryWorkflowResponse "
        "ResetInvocationBody ResetInvocationBodyTypedDict ScalarMetric ScheduleCalendar "
        "ScheduleCalendarTypedDict ScheduleDefinition ScheduleDefinitionOutput "
        "ScheduleDefinitionTypedDict ScheduleFutureExecution ScheduleInterval "
        "ScheduleIntervalTypedDict ScheduleOverlapPolicy SchedulePolicy SchedulePolicyTypedDict "
        "ScheduleRange ScheduleRangeTypedDict ScheduleRecentExecution Scope SignalDefinition "
        "SignalInvocationBody SignalInvocationBodyTypedDict SignalWorkflowResponse SortBy "
        "StreamDeploymentLogsEvent StreamDeploymentLogsEventEvent "
        "StreamDeploymentLogsResponseBody StreamError StreamEventSseErrorData "
        "StreamEventSsePayload StreamEventWorkflowContext "
        "StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody "
        "StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent StreamWorkflowExecutionLogsEvent "
        "StreamWorkflowExecutionLogsEventEvent StreamWorkflowExecutionLogsResponseBody "
        "TempoGetTraceResponse TempoTraceAttribute TempoTraceAttributeArrayContainer "
        "TempoTraceAttributeArrayElement TempoTraceAttributeArrayValue "
        "TempoTraceAttributeBoolValue TempoTraceAttributeIntValue TempoTraceAttributeStringValue "
        "TempoTraceBatch TempoTraceEvent TempoTraceResource TempoTraceScope TempoTraceScopeKind "
        "TempoTraceScopeSpan TempoTraceSpan TimeSeriesMetric UpdateDefinition "
        "UpdateDeploymentRequest UpdateDeploymentRequestTypedDict UpdateInvocationBody "
        "UpdateInvocationBodyTypedDict UpdateWorkflowResponse Workflow WorkflowArchiveResponse "
        "WorkflowBasicDefinition WorkflowBulkArchiveRequest WorkflowBulkArchiveRequestTypedDict "
        "WorkflowBulkArchiveResponse WorkflowBulkError WorkflowBulkUnarchiveRequest "
        "WorkflowBulkUnarchiveRequestTypedDict WorkflowBulkUnarchiveResponse "
        "WorkflowCodeDefinition WorkflowEventType WorkflowExecutionCanceledAttributes "
        "WorkflowExecutionCanceledResponse WorkflowExecutionCompletedAttributesResponse "
        "WorkflowExecutionCompletedResponse WorkflowExecutionContinuedAsNewAttributesResponse "
        "WorkflowExecutionContinuedAsNewResponse WorkflowExecutionFailedAttributes "
        "WorkflowExecutionFailedResponse WorkflowExecutionListResponse "
        "WorkflowExecutionProgressTraceEvent WorkflowExecutionRequest "
        "WorkflowExecutionRequestTypedDict WorkflowExecutionResponse "
        "WorkflowExecutionStartedAttributesResponse WorkflowExecutionStartedResponse "
        "WorkflowExecutionStatus WorkflowExecutionSyncResponse WorkflowExecutionTraceEvent "
        "WorkflowExecutionTraceEventsResponse WorkflowExecutionTraceOTelResponse "
        "WorkflowExecutionTraceSummaryAttributesValues WorkflowExecutionTraceSummaryResponse "
        "WorkflowExecutionTraceSummarySpan WorkflowExecutionWithoutResultResponse "
        "WorkflowGetResponse WorkflowListResponse WorkflowMetadata WorkflowMetrics "
        "WorkflowRegistration WorkflowRegistrationGetResponse WorkflowRegistrationListResponse "
        "WorkflowRegistrationWithWorkerStatus WorkflowScheduleListResponse "
        "WorkflowSchedulePauseRequest WorkflowSchedulePauseRequestTypedDict "
        "WorkflowScheduleRequest WorkflowScheduleRequestTypedDict WorkflowScheduleResponse "
        "WorkflowScheduleTriggerRequest WorkflowScheduleTriggerRequestTypedDict "
        "WorkflowScheduleUpdateRequest WorkflowScheduleUpdateRequestTypedDict "
        "WorkflowTagsAddRequest WorkflowTagsAddRequestTypedDict WorkflowTaskFailedAttributes "
        "WorkflowTaskFailedResponse WorkflowTaskTimedOutAttributes WorkflowTaskTimedOutResponse "
        "WorkflowType WorkflowUnarchiveResponse WorkflowUpdateRequest "
        "WorkflowUpdateRequestTypedDict WorkflowUpdateResponse WorkflowWithWorkerStatus "
        "WorkflowsWorkerSpecUpdate WorkflowsWorkerSpecUpdateTypedDict"
    ),
}
