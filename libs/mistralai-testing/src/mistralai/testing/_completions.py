"""Built-in endpoints: chat and FIM completions (JSON and SSE) and the models list.

Answers are deterministic:

- chat: ``"You said: <text of the last user message>"``; with ``response_format`` of type
  ``json_schema``, a minimal JSON instance of the schema (see :func:`schema_instance`); with
  ``json_object``, ``{"answer": "You said: ..."}``; with ``tool_choice`` ``any``/``required`` or
  a named function (and the last message not a tool result), a call of the first/named tool
  whose arguments are a minimal instance of its parameters schema.
- fim: ``"You said: <prompt>"``.
- the ``x-fake-content`` request header replaces the answer text.

Streams split the answer into word pieces (``"You"``, ``" said:"``, ...): concatenating the
deltas gives the answer. ``x-fake-chunks: N`` sends exactly N content events, the pieces
cycling (with a space between cycles). The first event carries ``role: assistant``, the last
``finish_reason: "stop"`` and ``usage``; ``data: [DONE]`` follows.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from mistralai.testing._routing import (
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    as_list,
    dumps,
    error_response,
    json_response,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "CREATED",
    "HEADER_CHUNKS",
    "HEADER_CONTENT",
    "HEADER_DELAY_MS",
    "MODELS",
    "chat_completions",
    "content_text",
    "install_builtin_routes",
    "schema_instance",
    "split_pieces",
]

CREATED = 1700000000
"""The ``created`` timestamp of every generated object."""

HEADER_CHUNKS = "x-fake-chunks"
HEADER_DELAY_MS = "x-fake-chunk-delay-ms"
HEADER_CONTENT = "x-fake-content"

_ids = itertools.count(1)
_SENTINEL = "@@FAKE-CONTENT@@"
_SENTINEL_JSON = dumps(_SENTINEL)
_DONE = b"data: [DONE]\n\n"
_PIECE_RE = re.compile(r"\s*\S+")

MODELS: list[dict[str, Any]] = [
    {
        "id": model_id,
        "object": "model",
        "created": CREATED,
        "owned_by": "mistralai",
        "capabilities": {
            "completion_chat": chat,
            "completion_fim": fim,
            "function_calling": chat,
            "fine_tuning": chat,
            "vision": False,
            "classification": False,
        },
        "name": model_id,
        "description": f"Fake {model_id}",
        "max_context_length": 32768,
        "aliases": [],
        "deprecation": None,
        "default_model_temperature": 0.3,
        "type": "base",
    }
    for model_id, chat, fim in (
        ("mistral-small-latest", True, False),
        ("mistral-large-latest", True, False),
        ("codestral-latest", True, True),
        ("mistral-embed", False, False),
    )
]
_MODELS_BODY = dumps({"object": "list", "data": MODELS})
_MODELS_BY_ID = {m["id"]: dumps(m) for m in MODELS}


def new_id() -> str:
    return f"{next(_ids):032x}"


# --------------------------------------------------------------------------- validation


def _parse_object(ctx: RequestContext) -> tuple[dict[str, Any] | None, Response | None]:
    try:
        data = ctx.json()
    except ValueError as exc:
        return None, validation_error(
            {
                "type": "json_invalid",
                "loc": ["body", 0],
                "msg": "JSON decode error",
                "input": {},
                "ctx": {"error": str(exc)},
            }
        )
    obj = as_dict(data)
    if obj is None:
        return None, validation_error(
            {
                "type": "model_attributes_type",
                "loc": ["body"],
                "msg": "Input should be a valid dictionary or object to extract fields from",
                "input": data,
            }
        )
    return obj, None


_TYPE_ERRORS: dict[type, tuple[str, str]] = {
    str: ("string_type", "Input should be a valid string"),
    list: ("list_type", "Input should be a valid list"),
}


def _validate(
    ctx: RequestContext, fields: Mapping[str, type]
) -> tuple[dict[str, Any], Response | None]:
    """Check the body is an object with the required ``fields`` of the right JSON types."""
    obj, err = _parse_object(ctx)
    if obj is None:
        assert err is not None
        return {}, err
    errors: list[dict[str, object]] = []
    for name, typ in fields.items():
        if name not in obj:
            errors.append(
                {"type": "missing", "loc": ["body", name], "msg": "Field required", "input": obj}
            )
        elif not isinstance(obj[name], typ):
            kind, msg = _TYPE_ERRORS[typ]
            errors.append({"type": kind, "loc": ["body", name], "msg": msg, "input": obj[name]})
    if errors:
        return obj, validation_error(*errors)
    return obj, None


# --------------------------------------------------------------------------- answers


def content_text(content: object) -> str:
    """The text of a message's ``content`` (a string or a list of chunks)."""
    if isinstance(content, str):
        return content
    parts = as_list(content)
    if parts is None:
        return ""
    texts: list[str] = []
    for part in parts:
        chunk = as_dict(part)
        if chunk is not None and isinstance(chunk.get("text"), str):
            texts.append(chunk["text"])
        elif isinstance(part, str):
            texts.append(part)
    return "".join(texts)


