"""Turning call arguments into wire values: path segments, query strings, bodies."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel as PydanticModel
from pydantic import ValidationError
from pydantic_core import PydanticSerializationError, to_json

from mistralai.core._files import File
from mistralai.core._operation import Operation
from mistralai.core._types import UNSET
from mistralai.core.errors import RequestValidationError


def drop_omitted(values: Mapping[str, Any], omit_none: frozenset[str]) -> dict[str, Any]:
    """Arguments that are sent: ``UNSET`` never, ``None`` only where the spec allows null."""
    return {
        k: v for k, v in values.items() if v is not UNSET and not (v is None and k in omit_none)
    }


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, PydanticModel | Mapping | list | tuple):
        return to_json(value, by_alias=True).decode()
    return str(value)


def path_params(op: Operation[Any], values: Mapping[str, Any]) -> str:
    """``op.path`` with each ``{name}`` replaced by its value, percent-encoded (``/`` too).

    An empty value, ``.`` or ``..`` is refused before sending: the URL would name another
    resource (``/documents/..`` is the library itself once the dot segment is resolved).
    """
    segments: dict[str, str] = {}
    for name, value in values.items():
        if value is UNSET or value is None:
            raise RequestValidationError(f"{op.operation_id}: path parameter '{name}' is required")
        text = scalar(value)
        if text in ("", ".", ".."):
            raise RequestValidationError(
                f"{op.operation_id}: path parameter '{name}' cannot be {text!r}"
            )
        segments[name] = quote(text, safe="")
    return op.path.format_map(segments)


def query_params(op: Operation[Any], values: Mapping[str, Any]) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is UNSET or value is None:
            continue  # a query parameter has no way to say null
        if isinstance(value, list | tuple):
            params.extend((name, scalar(item)) for item in value if item is not None)  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
        else:
            params.append((name, scalar(value)))
    return params


def header_params(values: Mapping[str, Any]) -> dict[str, str]:
    return {k: scalar(v) for k, v in values.items() if v is not UNSET and v is not None}


def json_body(op: Operation[Any], body: Any) -> tuple[bytes, Mapping[str, Any] | None]:
    """Validate the body against the operation's model and dump it; nothing is sent on error."""
    values = drop_omitted(body, op.omit_none) if op.body_fields else body
    adapter = op.body_adapter
    try:
        model = adapter.validate_python(values)
        content = adapter.dump_json(model, by_alias=True, exclude_unset=True)
    except ValidationError as exc:
        raise RequestValidationError(
            f"invalid arguments for {op.operation_id}: {_summarize(exc)}",
            errors=[dict(e) for e in exc.errors(include_url=False, include_input=False)],
        ) from exc
    except PydanticSerializationError as exc:
        raise RequestValidationError(f"invalid arguments for {op.operation_id}: {exc}") from exc
    return content, values if op.body_fields else None


def _summarize(exc: ValidationError) -> str:
    parts: list[str] = []
    for error in exc.errors(include_url=False, include_input=False)[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "body"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def multipart_body(op: Operation[Any], body: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The parts of a ``multipart/form-data`` body: files, and form fields as nameless parts
    (so the body stays multipart even without a file, as the spec says); a missing file
    fails before sending."""
    parts: list[tuple[str, Any]] = []
    for name, value in drop_omitted(body, op.omit_none).items():
        if value is None:
            continue
        upload = _as_upload(op, name, value)
        if upload is not None:
            if isinstance(upload[1], io.TextIOBase):
                raise RequestValidationError(
                    f"{op.operation_id}: '{name}': open the file in binary mode ('rb')"
                )
            parts.append((name, upload))
        elif isinstance(value, list | tuple):
            parts.extend((name, (None, scalar(v))) for v in value if v is not None)  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
        else:
            parts.append((name, (None, scalar(value))))
    return parts


def form_body(op: Operation[Any], body: Mapping[str, Any]) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body."""
    return {k: scalar(v) for k, v in drop_omitted(body, op.omit_none).items() if v is not None}


def _as_upload(op: Operation[Any], name: str, value: Any) -> tuple[str, Any, str | None] | None:
    if isinstance(value, File):
        return (value.file_name, value.content, value.content_type)
    if isinstance(value, Mapping):
        mapping: Mapping[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
        if "file_name" in mapping and "content" in mapping:
            return (str(mapping["file_name"]), mapping["content"], mapping.get("content_type"))
        return None
    if isinstance(value, bytes | bytearray):
        return (name, bytes(value), None)
    if isinstance(value, os.PathLike):
        path = Path(value)  # pyright: ignore[reportUnknownArgumentType]
        if not path.is_file():
            raise RequestValidationError(f"{op.operation_id}: '{name}': no such file: {path}")
        return (path.name, path.read_bytes(), None)
    if hasattr(value, "read"):
        file_name = os.path.basename(str(getattr(value, "name", name)))
        return (file_name, value, None)
    return None
