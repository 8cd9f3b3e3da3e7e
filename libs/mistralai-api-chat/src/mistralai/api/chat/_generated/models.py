# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypeAlias

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
    FTClassifierLossFunction,
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
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
    "ArchiveModelResponse",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "AudioChunk",
    "AudioChunkTypedDict",
    "BaseModelCard",
    "BuiltInConnectors",
    "ChatClassificationRequest",
    "ChatClassificationRequestInputs",
    "ChatClassificationRequestInputsTypedDict",
    "ChatClassificationRequestTypedDict",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionRequest",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageTypedDict",
    "ChatCompletionRequestTool",
    "ChatCompletionRequestToolTypedDict",
    "ChatCompletionRequestTypedDict",
    "ChatCompletionResponse",
    "ChatModerationRequest",
    "ChatModerationRequestInput",
    "ChatModerationRequestInputTypedDict",
    "ChatModerationRequestTypedDict",
    "ClassificationRequest",
    "ClassificationRequestTypedDict",
    "ClassificationResponse",
    "ClassificationTargetResult",
    "ClassifierFineTunedModel",
    "ClassifierTargetResult",
    "CodeInterpreterTool",
    "CodeInterpreterToolTypedDict",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionFineTunedModel",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "ConfidenceScoresGranularity",
    "ContentChunk",
    "ContentChunkTypedDict",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DeleteModelResponse",
    "DeltaMessage",
    "DocumentLibraryTool",
    "DocumentLibraryToolTypedDict",
    "DocumentURLChunk",
    "DocumentURLChunkTypedDict",
    "EmbeddingDtype",
    "EmbeddingRequest",
    "EmbeddingRequestTypedDict",
    "EmbeddingResponse",
    "EmbeddingResponseData",
    "EncodingFormat",
    "FIMCompletionRequest",
    "FIMCompletionRequestTypedDict",
    "FIMCompletionResponse",
    "FTClassifierLossFunction",
    "FTModelCard",
    "FileChunk",
    "FileChunkTypedDict",
    "FineTunedModelCapabilities",
    "Format",
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
    "InstructRequest",
    "InstructRequestMessage",
    "InstructRequestMessageTypedDict",
    "InstructRequestTypedDict",
    "JobsAPIRoutesFineTuningUpdateFineTunedModelResponse",
    "JsonSchema",
    "JsonSchemaTypedDict",
    "MistralPromptMode",
    "ModelCapabilities",
    "ModelList",
    "ModelListData",
    "ModerationLLMAction",
    "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1CategoryThresholdsTypedDict",
    "ModerationLLMV1Config",
    "ModerationLLMV1ConfigTypedDict",
    "ModerationLLMV2CategoryThresholds",
    "ModerationLLMV2CategoryThresholdsTypedDict",
    "ModerationLLMV2Config",
    "ModerationLLMV2ConfigTypedDict",
    "ModerationObject",
    "ModerationResponse",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthTypedDict",
    "OCRAsideTextBlock",
    "OCRBlockConfidenceScores",
    "OCRCaptionBlock",
    "OCRCodeBlock",
    "OCRConfidenceScore",
    "OCREquationBlock",
    "OCRFooterBlock",
    "OCRHeaderBlock",
    "OCRImageBlock",
    "OCRImageObject",
    "OCRListBlock",
    "OCRPageConfidenceScores",
    "OCRPageDimensions",
    "OCRPageObject",
    "OCRPageObjectBlock",
    "OCRReferencesBlock",
    "OCRRequest",
    "OCRRequestTypedDict",
    "OCRResponse",
    "OCRSignatureBlock",
    "OCRTableBlock",
    "OCRTableObject",
    "OCRTextBlock",
    "OCRTitleBlock",
    "OCRUsageInfo",
    "Prediction",
    "PredictionTypedDict",
    "ReasoningEffort",
    "ReferenceChunk",
    "ReferenceChunkTypedDict",
    "RequestedServiceTier",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "ResponseRetrieveModelV1ModelsModelIDGet",
    "RetrieveModelV1ModelsModelIdGetResponse",
    "SystemMessage",
    "SystemMessageContentChunks",
    "SystemMessageContentChunksTypedDict",
    "SystemMessageTypedDict",
    "TableFormat",
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
    "UnarchiveModelResponse",
    "UpdateModelRequest",
    "UpdateModelRequestTypedDict",
    "UsageInfo",
    "UserMessage",
    "UserMessageTypedDict",
    "ValidationError",
    "WebSearchPremiumTool",
    "WebSearchPremiumToolTypedDict",
    "WebSearchTool",
    "WebSearchToolTypedDict",
]