def _messages(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    items: list[Any] = as_list(body.get("messages")) or []
    return [m for m in map(as_dict, items) if m is not None]


def _echo(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return "You said: " + content_text(message.get("content"))
    if messages:
        return "You said: " + content_text(messages[-1].get("content"))
    return "You said: "


def _count_tokens(messages: list[dict[str, Any]]) -> int:
    return max(1, sum(len(content_text(m.get("content")).split()) for m in messages))


def _header_text(ctx: RequestContext, name: str) -> str | None:
    raw = ctx.headers.get(name)
    if raw is None:
        return None
    try:  # http.server decodes header bytes as latin-1; undo that for UTF-8 senders
        return raw.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return raw


def _tool_calls(
    body: Mapping[str, Any], messages: list[dict[str, Any]]
) -> list[dict[str, Any]] | None:
    raw_tools: list[Any] = as_list(body.get("tools")) or []
    tools = [t for t in map(as_dict, raw_tools) if t is not None]
    choice = body.get("tool_choice")
    if not tools or (messages and messages[-1].get("role") == "tool"):
        return None
    wanted: str | None = None
    choice_obj = as_dict(choice)
    if choice_obj is not None:
        wanted = (as_dict(choice_obj.get("function")) or {}).get("name")
    elif choice not in ("any", "required"):
        return None
    for tool in tools:
        function = as_dict(tool.get("function")) or {}
        name = function.get("name")
        if isinstance(name, str) and (wanted is None or name == wanted):
            args = schema_instance(function.get("parameters") or {"type": "object"})
            return [
                {
                    "id": new_id()[-9:],
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(args)},
                    "index": 0,
                }
            ]
    return None


def _chat_answer(
    ctx: RequestContext, body: Mapping[str, Any], messages: list[dict[str, Any]]
) -> str:
    override = _header_text(ctx, HEADER_CONTENT)
    if override is not None:
        return override
    response_format = as_dict(body.get("response_format")) or {}
    kind = response_format.get("type")
    if kind == "json_schema":
        spec = as_dict(response_format.get("json_schema")) or {}
        schema = spec.get("schema", spec.get("schema_definition", {}))
        return json.dumps(schema_instance(schema))
    if kind == "json_object":
        return json.dumps({"answer": _echo(messages)})
    return _echo(messages)


# --------------------------------------------------------------------------- JSON schema


_STRING_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "duration": "P1D",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "x@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
}


