"""Errors of the conversation run helpers (``beta.conversations.run`` and friends)."""

from __future__ import annotations

from collections.abc import Iterable

from mistralai.extra.exceptions import RunException

__all__ = ["RunError", "RunException", "ToolExecutionError", "UnknownToolError"]


class RunError(RunException):
    """A conversation run could not go on (bad context, too many steps, an error event...).

    A subclass of the 2.x :class:`~mistralai.extra.exceptions.RunException` (core's
    ``mistralai.extra.exceptions``): ``except RunException`` catches every run error,
    :class:`~mistralai.extra.exceptions.DeferredToolCallsException` included."""


class UnknownToolError(RunError, LookupError):
    """The model called a function that is not registered on the :class:`RunContext`."""

    def __init__(self, name: str, available: Iterable[str]) -> None:
        known = sorted(available)
        listed = ", ".join(repr(n) for n in known) if known else "none"
        super().__init__(
            f"the model called the function {name!r}, which is not registered on the "
            f"RunContext (registered: {listed}); register it with run_ctx.register_func()"
        )
        self.name = name
        self.available = known


class ToolExecutionError(RunError):
    """A registered function raised, and the context has ``continue_on_fn_error=False``.

    The function's exception is ``__cause__``."""

    def __init__(self, name: str, tool_call_id: str, error: BaseException) -> None:
        super().__init__(f"the function {name!r} raised {type(error).__name__}: {error}")
        self.name = name
        self.tool_call_id = tool_call_id
        self.error = error
