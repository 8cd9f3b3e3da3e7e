# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the schemas shared by several domains."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.core._generated._models.document_url_chunk import ImageDetail
from mistralai.core._generated._models.file_purpose import FilePurpose
from mistralai.core._generated._models.files_api_routes_upload_file_multi_part_body_params import (
    FilesAPIRoutesUploadFileFileVisibility,
)
from mistralai.core._generated._models.guardrail_config import ModerationLLMAction
from mistralai.core._generated._models.response_format import ResponseFormats
from mistralai.core._generated._models.think_chunk import BuiltInConnectors
from mistralai.core._generated._models.tool_types import ToolTypes
from mistralai.core.runtime import FileInput

__all__ = [
    "APIKeyAuthTypedDict",
    "AssistantMessageTypedDict",
    "AudioChunkTypedDict",
    "CodeInterpreterToolTypedDict",
    "ContentChunkTypedDict",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DocumentLibraryToolTypedDict",
    "DocumentURLChunkTypedDict",
    "FileChunkTypedDict",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "FunctionCallTypedDict",
    "FunctionNameTypedDict",
    "FunctionTypedDict",
    "GuardrailConfigTypedDict",
    "ImageGenerationToolTypedDict",
    "ImageURLChunkTypedDict",
    "ImageURLTypedDict",
    "JsonSchemaTypedDict",
    "ModerationLLMV1CategoryThresholdsTypedDict",
    "ModerationLLMV1ConfigTypedDict",
    "ModerationLLMV2CategoryThresholdsTypedDict",
    "ModerationLLMV2ConfigTypedDict",
    "OAuth2TokenAuthTypedDict",
    "PredictionTypedDict",
    "ReferenceChunkTypedDict",
    "ResponseFormatTypedDict",
    "SystemMessageContentChunksTypedDict",
    "SystemMessageTypedDict",
    "TextChunkTypedDict",
    "ThinkChunkTypedDict",
    "ToolCallTypedDict",
    "ToolChoiceTypedDict",
    "ToolConfigurationTypedDict",
    "ToolMessageTypedDict",
    "ToolReferenceChunkTypedDict",
    "ToolTypedDict",
    "UserMessageTypedDict",
    "WebSearchPremiumToolTypedDict",
    "WebSearchToolTypedDict",
]


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


CustomConnectorAuthorizationTypedDict: TypeAlias = APIKeyAuthTypedDict | OAuth2TokenAuthTypedDict

ContentChunkTypedDict: TypeAlias = (
    ImageURLChunkTypedDict
    | DocumentURLChunkTypedDict
    | TextChunkTypedDict
    | ReferenceChunkTypedDict
    | FileChunkTypedDict
    | ThinkChunkTypedDict
    | AudioChunkTypedDict
)

SystemMessageContentChunksTypedDict: TypeAlias = TextChunkTypedDict | ThinkChunkTypedDict
