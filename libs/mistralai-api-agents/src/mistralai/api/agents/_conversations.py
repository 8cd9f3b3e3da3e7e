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

from collections.abc import AsyncIterator, Iterator, Mapping

from mistralai.api.agents._generated.resources import BetaAgents
from mistralai.api.agents._generated.resources import Conversations as GeneratedConversations
from mistralai.api.agents._run_flow import (
    AgentCall,
    Execute,
    StreamStep,
    event_item,
    execute_all,
    execute_all_async,
    result_item,
    run_flow,
)
from mistralai.api.agents._run_method import run_method
from mistralai.api.agents._run_state import (
    Run,
    RunAnswers,
    RunCompletionArgs,
    RunInputs,
    RunOptions,
    RunStreamItem,
    RunTools,
)
from mistralai.api.agents.models import FunctionResultEntry
from mistralai.api.agents.run.context import RunContext
from mistralai.api.agents.run.result import RunResult
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig

__all__ = ["Conversations"]


def _new_run(
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
) -> Run:
    """The parameters of the four run helpers (declared here once): a new run's state."""
    options = RunOptions(retries, server_url, timeout_ms, http_headers)
    return Run(run_ctx, inputs, instructions, tools, completion_args, name, description, options)


def _last(items: Iterator[RunStreamItem]) -> RunResult:
    """The result a drained run ends with (a run that is not streamed yields nothing else)."""
    for item in items:
        if isinstance(item, RunResult):
            return item
    raise AssertionError("a run flow ends with its result")  # pragma: no cover


class Conversations(GeneratedConversations):
    """Conversations: the generated operations and the ``run`` helpers (sync and async)."""

    __slots__ = ()

    # -- the drivers: they carry out the steps of run_flow (see _run_flow)

    def _drive(self, run: Run, *, stream: bool) -> Iterator[RunStreamItem]:
        """Run the flow with blocking calls; yields the events of a streamed run, then the
        result."""
        flow = run_flow(run)
        sent: object = None
        while True:
            try:
                step = flow.send(sent)
            except StopIteration as stop:
                result: RunResult = stop.value
                yield result
                return
            if isinstance(step, Execute):
                results: list[FunctionResultEntry] = []
                # One after the other, each result reported as soon as it is there.
                for call, entry in zip(step.calls, execute_all(run, step.calls), strict=True):
                    results.append(entry)
                    if stream and step.announce:
                        yield result_item(call, entry)
                sent = results
            elif isinstance(step, AgentCall):
                agents = BetaAgents(self._client)
                sent = (agents.update if step.update else agents.get)(**step.kwargs)
            elif not stream:
                sent = (self.start if step.starting else self.append)(**step.kwargs)
            else:
                request = self.start_stream if step.starting else self.append_stream
                rebuilt = StreamStep(run.ctx.conversation_id)
                with request(**step.kwargs) as events:
                    for event in events:
                        rebuilt.feed(event)
                        yield event_item(event)
                sent = rebuilt.response()

    async def _drive_async(self, run: Run, *, stream: bool) -> AsyncIterator[RunStreamItem]:
        """Async twin of :meth:`_drive`: the calls of one response run concurrently."""
        flow = run_flow(run)
        sent: object = None
        while True:
            try:
                step = flow.send(sent)
            except StopIteration as stop:
                result: RunResult = stop.value
                yield result
                return
            if isinstance(step, Execute):
                sent = await execute_all_async(run, step.calls)
                if stream and step.announce:
                    for call, entry in zip(step.calls, sent, strict=True):
                        yield result_item(call, entry)
            elif isinstance(step, AgentCall):
                agents = BetaAgents(self._client)
                call = agents.update_async if step.update else agents.get_async
                sent = await call(**step.kwargs)
            elif not stream:
                send = self.start_async if step.starting else self.append_async
                sent = await send(**step.kwargs)
            else:
                request = self.start_stream_async if step.starting else self.append_stream_async
                rebuilt = StreamStep(run.ctx.conversation_id)
                async with await request(**step.kwargs) as events:
                    async for event in events:
                        rebuilt.feed(event)
                        yield event_item(event)
                sent = rebuilt.response()

    # -- run (the parameters are _new_run's)

    @run_method(_new_run)
    def run(self, run: Run) -> RunResult:
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

        Parameters (a decorator gives the method those of the wrapped one):

        - ``run_ctx``: the registered functions, model or agent, and conversation.
        - ``inputs``: the user's message (a string) or a list of entries.
        - ``instructions``: instructions of a new conversation.
        - ``tools``: more tools for a new conversation (built-in connectors...).
        - ``completion_args``: completion arguments (temperature...).
        - ``name``: name of a new conversation.
        - ``description``: description of a new conversation.
        - ``retries``: Override the default retry configuration for each request.
        - ``server_url``: Override the default server URL for each request.
        - ``timeout_ms``: Override the default request timeout, in milliseconds.
        - ``http_headers``: Additional headers to send with each request.

        :returns: the run's :class:`RunResult` (``output_entries``, ``output_as_text``...).
        """
        return _last(self._drive(run, stream=False))

    @run_method(_new_run)
    async def run_async(self, run: Run) -> RunResult:
        """Async twin of :meth:`run`: async functions are awaited, plain ones run in a worker
        thread (``asyncio.to_thread``); the calls of one response run concurrently. Errors
        raised by a function are sent back to the model as its result text (see :meth:`run`).
        """
        async for item in self._drive_async(run, stream=False):
            if isinstance(item, RunResult):
                return item
        raise AssertionError("a run flow ends with its result")  # pragma: no cover

    @run_method(_new_run)
    def run_stream(self, run: Run) -> Iterator[RunStreamItem]:
        """Like :meth:`run`, streamed: yields each request's events as they arrive
        (:class:`RunResultEvents`, whose ``data`` is the typed conversation event), a
        ``function.result`` event for each function executed locally, and finally the
        :class:`RunResult`. Errors raised by a function are sent back to the model as its
        result text (see :meth:`run`)."""
        return self._drive(run, stream=True)

    @run_method(_new_run)
    async def run_stream_async(self, run: Run) -> AsyncIterator[RunStreamItem]:
        """Async twin of :meth:`run_stream` (as in 2.x: ``events = await
        run_stream_async(...)``, then ``async for event in events``). Errors raised by a
        function are sent back to the model as its result text (see :meth:`run`)."""
        return self._drive_async(run, stream=True)
