# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (MessageInputEntry, MessageOutputEntry, ToolFileChunk...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.models import (
    BuiltInConnectors,
    DocumentURLChunk,
    ImageURLChunk,
    TextChunk,
    ThinkChunk,
    ToolReferenceChunk,
)
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "MessageInputContentChunks",
    "MessageInputEntry",
    "MessageOutputContentChunks",
    "MessageOutputEntry",
    "Role",
    "ToolFileChunk",
]

Role: TypeAlias = Literal["assistant", "user"] | str


class ToolFileChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "tool_file"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["tool_file"] = "tool_file"
    tool: BuiltInConnectors | str
    file_id: str
    file_name: str | None = None
    file_type: str | None = None


MessageInputContentChunks: TypeAlias = list[
    TextChunk | ImageURLChunk | ToolFileChunk | DocumentURLChunk | ThinkChunk
]


class MessageInputEntry(ConstFieldsModel):
    """Representation of an input message inside the conversation."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "entry",
        "type": "message.input",
    }
    __mistral_keep__ = frozenset({"object", "type", "prefix"})
    __mistral_drop_none__ = frozenset({"created_at", "id"})
    object: Literal["entry"] = "entry"
    type: Literal["message.input"] = "message.input"
    created_at: datetime | None = None
    completed_at: datetime | None = None
    id: str | None = None
    role: Role
    content: str | MessageInputContentChunks
    prefix: bool = False


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