class BaseModelCard(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "base"}
    __mistral_keep__ = frozenset({"object", "owned_by", "max_context_length", "type"})
    __mistral_drop_none__ = frozenset({"created"})
    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    deprecation: datetime | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    internal: bool = False
    type: Literal["base"] = "base"


class FTModelCard(ConstFieldsModel):
    """Extra fields for fine-tuned models."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "fine-tuned"}
    __mistral_keep__ = frozenset({"object", "owned_by", "max_context_length", "type", "archived"})
    __mistral_drop_none__ = frozenset({"created"})
    id: str
    object: str = "model"
    created: int | None = None
    owned_by: str = "mistralai"
    capabilities: ModelCapabilities
    name: str | None = None
    description: str | None = None
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    deprecation: datetime | None = None
    deprecation_replacement_model: str | None = None
    default_model_temperature: float | None = None
    internal: bool = False
    type: Literal["fine-tuned"] = "fine-tuned"
    job: str
    root: str
    archived: bool = False


class ModelCapabilities(BaseModel):
    """This is populated by Harmattan, but some fields have a name that we don't want to expose in the API."""

    __mistral_keep__ = frozenset(
        {
            "completion_chat",
            "function_calling",
            "reasoning",
            "completion_fim",
            "fine_tuning",
            "vision",
            "ocr",
            "classification",
            "moderation",
            "audio",
            "audio_transcription",
            "audio_transcription_realtime",
            "audio_speech",
        }
    )
    completion_chat: bool = False
    function_calling: bool = False
    reasoning: bool = False
    completion_fim: bool = False
    fine_tuning: bool = False
    vision: bool = False
    ocr: bool = False
    classification: bool = False
    moderation: bool = False
    audio: bool = False
    audio_transcription: bool = False
    audio_transcription_realtime: bool = False
    audio_speech: bool = False
    unified_resources: bool = False


class ModelList(BaseModel):
    __mistral_keep__ = frozenset({"object"})
    __mistral_drop_none__ = frozenset({"data"})
    object: str = "list"
    data: list[ModelListData] | None = None


class ChatCompletionRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    __mistral_drop_none__ = frozenset({"response_format", "prediction"})
    model: str
    """ID of the model to use. You can use the [List Available Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of your available models, or see our [Model overview](/models) for model descriptions."""
    temperature: float | None = None
    """What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on ..."""
    top_p: float | None = None
    """Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both."""
    max_tokens: int | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length."""
    stream: bool = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing ..."""
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when providing an array"""
    random_seed: int | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic results."""
    metadata: dict[str, Any] | None = None
    messages: list[ChatCompletionRequestMessage]
    """The prompt(s) to generate completions for, encoded as a list of dict with role and content."""
    response_format: ResponseFormat | None = None
    tools: list[ChatCompletionRequestTool] | None = None
    """A list of tools the model may call. Use this to provide a list of functions the model may generate JSON inputs for."""
    tool_choice: ToolChoice | ToolChoiceEnum = "auto"
    """Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `any` or `required` means the model must call one or more tools. Specifying ..."""
    presence_penalty: float | None = None
    """The `presence_penalty` determines how much the model penalizes the repetition of words or phrases. A higher presence penalty encourages the model to use a wider variety of words and phrases, making the output more diverse and creative."""
    frequency_penalty: float | None = None
    """The `frequency_penalty` penalizes the repetition of words based on their frequency in the generated text. A higher frequency penalty discourages the model from repeating words that have already appeared frequently in the output, promoting diversity and reducing repetition."""
    n: int | None = None
    """Number of completions to return for each request, input tokens are only billed once."""
    prediction: Prediction | None = None
    """Enable users to specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results."""
    parallel_tool_calls: bool = True
    """Whether to enable parallel function calling during tool use, when enabled the model can call multiple tools in parallel."""
    reasoning_effort: ReasoningEffort | None = None
    prompt_mode: MistralPromptMode | None = None
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models will be used."""
    guardrails: list[GuardrailConfig] | None = None
    prompt_cache_key: str | None = None
    service_tier: RequestedServiceTier | None = None
    """Determines whether to serve the request using priority or standard capacity."""
    safe_prompt: bool = False
    """Whether to inject a safety prompt before all conversations."""
    min_tokens: int | None = None
    repetition_penalty: float | None = None
    top_k: int | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    prompt_logprobs: bool | None = None
    top_prompt_logprobs: int | None = None


class ChatModerationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    input: list[ChatModerationRequestInput] | list[list[ChatModerationRequestInput]]
    """Chat to classify"""
    model: str


class ClassificationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    """ID of the model to use."""
    metadata: dict[str, Any] | None = None
    input: str | list[str]
    """Text to classify."""


class EmbeddingRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    """ID of the model to use."""
    metadata: dict[str, Any] | None = None
    input: str | list[str]
    """Text to embed."""
    output_dimension: int | None = None
    """The dimension of the output embeddings when feature available. If not provided, a default output dimension will be used."""
    output_dtype: EmbeddingDtype = "float"
    """The data type of the output embeddings when feature available. If not provided, a default output data type will be used."""
    encoding_format: EncodingFormat = "float"
    """The format of embeddings in the response."""


class FIMCompletionRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    model: str = "codestral-2404"
    """ID of the model with FIM to use."""
    temperature: float | None = None
    """What sampling temperature to use, we recommend between 0.0 and 0.7. Higher values like 0.7 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both. The default value varies depending on ..."""
    top_p: float | None = None
    """Nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both."""
    max_tokens: int | None = None
    """The maximum number of tokens to generate in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length."""
    stream: bool = False
    """Whether to stream back partial progress. If set, tokens will be sent as data-only server-side events as they become available, with the stream terminated by a data: [DONE] message. Otherwise, the server will hold the request open until the timeout or until completion, with the response containing ..."""
    stop: str | list[str] | None = None
    """Stop generation if this token is detected. Or if one of these tokens is detected when providing an array"""
    random_seed: int | None = None
    """The seed to use for random sampling. If set, different calls will generate deterministic results."""
    metadata: dict[str, Any] | None = None
    prompt: str
    """The text/code to complete."""
    suffix: str | None = ""
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply execute completion starting with `prompt`."""
    min_tokens: int | None = None
    """The minimum number of tokens to generate in the completion."""
    prompt_cache_key: str | None = None


class OCRAsideTextBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "aside_text"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["aside_text"] = "aside_text"


class OCRBlockConfidenceScores(BaseModel):
    """Per-block confidence scores, computed per-word from model logprobs. All fields ``None`` when the block couldn't be scored. Individual fields ``None`` when that signal is absent — e.g. an image-only block has no caption, so content scores are ``None``."""

    __mistral_keep__ = frozenset()
    average_content_confidence_score: float | None = None
    """Average confidence over the block's content (caption) tokens. None when the block has no textual content (e.g. image-only entry)."""
    minimum_content_confidence_score: float | None = None
    """Minimum per-word content confidence in the block. None when the block has no textual content."""
    block_type_confidence_score: float | None = None
    """Confidence in the block type (e.g. 'text', 'title', 'table'). None when the entry had no block type or the block type span could not be located."""


class OCRCaptionBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "caption"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["caption"] = "caption"


class OCRCodeBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "code"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["code"] = "code"


class OCRConfidenceScore(BaseModel):
    """Confidence score for a token or word in OCR output."""

    __mistral_keep__ = frozenset()
    text: str
    """The word or text segment"""
    confidence: float
    """Confidence score (0-1)"""
    start_index: int
    """Start index of the text in the page markdown string"""


class OCREquationBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "equation"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["equation"] = "equation"


class OCRFooterBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "footer"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["footer"] = "footer"


class OCRHeaderBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "header"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["header"] = "header"


class OCRImageBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["image"] = "image"
    image_id: str
    """References the corresponding entry in OCRPageObject.images"""


class OCRImageObject(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """Image ID for extracted image in a page"""
    top_left_x: int | None
    """X coordinate of top-left corner of the extracted image"""
    top_left_y: int | None
    """Y coordinate of top-left corner of the extracted image"""
    bottom_right_x: int | None
    """X coordinate of bottom-right corner of the extracted image"""
    bottom_right_y: int | None
    """Y coordinate of bottom-right corner of the extracted image"""
    image_base64: str | None = None
    """Base64 string of the extracted image"""
    image_annotation: str | None = None
    """Annotation of the extracted image in json str"""


class OCRListBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "list"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["list"] = "list"


class OCRPageConfidenceScores(BaseModel):
    """Confidence scores for an OCR page at various granularities. Note on page-level stats: - For 'page' and 'block' granularity: average/minimum are computed from per-token exp(logprob). Neither ``word_confidence_scores`` nor ``token_scores`` is populated. Per-block scores are attached to response blocks separately for 'block' granularity. - For 'word' granularity: average/minimum are computed from per-word confidence, where each word's confidence is exp(mean(token_logprobs)) — a geometric mean over the word's subword tokens. ``word_confidence_scores`` is populated. - For 'token' granularity (internal): average/minimum are computed from ``token_scores``; ``token_scores`` is populated."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"word_confidence_scores"})
    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Word-level confidence scores (populated only for 'word' granularity)"""
    average_page_confidence_score: float
    """Average confidence score for the page"""
    minimum_page_confidence_score: float
    """Minimum confidence score for the page"""


class OCRPageDimensions(BaseModel):
    __mistral_keep__ = frozenset()
    dpi: int
    """Dots per inch of the page-image"""
    height: int
    """Height of the image in pixels"""
    width: int
    """Width of the image in pixels"""


class OCRPageObject(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"tables", "hyperlinks"})
    index: int
    """The page index in a pdf document starting from 0"""
    markdown: str
    """The markdown string response of the page"""
    images: list[OCRImageObject]
    """List of all extracted images in the page"""
    tables: list[OCRTableObject] | None = None
    """List of all extracted tables in the page"""
    hyperlinks: list[str] | None = None
    """List of all hyperlinks in the page"""
    header: str | None = None
    """Header of the page"""
    footer: str | None = None
    """Footer of the page"""
    dimensions: OCRPageDimensions | None
    """The dimensions of the PDF Page's screenshot image"""
    confidence_scores: OCRPageConfidenceScores | None = None
    """Confidence scores for the OCR page (populated when confidence_scores_granularity is set)"""
    blocks: list[OCRPageObjectBlock] | None = None
    """Paragraph-level bounding boxes for all content blocks in reading order (populated when include_blocks is True)"""


class OCRReferencesBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "references"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["references"] = "references"


