# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (ReferenceChunk, TextChunk, ThinkChunk...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "BuiltInConnectors",
    "ReferenceChunk",
    "TextChunk",
    "ThinkChunk",
    "ToolReferenceChunk",
]

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


class TextChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"
    text: str


class ReferenceChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "reference"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["reference"] = "reference"
    reference_ids: list[int | str]


class ToolReferenceChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool_reference"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["tool_reference"] = "tool_reference"
    tool: BuiltInConnectors | str
    title: str
    url: str | None = None
    favicon: str | None = None
    description: str | None = None


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
