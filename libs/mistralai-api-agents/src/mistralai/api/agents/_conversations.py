"""``client.beta.conversations``: the generated operations plus the run helpers.

``run`` / ``run_async`` / ``run_stream`` / ``run_stream_async`` run a conversation with the
local functions registered on a :class:`~mistralai.api.agents.run.context.RunContext`: call the
model, execute each ``function.call`` it answers with, send the ``function.result`` entries
back (``append``), and repeat until it answers without calling a function.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, TypeAlias

import pydantic

from mistralai.api.agents._generated.resources import BetaAgents
from mistralai.api.agents._generated.resources import Conversations as GeneratedConversations
from mistralai.api.agents.models import (
    Agent,
    CompletionArgs,
    CompletionArgsTypedDict,
    ConversationEvents,
    ConversationInputs,
    ConversationInputsTypedDict,
    ConversationRequestTool,
    ConversationRequestToolTypedDict,
    ConversationResponse,
    ConversationUsageInfo,
    FunctionCallEntry,
    FunctionCallEvent,
    FunctionResultEntry,
    InputEntries,
    MessageInputEntry,
    MessageOutputEntry,
    MessageOutputEvent,
    ResponseDoneEvent,
    ResponseErrorEvent,
    ResponseStartedEvent,
    TextChunk,
)
from mistralai.api.agents.run.context import RunContext
from mistralai.api.agents.run.errors import RunError, ToolExecutionError
from mistralai.api.agents.run.result import (
    FunctionResultEvent,
    InputEntry,
    RunResult,
    RunResultEvents,
)
from mistralai.api.agents.run.tools import RunTool, check_sync_call, result_text
from mistralai.core.errors import RequestValidationError, StreamInterruptedError
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig

__all__ = ["Conversations"]

RunInputs: TypeAlias = ConversationInputs | ConversationInputsTypedDict
RunTools: TypeAlias = Sequence[ConversationRequestTool | ConversationRequestToolTypedDict]
RunCompletionArgs: TypeAlias = CompletionArgs | CompletionArgsTypedDict
RunStreamItem: TypeAlias = RunResultEvents | RunResult

_INPUTS_ADAPTER: pydantic.TypeAdapter[InputEntries] = pydantic.TypeAdapter(InputEntries)


def _input_entries(inputs: RunInputs) -> list[InputEntry]:
    if isinstance(inputs, str):
        return [MessageInputEntry(role="user", content=inputs)]
    try:
        return list(_INPUTS_ADAPTER.validate_python(inputs))
    except pydantic.ValidationError as exc:  # as the generated methods do: nothing is sent
        errors = exc.errors(include_url=False, include_input=False)
        summary = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'inputs'}: {e['msg']}" for e in errors[:5]
        )
        raise RequestValidationError(
            f"invalid inputs for the conversation run: {summary}",
            errors=[dict(e) for e in errors],
        ) from exc


class _Options:
    """The per-call options forwarded to every request of a run."""

    __slots__ = ("http_headers", "retries", "server_url", "timeout_ms")

    def __init__(
        self,
        retries: OptionalNullable[RetryConfig],
        server_url: str | None,
        timeout_ms: int | None,
        http_headers: Mapping[str, str] | None,
    ) -> None:
        self.retries = retries
        self.server_url = server_url
        self.timeout_ms = timeout_ms
        self.http_headers = http_headers

    def kwargs(self) -> dict[str, Any]:
        return {
            "retries": self.retries,
            "server_url": self.server_url,
            "timeout_ms": self.timeout_ms,
            "http_headers": self.http_headers,
        }


class _Run:
    """One run's state, shared by the sync and async loops (which only do the I/O)."""

    def __init__(
        self,
        ctx: RunContext,
        inputs: RunInputs,
        instructions: OptionalNullable[str],
        tools: OptionalNullable[RunTools],
        completion_args: OptionalNullable[RunCompletionArgs],
        name: OptionalNullable[str],
        description: OptionalNullable[str],
        options: _Options,
    ) -> None:
        if ctx.conversation_id is None and ctx.model is None and ctx.agent_id is None:
            raise RunError("the RunContext needs a model, an agent_id or a conversation_id to run")
        self.ctx = ctx
        self.pending: RunInputs | list[FunctionResultEntry] = inputs
        self.instructions = instructions
        self.tools = tools
        self.name = name
        self.description = description
        self.options = options
        self.completion_args = self._completion_args(completion_args)
        self.steps = 0
        self.result = RunResult(
            input_entries=_input_entries(inputs), conversation_id=ctx.conversation_id
        )

    def _completion_args(
        self, given: OptionalNullable[RunCompletionArgs]
    ) -> OptionalNullable[dict[str, Any]]:
        response_format = self.ctx.response_format()
        if isinstance(given, CompletionArgs):
            args: dict[str, Any] = given.model_dump(exclude_unset=True, by_alias=True)
        elif isinstance(given, Mapping):
            args = dict(given)
        else:
            args = {}
        if response_format is not None and self.ctx.agent_id is None:
            args.setdefault("response_format", response_format)
        if args:
            return args
        return None if given is None else UNSET

    # -- requests

    @property
    def starting(self) -> bool:
        return self.ctx.conversation_id is None

    def next_step(self) -> None:
        if self.steps >= self.ctx.max_steps:
            raise RunError(
                f"the model was still calling functions after {self.steps} requests "
                f"(RunContext.max_steps={self.ctx.max_steps})"
            )
        self.steps += 1
        self.ctx.request_count += 1

    def agent_update(self, agent: Agent) -> dict[str, Any] | None:
        """The ``beta.agents.update`` arguments that give the agent the registered functions
        (and the output format), or None when it already has them."""
        registered = self.ctx.get_tools()
        names = {tool.function.name for tool in registered}
        current = [tool.model_dump(mode="json", by_alias=True) for tool in agent.tools or []]
        kept = [
            tool
            for tool in current
            if not (
                tool.get("type") == "function" and tool.get("function", {}).get("name") in names
            )
        ]
        wanted = kept + [tool.model_dump(mode="json", by_alias=True) for tool in registered]
        update: dict[str, Any] = {}
        if wanted != current:
            update["tools"] = wanted
        response_format = self.ctx.response_format()
        if response_format is not None:
            args = (
                agent.completion_args.model_dump(mode="json", exclude_unset=True, by_alias=True)
                if agent.completion_args is not None
                else {}
            )
            if args.get("response_format") != response_format:
                update["completion_args"] = {**args, "response_format": response_format}
        return update or None

    def start_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "inputs": self.pending,
            "instructions": self.instructions,
            "completion_args": self.completion_args,
            "name": self.name,
            "description": self.description,
            **self.options.kwargs(),
        }
        given: list[ConversationRequestTool | ConversationRequestToolTypedDict] = (
            list(self.tools) if isinstance(self.tools, Sequence) else []
        )
        if self.ctx.agent_id is not None:
            kwargs["agent_id"] = self.ctx.agent_id
            kwargs["tools"] = given or self.tools
        else:
            kwargs["model"] = self.ctx.model
            everything: list[Any] = [*given, *self.ctx.get_tools()]
            kwargs["tools"] = everything or self.tools
        return kwargs

    def append_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "conversation_id": self.ctx.conversation_id,
            "inputs": self.pending,
            **self.options.kwargs(),
        }
        if isinstance(self.completion_args, dict):
            kwargs["completion_args"] = self.completion_args
        return kwargs

    # -- responses

    def absorb(self, response: ConversationResponse) -> list[FunctionCallEntry]:
        """Record a response; the function calls to execute (none: the run is over)."""
        self.ctx.conversation_id = response.conversation_id
        self.result.conversation_id = response.conversation_id
        self.result.response = response
        self.result.output_entries.extend(response.outputs)
        usage = self.result.usage
        usage.prompt_tokens += response.usage.prompt_tokens
        usage.completion_tokens += response.usage.completion_tokens
        usage.total_tokens += response.usage.total_tokens
        calls = [e for e in response.outputs if isinstance(e, FunctionCallEntry)]
        for call in calls:
            self.ctx.get_tool(call.name)  # an unknown function stops the run, named
        return calls

    def record_results(self, results: list[FunctionResultEntry]) -> None:
        self.result.output_entries.extend(results)
        self.pending = results

    def finish(self) -> RunResult:
        output_format = self.ctx.output_format
        if output_format is not None and self.result.messages:
            try:
                self.result.output_model = output_format.model_validate_json(
                    self.result.output_as_text
                )
            except pydantic.ValidationError as exc:
                raise RunError(
                    f"the answer does not match the output format {output_format.__name__}: {exc}"
                ) from exc
        return self.result

    # -- functions

    def _result_entry(self, call: FunctionCallEntry, value: object) -> FunctionResultEntry:
        return FunctionResultEntry(tool_call_id=call.tool_call_id, result=result_text(value))

    def _error_entry(self, call: FunctionCallEntry, error: Exception) -> FunctionResultEntry:
        if not self.ctx.continue_on_fn_error:
            raise ToolExecutionError(call.name, call.tool_call_id, error) from error
        text = f"Error while executing {call.name}: {type(error).__name__}: {error}"
        return FunctionResultEntry(tool_call_id=call.tool_call_id, result=text)

    def execute(self, call: FunctionCallEntry) -> FunctionResultEntry:
        tool: RunTool = self.ctx.get_tool(call.name)
        check_sync_call(tool)  # a misuse of the sync helpers stops the run; the function's
        try:  # own errors (whatever their type) go back to the model, as in execute_async
            value = tool.call(call.arguments)
        except Exception as exc:
            return self._error_entry(call, exc)
        return self._result_entry(call, value)

    async def execute_async(self, call: FunctionCallEntry) -> FunctionResultEntry:
        tool = self.ctx.get_tool(call.name)
        try:
            value = await tool.call_async(call.arguments)
        except Exception as exc:
            return self._error_entry(call, exc)
        return self._result_entry(call, value)


