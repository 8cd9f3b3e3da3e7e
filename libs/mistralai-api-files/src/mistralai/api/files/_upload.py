"""``files.upload`` over the generated method, with the generated method's own parameters.

``@upload_method(Generated.upload)`` (``@upload_method_async`` for ``upload_async``) on a stub
whose docstring documents the override makes a method taking the generated parameters (read
from the generated method: a parameter the spec adds reaches the callers without anyone
restating the list), where ``file`` may also be a path, bytes or a binary file object, plus
``progress``. What is sent is decided once, by :func:`_arguments` (no I/O of its own: the
source is opened and wrapped by :func:`~mistralai.api.files._transfer.upload_value`); the sync
and async drivers only call the generated method.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Generator, Mapping
from contextlib import contextmanager
from typing import Any, Concatenate, Generic, Optional, ParamSpec, Protocol, TypeVar, cast, overload

from mistralai.api.files._transfer import UploadProgress, UploadSource, upload_value
from mistralai.core.raw import AsyncRawResponse, RawResponse
from mistralai.core.runtime import RawResource, Resource, raw_method

__all__ = [
    "UploadMethod",
    "raw_upload",
    "raw_upload_async",
    "upload_method",
    "upload_method_async",
]

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound=Resource)
R_co = TypeVar("R_co", covariant=True)
S_contra = TypeVar("S_contra", bound=Resource, contravariant=True)

_OPERATION = "files.upload"
_FILE = "file"
_PROGRESS = "progress"
_PROGRESS_TYPE: object = Optional[UploadProgress]  # noqa: UP045 (a value, for the signature)
_BEFORE = "retries"
"""``progress`` is listed before this parameter (after the API's own ones), as it always was."""


class BoundUpload(Protocol[P, R_co]):
    """``files.upload`` bound to its resource: the generated parameters, or ``file`` as any
    upload source and ``progress``."""

    # A ParamSpec can neither retype one parameter nor take one more, so what the generated
    # parameters do not say is in further overloads: a call passing ``progress``, or a
    # ``file`` that only this method takes (a ``str`` path, a bytearray, a plain mapping).
    # Every other call is checked against the generated parameters (the first overload).
    @overload
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...
    @overload
    def __call__(
        self, *, file: UploadSource, progress: UploadProgress | None, **kwargs: Any
    ) -> R_co: ...
    @overload
    def __call__(self, *, file: str | bytearray | Mapping[str, Any], **kwargs: Any) -> R_co: ...


class UploadMethod(Protocol[S_contra, P, R_co]):
    """What ``@upload_method`` makes of a stub, for type checkers: a method whose bound form is
    a :class:`BoundUpload` (at run time it is a plain function)."""

    @overload
    def __get__(self, obj: None, owner: type[Any], /) -> UploadMethod[S_contra, P, R_co]: ...
    @overload
    def __get__(self, obj: S_contra, owner: type[Any] | None = None, /) -> BoundUpload[P, R_co]: ...

    def __call__(self, obj: S_contra, /, *args: P.args, **kwargs: P.kwargs) -> R_co: ...


class RawUploadMethod(Protocol[P, R_co]):
    """``upload`` on the raw facade, for type checkers: the same calls as
    :class:`BoundUpload`, answering a raw response."""

    @overload
    def __get__(self, obj: None, owner: type[Any], /) -> RawUploadMethod[P, R_co]: ...
    @overload
    def __get__(self, obj: RawResource, owner: type[Any], /) -> BoundUpload[P, R_co]: ...


def raw_upload(method: UploadMethod[Any, P, R]) -> RawUploadMethod[P, RawResponse[R]]:
    """``raw_method(Files.upload)``, keeping what ``upload`` takes beyond the generated
    parameters (``raw_method`` sees only those, through the ``ParamSpec``)."""
    return cast(RawUploadMethod[P, RawResponse[R]], raw_method(cast(Callable[..., Any], method)))


def raw_upload_async(
    method: UploadMethod[Any, P, Coroutine[Any, Any, R]],
) -> RawUploadMethod[P, Coroutine[Any, Any, AsyncRawResponse[R]]]:
    """Async twin of :func:`raw_upload`."""
    raw = raw_method(cast(Callable[..., Any], method))
    return cast(RawUploadMethod[P, Coroutine[Any, Any, AsyncRawResponse[R]]], raw)


@contextmanager
def _arguments(
    signature: inspect.Signature,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    progress: UploadProgress | None,
) -> Generator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """``(args, kwargs)`` of the generated method, ``file`` opened and wrapped to report
    ``progress`` (closed on exit, when it is a path opened here)."""
    bound = signature.bind(*args, **kwargs)  # TypeError as a call would
    with upload_value(_OPERATION, bound.arguments[_FILE], progress) as value:
        bound.arguments[_FILE] = value
        yield bound.args, bound.kwargs


def _public_signature(generated: Callable[..., Any]) -> inspect.Signature:
    """The generated signature, ``file`` taking any upload source, ``progress`` added."""
    signature = inspect.signature(generated)
    extra = inspect.Parameter(
        _PROGRESS,
        inspect.Parameter.KEYWORD_ONLY,
        default=None,
        annotation="UploadProgress | None",  # as ``help()`` showed it, by name
    )
    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        if param.name == _BEFORE or param.kind is inspect.Parameter.VAR_KEYWORD:
            params.append(extra)
        if param.name == _FILE:
            param = param.replace(annotation="UploadSource")
        params.append(param)
    if extra not in params:
        params.append(extra)
    return signature.replace(parameters=params)


def _install(
    method: Callable[..., Any], generated: Callable[..., Any], stub: Callable[..., object]
) -> None:
    functools.update_wrapper(method, generated)
    method.__module__ = stub.__module__
    method.__name__ = stub.__name__
    method.__qualname__ = stub.__qualname__
    method.__doc__ = stub.__doc__
    # ``inspect.signature`` reads ``__signature__`` before following ``__wrapped__``;
    # ``typing.get_type_hints`` reads ``__annotations__`` (in the generated module's names).
    method.__signature__ = _public_signature(generated)  # type: ignore[attr-defined]
    method.__annotations__ = {
        **generated.__annotations__,
        _FILE: UploadSource,
        _PROGRESS: _PROGRESS_TYPE,
    }


class _Decorator(Generic[S, P, R]):
    """Keeps the generated method's types from ``upload_method(generated)`` to the stub."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[Callable[[Any], None]], Callable[..., Any]]) -> None:
        self._make = make

    def __call__(self, stub: Callable[[Any], None]) -> UploadMethod[S, P, R]:
        return cast(UploadMethod[S, P, R], self._make(stub))


def upload_method(generated: Callable[Concatenate[S, P], R]) -> _Decorator[S, P, R]:
    """Decorate a stub (its docstring documents the override) to upload through
    ``generated`` from any source, with progress."""
    signature = inspect.signature(generated)

    def make(stub: Callable[[Any], None]) -> Callable[..., Any]:
        def method(*args: Any, progress: UploadProgress | None = None, **kwargs: Any) -> R:
            with _arguments(signature, args, kwargs, progress) as (call_args, call_kwargs):
                return generated(*call_args, **call_kwargs)

        _install(method, generated, stub)
        return method

    return _Decorator(make)


def upload_method_async(
    generated: Callable[Concatenate[S, P], Awaitable[R]],
) -> _Decorator[S, P, Coroutine[Any, Any, R]]:
    """Async twin of :func:`upload_method`, for the generated ``upload_async``."""
    signature = inspect.signature(generated)

    def make(stub: Callable[[Any], None]) -> Callable[..., Any]:
        async def method(*args: Any, progress: UploadProgress | None = None, **kwargs: Any) -> R:
            with _arguments(signature, args, kwargs, progress) as (call_args, call_kwargs):
                return await generated(*call_args, **call_kwargs)

        _install(method, generated, stub)
        return method

    return _Decorator(make)