class OCRRequest(BaseModel):
    __mistral_keep__ = frozenset({"include_blocks"})
    model: str | None
    document: FileChunk | DocumentURLChunk | ImageURLChunk
    """Document to run OCR on"""
    pages: str | list[int] | None = None
    """Specific pages to process. Accepts a list of integers or a string of comma-separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers start from 0."""
    include_image_base64: bool | None = None
    """Include image URLs in response"""
    image_limit: int | None = None
    """Max images to extract"""
    image_min_size: int | None = None
    """Minimum height and width of image to extract"""
    bbox_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from each extracted bounding box / image from document. Only json_schema is valid for this field"""
    document_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from the entire document. Only json_schema is valid for this field"""
    document_annotation_prompt: str | None = None
    """Optional prompt to guide the model in extracting structured output from the entire document. A document_annotation_format must be provided."""
    table_format: TableFormat | None = None
    extract_header: bool = False
    """Extract the page header into the response's `header` field and remove it from the markdown content"""
    extract_footer: bool = False
    """Extract the page footer into the response's `footer` field and remove it from the markdown content"""
    include_blocks: bool = True
    """Return paragraph-level bounding boxes for all content blocks in the response"""
    confidence_scores_granularity: ConfidenceScoresGranularity | None = None
    """Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word scores), or 'block' (per-block scores). Defaults to None (no confidence scores) to keep response payload small."""


class OCRResponse(BaseModel):
    __mistral_keep__ = frozenset()
    pages: list[OCRPageObject]
    """List of OCR info for pages."""
    model: str
    """The model used to generate the OCR."""
    document_annotation: str | None = None
    """Formatted response in the request_format if provided in json str"""
    usage_info: OCRUsageInfo
    """Usage info for the OCR request."""


class OCRSignatureBlock(ConstFieldsModel):
    """Signature region. ``content`` is the transcribed name when legible, else ``""``."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "signature"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["signature"] = "signature"


class OCRTableBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "table"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["table"] = "table"
    table_id: str | None = None
    """References the corresponding entry in OCRPageObject.tables, when tables are extracted"""


class OCRTableObject(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """Table ID for extracted table in a page"""
    content: str
    """Content of the table in the given format"""
    format: Format
    """Format of the table"""
    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Per-word confidence scores for the table content. Returned when confidence_scores_granularity is set to 'word'."""


class OCRTextBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["text"] = "text"


class OCRTitleBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "title"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["title"] = "title"


class OCRUsageInfo(BaseModel):
    __mistral_keep__ = frozenset()
    pages_processed: int
    """Number of pages processed"""
    doc_size_bytes: int | None = None
    """Document size in bytes"""


class InstructRequest(BaseModel):
    __mistral_keep__ = frozenset()
    messages: list[InstructRequestMessage]


class ChatClassificationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    input: ChatClassificationRequestInputs


class ClassificationResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    model: str
    results: list[dict[str, ClassificationTargetResult]]


class ClassificationTargetResult(BaseModel):
    __mistral_keep__ = frozenset()
    scores: dict[str, float]


class ModerationResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    model: str
    results: list[ModerationObject]


class ModerationObject(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"categories", "category_scores"})
    categories: dict[str, bool] | None = None
    """Moderation result thresholds"""
    category_scores: dict[str, float] | None = None
    """Moderation result"""


class FIMCompletionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]


class EmbeddingResponseData(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"object", "embedding", "index"})
    object: str | None = None
    embedding: list[float] | None = None
    index: int | None = None


class EmbeddingResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    object: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]


class DeleteModelResponse(BaseModel):
    __mistral_keep__ = frozenset({"object", "deleted"})
    id: str
    """The ID of the deleted model."""
    object: str = "model"
    """The object type that was deleted."""
    deleted: bool = True
    """The deletion status."""


class ClassifierFineTunedModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "model",
        "model_type": "classifier",
    }
    __mistral_keep__ = frozenset({"object", "max_context_length", "model_type"})
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FineTunedModelCapabilities
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    job: str | None = None
    classifier_targets: list[ClassifierTargetResult]
    model_type: Literal["classifier"] = "classifier"


class ClassifierTargetResult(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction


class CompletionFineTunedModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "model",
        "model_type": "completion",
    }
    __mistral_keep__ = frozenset({"object", "max_context_length", "model_type"})
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FineTunedModelCapabilities
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    job: str | None = None
    model_type: Literal["completion"] = "completion"


