"""Typing ``chat.parse`` (and its stream and async twins) through the generated method it
wraps, so the generated parameters are not restated by hand: type checkers see every argument
of ``complete`` / ``stream`` (a typo is an error). At run time the signature stays 2.x's
``(response_format, **kwargs)``."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import pydantic

if TYPE_CHECKING:
    from mistralai.api.chat.structured import (
        ParsedChatCompletionResponse,
        ParsedEventStream,
        ParsedEventStreamAsync,
    )

P = ParamSpec("P")
S = TypeVar("S")
T = TypeVar("T", bound=pydantic.BaseModel)

__all__ = ["parse_of", "parse_of_async", "parse_stream_of", "parse_stream_of_async"]

_Method = Callable[..., Any]


def _unchanged(fn: _Method) -> Any:
    return fn


def parse_of(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[[_Method], Callable[Concatenate[S, type[T], P], ParsedChatCompletionResponse[T]]]:
    del source  # a typing device: it only gives the decorated method its parameters
    return _unchanged


def parse_of_async(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[
    [_Method],
    Callable[Concatenate[S, type[T], P], Coroutine[Any, Any, ParsedChatCompletionResponse[T]]],
]:
    del source  # a typing device: it only gives the decorated method its parameters
    return _unchanged


def parse_stream_of(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[[_Method], Callable[Concatenate[S, type[T], P], ParsedEventStream[T]]]:
    del source  # a typing device: it only gives the decorated method its parameters
    return _unchanged


def parse_stream_of_async(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[
    [_Method],
    Callable[Concatenate[S, type[T], P], Coroutine[Any, Any, ParsedEventStreamAsync[T]]],
]:
    del source  # a typing device: it only gives the decorated method its parameters
    return _unchanged
