# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (MessageInputEntry...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal, TypeAlias

from mistralai.api.agents._generated._models.tool_file_chunk import ToolFileChunk
from mistralai.core.models import DocumentURLChunk, ImageURLChunk, TextChunk, ThinkChunk
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "MessageInputContentChunks",
    "MessageInputEntry",
    "Role",
]

Role: TypeAlias = Literal["assistant", "user"] | str

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
