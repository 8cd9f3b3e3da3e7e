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

import asyncio
import logging
import typing
from collections.abc import Callable, Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import pydantic

from mistralai.api.agents.models import (
    CompletionArgs,
    CompletionArgsTypedDict,
    ConversationRequestTool,
    ConversationRequestToolTypedDict,
    FunctionCallEntry,
    FunctionResultEntry,
    FunctionTool,
    ResponseFormat,
)
from mistralai.api.agents.run.errors import RunError, UnknownToolError
from mistralai.api.agents.run.tools import (
    RunMCPTool,
    RunTool,
    create_function_result,
    function_tool,
)
from mistralai.core.runtime import UNSET, OptionalNullable, UnknownVariant

if TYPE_CHECKING:
    from mistralai.api.agents.run.protocols import MCPClientProtocol

__all__ = ["AgentRequestKwargs", "ModelRequestKwargs", "RunContext"]

logger = logging.getLogger(__name__)


class AgentRequestKwargs(typing.TypedDict):
    """2.x: the arguments a run starts an agent conversation with."""

    agent_id: str


class ModelRequestKwargs(typing.TypedDict):
    """2.x: the arguments a run starts a model conversation with."""

    model: str
    instructions: OptionalNullable[str]
    tools: OptionalNullable[list[ConversationRequestTool] | list[ConversationRequestToolTypedDict]]
    completion_args: OptionalNullable[CompletionArgs | CompletionArgsTypedDict]


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

    MCP servers' tools join with :meth:`register_mcp_client` (async: use the context as
    ``async with`` so their sessions close with it, and the async run helpers). Functions
    registered with ``requires_confirmation=True`` (and MCP tools listed under
    ``requires_confirmation``) pause the run: it raises
    :class:`~mistralai.extra.exceptions.DeferredToolCallsException`, and the caller resumes it
    by passing the calls' ``confirm()`` / ``reject()`` answers as the next run's inputs.
    """

    conversation_id: str | None = None
    model: str | None = None
    agent_id: str | None = None
    output_format: type[pydantic.BaseModel] | None = None
    request_count: int = 0
    continue_on_fn_error: bool = True
    max_steps: int = 32
    _tools: dict[str, RunTool] = field(default_factory=dict[str, RunTool], init=False, repr=False)
    _mcp_tools: dict[str, RunMCPTool] = field(
        default_factory=dict[str, RunMCPTool], init=False, repr=False
    )
    _mcp_clients: list[MCPClientProtocol] = field(
        default_factory=list["MCPClientProtocol"], init=False, repr=False
    )
    _tool_configurations: dict[str, dict[str, bool]] = field(
        default_factory=dict[str, dict[str, bool]], init=False, repr=False
    )
    _exit_stack: AsyncExitStack = field(default_factory=AsyncExitStack, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.model is not None and self.agent_id is not None:
            raise RunError("RunContext takes either model or agent_id, not both")
        if self.max_steps < 1:
            raise RunError("max_steps must be at least 1")

    # -- tools

    def register_func(
        self,
        func: F,
        requires_confirmation: bool = False,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> F:
        """Make ``func`` callable by the model; returns ``func`` (usable as a decorator).

        With ``requires_confirmation``, the run pauses before calling it (see the class).

        Its JSON schema comes from the signature (type hints, defaults) and the docstring
        (description; parameters from ``:param x:`` lines or an ``Args:`` section). Sync and
        async functions both work: async runs await coroutine functions and run plain ones in
        a worker thread. A registered function that raises does not stop the run: the error
        text (``"Error while executing <name>: <Type>: <message>"``) is sent back to the model
        as the function's result, unless ``continue_on_fn_error`` is false.
        """
        tool = function_tool(func, name=name, description=description)
        self._mcp_tools.pop(tool.name, None)
        self._tools[tool.name] = tool
        self._tool_configurations[tool.name] = {"requires_confirmation": requires_confirmation}
        return func

    def requires_confirmation(self, tool_name: str) -> bool:
        """Whether calls of ``tool_name`` wait for the caller's confirmation (default False)."""
        config = self._tool_configurations.get(tool_name)
        return bool(config and config.get("requires_confirmation", False))

    async def register_mcp_clients(
        self,
        mcp_clients: Sequence[MCPClientProtocol],
        tool_configurations: Sequence[dict[str, list[str]] | None] | None = None,
    ) -> None:
        """:meth:`register_mcp_client` for each client (``tool_configurations[i]`` for the
        i-th), in this task (MCP sessions must be closed by the task that opened them)."""
        for i, client in enumerate(mcp_clients):
            config = tool_configurations[i] if tool_configurations else None
            await self.register_mcp_client(client, tool_configuration=config)

    async def register_mcp_client(
        self,
        mcp_client: MCPClientProtocol,
        tool_configuration: dict[str, list[str]] | None = None,
    ) -> None:
        """Initialize ``mcp_client`` in this context (its session closes with the context's
        ``async with``) and make its tools callable by the model.

        ``tool_configuration``: ``{"include": [...]}`` keeps only those tools, otherwise
        ``{"exclude": [...]}`` drops those; ``{"requires_confirmation": [...]}`` pauses the run
        before calling those."""
        await mcp_client.initialize(exit_stack=self._exit_stack)
        tools = await mcp_client.get_tools()
        config = tool_configuration or {}
        include = set(config.get("include", []))
        exclude = set(config.get("exclude", []))
        confirm = set(config.get("requires_confirmation", []))
        for tool in tools:
            tool_name = tool.function.name
            if (include and tool_name not in include) or (not include and tool_name in exclude):
                continue
            logger.info("Adding tool %s from %s", tool_name, mcp_client._name or "mcp client")  # pyright: ignore[reportPrivateUsage]
            self._tools.pop(tool_name, None)
            self._mcp_tools[tool_name] = RunMCPTool(
                loop=asyncio.get_running_loop(), name=tool_name, tool=tool, mcp_client=mcp_client
            )
            self._tool_configurations[tool_name] = {"requires_confirmation": tool_name in confirm}
        self._mcp_clients.append(mcp_client)

    @property
    def tools(self) -> Mapping[str, RunTool | RunMCPTool]:
        """The registered functions and MCP tools by name (read-only)."""
        return MappingProxyType({**self._tools, **self._mcp_tools})

    def get_tool(self, name: str) -> RunTool | RunMCPTool:
        """The registered tool ``name``; :class:`UnknownToolError` (naming it) otherwise."""
        tool = self._tools.get(name) or self._mcp_tools.get(name)
        if tool is None:
            raise UnknownToolError(name, [*self._tools, *self._mcp_tools])
        return tool

    def get_tools(self) -> list[FunctionTool]:
        """The registered functions and MCP tools as API tool definitions."""
        local = [tool.to_function_tool() for tool in self._tools.values()]
        return local + [tool.tool for tool in self._mcp_tools.values()]

    async def execute_function_calls(
        self, function_calls: list[FunctionCallEntry]
    ) -> list[FunctionResultEntry]:
        """Run the calls (concurrently) and return their results; ``[]`` when one of them
        names a tool that is not registered (2.x)."""
        if not all(
            call.name in self._tools or call.name in self._mcp_tools for call in function_calls
        ):
            logger.warning("Can't execute all functions, stopping run here")
            return []
        return list(
            await asyncio.gather(
                *(
                    create_function_result(
                        function_call=call,
                        run_tool=self.get_tool(call.name),
                        continue_on_fn_error=self.continue_on_fn_error,
                    )
                    for call in function_calls
                )
            )
        )

    async def prepare_agent_request(self, beta_client: Any) -> AgentRequestKwargs:
        """2.x: give the agent the registered tools (and the output format) with
        ``beta.agents.update``; the arguments to start its conversation with.

        ``beta_client`` is ``client.beta``. The run helpers do this themselves (and skip the
        update when the agent already has the tools)."""
        if self.agent_id is None:
            raise RunError("Can't prepare an agent request, if no agent_id is provided")
        agent = await beta_client.agents.get_async(agent_id=self.agent_id)
        registered = {**self._tools, **self._mcp_tools}
        tools: list[Any] = []
        current: list[Any] = list(agent.tools or [])
        for tool in current:
            if isinstance(tool, UnknownVariant):
                continue  # a tool type this SDK does not know cannot be sent back as is
            if isinstance(tool, FunctionTool) and tool.function.name in registered:
                continue  # replaced by the registered definition
            tools.append(tool)
        tools += self.get_tools()
        completion_args = (
            CompletionArgs(response_format=self.response_format) if self.output_format else None
        )
        await beta_client.agents.update_async(
            agent_id=self.agent_id, tools=tools, completion_args=completion_args
        )
        return AgentRequestKwargs(agent_id=self.agent_id)

    async def prepare_model_request(
        self,
        tools: OptionalNullable[
            list[ConversationRequestTool] | list[ConversationRequestToolTypedDict]
        ] = UNSET,
        completion_args: OptionalNullable[CompletionArgs | CompletionArgsTypedDict] = UNSET,
        instructions: OptionalNullable[str] = None,
    ) -> ModelRequestKwargs:
        """2.x: the arguments to start a model conversation with: ``tools`` plus the
        registered ones, ``completion_args`` with the output format's ``response_format``."""
        if self.model is None:
            raise RunError("Can't prepare a model request, if no model is provided")
        args: OptionalNullable[CompletionArgs | CompletionArgsTypedDict] = completion_args
        if self.output_format is not None:
            if isinstance(completion_args, CompletionArgs):
                args = completion_args.model_copy(update={"response_format": self.response_format})
            elif isinstance(completion_args, dict):
                args = CompletionArgs.model_validate(
                    {**completion_args, "response_format": self.response_format}
                )
            else:
                args = CompletionArgs(response_format=self.response_format)
        request_tools: list[Any] = list(tools) if isinstance(tools, list) else []
        request_tools += self.get_tools()
        return ModelRequestKwargs(
            model=self.model,
            tools=request_tools,
            instructions=instructions,
            completion_args=args,
        )

    @property
    def response_format(self) -> ResponseFormat:
        """2.x: the ``response_format`` for ``output_format`` (``RunError`` without one)."""
        value = self._response_format_dict()
        if value is None:
            raise RunError("No response format exist for the current RunContext.")
        return ResponseFormat.model_validate(value)

    def _response_format_dict(self) -> dict[str, Any] | None:
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

    # -- context manager: ``async with`` closes the MCP sessions; ``with`` has nothing to close
    # (MCP clients need an event loop, so they are only registered in async code)

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
        await self._exit_stack.aclose()
        for client in self._mcp_clients:
            await client.aclose()
        self._mcp_clients.clear()
