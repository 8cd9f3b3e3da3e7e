"""2.x ``mistralai.extra.run.tools``: registered tools and their execution."""

from mistralai.api.agents.run.tools import (
    RunCoroutine,
    RunFunction,
    RunMCPTool,
    RunTool,
    create_function_result,
    create_tool_call,
    get_function_calls,
)

__all__ = [
    "RunCoroutine",
    "RunFunction",
    "RunMCPTool",
    "RunTool",
    "create_function_result",
    "create_tool_call",
    "get_function_calls",
]
