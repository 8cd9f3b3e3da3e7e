"""GenAI semantic conventions: which requests are GenAI operations, and the span attributes
taken from their request and response bodies (plain dicts)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, cast

from opentelemetry import trace
from opentelemetry.trace import Span, Tracer

from mistralai.telemetry._formatting import (
    format_input_message,
    format_output_message,
    format_tool_definition,
)

PROVIDER_NAME = "mistral_ai"


class GenAIOperation(StrEnum):
    """``gen_ai.operation.name`` values used by this SDK."""

    CHAT = "chat"
    TEXT_COMPLETION = "text_completion"
    EMBEDDINGS = "embeddings"
    CREATE_AGENT = "create_agent"
    INVOKE_AGENT = "invoke_agent"
    EXECUTE_TOOL = "execute_tool"
    GENERATE_CONTENT = "generate_content"


class Attr:
    """Attribute names (GenAI, HTTP, server, error conventions; ``mistral_ai.*`` our own)."""

    OPERATION = "gen_ai.operation.name"
    PROVIDER = "gen_ai.provider.name"
    REQUEST_MODEL = "gen_ai.request.model"
    RESPONSE_ID = "gen_ai.response.id"
    RESPONSE_MODEL = "gen_ai.response.model"
    FINISH_REASONS = "gen_ai.response.finish_reasons"
    INPUT_TOKENS = "gen_ai.usage.input_tokens"
    OUTPUT_TOKENS = "gen_ai.usage.output_tokens"
    INPUT_MESSAGES = "gen_ai.input.messages"
    OUTPUT_MESSAGES = "gen_ai.output.messages"
    SYSTEM_INSTRUCTIONS = "gen_ai.system_instructions"
    TOOL_DEFINITIONS = "gen_ai.tool.definitions"
    CONVERSATION_ID = "gen_ai.conversation.id"
    AGENT_ID = "gen_ai.agent.id"
    AGENT_NAME = "gen_ai.agent.name"
    AGENT_DESCRIPTION = "gen_ai.agent.description"
    AGENT_VERSION = "gen_ai.agent.version"
    TOOL_NAME = "gen_ai.tool.name"
    TOOL_CALL_ID = "gen_ai.tool.call.id"
    TOOL_CALL_ARGUMENTS = "gen_ai.tool.call.arguments"
    TOOL_CALL_RESULT = "gen_ai.tool.call.result"
    TOOL_TYPE = "gen_ai.tool.type"
    HTTP_METHOD = "http.request.method"
    HTTP_STATUS = "http.response.status_code"
    URL_FULL = "url.full"
    HTTP_URL = "http.url"
    """The older name of ``url.full``, which 2.x set: kept for dashboards built on it."""
    TRACE_PUBLIC = "agent.trace.public"
    SERVER_ADDRESS = "server.address"
    SERVER_PORT = "server.port"
    ERROR_TYPE = "error.type"
    MISTRAL_ERROR_CODE = "mistral_ai.error.code"
    OCR_PAGES = "mistral_ai.ocr.usage.pages_processed"
    OCR_DOC_SIZE = "mistral_ai.ocr.usage.doc_size_bytes"


# Request parameters -> attributes (none of them is content).
_REQUEST_PARAMS = {
    "model": Attr.REQUEST_MODEL,
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "top_k": "gen_ai.request.top_k",
    "max_tokens": "gen_ai.request.max_tokens",
    "random_seed": "gen_ai.request.seed",
    "stop": "gen_ai.request.stop_sequences",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "n": "gen_ai.request.choice.count",
    "encoding_formats": "gen_ai.request.encoding_formats",
}

# (method, path suffix regex, operation): matched on the end of the URL path, so a base URL
# with a path prefix (a proxy, a provider) still matches.
_ROUTES: list[tuple[str, re.Pattern[str], GenAIOperation]] = [
    ("POST", re.compile(r"/v1/chat/completions$"), GenAIOperation.CHAT),
    ("POST", re.compile(r"/v1/fim/completions$"), GenAIOperation.TEXT_COMPLETION),
    ("POST", re.compile(r"/v1/embeddings$"), GenAIOperation.EMBEDDINGS),
    ("POST", re.compile(r"/v1/agents/completions$"), GenAIOperation.INVOKE_AGENT),
    ("POST", re.compile(r"/v1/agents$"), GenAIOperation.CREATE_AGENT),
    ("PATCH", re.compile(r"/v1/agents/[^/]+(/version)?$"), GenAIOperation.CREATE_AGENT),
    (
        "POST",
        re.compile(r"/v1/conversations(/[^/]+(/restart)?)?(/stream)?$"),
        GenAIOperation.INVOKE_AGENT,
    ),
    ("POST", re.compile(r"/v1/ocr$"), GenAIOperation.GENERATE_CONTENT),
]

# 2.x named operations by their operation id: the same rules, for the 2.x helper functions.
_BY_OPERATION_ID: list[tuple[str, GenAIOperation]] = [
    ("chat_completion", GenAIOperation.CHAT),
    ("stream_chat", GenAIOperation.CHAT),
    ("agents_completion", GenAIOperation.INVOKE_AGENT),
    ("stream_agents", GenAIOperation.INVOKE_AGENT),
    ("fim", GenAIOperation.TEXT_COMPLETION),
    ("embeddings", GenAIOperation.EMBEDDINGS),
    ("ocr_post", GenAIOperation.GENERATE_CONTENT),
]


def operation_for(method: str, path: str) -> GenAIOperation | None:
    for route_method, pattern, op in _ROUTES:
        if method == route_method and pattern.search(path):
            return op
    return None


def operation_for_id(operation_id: str) -> GenAIOperation | None:
    if ("agents_create" in operation_id or "agents_update" in operation_id) and (
        "alias" not in operation_id
    ):
        return GenAIOperation.CREATE_AGENT
    if "conversations" in operation_id and any(
        verb in operation_id for verb in ("start", "append", "restart")
    ):
        return GenAIOperation.INVOKE_AGENT
    for needle, op in _BY_OPERATION_ID:
        if needle in operation_id or operation_id == needle:
            return op
    return None


def span_name(op: GenAIOperation, body: dict[str, Any]) -> str:
    """``{operation} {model}``, or ``{operation} {agent name}`` for agent operations."""
    key = "name" if op in (GenAIOperation.CREATE_AGENT, GenAIOperation.INVOKE_AGENT) else "model"
    if op is GenAIOperation.EXECUTE_TOOL:
        key = "name"
    target = body.get(key)
    return f"{op.value} {target}" if target else op.value


def set_available(span: Span, attributes: dict[str, Any]) -> None:
    """Set the attributes that have a value (``None``, ``""``, ``[]`` and ``0``-less empties
    are left out, as OpenTelemetry refuses ``None``)."""
    for name, value in attributes.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, dict):
            value = json.dumps(value)
        span.set_attribute(name, value)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def enrich_request(span: Span, op: GenAIOperation, body: dict[str, Any], content: bool) -> None:
    span.update_name(span_name(op, body))
    attributes: dict[str, Any] = {Attr.OPERATION: op.value, Attr.PROVIDER: PROVIDER_NAME}
    for key, attribute in _REQUEST_PARAMS.items():
        value = body.get(key)
        if isinstance(value, str | int | float | bool) or (
            isinstance(value, list) and all(isinstance(v, str) for v in cast(list[Any], value))
        ):
            attributes[attribute] = value
    if content:
        messages = body.get("messages") or body.get("inputs")
        if isinstance(messages, str):
            messages = [{"role": "user", "content": messages}]
        if isinstance(messages, list):
            formatted = [
                format_input_message(cast(dict[str, Any], m))
                for m in cast(list[Any], messages)
                if isinstance(m, dict)
            ]
            attributes[Attr.INPUT_MESSAGES] = _dumps(formatted)
        if op is GenAIOperation.TEXT_COMPLETION and isinstance(body.get("prompt"), str):
            prompt = [{"role": "user", "parts": [{"type": "text", "content": body["prompt"]}]}]
            attributes[Attr.INPUT_MESSAGES] = _dumps(prompt)
        tools = body.get("tools")
        if isinstance(tools, list):
            defs = [
                format_tool_definition(cast(dict[str, Any], t))
                for t in cast(list[Any], tools)
                if isinstance(t, dict)
            ]
            kept = [d for d in defs if d]
            if kept:
                attributes[Attr.TOOL_DEFINITIONS] = _dumps(kept)
    set_available(span, attributes)


def enrich_response(
    tracer: Tracer, span: Span, op: GenAIOperation, data: dict[str, Any], content: bool
) -> None:
    attributes: dict[str, Any] = {Attr.RESPONSE_MODEL: data.get("model")}
    if op is not GenAIOperation.CREATE_AGENT:  # there, `id` is the agent's
        attributes[Attr.RESPONSE_ID] = data.get("id")
    raw_choices = cast(list[Any], data.get("choices") or [])
    choices = [cast(dict[str, Any], c) for c in raw_choices if isinstance(c, dict)]
    reasons = [c["finish_reason"] for c in choices if c.get("finish_reason")]
    if reasons:
        attributes[Attr.FINISH_REASONS] = reasons
    if content and choices:
        attributes[Attr.OUTPUT_MESSAGES] = _dumps([format_output_message(c) for c in choices])
    usage = data.get("usage")
    if isinstance(usage, dict):
        counts = cast(dict[str, Any], usage)
        attributes[Attr.INPUT_TOKENS] = int(counts.get("prompt_tokens") or 0)
        attributes[Attr.OUTPUT_TOKENS] = int(counts.get("completion_tokens") or 0)
    set_available(span, attributes)
    if op is GenAIOperation.CREATE_AGENT:
        agent: dict[str, Any] = {
            Attr.AGENT_ID: data.get("id"),
            Attr.AGENT_NAME: data.get("name"),
            Attr.AGENT_DESCRIPTION: data.get("description"),
            Attr.AGENT_VERSION: None if data.get("version") is None else str(data["version"]),
            Attr.REQUEST_MODEL: data.get("model"),
        }
        if content:
            agent[Attr.SYSTEM_INSTRUCTIONS] = data.get("instructions")
        set_available(span, agent)
    elif op is GenAIOperation.INVOKE_AGENT:
        set_available(span, {Attr.CONVERSATION_ID: data.get("conversation_id")})
        _conversation_outputs(tracer, span, data.get("outputs"), content)
    elif op is GenAIOperation.GENERATE_CONTENT:
        info = data.get("usage_info")
        if isinstance(info, dict):
            ocr = cast(dict[str, Any], info)
            set_available(
                span,
                {
                    Attr.OCR_PAGES: ocr.get("pages_processed"),
                    Attr.OCR_DOC_SIZE: ocr.get("doc_size_bytes"),
                },
            )


def parse_time_to_nanos(ts: str) -> int:
    """An ISO 8601 time (``Z`` allowed) as nanoseconds since the epoch."""
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1_000_000_000)


def _conversation_outputs(tracer: Tracer, parent: Span, outputs: object, content: bool) -> None:
    """One child span per tool execution and per message output of a conversation, timed by
    the server's ``created_at``/``completed_at``."""
    if not isinstance(outputs, list):
        return
    context = trace.set_span_in_context(parent)
    for raw in cast(list[Any], outputs):
        if not isinstance(raw, dict):
            continue
        entry = cast(dict[str, Any], raw)
        kind = entry.get("type")
        if kind not in ("tool.execution", "message.output"):
            continue
        try:
            start = parse_time_to_nanos(str(entry["created_at"]))
            end = parse_time_to_nanos(str(entry["completed_at"]))
        except (KeyError, ValueError):
            continue
        if kind == "tool.execution":
            op = GenAIOperation.EXECUTE_TOOL
            child = tracer.start_span(span_name(op, entry), context=context, start_time=start)
            attributes: dict[str, Any] = {
                Attr.OPERATION: op.value,
                Attr.PROVIDER: PROVIDER_NAME,
                Attr.TOOL_CALL_ID: entry.get("id"),
                Attr.TOOL_NAME: entry.get("name"),
                Attr.TOOL_TYPE: "extension",
            }
            if content:
                for key, attribute in (
                    ("arguments", Attr.TOOL_CALL_ARGUMENTS),
                    ("info", Attr.TOOL_CALL_RESULT),
                ):
                    value = entry.get(key)
                    if value:
                        attributes[attribute] = value if isinstance(value, str) else _dumps(value)
        else:
            op = GenAIOperation.CHAT
            child = tracer.start_span(span_name(op, entry), context=context, start_time=start)
            attributes = {
                Attr.OPERATION: op.value,
                Attr.PROVIDER: PROVIDER_NAME,
                Attr.RESPONSE_ID: entry.get("id"),
                Attr.AGENT_ID: entry.get("agent_id"),
                Attr.RESPONSE_MODEL: entry.get("model"),
            }
            if content:
                choice = {"message": entry, "finish_reason": entry.get("finish_reason", "")}
                attributes[Attr.OUTPUT_MESSAGES] = _dumps([format_output_message(choice)])
        child.set_attribute(Attr.TRACE_PUBLIC, "")
        set_available(child, attributes)
        child.end(end_time=end)


def conversation_stream_to_response(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Conversation stream events folded into a conversation-response-shaped dict."""
    result: dict[str, Any] = {}
    text: list[str] = []
    for event in events:
        kind = event.get("type")
        if kind == "conversation.response.started":
            result["conversation_id"] = event.get("conversation_id")
        elif kind == "conversation.response.done":
            result["usage"] = event.get("usage")
        elif kind == "message.output.delta":
            content = event.get("content")
            if isinstance(content, str):
                text.append(content)
            result.setdefault("model", event.get("model"))
            result.setdefault("id", event.get("id"))
    if text:
        message = {"role": "assistant", "content": "".join(text)}
        result["choices"] = [{"message": message, "finish_reason": ""}]
    return result
