"""Turning call arguments into wire values: path segments, query strings, bodies."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, get_args
from urllib.parse import quote

from pydantic import BaseModel as PydanticModel
from pydantic import ValidationError
from pydantic_core import PydanticSerializationError, PydanticUndefined, to_json

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


# RFC 3986 ``pchar`` (besides unreserved characters): legal in a path segment, so sent as
# they are, as 2.x sends them (``ft:open-mistral-7b:...`` model ids keep their ``:``). ``/``,
# ``?``, ``#``, ``%`` and spaces are percent-encoded: they would change what the URL names.
_SEGMENT_SAFE = "!$&'()*+,;=:@"


def path_params(op: Operation[Any], values: Mapping[str, Any]) -> str:
    """``op.path`` with each ``{name}`` replaced by its value, percent-encoded where the
    character is not allowed in a path segment (``/`` included).

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
        segments[name] = quote(text, safe=_SEGMENT_SAFE)
    return op.path.format_map(segments)


def query_params(op: Operation[Any], values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query pairs in the spec's styles: ``form`` + ``explode`` (lists repeat the name, objects
    give one parameter per key) and JSON content (``metadata={"a":1}``, ``None`` as ``null``)."""
    params: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is UNSET:
            continue
        if name in op.query_json:
            # the spec gives these a JSON content: an explicit None is the JSON null (2.x too)
            params.append((name, to_json(value, by_alias=True).decode()))
            continue
        if value is None:
            continue  # a query parameter of a plain schema has no way to say null
        if name in op.query_explode and isinstance(value, PydanticModel | Mapping):
            params.extend(_exploded(value))  # pyright: ignore[reportUnknownArgumentType]
        elif isinstance(value, list | tuple):
            params.extend((name, scalar(item)) for item in value if item is not None)  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
        else:
            params.append((name, scalar(value)))
    return params


def _exploded(value: PydanticModel | Mapping[str, Any]) -> list[tuple[str, str]]:
    """The pairs of an object in form style with explode: ``{"active": True}`` is
    ``active=true``; ``None`` members are left out, nested values JSON-encoded."""
    if isinstance(value, PydanticModel):
        items: Mapping[str, Any] = value.model_dump(
            mode="json", by_alias=True, exclude_unset=True, exclude_none=True
        )
    else:
        items = value
    return [(str(k), scalar(v)) for k, v in items.items() if v is not None and v is not UNSET]


def header_params(values: Mapping[str, Any]) -> dict[str, str]:
    return {k: scalar(v) for k, v in values.items() if v is not UNSET and v is not None}


def json_body(op: Operation[Any], body: Any) -> tuple[bytes, Mapping[str, Any] | None]:
    """Validate the body against the operation's model and dump it; nothing is sent on error.

    Only what the caller gave is dumped (``exclude_unset``), plus the fields of nested models
    that have a non-null default: 2.x sends those (``prediction.content: ""``, ``prefix:
    false`` in conversation entries), and the API may not apply the same default. The fields
    of a flattened body are the method's arguments: their defaults are the signature's.
    """
    values = drop_omitted(body, op.omit_none) if op.body_fields else body
    codec = op.body_codec
    try:
        if codec is not None:  # generated operations: the body's wire schema, prebuilt
            content = codec.encode(values)
        else:
            adapter = op.body_adapter
            model = _with_defaults(adapter.validate_python(values), top=op.body_fields)
            content = adapter.dump_json(model, by_alias=True, exclude_unset=True)
    except ValidationError as exc:
        raise RequestValidationError.from_pydantic(
            exc, f"invalid arguments for {op.operation_id}"
        ) from exc
    except PydanticSerializationError as exc:
        raise RequestValidationError(f"invalid arguments for {op.operation_id}: {exc}") from exc
    return content, values if op.body_fields else None


@cache
def _defaulted(cls: type[PydanticModel]) -> frozenset[str]:
    """Fields of ``cls`` whose default is a value (not ``None``, not "no default") and that
    cannot be null: 2.x sends those defaults; a nullable field's default it leaves to the
    server (``hyperparameters.weight_decay``)."""
    return frozenset(
        name
        for name, field in cls.model_fields.items()
        if field.default is not None
        and field.default is not PydanticUndefined
        and field.default is not UNSET
        and not _admits_none(field.annotation)
    )


def _admits_none(annotation: Any) -> bool:
    if annotation is None or annotation is type(None):
        return True
    return any(_admits_none(arg) for arg in get_args(annotation))


_ATOMS = frozenset({str, int, float, bool, type(None), bytes})


def _with_defaults(value: Any, top: bool = False) -> Any:
    """``value`` with every model's defaulted fields marked as set (except the ``top`` one's),
    so that an ``exclude_unset`` dump sends them. Models are copied, never changed: the
    caller's objects keep their ``model_fields_set``."""
    if type(value) in _ATOMS:  # most values of a body: no model can be inside
        return value
    if isinstance(value, PydanticModel):
        defaulted = frozenset[str]() if top else _defaulted(type(value))
        fields_set = value.model_fields_set
        changed: dict[str, Any] = {}
        for name in fields_set | defaulted:
            inner = getattr(value, name, None)
            new = _with_defaults(inner)
            if new is not inner:
                changed[name] = new
        if not changed and defaulted <= fields_set:
            return value
        result = copy.copy(value)
        vars(result).update(changed)
        result.__pydantic_fields_set__ = set(fields_set | defaulted)
        return result
    if isinstance(value, list | tuple):
        seq: list[Any] | tuple[Any, ...] = value  # pyright: ignore[reportUnknownVariableType]
        items: list[Any] = [_with_defaults(v) for v in seq]
        if all(a is b for a, b in zip(items, seq, strict=True)):
            return seq
        return items if isinstance(seq, list) else tuple(items)
    if isinstance(value, dict):
        mapping: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        new_values = {k: _with_defaults(v) for k, v in mapping.items()}
        if all(new_values[k] is v for k, v in mapping.items()):
            return mapping
        return new_values
    return value


