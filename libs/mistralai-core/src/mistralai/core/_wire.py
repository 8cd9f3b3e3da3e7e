"""Request bodies checked and encoded by schemas prebuilt at generation time.

A generated package's ``_generated/wire.py`` holds, for each JSON request body, the
pydantic-core schema of its wire form: plain dicts keyed by wire names, derived by
``tools/codegen/emit_wire.py`` from pydantic's own schema of the body's models. The models'
rules are built into it: unknown fields kept, a field given by its Python name or its wire name,
constants and (below the top) the value defaults of nested objects sent, ``None`` left out
where the API does not take null. So the first call of an operation builds its request
validator in pydantic-core alone (about a millisecond for a chat request) instead of building
some forty model classes and their schemas in Python (about thirty).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from importlib import import_module
from typing import Any

from pydantic import BaseModel as PydanticModel

__all__ = ["BodyCodec", "body_codec", "plain"]


_ATOMS = frozenset({str, int, float, bool, type(None), bytes})


def plain(value: Any) -> Any:
    """``value`` with every model in it dumped as the dict the API receives (wire names, what
    was set, the 2.x rules); the schema then treats it as any other dict. Values without a
    model are returned as they are."""
    if type(value) in _ATOMS:
        return value
    if isinstance(value, PydanticModel):
        return value.model_dump(by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        seq: list[Any] | tuple[Any, ...] = value  # pyright: ignore[reportUnknownVariableType]
        items = [plain(v) for v in seq]
        return seq if all(a is b for a, b in zip(items, seq, strict=True)) else items
    if isinstance(value, dict):
        mapping: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        new = {k: plain(v) for k, v in mapping.items()}
        return mapping if all(new[k] is v for k, v in mapping.items()) else new
    return value


class BodyCodec:
    """The checker and encoder of one operation's request body: :meth:`encode` gives the
    bytes sent, :meth:`encode_python` the same as JSON-ready Python values (a batch file's
    line). Both raise pydantic's ``ValidationError`` for a body the schema refuses."""

    __slots__ = ("_to_json", "_to_python", "_validate")

    def __init__(self, schema: Any) -> None:
        from pydantic_core import SchemaSerializer, SchemaValidator

        serializer = SchemaSerializer(schema)
        self._validate: Callable[[Any], Any] = SchemaValidator(schema).validate_python
        self._to_json: Callable[[Any], bytes] = serializer.to_json
        self._to_python: Callable[[Any], Any] = partial(serializer.to_python, mode="json")

    def encode(self, body: Any) -> bytes:
        return self._to_json(self._validate(plain(body)))

    def encode_python(self, body: Any) -> Any:
        return self._to_python(self._validate(plain(body)))


def body_codec(module: str, operation_id: str) -> BodyCodec:
    """The codec of ``operation_id``'s body, from the generated ``module`` holding it; the
    definitions of core's shared models are in core's generated ``wire`` module."""
    table: Any = import_module(module)
    root, names = table.BODIES[operation_id]
    if not names:
        return BodyCodec(root)
    own: dict[str, Any] = table.DEFS
    shared: dict[str, Any] = {}
    if any(n not in own for n in names):
        shared = import_module("mistralai.core._generated.wire").DEFS
    definitions = [own[n] if n in own else shared[n] for n in names]
    return BodyCodec({"type": "definitions", "schema": root, "definitions": definitions})
