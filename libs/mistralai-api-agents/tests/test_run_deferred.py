"""Deferred tool calls: a run pauses on calls that need confirmation (client-side, and
server-side ``confirmation_status: "pending"``), and resumes with the caller's answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.client.models import FunctionCallEntry, FunctionResultEntry, MessageOutputEntry
from mistralai.extra.exceptions import (
    DeferralReason,
    DeferredToolCallConfirmation,
    DeferredToolCallEntry,
    DeferredToolCallRejection,
    DeferredToolCallsException,
    MistralClientException,
    RunException,
)
from mistralai.extra.run.context import RunContext
from mistralai.extra.run.result import RunResult, RunResultEvents
from mistralai.testing import (
    FakeMistralServer,
    RequestContext,
    Response,
    StreamResponse,
    json_response,
    sse_event,
)

CALLS: list[dict[str, Any]] = []


def transfer(account: str, amount: int = 10) -> str:
    """Transfer money.

    Args:
        account: the destination account
        amount: how much
    """
    CALLS.append({"account": account, "amount": amount})
    return f"sent {amount} to {account}"


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    CALLS.clear()
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _posts(server: FakeMistralServer) -> list[dict[str, Any]]:
    return [r.json() for r in server.requests.snapshot() if r.method == "POST"]


def test_client_side_confirmation_pauses_then_resumes_with_overrides(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(transfer, requires_confirmation=True)
    with pytest.raises(DeferredToolCallsException) as info:
        client.beta.conversations.run(ctx, "pay bob")
    paused = info.value
    assert isinstance(paused, RunException) and isinstance(paused, MistralClientException)
    assert CALLS == []  # nothing ran
    assert paused.conversation_id == ctx.conversation_id is not None
    (deferred,) = paused.deferred_calls
    assert (
        deferred.tool_name == "transfer" and deferred.reason is DeferralReason.CONFIRMATION_REQUIRED
    )
    assert json.loads(str(deferred.arguments)) == {"account": "x"}
    assert [e.type for e in paused.outputs] == ["function.call"]

    answer = deferred.confirm({"amount": 99})
    assert isinstance(answer, DeferredToolCallConfirmation)
    result = client.beta.conversations.run(ctx, [answer])
    assert CALLS == [{"account": "x", "amount": 99}]  # the model's arguments, overridden
    assert result.output_as_text == "Tool results: sent 99 to x"
    append = _posts(fake_server)[-1]
    assert append["inputs"] == [
        {
            "object": "entry",
            "type": "function.result",
            "tool_call_id": deferred.tool_call_id,
            "result": "sent 99 to x",
        }
    ]
    assert "tool_confirmations" not in append


async def test_client_side_rejection_async(client: Mistral, fake_server: FakeMistralServer) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(transfer, requires_confirmation=True)
    with pytest.raises(DeferredToolCallsException) as info:
        await client.beta.conversations.run_async(ctx, "pay bob")
    rejection = info.value.deferred_calls[0].reject("not today")
    assert isinstance(rejection, DeferredToolCallRejection)
    result = await client.beta.conversations.run_async(ctx, [rejection])
    assert CALLS == []
    assert result.output_as_text == "Tool results: not today"
    assert _posts(fake_server)[-1]["inputs"][0]["result"] == "not today"


def test_paused_run_survives_serialization(client: Mistral) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(transfer, requires_confirmation=True)
    with pytest.raises(DeferredToolCallsException) as info:
        client.beta.conversations.run(ctx, "pay")
    saved = json.loads(json.dumps(info.value.to_dict()))
    restored = DeferredToolCallsException.from_dict(saved)
    assert restored.conversation_id == info.value.conversation_id
    assert isinstance(restored.outputs[0], FunctionCallEntry)
    entry = restored.deferred_calls[0]
    assert isinstance(entry, DeferredToolCallEntry)
    assert entry.to_dict() == info.value.deferred_calls[0].to_dict()
    # another process: a new context on the same conversation resumes it
    other = RunContext(conversation_id=restored.conversation_id)
    other.register_func(transfer, requires_confirmation=True)
    result = client.beta.conversations.run(other, [entry.confirm()])
    assert CALLS == [{"account": "x", "amount": 10}]
    assert result.output_as_text == "Tool results: sent 10 to x"


def test_answers_need_a_conversation_and_a_registered_tool(client: Mistral) -> None:
    call = FunctionCallEntry(tool_call_id="c1", name="transfer", arguments="{}")
    entry = DeferredToolCallEntry(call)
    with pytest.raises(RunException, match="conversation_id"):
        client.beta.conversations.run(RunContext(model="m"), [entry.confirm()])
    with pytest.raises(RunException, match="'transfer' is not registered"):
        client.beta.conversations.run(RunContext(conversation_id="conv"), [entry.confirm()])
    assert entry.to_function_result("done") == {"tool_call_id": "c1", "result": "done"}


# -- server-side confirmation: a scripted model


def _scripted(server: FakeMistralServer, *, stream: bool) -> None:
    """POST /v1/conversations: a call of the server's ``send_email`` held pending; the append
    answers with a built-in tool execution and a message saying what the caller decided."""

    def start(ctx: RequestContext) -> Response | StreamResponse:
        call = {
            "object": "entry",
            "type": "function.call",
            "id": "fc_1",
            "tool_call_id": "call_mail",
            "name": "send_email",
            "arguments": '{"to": "bob"}',
            "confirmation_status": "pending",
        }
        if not stream:
            return json_response(
                {
                    "object": "conversation.response",
                    "conversation_id": "conv_srv",
                    "outputs": [call],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            )
        delta = {
            "type": "function.call.delta",
            "output_index": 0,
            "id": "fc_1",
            "name": "send_email",
            "tool_call_id": "call_mail",
            "arguments": '{"to": "bob"}',
            "confirmation_status": "pending",
        }
        return StreamResponse(
            [
                sse_event(
                    {"type": "conversation.response.started", "conversation_id": "conv_srv"},
                    event="conversation.response.started",
                ),
                sse_event(delta, event="function.call.delta"),
                sse_event(
                    {"type": "conversation.response.done", "usage": {"total_tokens": 2}},
                    event="conversation.response.done",
                ),
            ]
        )

    def append(ctx: RequestContext) -> Response | StreamResponse:
        confirmations = ctx.json().get("tool_confirmations") or []
        verdict = confirmations[0]["confirmation"] if confirmations else "none"
        message = {
            "object": "entry",
            "type": "message.output",
            "id": "msg_2",
            "role": "assistant",
            "content": f"email {verdict}",
        }
        if not stream:
            return json_response(
                {
                    "object": "conversation.response",
                    "conversation_id": "conv_srv",
                    "outputs": [message],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            )
        return StreamResponse(
            [
                sse_event(
                    {"type": "conversation.response.started", "conversation_id": "conv_srv"},
                    event="conversation.response.started",
                ),
                sse_event(
                    {
                        "type": "message.output.delta",
                        "output_index": 0,
                        "id": "msg_2",
                        "content": f"email {verdict}",
                    },
                    event="message.output.delta",
                ),
                sse_event(
                    {"type": "conversation.response.done", "usage": {"total_tokens": 2}},
                    event="conversation.response.done",
                ),
            ]
        )

    server.add_route("POST", r"/v1/conversations", start)
    server.add_route("POST", r"/v1/conversations/conv_srv", append)


@pytest.mark.parametrize("verdict", ["allow", "deny"])
def test_server_side_confirmation(
    client: Mistral, fake_server: FakeMistralServer, verdict: str
) -> None:
    _scripted(fake_server, stream=False)
    ctx = RunContext(model="m")  # send_email is not registered: the server runs it
    with pytest.raises(DeferredToolCallsException) as info:
        client.beta.conversations.run(ctx, "mail bob")
    (deferred,) = info.value.deferred_calls
    assert deferred.reason is DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
    assert deferred.tool_name == "send_email"
    answer = deferred.confirm() if verdict == "allow" else deferred.reject()
    result = client.beta.conversations.run(ctx, [answer])
    assert result.output_as_text == f"email {verdict}"
    append = _posts(fake_server)[-1]
    assert append["tool_confirmations"] == [{"tool_call_id": "call_mail", "confirmation": verdict}]
    assert append["inputs"] == []


async def test_server_side_confirmation_streamed(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    _scripted(fake_server, stream=True)
    ctx = RunContext(model="m")
    events = await client.beta.conversations.run_stream_async(ctx, "mail bob")
    seen: list[object] = []
    with pytest.raises(DeferredToolCallsException) as info:
        async for item in events:
            seen.append(item)
    assert [i.event for i in seen if isinstance(i, RunResultEvents)] == [
        "conversation.response.started",
        "function.call.delta",
        "conversation.response.done",
    ]
    (deferred,) = info.value.deferred_calls
    assert deferred.reason is DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
    events = await client.beta.conversations.run_stream_async(ctx, [deferred.confirm()])
    items = [item async for item in events]
    result = items[-1]
    assert isinstance(result, RunResult) and result.output_as_text == "email allow"
    assert isinstance(result.output_entries[-1], MessageOutputEntry)


def test_executed_results_travel_with_the_answers(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    """A response with a call that runs and one that waits: the executed result is kept in
    the exception and sent back with the answer."""

    def start(ctx: RequestContext) -> Response:
        calls = [
            {
                "object": "entry",
                "type": "function.call",
                "tool_call_id": f"call_{name}",
                "name": name,
                "arguments": '{"account": "a"}',
            }
            for name in ("lookup", "transfer")
        ]
        return json_response(
            {
                "object": "conversation.response",
                "conversation_id": "conv_two",
                "outputs": calls,
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )

    def append(ctx: RequestContext) -> Response:
        inputs = ctx.json()["inputs"]
        text = "; ".join(f"{i['tool_call_id']}={i['result']}" for i in inputs)
        return json_response(
            {
                "object": "conversation.response",
                "conversation_id": "conv_two",
                "outputs": [{"object": "entry", "type": "message.output", "content": text}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )

    fake_server.add_route("POST", r"/v1/conversations", start)
    fake_server.add_route("POST", r"/v1/conversations/conv_two", append)

    def lookup(account: str) -> str:
        """Look an account up."""
        return f"found {account}"

    ctx = RunContext(model="m")
    ctx.register_func(lookup)
    ctx.register_func(transfer, requires_confirmation=True)
    with pytest.raises(DeferredToolCallsException) as info:
        client.beta.conversations.run(ctx, "go")
    paused = info.value
    assert [r.result for r in paused.executed_results] == ["found a"]
    assert [e.type for e in paused.outputs] == ["function.call", "function.call", "function.result"]
    answers = [*paused.executed_results, paused.deferred_calls[0].confirm()]
    result = client.beta.conversations.run(ctx, answers)
    assert result.output_as_text == "call_lookup=found a; call_transfer=sent 10 to a"
    assert isinstance(result.input_entries[0], FunctionResultEntry)


def test_streamed_run_pauses_and_resumes_sync(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(transfer, requires_confirmation=True)
    seen: list[object] = []
    with pytest.raises(DeferredToolCallsException) as info:
        for item in client.beta.conversations.run_stream(ctx, "pay"):
            seen.append(item)
    assert [i.event for i in seen if isinstance(i, RunResultEvents)][-1] == (
        "conversation.response.done"
    )
    assert CALLS == []
    answer = info.value.deferred_calls[0].confirm({"account": "bob"})
    *events, result = list(client.beta.conversations.run_stream(ctx, [answer]))
    assert isinstance(result, RunResult)
    assert CALLS == [{"account": "bob", "amount": 10}]
    assert result.output_as_text == "Tool results: sent 10 to bob"
    assert all(isinstance(e, RunResultEvents) for e in events)


async def test_prepare_requests_2x(client: Mistral, fake_server: FakeMistralServer) -> None:
    import pydantic

    from mistralai.client.models import CompletionArgs

    class Answer(pydantic.BaseModel):
        text: str

    ctx = RunContext(model="m", output_format=Answer)
    ctx.register_func(transfer)
    request = await ctx.prepare_model_request(
        tools=[{"type": "web_search"}], completion_args={"temperature": 0.5}
    )
    assert request["model"] == "m"
    tools = request["tools"]
    assert isinstance(tools, list) and len(tools) == 2
    args = request["completion_args"]
    assert isinstance(args, CompletionArgs) and args.temperature == 0.5
    assert args.response_format is not None and args.response_format.type == "json_schema"

    web = {"type": "web_search"}
    old = {"type": "function", "function": {"name": "transfer", "parameters": {}}}
    agent = client.beta.agents.create(model="m", name="a", tools=[web, old])
    agent_ctx = RunContext(agent_id=agent.id)
    agent_ctx.register_func(transfer)
    assert await agent_ctx.prepare_agent_request(client.beta) == {"agent_id": agent.id}
    updated = client.beta.agents.get(agent_id=agent.id)
    assert [t.type for t in updated.tools or []] == ["web_search", "function"]
    assert updated.tools[1].function.description == "Transfer money."  # type: ignore[index,union-attr]
    with pytest.raises(RunException, match="no model"):
        await agent_ctx.prepare_model_request()
    with pytest.raises(RunException, match="no agent_id"):
        await ctx.prepare_agent_request(client.beta)