def multipart_body(op: Operation[Any], body: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The parts of a ``multipart/form-data`` body: form fields as nameless parts (so the body
    stays multipart even without a file, as the spec says), in the order of the body model's
    fields, then the files last, as 2.x sends them (a server can read the fields before the
    upload); a missing file fails before sending."""
    fields: list[tuple[str, Any]] = []
    files: list[tuple[str, Any]] = []
    for name, value in drop_omitted(body, op.omit_none).items():
        if value is None:
            continue
        upload = _as_upload(op, name, value)
        if upload is not None:
            if isinstance(upload[1], io.TextIOBase):
                raise RequestValidationError(
                    f"{op.operation_id}: '{name}': open the file in binary mode ('rb')"
                )
            files.append((name, upload))
        elif isinstance(value, list | tuple):
            fields.extend((name, (None, scalar(v))) for v in value if v is not None)  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
        else:
            fields.append((name, (None, scalar(value))))
    order = _field_order(op.body)
    fields.sort(key=lambda part: order.get(part[0], len(order)))
    return fields + files


@cache
def _field_order(body: Any) -> dict[str, int]:
    """Wire name -> position of the field in the body model (empty if it is not a model)."""
    if not (isinstance(body, type) and issubclass(body, PydanticModel)):
        return {}
    names = [f.serialization_alias or f.alias or n for n, f in body.model_fields.items()]
    return {name: i for i, name in enumerate(names)}


def form_body(op: Operation[Any], body: Mapping[str, Any]) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body."""
    return {k: scalar(v) for k, v in drop_omitted(body, op.omit_none).items() if v is not None}


def _as_upload(op: Operation[Any], name: str, value: Any) -> tuple[str, Any, str | None] | None:
    from mistralai.core._files import File  # here: a program that uploads nothing never builds it

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
