"""``client.beta.conversations``: the generated operations plus the run helpers.

``run`` / ``run_async`` / ``run_stream`` / ``run_stream_async`` run a conversation with the
local functions registered on a :class:`~mistralai.api.agents.run.context.RunContext`: call the
model, execute each ``function.call`` it answers with, send the ``function.result`` entries
back (``append``), and repeat until it answers without calling a function.

Calls of tools that need the caller's confirmation (``register_func(...,
requires_confirmation=True)``, or sent by the server with ``confirmation_status: "pending"``)
pause the run with :class:`~mistralai.extra.exceptions.DeferredToolCallsException`; passing
the answers (``confirm()`` / ``reject()``) as the next run's inputs resumes it (see
:mod:`mistralai.api.agents.run.deferred`). MCP tools registered on the context run through
their client (async helpers only).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, TypeAlias, cast

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
    FunctionResultEntry,
    InputEntries,
    MessageInputEntry,
    ResponseDoneEvent,
    ResponseErrorEvent,
    ResponseStartedEvent,
    ToolCallConfirmation,
)
from mistralai.api.agents.run.context import RunContext
from mistralai.api.agents.run.deferred import (
    is_deferred_response,
    is_server_deferred,
    plan_deferred_responses,
)
from mistralai.api.agents.run.errors import RunError, ToolExecutionError
from mistralai.api.agents.run.result import (
    FunctionResultEvent,
    InputEntry,
    RunResult,
    RunResultEvents,
    reconstitue_entries,
)
from mistralai.api.agents.run.tools import RunMCPTool, check_sync_call, result_text
from mistralai.core.errors import RequestValidationError, StreamInterruptedError
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig
from mistralai.extra.exceptions import (
    DeferralReason,
    DeferredToolCallEntry,
    DeferredToolCallResponse,
    DeferredToolCallsException,
)

__all__ = ["Conversations"]

RunInputs: TypeAlias = ConversationInputs | ConversationInputsTypedDict
RunAnswers: TypeAlias = Sequence[DeferredToolCallResponse | Any]
"""Inputs that answer a paused run: ``confirm()`` / ``reject()`` answers, possibly mixed with
entries (the paused run's ``executed_results``...)."""
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


def _drop_defaults(value: object) -> object:
    # Fields at their default (``"strict": false``...) are sent by some and omitted by
    # others: compare tool definitions without them, so an unchanged agent is not updated.
    if isinstance(value, dict):
        items = cast(dict[str, object], value).items()
        return {k: _drop_defaults(v) for k, v in items if k != "strict" or v is not False}
    if isinstance(value, list):
        return [_drop_defaults(v) for v in cast(list[object], value)]
    return value


def _comparable(tools: list[dict[str, Any]]) -> object:
    return _drop_defaults(tools)


class _Run:
    """One run's state, shared by the sync and async loops (which only do the I/O)."""

    def __init__(
        self,
        ctx: RunContext,
        inputs: RunInputs | RunAnswers,
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
        # Answers to a paused run are taken out of the inputs: they become calls to execute
        # (``resume``/``resume_async``), results, and ``tool_confirmations`` of the next append.
        answers: list[DeferredToolCallResponse] = []
        raw: object = inputs  # validated later: it may be anything the caller passed
        if isinstance(raw, list | tuple):
            items = cast(Sequence[object], raw)
            answers = [i for i in items if is_deferred_response(i)]
            if answers:
                if ctx.conversation_id is None:
                    raise RunError(
                        "answers to deferred tool calls continue a conversation: the "
                        "RunContext needs the paused run's conversation_id"
                    )
                inputs = cast(RunInputs, [i for i in items if not is_deferred_response(i)])
        self.plan = plan_deferred_responses(answers, ctx.tools)
        self.tool_confirmations: list[ToolCallConfirmation] | None = self.plan.confirmations or None
        self.pending: RunInputs | list[FunctionResultEntry] = cast(RunInputs, inputs)
        self.instructions = instructions
        self.tools = tools
        self.name = name
        self.description = description
        self.options = options
        self.completion_args = self._completion_args(completion_args)
        self.steps = 0
        self.result = RunResult(
            input_entries=_input_entries(cast(RunInputs, inputs)),
            conversation_id=ctx.conversation_id,
        )

    # -- resuming a paused run

    def _resumed(self, results: list[FunctionResultEntry]) -> None:
        if not results:
            return
        given = self.pending if isinstance(self.pending, list) else []
        self.pending = cast(RunInputs, [*given, *results])
        self.result.input_entries.extend(results)

    def resume(self) -> None:
        """Execute the confirmed calls (sync) and add every answer's result to the inputs."""
        self._resumed(
            [i if isinstance(i, FunctionResultEntry) else self.execute(i) for i in self.plan.items]
        )

    async def resume_async(self) -> None:
        calls = [i for i in self.plan.items if isinstance(i, FunctionCallEntry)]
        done = iter(await asyncio.gather(*(self.execute_async(c) for c in calls)))
        self._resumed(
            [i if isinstance(i, FunctionResultEntry) else next(done) for i in self.plan.items]
        )

    def _completion_args(
        self, given: OptionalNullable[RunCompletionArgs]
    ) -> OptionalNullable[dict[str, Any]]:
        response_format = self.ctx._response_format_dict()  # pyright: ignore[reportPrivateUsage]
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
        if _comparable(wanted) != _comparable(current):
            update["tools"] = wanted
        response_format = self.ctx._response_format_dict()  # pyright: ignore[reportPrivateUsage]
        if response_format is not None:
            args = (
                agent.completion_args.model_dump(mode="json", exclude_unset=True, by_alias=True)
                if agent.completion_args is not None
                else {}
            )
            if args.get("response_format") != response_format:
                update["completion_args"] = {**args, "response_format": response_format}
        return update or None

    def _wire_inputs(self) -> object:
        # 2.x sends a text input as one message.input entry (with its defaults: prefix false,
        # object "entry"), never the bare string
        pending = self.pending
        return _input_entries(pending) if isinstance(pending, str) else pending

    def start_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "inputs": self._wire_inputs(),
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
            # 2.x sends the run's tools even when there are none (``tools: []``)
            kwargs["tools"] = everything or (self.tools if self.tools is not UNSET else [])
        return kwargs

    def append_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "conversation_id": self.ctx.conversation_id,
            "inputs": self._wire_inputs(),
            **self.options.kwargs(),
        }
        if isinstance(self.completion_args, dict):
            kwargs["completion_args"] = self.completion_args
        if self.tool_confirmations is not None:
            kwargs["tool_confirmations"] = self.tool_confirmations
            self.tool_confirmations = None  # sent once, with the first append
        return kwargs

    # -- responses

    def absorb(self, response: ConversationResponse) -> list[FunctionCallEntry]:
        """Record a response; its function calls (none: the run is over)."""
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
            if not is_server_deferred(call):  # the server runs those: they need no function
                self.ctx.get_tool(call.name)  # an unknown function stops the run, named
        return calls

    def deferred(self, calls: list[FunctionCallEntry]) -> list[FunctionCallEntry]:
        """The calls that wait for the caller (confirmation required here or on the server)."""
        return [c for c in calls if self.ctx.requires_confirmation(c.name) or is_server_deferred(c)]

    def record_results(self, results: list[FunctionResultEntry]) -> None:
        self.result.output_entries.extend(results)
        self.pending = results

    def pause(
        self, deferred: list[FunctionCallEntry], executed: list[FunctionResultEntry]
    ) -> DeferredToolCallsException:
        """The exception that pauses the run on ``deferred`` (``executed``: the results of the
        same response's other calls, recorded but not sent)."""
        self.result.output_entries.extend(executed)
        entries = [
            DeferredToolCallEntry(
                call,
                reason=DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
                if is_server_deferred(call)
                else DeferralReason.CONFIRMATION_REQUIRED,
            )
            for call in deferred
        ]
        return DeferredToolCallsException(
            self.ctx.conversation_id,
            entries,
            list(self.result.output_entries),
            executed_results=executed,
        )

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
        tool = self.ctx.get_tool(call.name)
        if isinstance(tool, RunMCPTool):
            # An MCP session lives in the event loop that opened it: reachable from sync code
            # only while that loop runs in another thread (RunError otherwise, naming the fix).
            try:
                value = tool.call(call.arguments)
            except RunError:
                raise
            except Exception as exc:
                return self._error_entry(call, exc)
            return self._result_entry(call, value)
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
        # Events by output index, as the API numbers the items of a response (messages,
        # function calls, built-in tool executions, handoffs).
        self.tracker: defaultdict[int, list[Any]] = defaultdict(list)
        self.usage = ConversationUsageInfo()
        self.done = False

    def feed(self, event: ConversationEvents) -> None:
        data = event.data
        if isinstance(data, ResponseStartedEvent):
            self.conversation_id = data.conversation_id
        elif isinstance(data, ResponseDoneEvent):
            self.usage = data.usage
            self.done = True
        elif isinstance(data, ResponseErrorEvent):
            raise RunError(f"the conversation failed: {data.message} (code {data.code})")
        else:
            index = getattr(data, "output_index", None)
            if isinstance(index, int):
                self.tracker[index].append(data)

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
        outputs = [e for e in reconstitue_entries(self.tracker) if e.type != "function.result"]
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
        inputs: RunInputs | RunAnswers,
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
        run.resume()
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
            deferred = run.deferred(calls)
            results = [run.execute(call) for call in calls if call not in deferred]
            if deferred:
                raise run.pause(deferred, results)
            run.record_results(results)

    async def run_async(
        self,
        run_ctx: RunContext,
        inputs: RunInputs | RunAnswers,
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
        await run.resume_async()
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
            deferred = run.deferred(calls)
            todo = [call for call in calls if call not in deferred]
            results = list(await asyncio.gather(*(run.execute_async(call) for call in todo)))
            if deferred:
                raise run.pause(deferred, results)
            run.record_results(results)

    def run_stream(
        self,
        run_ctx: RunContext,
        inputs: RunInputs | RunAnswers,
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
            run.resume()
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
                deferred = run.deferred(calls)
                results: list[FunctionResultEntry] = []
                for call in calls:
                    if call in deferred:
                        continue
                    entry = run.execute(call)
                    results.append(entry)
                    yield _result_event(call, entry)
                if deferred:
                    raise run.pause(deferred, results)
                run.record_results(results)

        return generate()

    async def run_stream_async(
        self,
        run_ctx: RunContext,
        inputs: RunInputs | RunAnswers,
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
            await run.resume_async()
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
                deferred = run.deferred(calls)
                todo = [call for call in calls if call not in deferred]
                results = list(await asyncio.gather(*(run.execute_async(call) for call in todo)))
                for call, entry in zip(todo, results, strict=True):
                    yield _result_event(call, entry)
                if deferred:
                    raise run.pause(deferred, results)
                run.record_results(results)

        return generate()
