"""Structured outputs: a pydantic class as ``response_format``, and parsed results.

``chat.parse(response_format=Answer, ...)`` sends ``Answer``'s JSON schema in strict mode and
returns the response with ``choices[i].message.parsed`` holding an ``Answer``.
``chat.parse_stream`` streams as usual and exposes the parsed object once the stream ends.
"""

from __future__ import annotations

import functools
from copy import deepcopy
from typing import Any, Generic, TypeVar

import pydantic

from mistralai.api.chat import models as chat_models
from mistralai.api.chat.models import (
    AssistantMessage,
    ChatCompletionChoice,
    ChatCompletionResponse,
    CompletionEvent,
    ResponseFormat,
)
from mistralai.core.errors import ResponseValidationError
from mistralai.core.runtime import EventStream, EventStreamAsync

T = TypeVar("T", bound=pydantic.BaseModel)


def strict_json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with every object closed (``additionalProperties: false``), as strict mode
    requires; nested definitions included."""
    schema = deepcopy(schema)

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:  # pyright: ignore[reportUnknownMemberType]
                node["additionalProperties"] = False
            for value in node.values():  # pyright: ignore[reportUnknownVariableType]
                close(value)
        elif isinstance(node, list):
            for value in node:  # pyright: ignore[reportUnknownVariableType]
                close(value)

    close(schema)
    return schema


def response_format_from_pydantic_model(model: type[pydantic.BaseModel]) -> ResponseFormat:
    """A strict ``json_schema`` response format for a pydantic model class (2.x helper)."""
    schema = strict_json_schema(model.model_json_schema())
    return ResponseFormat.model_validate(
        {
            "type": "json_schema",
            "json_schema": {"name": model.__name__, "schema": schema, "strict": True},
        }
    )


class ParsedAssistantMessage(AssistantMessage, Generic[T]):
    parsed: T | None = None


class ParsedChatCompletionChoice(ChatCompletionChoice, Generic[T]):
    message: ParsedAssistantMessage[T] | None = None  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChatCompletionResponse(ChatCompletionResponse, Generic[T]):
    """A chat completion whose messages carry ``parsed``: the answer as the given class."""

    choices: list[ParsedChatCompletionChoice[T]]  # pyright: ignore[reportIncompatibleVariableOverride]


def _text(content: object) -> str | None:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        chunks: list[object] = content  # pyright: ignore[reportUnknownVariableType]
        parts = [getattr(chunk, "text", None) for chunk in chunks]
        texts = [p for p in parts if isinstance(p, str)]
        return "".join(texts) if texts else None
    return None


def parse_content(model: type[T], content: object) -> T | None:
    text = _text(content)
    if text is None:
        return None
    try:
        return model.model_validate_json(text)
    except pydantic.ValidationError as exc:
        raise ResponseValidationError(
            f"the answer does not match {model.__name__}: {exc}", body=text, status_code=200
        ) from exc


@functools.cache
def _parsed_class(model: type[Any]) -> type[ParsedChatCompletionResponse[Any]]:
    cls = ParsedChatCompletionResponse[model]  # type: ignore[valid-type]
    # The inherited fields refer to generated models by name: resolve them in their module.
    cls.model_rebuild(_types_namespace={**vars(chat_models), **globals()})
    # 2.x's classes are not parametrized: keep their names (repr, logs) without "[Model]".
    message = ParsedChatCompletionChoice[model]  # type: ignore[valid-type]
    for generic in (cls, message, ParsedAssistantMessage[model]):  # type: ignore[valid-type]
        base = generic.__pydantic_generic_metadata__["origin"] or generic
        generic.__name__ = generic.__qualname__ = base.__name__
    return cls


def to_parsed(model: type[T], response: ChatCompletionResponse) -> ParsedChatCompletionResponse[T]:
    parsed: ParsedChatCompletionResponse[T] = _parsed_class(model).model_validate(
        response.model_dump(by_alias=True, exclude_unset=True)
    )
    for choice in parsed.choices:
        if choice.message is not None:
            choice.message.parsed = parse_content(model, choice.message.content)
    return parsed


class _Accumulator(Generic[T]):
    def __init__(self, model: type[T]) -> None:
        self.model = model
        self.parts: list[str] = []
        self.parsed: T | None = None

    def add(self, event: CompletionEvent) -> None:
        choices = event.data.choices
        if choices:
            delta = choices[0].delta.content
            text = _text(delta)
            if text:
                self.parts.append(text)

    def finish(self) -> None:
        self.parsed = parse_content(self.model, "".join(self.parts))


class ParsedEventStream(Generic[T]):
    """The events of ``chat.stream``; once they are all read, ``parsed`` holds the answer."""

    def __init__(self, stream: EventStream[CompletionEvent], model: type[T]) -> None:
        self._stream = stream
        self._acc = _Accumulator(model)

    @property
    def parsed(self) -> T | None:
        return self._acc.parsed

    @property
    def content(self) -> str:
        return "".join(self._acc.parts)

    def __iter__(self):
        for event in self._stream:
            self._acc.add(event)
            yield event
        self._acc.finish()

    def __enter__(self) -> ParsedEventStream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


class ParsedEventStreamAsync(Generic[T]):
    """Async twin of :class:`ParsedEventStream`."""

    def __init__(self, stream: EventStreamAsync[CompletionEvent], model: type[T]) -> None:
        self._stream = stream
        self._acc = _Accumulator(model)

    @property
    def parsed(self) -> T | None:
        return self._acc.parsed

    @property
    def content(self) -> str:
        return "".join(self._acc.parts)

    async def __aiter__(self):
        async for event in self._stream:
            self._acc.add(event)
            yield event
        self._acc.finish()

    async def __aenter__(self) -> ParsedEventStreamAsync[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._stream.close()
