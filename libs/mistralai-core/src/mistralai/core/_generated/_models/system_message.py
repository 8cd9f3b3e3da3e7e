# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (SystemMessage, ToolMessage, UserMessage...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core._generated._models.content_chunk import ContentChunk
from mistralai.core._generated._models.think_chunk import TextChunk, ThinkChunk
from mistralai.core.runtime import UNKNOWN_TAG, ConstFieldsModel, UnknownVariant, open_discriminator

__all__ = [
    "SystemMessage",
    "SystemMessageContentChunks",
    "ToolMessage",
    "UserMessage",
]

SystemMessageContentChunks: TypeAlias = Annotated[
    Annotated[TextChunk, Tag("text")]
    | Annotated[ThinkChunk, Tag("thinking")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"text", "thinking"})),
]


class SystemMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "system"}
    __mistral_keep__ = frozenset({"role"})
    role: Literal["system"] = "system"
    content: str | list[SystemMessageContentChunks]


class ToolMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "tool"}
    __mistral_keep__ = frozenset({"role"})
    role: Literal["tool"] = "tool"
    content: str | list[ContentChunk] | None
    tool_call_id: str | None = None
    name: str | None = None


class UserMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "user"}
    __mistral_keep__ = frozenset({"role"})
    role: Literal["user"] = "user"
    content: str | list[ContentChunk] | None
