"""2.x ``mistralai.extra.run``: run a conversation with local Python functions as tools.

Provided by mistralai-api-agents; the implementation lives in :mod:`mistralai.api.agents.run`.
"""

from mistralai.api.agents.run import (
    FunctionResultEvent,
    RunContext,
    RunError,
    RunException,
    RunResult,
    RunResultEvents,
    RunTool,
    ToolExecutionError,
    UnknownToolError,
    function_tool,
)

__all__ = [
    "FunctionResultEvent",
    "RunContext",
    "RunError",
    "RunException",
    "RunResult",
    "RunResultEvents",
    "RunTool",
    "ToolExecutionError",
    "UnknownToolError",
    "function_tool",
]
