# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (AudioChunk, FunctionCall, ToolCall...)."""

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core._generated._models.document_url_chunk import DocumentURLChunk, ImageURLChunk
from mistralai.core._generated._models.file_chunk import FileChunk
from mistralai.core._generated._models.think_chunk import ReferenceChunk, TextChunk, ThinkChunk
from mistralai.core._generated._models.tool_types import ToolTypes
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "AudioChunk",
    "ContentChunk",
    "FunctionCall",
    "ToolCall",
]


class AudioChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_audio"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["input_audio"] = "input_audio"
    input_audio: str | bytes


class FunctionCall(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    arguments: dict[str, Any] | str


class ToolCall(BaseModel):
    __mistral_keep__ = frozenset({"id", "type", "index"})
    id: str = "null"
    type: ToolTypes = "function"
    function: FunctionCall
    index: int = 0


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