def _event(event: ConversationEvents) -> RunResultEvents:
    return RunResultEvents.model_construct(event=event.event, data=event.data)


def _result_event(call: FunctionCallEntry, entry: FunctionResultEntry) -> RunResultEvents:
    data = FunctionResultEvent(
        id=entry.id, tool_call_id=entry.tool_call_id, name=call.name, result=entry.result
    )
    return RunResultEvents.model_construct(event="function.result", data=data)


class _StreamStep:
    """Rebuilds one response (outputs, usage) from the events of one stream."""

    def __init__(self, conversation_id: str | None) -> None:
        self.conversation_id = conversation_id
        self.outputs: dict[str, dict[str, Any]] = {}
        self.usage = ConversationUsageInfo()
        self.done = False

    def feed(self, event: ConversationEvents) -> None:
        data = event.data
        if isinstance(data, ResponseStartedEvent):
            self.conversation_id = data.conversation_id
        elif isinstance(data, MessageOutputEvent):
            entry = self.outputs.setdefault(
                "msg:" + data.id,
                {
                    "kind": "message",
                    "id": data.id,
                    "model": data.model,
                    "agent_id": data.agent_id,
                    "parts": [],
                },
            )
            entry["parts"].append(data.content)
        elif isinstance(data, FunctionCallEvent):
            entry = self.outputs.setdefault(
                "call:" + data.tool_call_id,
                {
                    "kind": "call",
                    "id": data.id,
                    "model": data.model,
                    "agent_id": data.agent_id,
                    "name": data.name,
                    "tool_call_id": data.tool_call_id,
                    "arguments": "",
                },
            )
            entry["arguments"] += data.arguments
        elif isinstance(data, ResponseDoneEvent):
            self.usage = data.usage
            self.done = True
        elif isinstance(data, ResponseErrorEvent):
            raise RunError(f"the conversation failed: {data.message} (code {data.code})")

    def response(self) -> ConversationResponse:
        if not self.done:
            # Conversation streams have no end marker: a stream that ends (even cleanly)
            # before ``conversation.response.done`` is incomplete.
            raise StreamInterruptedError(
                "the conversation stream ended before conversation.response.done: "
                "the answer is incomplete"
            )
        if self.conversation_id is None:
            raise RunError("the stream ended without telling the conversation id")
        outputs: list[MessageOutputEntry | FunctionCallEntry] = []
        for entry in self.outputs.values():
            if entry["kind"] == "call":
                outputs.append(
                    FunctionCallEntry(
                        id=entry["id"],
                        model=entry["model"],
                        agent_id=entry["agent_id"],
                        name=entry["name"],
                        tool_call_id=entry["tool_call_id"],
                        arguments=entry["arguments"],
                    )
                )
            else:
                parts: list[Any] = entry["parts"]
                content: Any
                if all(isinstance(p, str) for p in parts):
                    content = "".join(parts)
                else:
                    content = [TextChunk(text=p) if isinstance(p, str) else p for p in parts]
                outputs.append(
                    MessageOutputEntry(
                        id=entry["id"],
                        model=entry["model"],
                        agent_id=entry["agent_id"],
                        content=content,
                    )
                )
        return ConversationResponse.model_construct(
            conversation_id=self.conversation_id,
            outputs=outputs,
            usage=self.usage,
        )


