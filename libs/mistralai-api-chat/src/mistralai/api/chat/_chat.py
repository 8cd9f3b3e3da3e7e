"""``client.chat``: the generated operations plus the structured-output helpers.

The helpers' module (:mod:`~mistralai.api.chat.structured`, generic pydantic classes) is
imported by the first ``parse`` call, not by ``client.chat``: ``complete`` does not pay for it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypeVar

import pydantic

from mistralai.api.chat._generated.resources import Chat as GeneratedChat
from mistralai.api.chat._generated.resources import ChatWithRawResponse as GeneratedChatRaw
from mistralai.api.chat._signatures import (
    parse_of,
    parse_of_async,
    parse_stream_of,
    parse_stream_of_async,
)
from mistralai.core.runtime import raw_method, then

if TYPE_CHECKING:
    from mistralai.api.chat.structured import (
        ParsedChatCompletionResponse,
        ParsedEventStream,
        ParsedEventStreamAsync,
    )

T = TypeVar("T", bound=pydantic.BaseModel)


class Chat(GeneratedChat):
    """Chat completions: ``complete``, ``stream``, ``parse``, ``parse_stream`` and async twins."""

    __slots__ = ()

    # ``then``: over the raw-mode client (``with_raw_response``) the call answers a raw
    # response, whose ``parse()`` then builds what these helpers return.

    @property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods (``parse`` and ``parse_stream`` included), answering a
        ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual
        result)."""
        return ChatWithRawResponse(self)

    @parse_of(GeneratedChat.complete)
    def parse(self, response_format: type[T], **kwargs: Any) -> ParsedChatCompletionResponse[T]:
        """Like ``complete``, with a pydantic class as ``response_format``: the answer is
        requested as that class's strict JSON schema and returned parsed in
        ``choices[i].message.parsed``. Other arguments are those of ``complete``."""
        from mistralai.api.chat import structured

        response = self.complete(
            response_format=structured.response_format_from_pydantic_model(response_format),
            **kwargs,
        )
        return then(response, functools.partial(structured.to_parsed, response_format))

    @parse_of_async(GeneratedChat.complete_async)
    async def parse_async(
        self, response_format: type[T], **kwargs: Any
    ) -> ParsedChatCompletionResponse[T]:
        from mistralai.api.chat import structured

        response = await self.complete_async(
            response_format=structured.response_format_from_pydantic_model(response_format),
            **kwargs,
        )
        return then(response, functools.partial(structured.to_parsed, response_format))

    @parse_stream_of(GeneratedChat.stream)
    def parse_stream(self, response_format: type[T], **kwargs: Any) -> ParsedEventStream[T]:
        """Like ``stream``; once every event is read, ``.parsed`` holds the answer as
        ``response_format``."""
        from mistralai.api.chat import structured

        stream = self.stream(
            response_format=structured.response_format_from_pydantic_model(response_format),
            **kwargs,
        )
        parsed = structured.ParsedEventStream[T]
        return then(stream, functools.partial(parsed, model=response_format))

    @parse_stream_of_async(GeneratedChat.stream_async)
    async def parse_stream_async(
        self, response_format: type[T], **kwargs: Any
    ) -> ParsedEventStreamAsync[T]:
        from mistralai.api.chat import structured

        stream = await self.stream_async(
            response_format=structured.response_format_from_pydantic_model(response_format),
            **kwargs,
        )
        parsed = structured.ParsedEventStreamAsync[T]
        return then(stream, functools.partial(parsed, model=response_format))


class ChatWithRawResponse(GeneratedChatRaw):
    """``chat.with_raw_response``: the generated methods plus ``parse``/``parse_stream``."""

    __slots__ = ()

    parse = raw_method(Chat.parse)
    parse_async = raw_method(Chat.parse_async)
    parse_stream = raw_method(Chat.parse_stream)
    parse_stream_async = raw_method(Chat.parse_stream_async)
