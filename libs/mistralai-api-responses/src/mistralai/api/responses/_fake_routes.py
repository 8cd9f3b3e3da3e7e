"""Fake-server routes for the Responses API: ``POST /v1/responses`` and ``/v1/responses/input_tokens``.

- The answer is ``"You said: <text of the last user input>"`` (as chat completions), or the
  ``x-fake-content`` header; ``model`` and ``input`` are required (422). A
  ``previous_response_id`` must name a response this server created (404 otherwise).
- With ``"stream": true`` the answer is SSE, each event with an ``event:`` line and increasing
  ``sequence_number``: ``response.created``, ``response.in_progress``,
  ``response.output_item.added``, ``response.content_part.added``, one
  ``response.output_text.delta`` per word piece, ``response.output_text.done``,
  ``response.content_part.done``, ``response.output_item.done``, ``response.completed`` (whose
  response equals the JSON answer). ``x-fake-chunk-delay-ms: M`` sleeps between events.
- With function ``tools`` and ``tool_choice`` ``"required"`` (the first tool) or naming one,
  the output is a ``function_call`` of it whose arguments are the smallest instance of its
  ``parameters`` schema (see :func:`called_tool`); streamed, its arguments come in
  ``response.function_call_arguments.delta``/``.done`` events instead of the text events.
- ``input_tokens`` counts the words of ``instructions`` and of every input text.

This package's ``mistralai.testing.routes`` entry point names this module: mistralai-testing's
fake server installs it; the SDK never imports it (mistralai-testing is no dependency).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from mistralai.testing import (
    Record,
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    as_list,
    content_text,
    json_body,
    json_response,
    not_found,
    require,
    schema_instance,
    split_pieces,
    sse_event,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["called_tool", "input_texts", "install"]

_RESPONSES = "responses"
_ECHOED = (
    "instructions",
    "metadata",
    "temperature",
    "top_p",
    "max_output_tokens",
    "max_tool_calls",
    "previous_response_id",
    "prompt_cache_key",
)


def input_texts(body: Record) -> list[tuple[str, str]]:
    """``(role, text)`` of every input item (a plain string input is one user message)."""
    raw = body.get("input")
    if isinstance(raw, str):
        return [("user", raw)]
    texts: list[tuple[str, str]] = []
    for item in map(as_dict, as_list(raw) or []):
        if item is None:
            continue
        if "content" in item:
            texts.append((str(item.get("role") or "user"), content_text(item["content"])))
        elif isinstance(item.get("output"), str):  # a function call's output
            texts.append(("tool", str(item["output"])))
    return texts


def _token_count(body: Record) -> int:
    words = len(str(body.get("instructions") or "").split())
    return max(1, words + sum(len(text.split()) for _, text in input_texts(body)))


def _answer_text(ctx: RequestContext, body: Record) -> str:
    override = ctx.header("x-fake-content")
    if override is not None:
        return override
    for role, text in reversed(input_texts(body)):
        if role == "user":
            return "You said: " + text
    return "You said: "


def called_tool(body: Record) -> Record | None:
    """The function tool the answer calls: the one named by ``tool_choice``, or the first with
    ``tool_choice="required"``; none once the input ends with a function call's output (the
    model then answers with text)."""
    tools = [
        t
        for t in map(as_dict, as_list(body.get("tools")) or [])
        if t and t.get("type") == "function"
    ]
    items = as_list(body.get("input")) or []
    if not tools or (items and (as_dict(items[-1]) or {}).get("type") == "function_call_output"):
        return None
    choice = body.get("tool_choice")
    named = as_dict(choice)
    if named is not None:
        return next((t for t in tools if t.get("name") == named.get("name")), None)
    return tools[0] if choice == "required" else None


def _output_item(ctx: RequestContext, body: Record) -> Record:
    tool = called_tool(body)
    if tool is not None:
        return {
            "type": "function_call",
            "id": "fc_" + uuid.uuid4().hex[:24],
            "call_id": "call_" + uuid.uuid4().hex[:24],
            "name": tool["name"],
            "arguments": json.dumps(schema_instance(tool.get("parameters") or {}) or {}),
            "status": "completed",
        }
    text = _answer_text(ctx, body)
    return {
        "type": "message",
        "id": "msg_" + uuid.uuid4().hex[:24],
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
    }


def _item_text(item: Record) -> str:
    if item["type"] == "function_call":
        return str(item["arguments"])
    return str(item["content"][0]["text"])


def _response(body: Record, item: Record, *, response_id: str, created: float) -> Record:
    """The completed response object whose single output is ``item``."""
    prompt_tokens = _token_count(body)
    completion_tokens = max(1, len(_item_text(item).split()))
    return {
        "id": response_id,
        "object": "response",
        "created_at": created,
        "completed_at": created,
        "status": "completed",
        "model": body["model"],
        "output": [item],
        "parallel_tool_calls": body.get("parallel_tool_calls") is not False,
        "tool_choice": body.get("tool_choice") or "auto",
        "tools": body.get("tools") or [],
        "text": body.get("text") or {"format": {"type": "text"}},
        "truncation": "disabled",
        "error": None,
        "incomplete_details": None,
        **{key: body.get(key) for key in _ECHOED},
        "usage": {
            "input_tokens": prompt_tokens,
            "input_tokens_details": {"cache_write_tokens": 0, "cached_tokens": 0},
            "output_tokens": completion_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _item_frames(item: Record) -> list[Record]:
    """The events between ``output_item.added`` and ``output_item.done`` for ``item``."""
    where: Record = {"item_id": item["id"], "output_index": 0}
    if item["type"] == "function_call":
        arguments = str(item["arguments"])
        return [
            {"type": "response.function_call_arguments.delta", **where, "delta": arguments},
            {
                "type": "response.function_call_arguments.done",
                **where,
                "name": item["name"],
                "arguments": arguments,
            },
        ]
    text = _item_text(item)
    where["content_index"] = 0
    part: Record = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
    return [
        {"type": "response.content_part.added", **where, "part": part},
        *(
            {"type": "response.output_text.delta", **where, "delta": piece, "logprobs": []}
            for piece in split_pieces(text)
        ),
        {"type": "response.output_text.done", **where, "text": text, "logprobs": []},
        {"type": "response.content_part.done", **where, "part": {**part, "text": text}},
    ]


def _events(final: Record) -> Iterator[bytes]:
    item: Record = final["output"][0]
    in_progress: Record = {
        **final,
        "status": "in_progress",
        "completed_at": None,
        "output": [],
        "usage": None,
    }
    started: Record = {**item, "status": "in_progress"}
    if item["type"] == "function_call":
        started["arguments"] = ""
    else:
        started["content"] = []
    frames: list[Record] = [
        {"type": "response.created", "response": in_progress},
        {"type": "response.in_progress", "response": in_progress},
        {"type": "response.output_item.added", "output_index": 0, "item": started},
        *_item_frames(item),
        {"type": "response.output_item.done", "output_index": 0, "item": item},
        {"type": "response.completed", "response": final},
    ]
    for number, frame in enumerate(frames):
        yield sse_event({**frame, "sequence_number": number}, event=str(frame["type"]))


def _delay(ctx: RequestContext) -> float:
    raw = ctx.header("x-fake-chunk-delay-ms")
    try:
        return max(0.0, float(raw)) / 1000.0 if raw else 0.0
    except ValueError:
        return 0.0


def _create(ctx: RequestContext) -> Response | StreamResponse:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "model", "input")) is not None:
        return error
    previous = body.get("previous_response_id")
    response_id = "resp_" + uuid.uuid4().hex
    item = _output_item(ctx, body)
    final = _response(body, item, response_id=response_id, created=time.time())
    with ctx.server.lock:
        responses: dict[str, Any] = ctx.server.state.setdefault(_RESPONSES, {})
        if previous is not None and previous not in responses:
            return not_found("Response", str(previous))
        responses[response_id] = final
    if body.get("stream") is True:
        return StreamResponse(_events(final), delay_s=_delay(ctx))
    return json_response(final)


def _count_input_tokens(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "model", "input")) is not None:
        return error
    return json_response({"object": "response.input_tokens", "input_tokens": _token_count(body)})


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("POST", r"/v1/responses", _create)
    server.add_route("POST", r"/v1/responses/input_tokens", _count_input_tokens)
