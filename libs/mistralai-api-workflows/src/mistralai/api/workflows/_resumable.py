"""Resumable twins of generated stream methods, with the generated method's own signature.

``@resumable(Generated.stream)`` (``@resumable_async`` for the ``_async`` method) on a stub
whose docstring says what the override adds turns the generated SSE method into one returning
a :class:`~mistralai.api.workflows.streams.ResumableEventStream`: same parameters (read from
the generated method, so a parameter the spec adds reaches the callers without anyone
restating the list) plus ``max_reconnects``. For ``inspect.signature`` the method has the
generated parameters and ``max_reconnects``; for type checkers the generated parameters
travel through a ``ParamSpec``.

What changes between the first connection and a reconnection (the resume cursor replaces
``last_event_id``, and ``last_event_id_header`` when the caller sent one) is decided once, by
:class:`_Resumption`, which does no I/O; the sync and async drivers only open the streams.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, cast, overload

from mistralai.api.workflows.streams import (
    DEFAULT_MAX_RECONNECTS,
    ResumableEventStream,
    ResumableEventStreamAsync,
)
from mistralai.core.runtime import UNSET, EventStream, EventStreamAsync, Resource

__all__ = ["ResumableMethod", "resumable", "resumable_async"]

P = ParamSpec("P")
E = TypeVar("E")
R = TypeVar("R")
S = TypeVar("S", bound=Resource)
R_co = TypeVar("R_co", covariant=True)
S_contra = TypeVar("S_contra", bound=Resource, contravariant=True)

_QUERY = "last_event_id"
_HEADER = "last_event_id_header"
_MAX_RECONNECTS = "max_reconnects"
_DOC = (
    ":param max_reconnects: reconnections allowed in a row without an event in between "
    f"(default {DEFAULT_MAX_RECONNECTS}); then the interruption is raised."
)


class BoundResumable(Protocol[P, R_co]):
    """A resumable stream method bound to its resource: the generated parameters, or the
    same with ``max_reconnects``."""

    # A ParamSpec cannot take one more keyword parameter, so the call with ``max_reconnects``
    # is a second overload; the first keeps every other call checked against the generated
    # parameters.
    @overload
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...
    @overload
    def __call__(self, *, max_reconnects: int, **kwargs: Any) -> R_co: ...


class ResumableMethod(Protocol[S_contra, P, R_co]):
    """What ``@resumable`` makes of a stub, for type checkers: a method whose bound form is a
    :class:`BoundResumable` (at run time it is a plain function)."""

    @overload
    def __get__(self, obj: None, owner: type[Any], /) -> ResumableMethod[S_contra, P, R_co]: ...
    @overload
    def __get__(
        self, obj: S_contra, owner: type[Any] | None = None, /
    ) -> BoundResumable[P, R_co]: ...

    def __call__(self, obj: S_contra, /, *args: P.args, **kwargs: P.kwargs) -> R_co: ...


class _Resumption:
    """The arguments of each connection of one call (no I/O).

    The first connection gets the caller's arguments; a reconnection after event id
    ``cursor`` gets ``last_event_id=cursor`` and, when the caller sent the ``Last-Event-ID``
    header (which wins over the query parameter on the server), the header set to the cursor
    too. Before any event id was seen, a reconnection repeats the caller's arguments.
    """

    __slots__ = ("_arguments", "_signature", "cursor", "max_reconnects")

    def __init__(
        self,
        signature: inspect.Signature,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        max_reconnects: int,
    ) -> None:
        # Checked before the first connection is opened, so a bad value opens nothing.
        if max_reconnects < 0:
            raise ValueError("max_reconnects must be >= 0")
        self.max_reconnects = max_reconnects
        self._signature = signature
        self._arguments = signature.bind(*args, **kwargs).arguments  # TypeError as a call would
        header: object = self._arguments.get(_HEADER, UNSET)
        query: object = self._arguments.get(_QUERY, UNSET)
        # The cursor the call starts from (the header wins, as on the server).
        self.cursor = next((v for v in (header, query) if isinstance(v, str)), None)

    def call(self, cursor: str | None) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """``(args, kwargs)`` of the generated method for a connection resuming after
        ``cursor`` (``None``: the caller's own arguments)."""
        arguments = dict(self._arguments)
        if cursor is not None:
            arguments[_QUERY] = cursor
            if isinstance(arguments.get(_HEADER), str):
                arguments[_HEADER] = cursor
        bound = inspect.BoundArguments(self._signature, arguments)  # pyright: ignore[reportArgumentType]
        return bound.args, bound.kwargs


def _public_signature(generated: Callable[..., Any], stream_type: type[Any]) -> inspect.Signature:
    """The generated signature with ``max_reconnects`` added, keyword-only, last, answering
    ``stream_type`` of the generated event type."""
    signature = inspect.signature(generated)
    try:
        returns: object = typing.get_type_hints(generated).get("return")
    except NameError:  # an annotation naming what only type checkers import
        returns = None
    events = typing.get_args(returns)
    params = list(signature.parameters.values())
    if _QUERY not in signature.parameters:
        raise TypeError(f"{generated.__qualname__} takes no {_QUERY}: it cannot resume")
    extra = inspect.Parameter(
        _MAX_RECONNECTS,
        inspect.Parameter.KEYWORD_ONLY,
        default=DEFAULT_MAX_RECONNECTS,
        annotation=int,
    )
    return signature.replace(
        parameters=[*params, extra],
        return_annotation=cast(Any, stream_type)[events] if events else stream_type,
    )


def _install(
    method: Callable[..., Any],
    generated: Callable[..., Any],
    stub: Callable[..., object],
    stream_type: type[Any],
) -> None:
    functools.update_wrapper(method, generated)
    method.__module__ = stub.__module__
    method.__name__ = stub.__name__
    method.__qualname__ = stub.__qualname__
    # The stub says what the override adds; the generated text documents the parameters.
    method.__doc__ = "\n\n".join(
        [inspect.cleandoc(stub.__doc__ or ""), inspect.cleandoc(generated.__doc__ or ""), _DOC]
    )
    # ``inspect.signature`` reads ``__signature__`` before following ``__wrapped__``.
    signature = _public_signature(generated, stream_type)
    method.__signature__ = signature  # type: ignore[attr-defined]
    # ``typing.get_type_hints`` reads these (in the generated module's names).
    method.__annotations__ = {
        **generated.__annotations__,
        _MAX_RECONNECTS: int,
        "return": signature.return_annotation,
    }


class _Decorator(Generic[S, P, R]):
    """Keeps the generated method's types from ``resumable(generated)`` to the stub."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[Callable[[Any], None]], Callable[..., Any]]) -> None:
        self._make = make

    def __call__(self, stub: Callable[[Any], None]) -> ResumableMethod[S, P, R]:
        return cast(ResumableMethod[S, P, R], self._make(stub))


def resumable(
    generated: Callable[Concatenate[S, P], EventStream[E]],
) -> _Decorator[S, P, ResumableEventStream[E]]:
    """Decorate a stub (its docstring documents the override) to make ``generated`` resume."""
    signature = inspect.signature(generated)

    def make(stub: Callable[[Any], None]) -> Callable[..., Any]:
        def method(
            *args: Any, max_reconnects: int = DEFAULT_MAX_RECONNECTS, **kwargs: Any
        ) -> ResumableEventStream[E]:
            plan = _Resumption(signature, args, kwargs, max_reconnects)

            def reopen(cursor: str | None) -> EventStream[E]:
                call_args, call_kwargs = plan.call(cursor)
                return generated(*call_args, **call_kwargs)

            first = reopen(None)
            return ResumableEventStream(
                first, reopen, last_event_id=plan.cursor, max_reconnects=plan.max_reconnects
            )

        _install(method, generated, stub, ResumableEventStream)
        return method

    return _Decorator(make)


def resumable_async(
    generated: Callable[Concatenate[S, P], Awaitable[EventStreamAsync[E]]],
) -> _Decorator[S, P, Coroutine[Any, Any, ResumableEventStreamAsync[E]]]:
    """Async twin of :func:`resumable`, for a generated ``_async`` stream method."""
    signature = inspect.signature(generated)

    def make(stub: Callable[[Any], None]) -> Callable[..., Any]:
        async def method(
            *args: Any, max_reconnects: int = DEFAULT_MAX_RECONNECTS, **kwargs: Any
        ) -> ResumableEventStreamAsync[E]:
            plan = _Resumption(signature, args, kwargs, max_reconnects)

            async def reopen(cursor: str | None) -> EventStreamAsync[E]:
                call_args, call_kwargs = plan.call(cursor)
                return await generated(*call_args, **call_kwargs)

            first = await reopen(None)
            return ResumableEventStreamAsync(
                first, reopen, last_event_id=plan.cursor, max_reconnects=plan.max_reconnects
            )

        _install(method, generated, stub, ResumableEventStreamAsync)
        return method

    return _Decorator(make)