def _resolve_ref(root: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        return {}
    node: Any = root
    for token in ref[1:].split("/"):
        if not token:
            continue
        mapping = as_dict(node)
        if mapping is None:
            return {}
        node = mapping.get(token.replace("~1", "/").replace("~0", "~"), {})
    return node


def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
    value: int | float = 1
    lo, hi = schema.get("minimum"), schema.get("maximum")
    ex_lo, ex_hi = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(lo, int | float) and value < lo:
        value = lo
    if isinstance(ex_lo, int | float) and not isinstance(ex_lo, bool) and value <= ex_lo:
        value = ex_lo + 1
    if isinstance(hi, int | float) and value > hi:
        value = hi
    if isinstance(ex_hi, int | float) and not isinstance(ex_hi, bool) and value >= ex_hi:
        value = (
            ex_hi - 1
            if integer
            else (ex_hi + (ex_lo if isinstance(ex_lo, int | float) else ex_hi - 2)) / 2
        )
    return int(value) if integer else value


def schema_instance(schema: object, root: Mapping[str, Any] | None = None, _depth: int = 0) -> Any:
    """A minimal JSON value matching ``schema``: required properties only, strings ``"x"``,
    numbers ``1``, booleans ``true``, arrays ``[]`` (or ``minItems`` items), ``enum``/``const``
    first value, ``$ref`` (``#/$defs/...``) resolved, ``anyOf``/``oneOf`` first non-null branch,
    ``allOf`` merged."""
    node = as_dict(schema)
    if node is None or _depth > 40:
        return None
    root = node if root is None else root
    depth = _depth + 1
    ref = node.get("$ref")
    if isinstance(ref, str):
        return schema_instance(_resolve_ref(root, ref), root, depth)
    if "const" in node:
        return node["const"]
    enum = as_list(node.get("enum"))
    if enum:
        return enum[0]
    all_of = as_list(node.get("allOf"))
    if all_of:
        merged: dict[str, Any] = {}
        value: Any = None
        for sub in all_of:
            value = schema_instance(sub, root, depth)
            part = as_dict(value)
            if part is not None:
                merged.update(part)
        return merged if merged else value
    for key in ("anyOf", "oneOf"):
        branches = as_list(node.get(key))
        if branches:
            non_null = [b for b in branches if (as_dict(b) or {}).get("type") != "null"]
            return schema_instance((non_null or branches)[0], root, depth)
    typ = node.get("type")
    types = as_list(typ)
    if types is not None:
        typ = next((t for t in types if t != "null"), "null")
    if typ is None:
        typ = "object" if "properties" in node else "array" if "items" in node else "string"
    if typ == "object":
        props = as_dict(node.get("properties")) or {}
        required = as_list(node.get("required")) or []
        return {
            name: schema_instance(props.get(name, {}), root, depth)
            for name in required
            if isinstance(name, str)
        }
    if typ == "array":
        prefix = as_list(node.get("prefixItems"))
        if prefix is not None:
            return [schema_instance(s, root, depth) for s in prefix]
        count = node.get("minItems", 0)
        count = count if isinstance(count, int) else 0
        return [schema_instance(node.get("items", {}), root, depth) for _ in range(count)]
    if typ == "string":
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt in _STRING_FORMATS:
            return _STRING_FORMATS[fmt]
        min_len, max_len = node.get("minLength"), node.get("maxLength")
        if max_len == 0:
            return ""
        return "x" * max(1, min_len if isinstance(min_len, int) else 1)
    if typ == "integer":
        return _number(node, True)
    if typ == "number":
        return _number(node, False)
    if typ == "boolean":
        return True
    return None


# --------------------------------------------------------------------------- streaming


def split_pieces(text: str) -> list[str]:
    """Word pieces with their leading whitespace; ``"".join(split_pieces(t)) == t``."""
    pieces: list[str] = _PIECE_RE.findall(text)
    if not pieces:
        return [text]
    tail = len(text) - sum(map(len, pieces))
    if tail:
        pieces[-1] += text[len(text) - tail :]
    return pieces


def _template(
    base: Mapping[str, Any], delta: dict[str, Any], finish: str | None, usage: object
) -> tuple[bytes, bytes]:
    chunk: dict[str, Any] = {
        **base,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    if usage is not None:
        chunk["usage"] = usage
    before, after = dumps(chunk).split(_SENTINEL_JSON)
    return b"data: " + before, after + b"\n\n"


def _stream_events(
    cid: str, model: str, answer: str, count: int | None, prompt_tokens: int, object_name: str
) -> Iterator[bytes]:
    pieces = split_pieces(answer)
    n = count if count is not None else len(pieces)
    encoded = [dumps(p) for p in pieces]
    first = pieces[0]
    wrap = dumps(" " + first) if first and not first[0].isspace() else encoded[0]
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": n,
        "total_tokens": prompt_tokens + n,
    }
    base = {"id": cid, "object": object_name, "created": CREATED, "model": model}
    size = len(pieces)

    def piece(i: int) -> bytes:
        j = i % size
        return wrap if j == 0 and i else encoded[j]

    pre, post = _template(
        base,
        {"role": "assistant", "content": _SENTINEL},
        "stop" if n == 1 else None,
        usage if n == 1 else None,
    )
    yield pre + encoded[0] + post
    if n > 2:
        pre, post = _template(base, {"content": _SENTINEL}, None, None)
        if size == 1:
            middle = pre + wrap + post
            for _ in range(n - 2):
                yield middle
        else:
            for i in range(1, n - 1):
                yield pre + piece(i) + post
    if n > 1:
        pre, post = _template(base, {"content": _SENTINEL}, "stop", usage)
        yield pre + piece(n - 1) + post
    yield _DONE


def _tool_call_events(
    cid: str, model: str, calls: list[dict[str, Any]], prompt_tokens: int
) -> Iterator[bytes]:
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": 1,
        "total_tokens": prompt_tokens + 1,
    }
    chunk = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": model,
        "choices": [
            {
                "index": 0,
                "delta": {"role": "assistant", "content": "", "tool_calls": calls},
                "finish_reason": "tool_calls",
            }
        ],
        "usage": usage,
    }
    yield b"data: " + dumps(chunk) + b"\n\n"
    yield _DONE