class FineTunedModelCapabilities(BaseModel):
    __mistral_keep__ = frozenset(
        {"completion_chat", "completion_fim", "function_calling", "fine_tuning", "classification"}
    )
    completion_chat: bool = True
    completion_fim: bool = False
    function_calling: bool = False
    fine_tuning: bool = False
    classification: bool = False


class UpdateModelRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    description: str | None = None


class ArchiveModelResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "model"}
    __mistral_keep__ = frozenset({"object", "archived"})
    id: str
    object: Literal["model"] = "model"
    archived: bool = True


class UnarchiveModelResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "model"}
    __mistral_keep__ = frozenset({"object", "archived"})
    id: str
    object: Literal["model"] = "model"
    archived: bool = False


class ChatCompletionRequestTypedDict(TypedDict):
    """Dict form of :class:`ChatCompletionRequest`."""

    model: Required[str]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    max_tokens: NotRequired[int | None]
    stream: NotRequired[bool]
    stop: NotRequired[str | Sequence[str] | None]
    random_seed: NotRequired[int | None]
    metadata: NotRequired[Mapping[str, Any] | None]
    messages: Required[Sequence[ChatCompletionRequestMessageTypedDict]]
    response_format: NotRequired[ResponseFormatTypedDict]
    tools: NotRequired[Sequence[ChatCompletionRequestToolTypedDict] | None]
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
    safe_prompt: NotRequired[bool]
    min_tokens: NotRequired[int | None]
    repetition_penalty: NotRequired[float | None]
    top_k: NotRequired[int | None]
    logprobs: NotRequired[bool | None]
    top_logprobs: NotRequired[int | None]
    prompt_logprobs: NotRequired[bool | None]
    top_prompt_logprobs: NotRequired[int | None]


class ChatModerationRequestTypedDict(TypedDict):
    """Dict form of :class:`ChatModerationRequest`."""

    input: Required[
        Sequence[ChatModerationRequestInputTypedDict]
        | Sequence[Sequence[ChatModerationRequestInputTypedDict]]
    ]
    model: Required[str]


class ClassificationRequestTypedDict(TypedDict):
    """Dict form of :class:`ClassificationRequest`."""

    model: Required[str]
    metadata: NotRequired[Mapping[str, Any] | None]
    input: Required[str | Sequence[str]]


class EmbeddingRequestTypedDict(TypedDict):
    """Dict form of :class:`EmbeddingRequest`."""

    model: Required[str]
    metadata: NotRequired[Mapping[str, Any] | None]
    input: Required[str | Sequence[str]]
    output_dimension: NotRequired[int | None]
    output_dtype: NotRequired[EmbeddingDtype]
    encoding_format: NotRequired[EncodingFormat]


class FIMCompletionRequestTypedDict(TypedDict):
    """Dict form of :class:`FIMCompletionRequest`."""

    model: NotRequired[str]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    max_tokens: NotRequired[int | None]
    stream: NotRequired[bool]
    stop: NotRequired[str | Sequence[str] | None]
    random_seed: NotRequired[int | None]
    metadata: NotRequired[Mapping[str, Any] | None]
    prompt: Required[str]
    suffix: NotRequired[str | None]
    min_tokens: NotRequired[int | None]
    prompt_cache_key: NotRequired[str | None]


class OCRRequestTypedDict(TypedDict):
    """Dict form of :class:`OCRRequest`."""

    model: Required[str | None]
    document: Required[FileChunkTypedDict | DocumentURLChunkTypedDict | ImageURLChunkTypedDict]
    pages: NotRequired[str | Sequence[int] | None]
    include_image_base64: NotRequired[bool | None]
    image_limit: NotRequired[int | None]
    image_min_size: NotRequired[int | None]
    bbox_annotation_format: NotRequired[ResponseFormatTypedDict | None]
    document_annotation_format: NotRequired[ResponseFormatTypedDict | None]
    document_annotation_prompt: NotRequired[str | None]
    table_format: NotRequired[TableFormat | None]
    extract_header: NotRequired[bool]
    extract_footer: NotRequired[bool]
    include_blocks: NotRequired[bool]
    confidence_scores_granularity: NotRequired[ConfidenceScoresGranularity | None]


