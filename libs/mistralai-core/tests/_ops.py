"""Small hand-made operations for hermetic core tests (generated code uses the same API)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    Operation,
    StreamOperation,
    UnknownVariant,
    open_discriminator,
)


class TextChunk(ConstFieldsModel):
    __mistral_consts__ = {"type": "text"}
    type: Literal["text"] = "text"
    text: str


class ImageChunk(ConstFieldsModel):
    __mistral_consts__ = {"type": "image_url"}
    type: Literal["image_url"] = "image_url"
    image_url: str


Chunk = Annotated[
    Annotated[TextChunk, Tag("text")]
    | Annotated[ImageChunk, Tag("image_url")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"text", "image_url"})),
]


class Message(ConstFieldsModel):
    __mistral_consts__ = {"role": "user"}
    role: Literal["user"] = "user"
    content: str | list[Chunk]


class Request(BaseModel):
    model: str
    messages: list[Message]
    temperature: float | None = None
    stream: bool = False


class Choice(BaseModel):
    index: int
    finish_reason: Literal["stop", "length"] | str
    content: list[Chunk] = []


class Response(BaseModel):
    id: str
    choices: list[Choice] = []


class ChunkEvent(BaseModel):
    data: Response


class NamedEvent(BaseModel):
    event: str
    data: dict[str, object]
    id: str | None = None


# The chat endpoint, shared by its answer and its stream operations.
_CHAT: dict[str, Any] = {
    "method": "POST",
    "path": "/v1/chat/completions",
    "namespace": "chat",
    "body": Request,
    "body_kind": "json",
    "retry_safe": True,  # a pure computation, as the generator marks chat
}

COMPLETE = Operation[Response](
    operation_id="complete", response=Response, omit_none=frozenset({"stream"}), **_CHAT
)


def chat_stream(operation_id: str, sentinel: str) -> StreamOperation[ChunkEvent]:
    return StreamOperation[ChunkEvent](
        operation_id=operation_id, event=ChunkEvent, sentinel=sentinel, **_CHAT
    )


STREAM = chat_stream("stream", "[DONE]")
NAMED_STREAM = StreamOperation[NamedEvent](
    operation_id="named_stream",
    method="GET",
    path="/v1/things/{thing_id}/events",
    namespace="workflows",
    event=NamedEvent,
    event_fields=frozenset({"event", "data", "id"}),
)
GET_THING = Operation[Response](
    operation_id="get_thing",
    method="GET",
    path="/v1/things/{thing_id}",
    namespace="chat",
    response=Response,
)
DELETE_THING = Operation[None](
    operation_id="delete_thing",
    method="DELETE",
    path="/v1/things/{thing_id}",
    namespace="chat",
    response=None,
)
CREATE_THING = Operation[Response](
    operation_id="create_thing",
    method="POST",
    path="/v1/things",
    namespace="chat",
    response=Response,
)
"""A POST that creates something: not retry-safe (the default for POST)."""
