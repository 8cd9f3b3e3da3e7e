"""2.x ``mistralai.extra.run.result``: :class:`RunResult`, the streamed run events, and the
helpers that rebuild entries from stream events."""

from mistralai.api.agents.run.result import (
    FunctionResultEvent,
    InputEntry,
    RunFiles,
    RunOutputEntries,
    RunOutputEntry,
    RunResult,
    RunResultEvents,
    as_text,
    reconstitue_entries,
    reconstitute_function_call_args,
    reconstitute_message_content,
)

__all__ = [
    "FunctionResultEvent",
    "InputEntry",
    "RunFiles",
    "RunOutputEntries",
    "RunOutputEntry",
    "RunResult",
    "RunResultEvents",
    "as_text",
    "reconstitue_entries",
    "reconstitute_function_call_args",
    "reconstitute_message_content",
]
