"""Methods that share one parameter list, declared once.

``@run_method(new_run)`` on ``def run(self, run: Run) -> R`` makes a method taking the
parameters of ``new_run`` (for ``inspect.signature``, for type checkers through a
``ParamSpec``, and at run time): it calls ``new_run`` with them and hands what it returns to
the decorated body. The four conversation run helpers (sync, async, streamed or not) are four
bodies over one ``new_run``, so their parameters cannot drift apart.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

__all__ = ["run_method"]

P = ParamSpec("P")
S = TypeVar("S")
A = TypeVar("A")
R = TypeVar("R")


def run_method(
    new_run: Callable[P, A],
) -> Callable[[Callable[[S, A], R]], Callable[Concatenate[S, P], R]]:
    """Decorate ``body(self, state)`` into a method with ``new_run``'s parameters."""
    signature = inspect.signature(new_run)

    def decorate(body: Callable[[S, A], R]) -> Callable[Concatenate[S, P], R]:
        method: Callable[..., Any]
        if inspect.iscoroutinefunction(body):
            # An ``async def`` stays one (callers and the raw facades tell them apart), and
            # builds its state when awaited, as it did when the body was the method.
            run_async = cast(Callable[[S, A], Coroutine[Any, Any, Any]], body)

            async def method_async(self: S, *args: Any, **kwargs: Any) -> Any:
                return await run_async(self, new_run(*args, **kwargs))

            method = method_async
        else:

            def method_sync(self: S, *args: Any, **kwargs: Any) -> Any:
                return body(self, new_run(*args, **kwargs))

            method = method_sync
        functools.update_wrapper(method, body)
        # ``inspect.signature`` reads ``__signature__`` before following ``__wrapped__``.
        self_param = next(iter(inspect.signature(body).parameters.values()))
        method.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[self_param, *signature.parameters.values()],
            return_annotation=inspect.signature(body).return_annotation,
        )
        return cast(Callable[Concatenate[S, P], R], method)

    return decorate
