# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (AssistantMessage...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core._generated._models.content_chunk import ContentChunk, ToolCall
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "AssistantMessage",
]


class AssistantMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "assistant"}
    __mistral_keep__ = frozenset({"role", "prefix"})
    role: Literal["assistant"] = "assistant"
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool = False
    """Set this to `true` when adding an assistant message as prefix to condition the model response. The role of the prefix message is to force the model to start its answer by the content of the message."""