class Conversations(GeneratedConversations):
    """Conversations: the generated operations and the ``run`` helpers (sync and async)."""

    __slots__ = ()

    # -- helpers shared by the loops

    def _prepare_agent(self, run: _Run) -> None:
        if (
            run.starting
            and run.ctx.agent_id is not None
            and (run.ctx.tools or run.ctx.output_format is not None)
        ):
            agents = BetaAgents(self._client)
            agent = agents.get(agent_id=run.ctx.agent_id, **run.options.kwargs())
            update = run.agent_update(agent)
            if update is not None:
                agents.update(agent_id=run.ctx.agent_id, **update, **run.options.kwargs())

    async def _prepare_agent_async(self, run: _Run) -> None:
        if (
            run.starting
            and run.ctx.agent_id is not None
            and (run.ctx.tools or run.ctx.output_format is not None)
        ):
            agents = BetaAgents(self._client)
            agent = await agents.get_async(agent_id=run.ctx.agent_id, **run.options.kwargs())
            update = run.agent_update(agent)
            if update is not None:
                await agents.update_async(
                    agent_id=run.ctx.agent_id, **update, **run.options.kwargs()
                )

    # -- run

    def run(
        self,
        run_ctx: RunContext,
        inputs: RunInputs,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[RunTools] = UNSET,
        completion_args: OptionalNullable[RunCompletionArgs] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> RunResult:
        """Run a conversation with the functions registered on ``run_ctx`` until the model
        answers without calling one.

        Starts a conversation (with the context's ``model`` or ``agent_id``; an agent gets
        the registered functions through ``beta.agents.update`` first) or continues the
        context's ``conversation_id``. Each ``function.call`` of the model runs the registered
        function of that name in this thread (an async function in a new event loop), and its
        result goes back with ``append``. A function that raises does not stop the run: its
        error text is sent back as the function result, so the model sees it (unless
        ``run_ctx.continue_on_fn_error`` is false: then :class:`ToolExecutionError`). A call
        of a function that is not registered raises :class:`UnknownToolError` naming it.

        :param run_ctx: the registered functions, model or agent, and conversation.
        :param inputs: the user's message (a string) or a list of entries.
        :param instructions: instructions of a new conversation.
        :param tools: more tools for a new conversation (built-in connectors...).
        :param completion_args: completion arguments (temperature...).
        :param name: name of a new conversation.
        :param description: description of a new conversation.
        :param retries: Override the default retry configuration for each request.
        :param server_url: Override the default server URL for each request.
        :param timeout_ms: Override the default request timeout, in milliseconds.
        :param http_headers: Additional headers to send with each request.
        :returns: the run's :class:`RunResult` (``output_entries``, ``output_as_text``...).
        """
        run = _Run(
            run_ctx,
            inputs,
            instructions,
            tools,
            completion_args,
            name,
            description,
            _Options(retries, server_url, timeout_ms, http_headers),
        )
        self._prepare_agent(run)
        while True:
            run.next_step()
            if run.starting:
                response = self.start(**run.start_kwargs())
            else:
                response = self.append(**run.append_kwargs())
            calls = run.absorb(response)
            if not calls:
                return run.finish()
            run.record_results([run.execute(call) for call in calls])

    async def run_async(
        self,
        run_ctx: RunContext,
        inputs: RunInputs,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[RunTools] = UNSET,
        completion_args: OptionalNullable[RunCompletionArgs] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> RunResult:
        """Async twin of :meth:`run`: async functions are awaited, plain ones run in a worker
        thread (``asyncio.to_thread``); the calls of one response run concurrently. Errors
        raised by a function are sent back to the model as its result text (see :meth:`run`).
        """
        run = _Run(
            run_ctx,
            inputs,
            instructions,
            tools,
            completion_args,
            name,
            description,
            _Options(retries, server_url, timeout_ms, http_headers),
        )
        await self._prepare_agent_async(run)
        while True:
            run.next_step()
            if run.starting:
                response = await self.start_async(**run.start_kwargs())
            else:
                response = await self.append_async(**run.append_kwargs())
            calls = run.absorb(response)
            if not calls:
                return run.finish()
            results = await asyncio.gather(*(run.execute_async(call) for call in calls))
            run.record_results(list(results))

    def run_stream(
        self,
        run_ctx: RunContext,
        inputs: RunInputs,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[RunTools] = UNSET,
        completion_args: OptionalNullable[RunCompletionArgs] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Iterator[RunStreamItem]:
        """Like :meth:`run`, streamed: yields each request's events as they arrive
        (:class:`RunResultEvents`, whose ``data`` is the typed conversation event), a
        ``function.result`` event for each function executed locally, and finally the
        :class:`RunResult`. Errors raised by a function are sent back to the model as its
        result text (see :meth:`run`)."""
        run = _Run(
            run_ctx,
            inputs,
            instructions,
            tools,
            completion_args,
            name,
            description,
            _Options(retries, server_url, timeout_ms, http_headers),
        )

        def generate() -> Iterator[RunStreamItem]:
            self._prepare_agent(run)
            while True:
                run.next_step()
                if run.starting:
                    stream = self.start_stream(**run.start_kwargs())
                else:
                    stream = self.append_stream(**run.append_kwargs())
                step = _StreamStep(run.ctx.conversation_id)
                with stream:
                    for event in stream:
                        step.feed(event)
                        yield _event(event)
                calls = run.absorb(step.response())
                if not calls:
                    yield run.finish()
                    return
                results: list[FunctionResultEntry] = []
                for call in calls:
                    entry = run.execute(call)
                    results.append(entry)
                    yield _result_event(call, entry)
                run.record_results(results)

        return generate()

    async def run_stream_async(
        self,
        run_ctx: RunContext,
        inputs: RunInputs,
        instructions: OptionalNullable[str] = UNSET,
        tools: OptionalNullable[RunTools] = UNSET,
        completion_args: OptionalNullable[RunCompletionArgs] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[RunStreamItem]:
        """Async twin of :meth:`run_stream` (as in 2.x: ``events = await
        run_stream_async(...)``, then ``async for event in events``). Errors raised by a
        function are sent back to the model as its result text (see :meth:`run`)."""
        run = _Run(
            run_ctx,
            inputs,
            instructions,
            tools,
            completion_args,
            name,
            description,
            _Options(retries, server_url, timeout_ms, http_headers),
        )

        async def generate() -> AsyncIterator[RunStreamItem]:
            await self._prepare_agent_async(run)
            while True:
                run.next_step()
                if run.starting:
                    stream = await self.start_stream_async(**run.start_kwargs())
                else:
                    stream = await self.append_stream_async(**run.append_kwargs())
                step = _StreamStep(run.ctx.conversation_id)
                async with stream:
                    async for event in stream:
                        step.feed(event)
                        yield _event(event)
                calls = run.absorb(step.response())
                if not calls:
                    yield run.finish()
                    return
                results = await asyncio.gather(*(run.execute_async(call) for call in calls))
                for call, entry in zip(calls, results, strict=True):
                    yield _result_event(call, entry)
                run.record_results(list(results))

        return generate()
