# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (MessageOutputEntry...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal, TypeAlias

from mistralai.api.agents._generated._models.tool_file_chunk import ToolFileChunk
from mistralai.core.models import (
    DocumentURLChunk,
    ImageURLChunk,
    TextChunk,
    ThinkChunk,
    ToolReferenceChunk,
)
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "MessageOutputContentChunks",
    "MessageOutputEntry",
]

MessageOutputContentChunks: TypeAlias = list[
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk | ToolReferenceChunk
]


class MessageOutputEntry(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "message.output",
        "role": "assistant",
    }
    __mistral_keep__ = frozenset({"object", "type", "role"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["message.output"] = "message.output"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    agent_id: str | None = None
    model: str | None = None
    id: str | None = None
    role: Literal["assistant"] = "assistant"
    content: str | MessageOutputContentChunks
