"""``client.chat``: the generated operations plus the structured-output helpers."""

from __future__ import annotations

from typing import Any, TypeVar

import pydantic

from mistralai.api.chat._generated.resources import Chat as GeneratedChat
from mistralai.api.chat.structured import (
    ParsedChatCompletionResponse,
    ParsedEventStream,
    ParsedEventStreamAsync,
    response_format_from_pydantic_model,
    to_parsed,
)

T = TypeVar("T", bound=pydantic.BaseModel)


class Chat(GeneratedChat):
    """Chat completions: ``complete``, ``stream``, ``parse``, ``parse_stream`` and async twins."""

    __slots__ = ()

    def parse(self, response_format: type[T], **kwargs: Any) -> ParsedChatCompletionResponse[T]:
        """Like ``complete``, with a pydantic class as ``response_format``: the answer is
        requested as that class's strict JSON schema and returned parsed in
        ``choices[i].message.parsed``. Other arguments are those of ``complete``."""
        response = self.complete(
            response_format=response_format_from_pydantic_model(response_format), **kwargs
        )
        return to_parsed(response_format, response)

    async def parse_async(
        self, response_format: type[T], **kwargs: Any
    ) -> ParsedChatCompletionResponse[T]:
        response = await self.complete_async(
            response_format=response_format_from_pydantic_model(response_format), **kwargs
        )
        return to_parsed(response_format, response)

    def parse_stream(self, response_format: type[T], **kwargs: Any) -> ParsedEventStream[T]:
        """Like ``stream``; once every event is read, ``.parsed`` holds the answer as
        ``response_format``."""
        stream = self.stream(
            response_format=response_format_from_pydantic_model(response_format), **kwargs
        )
        return ParsedEventStream(stream, response_format)

    async def parse_stream_async(
        self, response_format: type[T], **kwargs: Any
    ) -> ParsedEventStreamAsync[T]:
        stream = await self.stream_async(
            response_format=response_format_from_pydantic_model(response_format), **kwargs
        )
        return ParsedEventStreamAsync(stream, response_format)
