# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-chat distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.chat._generated._models.embedding_request import EmbeddingDtype, EncodingFormat
from mistralai.api.chat._generated._models.ocr_request import (
    ConfidenceScoresGranularity,
    TableFormat,
)
from mistralai.core.models import (
    AssistantMessageTypedDict,
    CodeInterpreterToolTypedDict,
    CustomConnectorTypedDict,
    DocumentLibraryToolTypedDict,
    DocumentURLChunkTypedDict,
    FileChunkTypedDict,
    GuardrailConfigTypedDict,
    ImageGenerationToolTypedDict,
    ImageURLChunkTypedDict,
    MistralPromptMode,
    PredictionTypedDict,
    ReasoningEffort,
    RequestedServiceTier,
    ResponseFormatTypedDict,
    SystemMessageTypedDict,
    ToolChoiceEnum,
    ToolChoiceTypedDict,
    ToolMessageTypedDict,
    ToolTypedDict,
    UserMessageTypedDict,
    WebSearchPremiumToolTypedDict,
    WebSearchToolTypedDict,
)

__all__ = [
    "ChatClassificationRequestInputsTypedDict",
    "ChatClassificationRequestTypedDict",
    "ChatCompletionRequestMessageTypedDict",
    "ChatCompletionRequestToolTypedDict",
    "ChatCompletionRequestTypedDict",
    "ChatModerationRequestInputTypedDict",
    "ChatModerationRequestTypedDict",
    "ClassificationRequestTypedDict",
    "EmbeddingRequestTypedDict",
    "FIMCompletionRequestTypedDict",
    "InstructRequestMessageTypedDict",
    "InstructRequestTypedDict",
    "OCRRequestTypedDict",
    "UpdateModelRequestTypedDict",
]


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


ChatCompletionRequestMessageTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

ChatCompletionRequestToolTypedDict: TypeAlias = (
    ToolTypedDict
    | WebSearchToolTypedDict
    | WebSearchPremiumToolTypedDict
    | CodeInterpreterToolTypedDict
    | ImageGenerationToolTypedDict
    | DocumentLibraryToolTypedDict
    | CustomConnectorTypedDict
)

ChatModerationRequestInputTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

InstructRequestMessageTypedDict: TypeAlias = (
    AssistantMessageTypedDict | SystemMessageTypedDict | ToolMessageTypedDict | UserMessageTypedDict
)

ChatClassificationRequestInputsTypedDict: TypeAlias = (
    InstructRequestTypedDict | Sequence[InstructRequestTypedDict]
)
