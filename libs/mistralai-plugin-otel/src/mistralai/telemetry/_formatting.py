"""Mistral payloads (plain dicts) as the OpenTelemetry GenAI message and tool schemas.

Pure functions, no OpenTelemetry import: the caller serialises the list it builds once
(``json.dumps``) into ``gen_ai.input.messages`` / ``gen_ai.output.messages`` /
``gen_ai.tool.definitions``. Schemas: the GenAI semantic conventions' input-messages,
output-messages and tool-definitions JSON schemas.
"""

from __future__ import annotations

from typing import Any, cast

__all__ = ["format_input_message", "format_output_message", "format_tool_definition"]


def _as_dict(value: object) -> dict[str, Any]:
    return cast(dict[str, Any], value) if isinstance(value, dict) else {}


def _thinking_text(thinking: object) -> str:
    if isinstance(thinking, list):
        texts: list[str] = []
        for item in cast(list[Any], thinking):
            sub = _as_dict(item)
            if sub.get("type") == "text":
                texts.append(str(sub.get("text", "")))
        return "\n".join(texts)
    return str(thinking)


def _part(chunk: object) -> dict[str, Any]:
    if isinstance(chunk, str):
        return {"type": "text", "content": chunk}
    data = _as_dict(chunk)
    kind = str(data.get("type", ""))
    if kind == "text":
        return {"type": "text", "content": data.get("text", "")}
    if kind == "thinking":
        return {"type": "reasoning", "content": _thinking_text(data.get("thinking", ""))}
    if kind == "image_url":
        image = data.get("image_url", {})
        uri = _as_dict(image).get("url", "") if isinstance(image, dict) else str(image)  # pyright: ignore[reportUnknownArgumentType]
        return {"type": "uri", "modality": "image", "uri": uri}
    return {"type": kind}  # other chunk kinds: named, content not mapped


def _content_parts(content: object) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "content": content}]
    if isinstance(content, list):
        return [_part(chunk) for chunk in cast(list[Any], content)]
    return []


def _tool_call_parts(tool_calls: object) -> list[dict[str, Any]]:
    if not isinstance(tool_calls, list):
        return []
    parts: list[dict[str, Any]] = []
    for item in cast(list[Any], tool_calls):
        call = _as_dict(item)
        function = _as_dict(call.get("function"))
        part: dict[str, Any] = {"type": "tool_call", "name": function.get("name", "")}
        if call.get("id") is not None:
            part["id"] = call["id"]
        if function.get("arguments") is not None:
            part["arguments"] = function["arguments"]
        parts.append(part)
    return parts


def _tool_response(response: object, call_id: object) -> dict[str, Any]:
    part: dict[str, Any] = {"type": "tool_call_response", "response": response}
    if call_id is not None:
        part["id"] = call_id
    return part


def format_input_message(message: dict[str, Any]) -> dict[str, Any]:
    """One request message (or conversation entry) as ``{"role", "parts"}``."""
    if message.get("type") == "function.result":  # a conversation entry: the tool's answer
        return {
            "role": "tool",
            "parts": [_tool_response(message.get("result"), message.get("tool_call_id"))],
        }
    role = message.get("role", "unknown")
    if role == "tool":
        parts = [_tool_response(message.get("content"), message.get("tool_call_id"))]
    else:
        parts = _content_parts(message.get("content"))
        parts += _tool_call_parts(message.get("tool_calls"))
    return {"role": role, "parts": parts}


def format_output_message(choice: dict[str, Any]) -> dict[str, Any]:
    """One response choice as ``{"role", "parts", "finish_reason"}``."""
    message = _as_dict(choice.get("message"))
    parts = _content_parts(message.get("content")) + _tool_call_parts(message.get("tool_calls"))
    return {
        "role": message.get("role", "assistant"),
        "parts": parts,
        "finish_reason": choice.get("finish_reason", ""),
    }


def format_tool_definition(tool: dict[str, Any]) -> dict[str, Any] | None:
    """A Mistral tool (``{"type", "function": {...}}``) flattened; ``None`` without a name."""
    function = _as_dict(tool.get("function"))
    name = function.get("name")
    if not name:
        return None
    flat: dict[str, Any] = {"type": tool.get("type", "function"), "name": name}
    for key in ("description", "parameters"):
        if function.get(key) is not None:
            flat[key] = function[key]
    return flat
