"""Streamed completions (server-sent events) folded into one response-shaped dict, so that a
streamed call's span gets the same attributes as a plain one."""

from __future__ import annotations

import json
from typing import Any, cast

from mistralai.core.models import CompletionChunk

__all__ = ["accumulate_chunks_to_response_dict", "parse_sse_chunks"]


def _data_lines(raw: bytes) -> list[str]:
    lines: list[str] = []
    for line in raw.decode("utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("data:"):
            payload = line[5:].strip()
            if payload and payload != "[DONE]":
                lines.append(payload)
    return lines


def parse_sse_json(raw: bytes) -> list[dict[str, Any]]:
    """Every ``data:`` line of an SSE body that holds a JSON object."""
    events: list[dict[str, Any]] = []
    for payload in _data_lines(raw):
        try:
            value = json.loads(payload)
        except ValueError:
            continue
        if isinstance(value, dict):
            events.append(cast(dict[str, Any], value))
    return events


def parse_sse_chunks(raw_sse_bytes: bytes) -> list[CompletionChunk]:
    """The completion chunks of an SSE body (lines that are not chunks are skipped)."""
    chunks: list[CompletionChunk] = []
    for payload in _data_lines(raw_sse_bytes):
        try:
            chunks.append(CompletionChunk.model_validate_json(payload))
        except ValueError:
            continue
    return chunks


def accumulate_chunks_to_response_dict(chunks: list[CompletionChunk]) -> dict[str, Any]:
    """Chunks folded into a chat-completion-shaped dict (id, model, choices, usage)."""
    return accumulate_dicts([c.model_dump(mode="json", by_alias=True) for c in chunks])


def _text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts: list[str] = []
        for item in cast(list[Any], content):
            if isinstance(item, dict) and cast(dict[str, Any], item).get("type") == "text":
                texts.append(str(cast(dict[str, Any], item).get("text", "")))
        return "".join(texts)
    return ""


def accumulate_dicts(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    """Like :func:`accumulate_chunks_to_response_dict`, from decoded JSON chunks."""
    response_id: Any = None
    model: Any = None
    usage: Any = None
    choices: dict[int, dict[str, Any]] = {}
    for chunk in chunks:
        response_id = response_id or chunk.get("id")
        model = model or chunk.get("model")
        usage = usage or chunk.get("usage")
        for raw_choice in cast(list[Any], chunk.get("choices") or []):
            choice = cast(dict[str, Any], raw_choice) if isinstance(raw_choice, dict) else {}
            index = int(choice.get("index", 0) or 0)
            slot = choices.setdefault(
                index, {"message": {"role": "assistant", "content": ""}, "finish_reason": ""}
            )
            message: dict[str, Any] = slot["message"]
            delta = cast(dict[str, Any], choice.get("delta") or {})
            if isinstance(delta.get("role"), str):
                message["role"] = delta["role"]
            message["content"] += _text(delta.get("content"))
            if isinstance(choice.get("finish_reason"), str):
                slot["finish_reason"] = choice["finish_reason"]
            _merge_tool_calls(message, delta.get("tool_calls"))
    result: dict[str, Any] = {
        "id": response_id,
        "model": model,
        "choices": [choices[i] for i in sorted(choices)],
    }
    if usage:
        result["usage"] = usage
    return result


def _merge_tool_calls(message: dict[str, Any], deltas: object) -> None:
    # Tool calls arrive in pieces: the name, then the arguments a few characters at a time.
    if not isinstance(deltas, list):
        return
    calls: list[dict[str, Any]] = message.setdefault("tool_calls", [])
    for raw in cast(list[Any], deltas):
        delta = cast(dict[str, Any], raw) if isinstance(raw, dict) else {}
        index = delta.get("index")
        slot_index = index if isinstance(index, int) else len(calls)
        while len(calls) <= slot_index:
            calls.append({"id": None, "function": {"name": "", "arguments": ""}})
        call = calls[slot_index]
        if delta.get("id") not in (None, "null"):
            call["id"] = delta["id"]
        function = cast(dict[str, Any], delta.get("function") or {})
        if function.get("name"):
            call["function"]["name"] += function["name"]
        if isinstance(function.get("arguments"), str):
            call["function"]["arguments"] += function["arguments"]
