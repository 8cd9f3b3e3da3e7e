"""One conversation run, written once: its flow (:func:`run_flow`) over its state
(:class:`~mistralai.api.agents._run_state.Run`).

The flow does no I/O. As httpx's ``Auth.auth_flow`` yields requests, it yields steps and is
sent their outcome:

- :class:`Converse`: send the conversation request (``start`` or ``append``, or their
  ``_stream`` twins when the run is streamed); send back the :class:`ConversationResponse`
  (for a stream, rebuilt from its events by :class:`StreamStep`);
- :class:`AgentCall`: ``beta.agents.get`` / ``update`` (an agent given the registered
  functions before the run starts); send back the answer;
- :class:`Execute`: run these function calls locally; send back their result entries, in
  the same order.

It returns the :class:`RunResult`, or raises :class:`DeferredToolCallsException` to pause the
run on calls waiting for the caller's confirmation. The drivers (``beta.conversations.run``,
``run_async``, ``run_stream``, ``run_stream_async``) only carry out the steps.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, TypeAlias

from mistralai.api.agents._run_state import Run
from mistralai.api.agents.models import (
    ConversationEvents,
    ConversationResponse,
    ConversationUsageInfo,
    FunctionCallEntry,
    FunctionResultEntry,
    ResponseDoneEvent,
    ResponseErrorEvent,
    ResponseStartedEvent,
)
from mistralai.api.agents.run.errors import RunError
from mistralai.api.agents.run.result import (
    FunctionResultEvent,
    RunResult,
    RunResultEvents,
    reconstitue_entries,
)
from mistralai.core.errors import StreamInterruptedError

__all__ = [
    "AgentCall",
    "Converse",
    "Execute",
    "Step",
    "StreamStep",
    "event_item",
    "execute_all",
    "execute_all_async",
    "result_item",
    "run_flow",
]


def event_item(event: ConversationEvents) -> RunResultEvents:
    return RunResultEvents.model_construct(event=event.event, data=event.data)


def result_item(call: FunctionCallEntry, entry: FunctionResultEntry) -> RunResultEvents:
    data = FunctionResultEvent(
        id=entry.id, tool_call_id=entry.tool_call_id, name=call.name, result=entry.result
    )
    return RunResultEvents.model_construct(event="function.result", data=data)


class StreamStep:
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


# -- the flow


@dataclass(frozen=True, slots=True)
class Converse:
    """Step: send ``start`` (``starting``) or ``append`` with ``kwargs`` (streamed when the
    run is); send back the response."""

    starting: bool
    kwargs: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AgentCall:
    """Step: ``beta.agents.update`` (``update``) or ``beta.agents.get`` with ``kwargs``; send
    back the agent."""

    update: bool
    kwargs: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Execute:
    """Step: run ``calls`` locally; send back their result entries in order. ``announce``:
    the calls the model just asked for (a streamed run reports each result as an event)."""

    calls: list[FunctionCallEntry]
    announce: bool


Step: TypeAlias = Converse | AgentCall | Execute


def run_flow(run: Run) -> Generator[Step, Any, RunResult]:
    """The whole run, as steps (see the module): resume a paused run, prepare the agent,
    then send, execute the calls answered, and send their results until the model answers
    without calling a function."""
    if run.plan.items:
        run.resumed((yield Execute(run.resume_calls(), announce=False)))
    if run.prepares_agent:
        target = {"agent_id": run.ctx.agent_id, **run.options.kwargs()}
        agent = yield AgentCall(update=False, kwargs=target)
        update = run.agent_update(agent)
        if update is not None:
            yield AgentCall(update=True, kwargs={**target, **update})
    while True:
        run.next_step()
        kwargs = run.start_kwargs() if run.starting else run.append_kwargs()
        response: ConversationResponse = yield Converse(starting=run.starting, kwargs=kwargs)
        calls = run.absorb(response)
        if not calls:
            return run.finish()
        deferred = run.deferred(calls)
        todo = [call for call in calls if call not in deferred]
        results: list[FunctionResultEntry] = yield Execute(todo, announce=True)
        if deferred:
            raise run.pause(deferred, results)
        run.record_results(results)


def execute_all(run: Run, calls: list[FunctionCallEntry]) -> Generator[FunctionResultEntry]:
    """Run ``calls`` one after the other in this thread (the sync drivers)."""
    for call in calls:
        yield run.execute(call)


async def execute_all_async(run: Run, calls: list[FunctionCallEntry]) -> list[FunctionResultEntry]:
    """Run ``calls`` concurrently (the async drivers)."""
    return list(await asyncio.gather(*(run.execute_async(call) for call in calls)))