def _stream_controls(ctx: RequestContext) -> tuple[int | None, float, Response | None]:
    count: int | None = None
    delay = 0.0
    raw = ctx.headers.get(HEADER_CHUNKS)
    if raw is not None:
        try:
            count = int(raw)
        except ValueError:
            count = 0
        if count < 1:
            return None, 0.0, error_response(400, f"{HEADER_CHUNKS} must be an integer >= 1")
    raw = ctx.headers.get(HEADER_DELAY_MS)
    if raw is not None:
        try:
            delay = float(raw) / 1000.0
        except ValueError:
            delay = -1.0
        if delay < 0:
            return None, 0.0, error_response(400, f"{HEADER_DELAY_MS} must be a number >= 0")
    return count, delay, None


def _complete(
    ctx: RequestContext,
    body: Mapping[str, Any],
    answer: str,
    prompt_tokens: int,
    tool_calls: list[dict[str, Any]] | None,
) -> Response | StreamResponse:
    model = str(body["model"])
    cid = new_id()
    if body.get("stream") is True:
        count, delay, err = _stream_controls(ctx)
        if err is not None:
            return err
        if tool_calls is not None:
            return StreamResponse(
                _tool_call_events(cid, model, tool_calls, prompt_tokens), delay_s=delay
            )
        events = _stream_events(cid, model, answer, count, prompt_tokens, "chat.completion.chunk")
        return StreamResponse(events, delay_s=delay)
    completion_tokens = 1 if tool_calls is not None else len(split_pieces(answer))
    return json_response(
        {
            "id": cid,
            "object": "chat.completion",
            "model": model,
            "created": CREATED,
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": "" if tool_calls is not None else answer,
                        "tool_calls": tool_calls,
                        "prefix": False,
                    },
                    "finish_reason": "stop" if tool_calls is None else "tool_calls",
                }
            ],
        }
    )


# --------------------------------------------------------------------------- handlers


def chat_completions(ctx: RequestContext) -> Response | StreamResponse:
    body, err = _validate(ctx, {"model": str, "messages": list})
    if err is not None:
        return err
    messages = _messages(body)
    calls = None if ctx.headers.get(HEADER_CONTENT) is not None else _tool_calls(body, messages)
    answer = "" if calls is not None else _chat_answer(ctx, body, messages)
    return _complete(ctx, body, answer, _count_tokens(messages), calls)


def fim_completions(ctx: RequestContext) -> Response | StreamResponse:
    body, err = _validate(ctx, {"model": str, "prompt": str})
    if err is not None:
        return err
    prompt = str(body["prompt"])
    override = _header_text(ctx, HEADER_CONTENT)
    answer = override if override is not None else "You said: " + prompt
    tokens = max(1, len(prompt.split()) + len(str(body.get("suffix") or "").split()))
    return _complete(ctx, body, answer, tokens, None)


def list_models(ctx: RequestContext) -> Response:
    return Response(body=_MODELS_BODY)


def retrieve_model(ctx: RequestContext) -> Response:
    body = _MODELS_BY_ID.get(ctx.params["model_id"])
    if body is None:
        return error_response(404, f"Model not found: {ctx.params['model_id']}", type="not_found")
    return Response(body=body)


def install_builtin_routes(server: FakeMistralServer) -> None:
    server.add_route("GET", "/v1/models", list_models)
    server.add_route("GET", r"/v1/models/(?P<model_id>[^/]+)", retrieve_model)
    server.add_route("POST", "/v1/chat/completions", chat_completions)
    server.add_route("POST", "/v1/fim/completions", fim_completions)
