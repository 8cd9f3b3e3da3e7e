"""Fake-server routes for agents and conversations: stateful, deterministic, real SSE.

Agents (``/v1/agents...``): create, list (``page``/``page_size``; ``/v1/agents/pages`` with an
opaque ``page_token``), get (``agent_version``: a number or an alias), update (every update
makes a new version), delete, switch version, list/get versions, aliases (PUT/GET/DELETE).
``POST /v1/agents/completions`` answers like chat completions (JSON, or SSE ending with
``data: [DONE]``) with the agent's model, tools and completion arguments.

Conversations (``/v1/conversations...``): start, append, restart (``from_entry_id``: the new
conversation keeps the entries up to and including that entry), list, get, history,
messages, delete. With ``"stream": true`` the same URLs answer SSE events
(``event: <type>`` + JSON ``data``): ``conversation.response.started``,
``message.output.delta`` (the answer split into words) or ``function.call.delta`` (the
arguments in two pieces), then ``conversation.response.done`` with the usage. Conversation
streams have no ``[DONE]``.

The fake model of a conversation answers:

- when the request's inputs hold ``function.result`` entries: a ``message.output`` whose text
  echoes the results (``"Tool results: <result>"``, one line per result);
- when the conversation has function tools (given inline on start, or the agent's) and the
  last input is a user message: a ``function.call`` of the first function tool, with
  arguments filling the function's required parameters minimally from its JSON schema;
- with a ``response_format`` of type ``json_schema`` in the completion arguments (of the
  request, the conversation or the agent): the smallest JSON value matching the schema;
- otherwise ``"You said: <text of the last user message>"`` (``x-fake-content`` replaces it).

Prompts and skills (``/v2/prompts...``, ``/v2/skills...``): create, list (``pageSize`` /
``pageToken`` / ``alias``), get (``version`` or ``alias``), update metadata, delete, and
versions (create: a new version unless the definition is unchanged, ``deduplicated``; list;
get; update notes and aliases, an alias naming one version at a time).

State lives in ``server.state["agents"]`` / ``["agent_aliases"]`` / ``["conversations"]`` /
``["registry:prompts"]`` / ``["registry:skills"]`` under ``server.lock``.

This package's ``mistralai.testing.routes`` entry point names this module: mistralai-testing's
fake server installs it; the SDK never imports it (mistralai-testing is no dependency).
"""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mistralai.testing import (
    HEADER_CONTENT,
    HEADER_DELAY_MS,
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    as_list,
    chat_completions,
    content_text,
    dumps,
    error_response,
    json_response,
    schema_instance,
    split_pieces,
    sse_event,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["install"]

_ids = itertools.count(1)

_AGENT_FIELDS = (
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "model",
    "name",
    "description",
    "handoffs",
    "metadata",
    "version_message",
)


def _new_id(prefix: str) -> str:
    return f"{prefix}_{next(_ids):024x}"


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _body(ctx: RequestContext) -> tuple[dict[str, Any], Response | None]:
    if not ctx.body:
        return {}, None
    try:
        data = ctx.json()
    except ValueError as exc:
        return {}, validation_error(
            {"type": "json_invalid", "loc": ["body", 0], "msg": "JSON decode error: " + str(exc)}
        )
    obj = as_dict(data)
    if obj is None:
        return {}, validation_error(
            {"type": "model_attributes_type", "loc": ["body"], "msg": "Input should be an object"}
        )
    return obj, None


def _missing(body: Mapping[str, Any], required: Mapping[str, type]) -> Response | None:
    errors: list[dict[str, object]] = []
    for name, kind in required.items():
        if name not in body:
            errors.append({"type": "missing", "loc": ["body", name], "msg": "Field required"})
        elif not isinstance(body[name], kind):
            errors.append(
                {"type": "type_error", "loc": ["body", name], "msg": f"Input should be {kind}"}
            )
    return validation_error(*errors) if errors else None


def _query_int(ctx: RequestContext, name: str, default: int) -> int:
    values = ctx.query_params.get(name)
    if not values:
        return default
    try:
        return int(values[0])
    except ValueError:
        return default


def _query_str(ctx: RequestContext, name: str) -> str | None:
    values = ctx.query_params.get(name)
    return values[0] if values else None


def _no_content() -> Response:
    return Response(status=204, body=b"")


def _not_found(what: str, ident: str) -> Response:
    return error_response(404, f"{what} not found: {ident}", type="not_found")


# --------------------------------------------------------------------------- agents


def _agents(server: FakeMistralServer) -> dict[str, dict[str, Any]]:
    return server.state.setdefault("agents", {})


def _aliases(server: FakeMistralServer) -> dict[str, dict[str, dict[str, Any]]]:
    return server.state.setdefault("agent_aliases", {})


def _agent_view(record: Mapping[str, Any], version: int | None = None) -> dict[str, Any]:
    """The ``Agent`` object of ``record`` at ``version`` (default: the current one)."""
    snapshots: dict[int, dict[str, Any]] = record["snapshots"]
    current: int = record["version"]
    chosen = current if version is None else version
    snap = snapshots[chosen]
    return {
        **snap,
        "object": "agent",
        "id": record["id"],
        "version": chosen,
        "versions": sorted(snapshots),
        "created_at": record["created_at"],
        "updated_at": snap["updated_at"],
        "deployment_chat": False,
        "source": "api",
    }


def _create_agent(ctx: RequestContext) -> Response:
    body, err = _body(ctx)
    if err is not None:
        return err
    err = _missing(body, {"model": str, "name": str})
    if err is not None:
        return err
    now = _now()
    agent_id = _new_id("ag")
    snap = {k: body.get(k) for k in _AGENT_FIELDS}
    snap["tools"] = snap["tools"] or []
    snap["updated_at"] = now
    record = {"id": agent_id, "created_at": now, "version": 0, "snapshots": {0: snap}}
    with ctx.server.lock:
        _agents(ctx.server)[agent_id] = record
        return json_response(_agent_view(record))


def _list_agents_filtered(ctx: RequestContext) -> list[dict[str, Any]]:
    name = _query_str(ctx, "name")
    search = _query_str(ctx, "search")
    ident = _query_str(ctx, "id")
    with ctx.server.lock:
        views = [_agent_view(r) for r in _agents(ctx.server).values()]
    if name is not None:
        views = [v for v in views if v["name"] == name]
    if search is not None:
        views = [v for v in views if search in v["name"] or search in v["id"]]
    if ident is not None:
        views = [v for v in views if v["id"] == ident]
    return views


def _list_agents(ctx: RequestContext) -> Response:
    views = _list_agents_filtered(ctx)
    page = _query_int(ctx, "page", 0)
    size = max(1, _query_int(ctx, "page_size", 20))
    return json_response(views[page * size : (page + 1) * size])


def _list_agent_pages(ctx: RequestContext) -> Response:
    views = _list_agents_filtered(ctx)
    size = max(1, _query_int(ctx, "page_size", 20))
    token = _query_str(ctx, "page_token")
    start = int(token) if token and token.isdigit() else 0
    end = start + size
    return json_response(
        {
            "object": "list",
            "data": views[start:end],
            "next_page_token": str(end) if end < len(views) else None,
        }
    )


def _resolve_version(
    ctx: RequestContext, record: Mapping[str, Any], raw: str | None
) -> int | Response:
    if raw is None:
        return int(record["version"])
    if raw.lstrip("-").isdigit():
        version = int(raw)
    else:
        alias = _aliases(ctx.server).get(record["id"], {}).get(raw)
        if alias is None:
            return _not_found("Agent alias", raw)
        version = int(alias["version"])
    if version not in record["snapshots"]:
        return _not_found("Agent version", raw)
    return version


def _get_agent(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    with ctx.server.lock:
        record = _agents(ctx.server).get(agent_id)
        if record is None:
            return _not_found("Agent", agent_id)
        version = _resolve_version(ctx, record, _query_str(ctx, "agent_version"))
        if isinstance(version, Response):
            return version
        return json_response(_agent_view(record, version))


def _update_agent(ctx: RequestContext) -> Response:
    body, err = _body(ctx)
    if err is not None:
        return err
    agent_id = ctx.params["agent_id"]
    with ctx.server.lock:
        record = _agents(ctx.server).get(agent_id)
        if record is None:
            return _not_found("Agent", agent_id)
        snapshots: dict[int, dict[str, Any]] = record["snapshots"]
        snap = dict(snapshots[record["version"]])
        for key in _AGENT_FIELDS:
            if key in body:
                snap[key] = body[key]
        snap["tools"] = snap.get("tools") or []
        snap["updated_at"] = _now()
        version = max(snapshots) + 1
        snapshots[version] = snap
        record["version"] = version
        return json_response(_agent_view(record))


def _delete_agent(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    with ctx.server.lock:
        if _agents(ctx.server).pop(agent_id, None) is None:
            return _not_found("Agent", agent_id)
        _aliases(ctx.server).pop(agent_id, None)
    return _no_content()


def _switch_version(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    with ctx.server.lock:
        record = _agents(ctx.server).get(agent_id)
        if record is None:
            return _not_found("Agent", agent_id)
        version = _resolve_version(ctx, record, _query_str(ctx, "version") or "")
        if isinstance(version, Response):
            return version
        record["version"] = version
        return json_response(_agent_view(record))


def _list_versions(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    page = _query_int(ctx, "page", 0)
    size = max(1, _query_int(ctx, "page_size", 20))
    with ctx.server.lock:
        record = _agents(ctx.server).get(agent_id)
        if record is None:
            return _not_found("Agent", agent_id)
        views = [_agent_view(record, v) for v in sorted(record["snapshots"], reverse=True)]
    return json_response(views[page * size : (page + 1) * size])


def _get_version(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    with ctx.server.lock:
        record = _agents(ctx.server).get(agent_id)
        if record is None:
            return _not_found("Agent", agent_id)
        version = _resolve_version(ctx, record, ctx.params["version"])
        if isinstance(version, Response):
            return version
        return json_response(_agent_view(record, version))


def _put_alias(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    alias = _query_str(ctx, "alias")
    raw_version = _query_str(ctx, "version")
    if not alias or raw_version is None or not raw_version.isdigit():
        return validation_error(
            {"type": "missing", "loc": ["query", "alias/version"], "msg": "Field required"}
        )
    with ctx.server.lock:
        record = _agents(ctx.server).get(agent_id)
        if record is None:
            return _not_found("Agent", agent_id)
        if int(raw_version) not in record["snapshots"]:
            return _not_found("Agent version", raw_version)
        aliases = _aliases(ctx.server).setdefault(agent_id, {})
        now = _now()
        previous = aliases.get(alias)
        entry = {
            "alias": alias,
            "version": int(raw_version),
            "created_at": previous["created_at"] if previous else now,
            "updated_at": now,
        }
        aliases[alias] = entry
        return json_response(entry)


def _list_aliases(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    with ctx.server.lock:
        if agent_id not in _agents(ctx.server):
            return _not_found("Agent", agent_id)
        return json_response(list(_aliases(ctx.server).get(agent_id, {}).values()))


def _delete_alias(ctx: RequestContext) -> Response:
    agent_id = ctx.params["agent_id"]
    alias = _query_str(ctx, "alias") or ""
    with ctx.server.lock:
        if _aliases(ctx.server).get(agent_id, {}).pop(alias, None) is None:
            return _not_found("Agent alias", alias)
    return _no_content()


def _agents_completion(ctx: RequestContext) -> Response | StreamResponse:
    body, err = _body(ctx)
    if err is not None:
        return err
    err = _missing(body, {"agent_id": str, "messages": list})
    if err is not None:
        return err
    with ctx.server.lock:
        record = _agents(ctx.server).get(body["agent_id"])
        agent = None if record is None else _agent_view(record)
    if agent is None:
        return _not_found("Agent", str(body["agent_id"]))
    chat_body: dict[str, Any] = {**body, "model": agent["model"]}
    chat_body.pop("agent_id", None)
    if not chat_body.get("tools") and agent["tools"]:
        chat_body["tools"] = agent["tools"]
    args = as_dict(agent.get("completion_args")) or {}
    for key, value in args.items():
        chat_body.setdefault(key, value)
    chat_ctx = RequestContext(
        server=ctx.server,
        method=ctx.method,
        path="/v1/chat/completions",
        query=ctx.query,
        headers=ctx.headers,
        body=dumps(chat_body),
    )
    return chat_completions(chat_ctx)


# --------------------------------------------------------------------------- conversations


def _conversations(server: FakeMistralServer) -> dict[str, dict[str, Any]]:
    return server.state.setdefault("conversations", {})


def _input_entries(inputs: object, now: str) -> list[dict[str, Any]] | None:
    """``inputs`` (a string or a list of entries) as stored entries with ids, or None."""
    if isinstance(inputs, str):
        items: list[Any] = [{"type": "message.input", "role": "user", "content": inputs}]
    else:
        raw = as_list(inputs)
        if raw is None:
            return None
        items = raw
    entries: list[dict[str, Any]] = []
    for item in items:
        entry = as_dict(item)
        if entry is None:
            return None
        kind = entry.get("type") or ("message.input" if "role" in entry else None)
        if not isinstance(kind, str):
            return None
        prefix = {"function.result": "fr", "function.call": "fc"}.get(kind, "msg")
        stored: dict[str, Any] = {
            **entry,
            "object": "entry",
            "type": kind,
            "id": entry.get("id") or _new_id(prefix),
            "created_at": entry.get("created_at") or now,
            "completed_at": entry.get("completed_at") or now,
        }
        if kind == "message.input":
            stored.setdefault("role", "user")
            stored.setdefault("prefix", False)
        entries.append(stored)
    return entries


def _function_tools(tools: object) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for tool in as_list(tools) or []:
        obj = as_dict(tool)
        if obj is not None and obj.get("type") == "function":
            function = as_dict(obj.get("function"))
            if function is not None and isinstance(function.get("name"), str):
                found.append(function)
    return found


def _conversation_tools(server: FakeMistralServer, meta: Mapping[str, Any]) -> object:
    if "agent_id" in meta:
        record = _agents(server).get(meta["agent_id"])
        if record is None:
            return []
        version = meta.get("agent_version")
        snapshots: dict[int, dict[str, Any]] = record["snapshots"]
        chosen = version if isinstance(version, int) and version in snapshots else None
        return _agent_view(record, chosen)["tools"]
    return meta.get("tools")


def _response_format(
    server: FakeMistralServer, body: Mapping[str, Any], meta: Mapping[str, Any]
) -> object:
    """The JSON schema the answer must follow (request, conversation or agent), or None."""
    candidates: list[object] = [body.get("completion_args"), meta.get("completion_args")]
    if "agent_id" in meta:
        record = _agents(server).get(meta["agent_id"])
        if record is not None:
            candidates.append(_agent_view(record).get("completion_args"))
    for args in candidates:
        fmt = as_dict((as_dict(args) or {}).get("response_format")) or {}
        if fmt.get("type") == "json_schema":
            spec = as_dict(fmt.get("json_schema")) or {}
            return spec.get("schema", {})
    return None


def _answer(
    ctx: RequestContext,
    body: Mapping[str, Any],
    meta: Mapping[str, Any],
    history: list[dict[str, Any]],
    new_inputs: list[dict[str, Any]],
) -> dict[str, Any]:
    """The fake model's output entry for a conversation."""
    now = _now()
    who: dict[str, Any] = (
        {"agent_id": meta["agent_id"], "model": meta.get("model")}
        if "agent_id" in meta
        else {"model": meta.get("model")}
    )
    results = [e for e in new_inputs if e.get("type") == "function.result"]
    override = ctx.headers.get(HEADER_CONTENT)
    if override is not None:
        with contextlib.suppress(UnicodeError):
            override = override.encode("latin-1").decode("utf-8")
    tools = _function_tools(_conversation_tools(ctx.server, meta))
    last = new_inputs[-1] if new_inputs else None
    if (
        not results
        and override is None
        and tools
        and last is not None
        and last.get("type") == "message.input"
        and last.get("role", "user") == "user"
    ):
        function = tools[0]
        args = schema_instance(function.get("parameters") or {"type": "object"})
        return {
            "object": "entry",
            "type": "function.call",
            "created_at": now,
            "completed_at": now,
            **who,
            "id": _new_id("fc"),
            "tool_call_id": _new_id("call")[-9:],
            "name": function["name"],
            "arguments": json.dumps(args, separators=(",", ":")),
        }
    schema = _response_format(ctx.server, body, meta)
    if override is not None:
        text = override
    elif schema is not None:
        text = json.dumps(schema_instance(schema))
    elif results:
        text = "\n".join(f"Tool results: {r.get('result', '')}" for r in results)
    else:
        text = "You said: "
        for entry in reversed(history):
            if entry.get("type") == "message.input" and entry.get("role", "user") == "user":
                text += content_text(entry.get("content"))
                break
    return {
        "object": "entry",
        "type": "message.output",
        "created_at": now,
        "completed_at": now,
        **who,
        "id": _new_id("msg"),
        "role": "assistant",
        "content": text,
    }


def _usage(history: list[dict[str, Any]], output: Mapping[str, Any]) -> dict[str, int]:
    prompt = 0
    for entry in history:
        text = content_text(entry.get("content")) or str(
            entry.get("result", entry.get("arguments", ""))
        )
        prompt += len(text.split())
    prompt = max(1, prompt)
    if output["type"] == "message.output":
        completion = len(split_pieces(str(output["content"])))
    else:
        completion = 1
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _delay(ctx: RequestContext) -> float | Response:
    raw = ctx.headers.get(HEADER_DELAY_MS)
    if raw is None:
        return 0.0
    try:
        value = float(raw) / 1000.0
    except ValueError:
        value = -1.0
    if value < 0:
        return error_response(400, f"{HEADER_DELAY_MS} must be a number >= 0")
    return value


def _stream_events(
    conversation_id: str, output: Mapping[str, Any], usage: Mapping[str, int]
) -> Iterator[bytes]:
    now = _now()
    yield sse_event(
        {
            "type": "conversation.response.started",
            "created_at": now,
            "conversation_id": conversation_id,
        },
        event="conversation.response.started",
    )
    who = {k: output[k] for k in ("model", "agent_id") if output.get(k) is not None}
    if output["type"] == "function.call":
        arguments = str(output["arguments"])
        half = len(arguments) // 2
        for piece in (arguments[:half], arguments[half:]):
            yield sse_event(
                {
                    "type": "function.call.delta",
                    "created_at": now,
                    "output_index": 0,
                    "id": output["id"],
                    **who,
                    "name": output["name"],
                    "tool_call_id": output["tool_call_id"],
                    "arguments": piece,
                },
                event="function.call.delta",
            )
    else:
        for piece in split_pieces(str(output["content"])):
            yield sse_event(
                {
                    "type": "message.output.delta",
                    "created_at": now,
                    "output_index": 0,
                    "id": output["id"],
                    "content_index": 0,
                    **who,
                    "role": "assistant",
                    "content": piece,
                },
                event="message.output.delta",
            )
    yield sse_event(
        {"type": "conversation.response.done", "created_at": _now(), "usage": usage},
        event="conversation.response.done",
    )


def _respond(
    ctx: RequestContext,
    body: Mapping[str, Any],
    conversation_id: str,
    output: dict[str, Any],
    usage: dict[str, int],
) -> Response | StreamResponse:
    if body.get("stream") is True:
        delay = _delay(ctx)
        if isinstance(delay, Response):
            return delay
        return StreamResponse(_stream_events(conversation_id, output, usage), delay_s=delay)
    return json_response(
        {
            "object": "conversation.response",
            "conversation_id": conversation_id,
            "outputs": [output],
            "usage": usage,
        }
    )


def _run_turn(
    ctx: RequestContext,
    body: Mapping[str, Any],
    conversation: dict[str, Any],
    new_inputs: list[dict[str, Any]],
) -> Response | StreamResponse:
    """Append ``new_inputs`` and the fake model's answer (under the lock), then respond."""
    with ctx.server.lock:
        entries: list[dict[str, Any]] = conversation["entries"]
        entries.extend(new_inputs)
        output = _answer(ctx, body, conversation["meta"], entries, new_inputs)
        usage = _usage(entries, output)
        entries.append(output)
        conversation["meta"]["updated_at"] = output["completed_at"]
        conversation_id = conversation["meta"]["id"]
    return _respond(ctx, body, conversation_id, output, usage)


def _start_conversation(ctx: RequestContext) -> Response | StreamResponse:
    body, err = _body(ctx)
    if err is not None:
        return err
    if "inputs" not in body:
        return validation_error(
            {"type": "missing", "loc": ["body", "inputs"], "msg": "Field required"}
        )
    now = _now()
    inputs = _input_entries(body["inputs"], now)
    if inputs is None:
        return validation_error(
            {
                "type": "type_error",
                "loc": ["body", "inputs"],
                "msg": "Input should be a string or a list of entries",
            }
        )
    agent_id, model = body.get("agent_id"), body.get("model")
    if (agent_id is None) == (model is None):
        return error_response(400, "Exactly one of 'agent_id' and 'model' must be given")
    meta: dict[str, Any] = {
        "object": "conversation",
        "id": _new_id("conv"),
        "created_at": now,
        "updated_at": now,
        "name": body.get("name"),
        "description": body.get("description"),
        "metadata": body.get("metadata"),
    }
    if isinstance(agent_id, str):
        with ctx.server.lock:
            record = _agents(ctx.server).get(agent_id)
            if record is None:
                return _not_found("Agent", agent_id)
            version = _resolve_version(
                ctx,
                record,
                None if body.get("agent_version") is None else str(body["agent_version"]),
            )
            if isinstance(version, Response):
                return version
            meta.update(
                agent_id=agent_id,
                agent_version=version,
                model=_agent_view(record, version)["model"],
            )
    else:
        meta.update(
            model=model,
            instructions=body.get("instructions"),
            tools=body.get("tools") or [],
            completion_args=body.get("completion_args") or {},
            guardrails=body.get("guardrails"),
        )
    conversation: dict[str, Any] = {"meta": meta, "entries": []}
    with ctx.server.lock:
        _conversations(ctx.server)[meta["id"]] = conversation
    return _run_turn(ctx, body, conversation, inputs)


def _public_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    if "agent_id" in meta:
        return {k: v for k, v in meta.items() if k not in ("model", "tools", "instructions")}
    return dict(meta)


def _append(ctx: RequestContext) -> Response | StreamResponse:
    body, err = _body(ctx)
    if err is not None:
        return err
    conversation_id = ctx.params["conversation_id"]
    with ctx.server.lock:
        conversation = _conversations(ctx.server).get(conversation_id)
    if conversation is None:
        return _not_found("Conversation", conversation_id)
    inputs = _input_entries(body.get("inputs") or [], _now())
    if inputs is None:
        return validation_error(
            {
                "type": "type_error",
                "loc": ["body", "inputs"],
                "msg": "Input should be a string or a list of entries",
            }
        )
    return _run_turn(ctx, body, conversation, inputs)


def _restart(ctx: RequestContext) -> Response | StreamResponse:
    body, err = _body(ctx)
    if err is not None:
        return err
    err = _missing(body, {"from_entry_id": str})
    if err is not None:
        return err
    conversation_id = ctx.params["conversation_id"]
    inputs = _input_entries(body.get("inputs") or [], _now())
    if inputs is None:
        return validation_error(
            {
                "type": "type_error",
                "loc": ["body", "inputs"],
                "msg": "Input should be a string or a list of entries",
            }
        )
    with ctx.server.lock:
        original = _conversations(ctx.server).get(conversation_id)
        if original is None:
            return _not_found("Conversation", conversation_id)
        old_entries: list[dict[str, Any]] = original["entries"]
        ids = [e.get("id") for e in old_entries]
        if body["from_entry_id"] not in ids:
            return _not_found("Entry", str(body["from_entry_id"]))
        kept = [dict(e) for e in old_entries[: ids.index(body["from_entry_id"]) + 1]]
        now = _now()
        meta = {**original["meta"], "id": _new_id("conv"), "created_at": now, "updated_at": now}
        if body.get("metadata") is not None:
            meta["metadata"] = body["metadata"]
        conversation: dict[str, Any] = {"meta": meta, "entries": kept}
        _conversations(ctx.server)[meta["id"]] = conversation
    return _run_turn(ctx, body, conversation, inputs)


def _list_conversations(ctx: RequestContext) -> Response:
    page = _query_int(ctx, "page", 0)
    size = max(1, _query_int(ctx, "page_size", 100))
    with ctx.server.lock:
        metas = [_public_meta(c["meta"]) for c in _conversations(ctx.server).values()]
    metas.reverse()  # newest first
    return json_response(metas[page * size : (page + 1) * size])


def _get_conversation(ctx: RequestContext) -> Response:
    conversation_id = ctx.params["conversation_id"]
    with ctx.server.lock:
        conversation = _conversations(ctx.server).get(conversation_id)
        if conversation is None:
            return _not_found("Conversation", conversation_id)
        return json_response(_public_meta(conversation["meta"]))


def _delete_conversation(ctx: RequestContext) -> Response:
    conversation_id = ctx.params["conversation_id"]
    with ctx.server.lock:
        if _conversations(ctx.server).pop(conversation_id, None) is None:
            return _not_found("Conversation", conversation_id)
    return _no_content()


def _history(ctx: RequestContext) -> Response:
    conversation_id = ctx.params["conversation_id"]
    with ctx.server.lock:
        conversation = _conversations(ctx.server).get(conversation_id)
        if conversation is None:
            return _not_found("Conversation", conversation_id)
        return json_response(
            {
                "object": "conversation.history",
                "conversation_id": conversation_id,
                "entries": conversation["entries"],
            }
        )


def _messages(ctx: RequestContext) -> Response:
    conversation_id = ctx.params["conversation_id"]
    with ctx.server.lock:
        conversation = _conversations(ctx.server).get(conversation_id)
        if conversation is None:
            return _not_found("Conversation", conversation_id)
        messages = [
            e
            for e in conversation["entries"]
            if e.get("type") in ("message.input", "message.output")
        ]
        return json_response(
            {
                "object": "conversation.messages",
                "conversation_id": conversation_id,
                "messages": messages,
            }
        )


# --------------------------------------------------------------------------- prompts, skills

_REGISTRY_META = ("title", "description", "sharingScope")


def _registry(server: FakeMistralServer, kind: str) -> dict[str, dict[str, Any]]:
    return server.state.setdefault(f"registry:{kind}", {})


def _registry_view(record: Mapping[str, Any], version: int | None = None) -> dict[str, Any]:
    versions: dict[int, dict[str, Any]] = record["versions"]
    latest = max(versions)
    chosen = versions[latest if version is None else version]
    view: dict[str, Any] = {
        "id": record["id"],
        "name": record["name"],
        "definition": chosen["definition"],
        "version": chosen["version"],
        "notes": chosen.get("notes"),
        "aliases": chosen["aliases"],
        "createdAt": record["createdAt"],
        "updatedAt": record["updatedAt"],
        "latestVersion": latest,
    }
    view.update({k: record[k] for k in _REGISTRY_META if record.get(k) is not None})
    return view


def _set_aliases(record: Mapping[str, Any], version: int, aliases: list[Any]) -> None:
    """Point ``aliases`` at ``version`` (an alias names one version at a time)."""
    names = [a for a in aliases if isinstance(a, str)]
    for number, entry in record["versions"].items():
        entry["aliases"] = [a for a in entry["aliases"] if a not in names]
        if number == version:
            entry["aliases"] = [*entry["aliases"], *names]


def _registry_routes(server: FakeMistralServer, kind: str) -> None:
    base = f"/v2/{kind}"
    item = base + r"/(?P<object_id>[^/]+)"
    prefix = kind.rstrip("s")

    def find(ctx: RequestContext) -> dict[str, Any] | Response:
        record = _registry(ctx.server, kind).get(ctx.params["object_id"])
        if record is None:
            return _not_found(prefix.capitalize(), ctx.params["object_id"])
        return record

    def version_of(
        ctx: RequestContext, record: Mapping[str, Any], raw: str | None
    ) -> int | Response:
        if raw is None:
            alias = _query_str(ctx, "alias")
            if alias is None:
                return max(record["versions"])
            for number, entry in record["versions"].items():
                if alias in entry["aliases"]:
                    return int(number)
            return _not_found("Alias", alias)
        if not raw.isdigit() or int(raw) not in record["versions"]:
            return _not_found("Version", raw)
        return int(raw)

    def create(ctx: RequestContext) -> Response:
        body, err = _body(ctx)
        if err is not None:
            return err
        err = _missing(body, {"name": str, "definition": dict})
        if err is not None:
            return err
        now = _now()
        record: dict[str, Any] = {
            "id": _new_id(prefix),
            "name": body["name"],
            "createdAt": now,
            "updatedAt": now,
            "versions": {
                1: {
                    "version": 1,
                    "definition": body["definition"],
                    "notes": body.get("notes"),
                    "aliases": [],
                    "createdAt": now,
                }
            },
        }
        record.update({k: body[k] for k in _REGISTRY_META if k in body})
        _set_aliases(record, 1, as_list(body.get("aliases")) or [])
        with ctx.server.lock:
            _registry(ctx.server, kind)[record["id"]] = record
            return json_response(_registry_view(record))

    def list_all(ctx: RequestContext) -> Response:
        size = max(1, _query_int(ctx, "pageSize", 50))
        token = _query_str(ctx, "pageToken")
        start = int(token) if token and token.isdigit() else 0
        alias = _query_str(ctx, "alias")
        views: list[dict[str, Any]] = []
        with ctx.server.lock:
            for record in _registry(ctx.server, kind).values():
                if alias is None:
                    views.append(_registry_view(record))
                    continue
                for number, entry in record["versions"].items():
                    if alias in entry["aliases"]:  # the object at its aliased version
                        views.append(_registry_view(record, number))
        end = start + size
        return json_response(
            {"data": views[start:end], "nextPageToken": str(end) if end < len(views) else None}
        )

    def get(ctx: RequestContext) -> Response:
        with ctx.server.lock:
            record = find(ctx)
            if isinstance(record, Response):
                return record
            version = version_of(ctx, record, _query_str(ctx, "version"))
            if isinstance(version, Response):
                return version
            return json_response(_registry_view(record, version))

    def delete(ctx: RequestContext) -> Response:
        with ctx.server.lock:
            if _registry(ctx.server, kind).pop(ctx.params["object_id"], None) is None:
                return _not_found(prefix.capitalize(), ctx.params["object_id"])
        return json_response({})

    def update(ctx: RequestContext) -> Response:
        body, err = _body(ctx)
        if err is not None:
            return err
        with ctx.server.lock:
            record = find(ctx)
            if isinstance(record, Response):
                return record
            record.update({k: body[k] for k in _REGISTRY_META if k in body})
            record["updatedAt"] = _now()
            return json_response(_registry_view(record))

    def list_versions(ctx: RequestContext) -> Response:
        with ctx.server.lock:
            record = find(ctx)
            if isinstance(record, Response):
                return record
            versions = sorted(record["versions"].items(), reverse=True)
            return json_response({"data": [dict(v) for _, v in versions]})

    def create_version(ctx: RequestContext) -> Response:
        body, err = _body(ctx)
        if err is not None:
            return err
        err = _missing(body, {"definition": dict})
        if err is not None:
            return err
        with ctx.server.lock:
            record = find(ctx)
            if isinstance(record, Response):
                return record
            latest = max(record["versions"])
            if record["versions"][latest]["definition"] == body["definition"]:
                return json_response({"version": latest, "deduplicated": True})
            now = _now()
            record["versions"][latest + 1] = {
                "version": latest + 1,
                "definition": body["definition"],
                "notes": body.get("notes"),
                "aliases": [],
                "createdAt": now,
            }
            _set_aliases(record, latest + 1, as_list(body.get("aliases")) or [])
            record["updatedAt"] = now
            return json_response({"version": latest + 1, "deduplicated": False})

    def get_version(ctx: RequestContext) -> Response:
        with ctx.server.lock:
            record = find(ctx)
            if isinstance(record, Response):
                return record
            version = version_of(ctx, record, ctx.params["version"])
            if isinstance(version, Response):
                return version
            return json_response(_registry_view(record, version))

    def update_version(ctx: RequestContext) -> Response:
        body, err = _body(ctx)
        if err is not None:
            return err
        with ctx.server.lock:
            record = find(ctx)
            if isinstance(record, Response):
                return record
            version = version_of(ctx, record, ctx.params["version"])
            if isinstance(version, Response):
                return version
            if "notes" in body:
                record["versions"][version]["notes"] = body["notes"]
            aliases = as_dict(body.get("aliases"))
            if aliases is not None:
                wanted = [a for a in as_list(aliases.get("values")) or [] if isinstance(a, str)]
                entry = record["versions"][version]
                entry["aliases"] = []
                _set_aliases(record, version, wanted)
            return json_response(_registry_view(record, version))

    server.add_route("POST", base, create)
    server.add_route("GET", base, list_all)
    server.add_route("GET", item, get)
    server.add_route("DELETE", item, delete)
    server.add_route("PATCH", item, update)
    server.add_route("GET", item + "/versions", list_versions)
    server.add_route("POST", item + "/versions", create_version)
    server.add_route("GET", item + r"/versions/(?P<version>[^/]+)", get_version)
    server.add_route("PATCH", item + r"/versions/(?P<version>[^/]+)", update_version)


def install(server: FakeMistralServer) -> None:
    """Add the agents and conversations routes to ``server``."""
    agent = r"/v1/agents/(?P<agent_id>[^/]+)"
    server.add_route("POST", "/v1/agents", _create_agent)
    server.add_route("GET", "/v1/agents", _list_agents)
    server.add_route("GET", agent, _get_agent)
    server.add_route("PATCH", agent, _update_agent)
    server.add_route("DELETE", agent, _delete_agent)
    # Added after the ``{agent_id}`` routes: newer routes win, so these fixed paths do.
    server.add_route("GET", "/v1/agents/pages", _list_agent_pages)
    server.add_route("POST", "/v1/agents/completions", _agents_completion)
    server.add_route("PATCH", agent + "/version", _switch_version)
    server.add_route("GET", agent + "/versions", _list_versions)
    server.add_route("GET", agent + r"/versions/(?P<version>[^/]+)", _get_version)
    server.add_route("PUT", agent + "/aliases", _put_alias)
    server.add_route("GET", agent + "/aliases", _list_aliases)
    server.add_route("DELETE", agent + "/aliases", _delete_alias)

    conversation = r"/v1/conversations/(?P<conversation_id>[^/]+)"
    server.add_route("POST", "/v1/conversations", _start_conversation)
    server.add_route("GET", "/v1/conversations", _list_conversations)
    server.add_route("GET", conversation, _get_conversation)
    server.add_route("POST", conversation, _append)
    server.add_route("DELETE", conversation, _delete_conversation)
    server.add_route("POST", conversation + "/restart", _restart)
    server.add_route("GET", conversation + "/history", _history)
    server.add_route("GET", conversation + "/messages", _messages)

    _registry_routes(server, "prompts")
    _registry_routes(server, "skills")
