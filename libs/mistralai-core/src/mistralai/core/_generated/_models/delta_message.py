# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (DeltaMessage...)."""

from typing import Any

from mistralai.core._generated._models.content_chunk import ContentChunk, ToolCall
from mistralai.core.runtime import BaseModel

__all__ = [
    "DeltaMessage",
]


class DeltaMessage(BaseModel):
    __mistral_keep__ = frozenset()
    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    index: int | None = None
    """If the completion returns multiple messages, this is to specify which message this delta is for."""
    metadata: dict[str, Any] | None = None