class InstructRequestTypedDict(TypedDict):
    """Dict form of :class:`InstructRequest`."""

    messages: Required[Sequence[InstructRequestMessageTypedDict]]


class ChatClassificationRequestTypedDict(TypedDict):
    """Dict form of :class:`ChatClassificationRequest`."""

    model: Required[str]
    input: Required[ChatClassificationRequestInputsTypedDict]


class UpdateModelRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateModelRequest`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]


ModelListData: TypeAlias = Annotated[
    Annotated[BaseModelCard, Tag("base")]
    | Annotated[FTModelCard, Tag("fine-tuned")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"base", "fine-tuned"})),
]

ChatCompletionRequestMessage: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]

ChatCompletionRequestMessageTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

ChatCompletionRequestTool: TypeAlias = Annotated[
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

ChatCompletionRequestToolTypedDict: TypeAlias = (
    ToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
    | CodeInterpreterToolTypedDict
    | ImageGenerationToolTypedDict
    | DocumentLibraryToolTypedDict
    | CustomConnectorTypedDict
)

ChatModerationRequestInput: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]

ChatModerationRequestInputTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

EmbeddingDtype: TypeAlias = Literal["float", "int8", "uint8", "binary", "ubinary"] | str

EncodingFormat: TypeAlias = Literal["float", "base64"] | str

OCRPageObjectBlock: TypeAlias = Annotated[
    Annotated[OCRAsideTextBlock, Tag("aside_text")]
    | Annotated[OCRCaptionBlock, Tag("caption")]
    | Annotated[OCRCodeBlock, Tag("code")]
    | Annotated[OCREquationBlock, Tag("equation")]
    | Annotated[OCRFooterBlock, Tag("footer")]
    | Annotated[OCRHeaderBlock, Tag("header")]
    | Annotated[OCRImageBlock, Tag("image")]
    | Annotated[OCRListBlock, Tag("list")]
    | Annotated[OCRReferencesBlock, Tag("references")]
    | Annotated[OCRSignatureBlock, Tag("signature")]
    | Annotated[OCRTableBlock, Tag("table")]
    | Annotated[OCRTextBlock, Tag("text")]
    | Annotated[OCRTitleBlock, Tag("title")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "aside_text",
                "caption",
                "code",
                "equation",
                "footer",
                "header",
                "image",
                "list",
                "references",
                "signature",
                "table",
                "text",
                "title",
            }
        ),
    ),
]

TableFormat: TypeAlias = Literal["markdown", "html"] | str

ConfidenceScoresGranularity: TypeAlias = Literal["word", "page", "block"] | str

Format: TypeAlias = Literal["markdown", "html"] | str
"""Format of the table"""

InstructRequestMessage: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]

InstructRequestMessageTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

ChatClassificationRequestInputs: TypeAlias = InstructRequest | list[InstructRequest]
"""Chat to classify"""

ChatClassificationRequestInputsTypedDict: TypeAlias = (
    InstructRequestTypedDict | Sequence[InstructRequestTypedDict]
)

RetrieveModelV1ModelsModelIdGetResponse: TypeAlias = Annotated[
    Annotated[BaseModelCard, Tag("base")]
    | Annotated[FTModelCard, Tag("fine-tuned")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"base", "fine-tuned"})),
]

JobsAPIRoutesFineTuningUpdateFineTunedModelResponse: TypeAlias = Annotated[
    Annotated[ClassifierFineTunedModel, Tag("classifier")]
    | Annotated[CompletionFineTunedModel, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("model_type", frozenset({"classifier", "completion"})),
]

# names of the official 2.x SDK for the same schemas
ResponseRetrieveModelV1ModelsModelIDGet: TypeAlias = RetrieveModelV1ModelsModelIdGetResponse
