"""The conversation run flow, driven step by step with no client and no server."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from mistralai.api.agents._run_flow import Converse, Execute, run_flow
from mistralai.api.agents._run_state import Run, RunOptions
from mistralai.api.agents.models import (
    ConversationResponse,
    ConversationUsageInfo,
    FunctionCallEntry,
    FunctionResultEntry,
    MessageOutputEntry,
)
from mistralai.api.agents.run import RunContext, RunError
from mistralai.client import Mistral
from mistralai.core.runtime import UNSET
from mistralai.extra.exceptions import DeferredToolCallsException


def _run(ctx: RunContext, inputs: Any = "hi") -> Run:
    options = RunOptions(UNSET, None, None, None)
    return Run(ctx, inputs, UNSET, UNSET, UNSET, UNSET, UNSET, options)


def _response(*outputs: Any) -> ConversationResponse:
    usage = ConversationUsageInfo(prompt_tokens=1, completion_tokens=2, total_tokens=3)
    return ConversationResponse(conversation_id="conv", outputs=list(outputs), usage=usage)


def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


def test_a_call_is_executed_and_its_result_appended() -> None:
    ctx = RunContext(model="m")
    ctx.register_func(add)
    flow = run_flow(_run(ctx))

    first = next(flow)
    assert isinstance(first, Converse) and first.starting
    assert first.kwargs["model"] == "m"
    call = FunctionCallEntry(tool_call_id="t1", name="add", arguments='{"a": 2, "b": 3}')
    execute = flow.send(_response(call))
    assert execute == Execute([call], announce=True)
    result = FunctionResultEntry(tool_call_id="t1", result="5")
    follow_up = flow.send([result])
    assert isinstance(follow_up, Converse) and not follow_up.starting
    assert follow_up.kwargs["conversation_id"] == "conv"
    assert follow_up.kwargs["inputs"] == [result]
    with pytest.raises(StopIteration) as stop:
        flow.send(_response(MessageOutputEntry(content="5")))
    done = stop.value.value
    assert done.output_as_text == "5"
    assert done.usage.total_tokens == 6
    assert ctx.request_count == 2


def test_a_call_needing_confirmation_pauses_the_run_after_the_others_ran() -> None:
    ctx = RunContext(model="m")
    ctx.register_func(add)
    ctx.register_func(add, requires_confirmation=True, name="transfer")
    flow = run_flow(_run(ctx))
    next(flow)
    now = FunctionCallEntry(tool_call_id="t1", name="add", arguments='{"a": 1, "b": 1}')
    later = FunctionCallEntry(tool_call_id="t2", name="transfer", arguments='{"a": 1, "b": 1}')
    assert flow.send(_response(now, later)) == Execute([now], announce=True)
    with pytest.raises(DeferredToolCallsException) as paused:
        flow.send([FunctionResultEntry(tool_call_id="t1", result="2")])
    assert [e.tool_call_id for e in paused.value.deferred_calls] == ["t2"]


def test_the_run_stops_after_max_steps() -> None:
    ctx = RunContext(model="m", max_steps=1)
    ctx.register_func(add)
    flow = run_flow(_run(ctx))
    next(flow)
    call = FunctionCallEntry(tool_call_id="t1", name="add", arguments='{"a": 1, "b": 1}')
    flow.send(_response(call))
    with pytest.raises(RunError, match="max_steps=1"):
        flow.send([FunctionResultEntry(tool_call_id="t1", result="2")])


def test_the_four_helpers_take_the_same_parameters() -> None:
    conversations = Mistral(api_key="k").beta.conversations
    helpers = [
        conversations.run,
        conversations.run_async,
        conversations.run_stream,
        conversations.run_stream_async,
    ]
    parameters = [list(inspect.signature(h).parameters) for h in helpers]
    assert parameters[0][:2] == ["run_ctx", "inputs"]
    assert "http_headers" in parameters[0]
    assert all(p == parameters[0] for p in parameters)
    assert [inspect.iscoroutinefunction(h) for h in helpers] == [False, True, False, True]
