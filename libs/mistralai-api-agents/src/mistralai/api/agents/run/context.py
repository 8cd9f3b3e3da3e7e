"""``RunContext``: the local functions and the conversation a run works with (2.x shape).

::

    async with RunContext(model="mistral-small-latest") as ctx:
        ctx.register_func(get_weather)
        result = await client.beta.conversations.run_async(ctx, "Weather in Paris?")
        print(result.output_as_text)

    with RunContext(agent_id=agent.id) as ctx:        # sync too
        ctx.register_func(get_weather)
        result = client.beta.conversations.run(ctx, "Weather in Paris?")

The context keeps the conversation id: a second run with the same context continues the
same conversation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Any, Self, TypeVar

import pydantic

from mistralai.api.agents.models import FunctionTool
from mistralai.api.agents.run.errors import RunError, UnknownToolError
from mistralai.api.agents.run.tools import RunTool, function_tool

__all__ = ["RunContext"]

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class RunContext:
    """What a conversation run needs besides its inputs.

    :param conversation_id: continue this conversation (set after the first run otherwise).
    :param model: start conversations with this model (exclusive with ``agent_id``).
    :param agent_id: start conversations with this agent (exclusive with ``model``); its
        function tools are replaced by the registered functions of the same name.
    :param output_format: a pydantic class: the answer is requested as its JSON schema and
        parsed into ``RunResult.output_as_model``.
    :param request_count: how many requests the runs of this context have made.
    :param continue_on_fn_error: when a registered function raises, send the error text back
        to the model as the function result (default) instead of raising
        :class:`~mistralai.api.agents.run.errors.ToolExecutionError`.
    :param max_steps: the most requests one run makes before it gives up with
        :class:`~mistralai.api.agents.run.errors.RunError` (a model that never stops calling tools).
    """

    conversation_id: str | None = None
    model: str | None = None
    agent_id: str | None = None
    output_format: type[pydantic.BaseModel] | None = None
    request_count: int = 0
    continue_on_fn_error: bool = True
    max_steps: int = 32
    _tools: dict[str, RunTool] = field(default_factory=dict[str, RunTool], init=False, repr=False)

    def __post_init__(self) -> None:
        if self.model is not None and self.agent_id is not None:
            raise RunError("RunContext takes either model or agent_id, not both")
        if self.max_steps < 1:
            raise RunError("max_steps must be at least 1")

    # -- tools

    def register_func(
        self, func: F, *, name: str | None = None, description: str | None = None
    ) -> F:
        """Make ``func`` callable by the model; returns ``func`` (usable as a decorator).

        Its JSON schema comes from the signature (type hints, defaults) and the docstring
        (description; parameters from ``:param x:`` lines or an ``Args:`` section). Sync and
        async functions both work: async runs await coroutine functions and run plain ones in
        a worker thread. A registered function that raises does not stop the run: the error
        text (``"Error while executing <name>: <Type>: <message>"``) is sent back to the model
        as the function's result, unless ``continue_on_fn_error`` is false.
        """
        tool = function_tool(func, name=name, description=description)
        self._tools[tool.name] = tool
        return func

    @property
    def tools(self) -> Mapping[str, RunTool]:
        """The registered functions by name (read-only)."""
        return MappingProxyType(self._tools)

    def get_tool(self, name: str) -> RunTool:
        """The registered function ``name``; :class:`UnknownToolError` (naming it) otherwise."""
        tool = self._tools.get(name)
        if tool is None:
            raise UnknownToolError(name, self._tools)
        return tool

    def get_tools(self) -> list[FunctionTool]:
        """The registered functions as API tool definitions."""
        return [tool.to_function_tool() for tool in self._tools.values()]

    def response_format(self) -> dict[str, Any] | None:
        """The ``response_format`` completion argument for ``output_format`` (None without)."""
        if self.output_format is None:
            return None
        return {
            "type": "json_schema",
            "json_schema": {
                "name": self.output_format.__name__,
                "schema": self.output_format.model_json_schema(),
                "strict": True,
            },
        }

    # -- context manager (nothing to release; kept for the 2.x ``async with`` form)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None
