"""Run a conversation with local Python functions as tools (2.x: ``mistralai.extra.run``).

``RunContext`` (in :mod:`.context`) holds the registered functions and the conversation;
``client.beta.conversations.run`` / ``run_async`` / ``run_stream`` / ``run_stream_async``
loop (call the model, execute the functions it calls, send the results back) until the model
answers without calling a function, and return a ``RunResult`` (in :mod:`.result`).
"""

from mistralai.api.agents.run.context import RunContext
from mistralai.api.agents.run.errors import (
    RunError,
    RunException,
    ToolExecutionError,
    UnknownToolError,
)
from mistralai.api.agents.run.result import FunctionResultEvent, RunResult, RunResultEvents
from mistralai.api.agents.run.tools import RunTool, function_tool

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
