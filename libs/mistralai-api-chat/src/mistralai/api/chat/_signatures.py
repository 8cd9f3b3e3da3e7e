"""Typing ``chat.parse`` (and its stream and async twins) through the generated method it
wraps, so the generated parameters are not restated by hand: type checkers see every argument
of ``complete`` / ``stream`` (a typo is an error), and ``inspect.signature`` shows them too."""

from __future__ import annotations

import inspect
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


def _copy_signature(source: _Method, fn: _Method) -> None:
    """``fn(self, response_format, **kwargs)`` shows ``source``'s parameters after its own."""
    own = list(inspect.signature(fn).parameters.values())[:2]
    rest = [
        p
        for p in list(inspect.signature(source).parameters.values())[1:]
        if p.name != "response_format"
    ]
    fn.__signature__ = inspect.Signature([*own, *rest])  # type: ignore[attr-defined]


def parse_of(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[[_Method], Callable[Concatenate[S, type[T], P], ParsedChatCompletionResponse[T]]]:
    def decorate(fn: _Method) -> Any:
        _copy_signature(source, fn)
        return fn

    return decorate


def parse_of_async(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[
    [_Method],
    Callable[Concatenate[S, type[T], P], Coroutine[Any, Any, ParsedChatCompletionResponse[T]]],
]:
    def decorate(fn: _Method) -> Any:
        _copy_signature(source, fn)
        return fn

    return decorate


def parse_stream_of(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[[_Method], Callable[Concatenate[S, type[T], P], ParsedEventStream[T]]]:
    def decorate(fn: _Method) -> Any:
        _copy_signature(source, fn)
        return fn

    return decorate


def parse_stream_of_async(
    source: Callable[Concatenate[S, P], Any],
) -> Callable[
    [_Method],
    Callable[Concatenate[S, type[T], P], Coroutine[Any, Any, ParsedEventStreamAsync[T]]],
]:
    def decorate(fn: _Method) -> Any:
        _copy_signature(source, fn)
        return fn

    return decorate
