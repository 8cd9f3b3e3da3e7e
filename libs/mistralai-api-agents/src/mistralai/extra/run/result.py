"""2.x ``mistralai.extra.run.result``: :class:`RunResult` and the streamed run events."""

from mistralai.api.agents.run.result import (
    FunctionResultEvent,
    InputEntry,
    RunOutputEntry,
    RunResult,
    RunResultEvents,
)

__all__ = ["FunctionResultEvent", "InputEntry", "RunOutputEntry", "RunResult", "RunResultEvents"]
