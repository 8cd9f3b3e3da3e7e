"""Constructors of the pydantic-core schemas written in the generated ``wire.py`` modules.

Each builds the plain dict pydantic-core takes, one node per call, so that a generated module
reads as a table (``"model": w.field(w.STR)``) rather than a dict literal of four lines per
field. ``pydantic_core.core_schema`` has builders for the same dicts, but they filter their
unset arguments on every call; these run for every node of a package's bodies when its wire
module is first imported, so they build the dicts directly. Used through
``mistralai.core.runtime.wire``; :mod:`mistralai.core._wire` reads the result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mistralai.core._model import is_none

__all__ = [
    "ANY",
    "BOOL",
    "BYTES",
    "FLOAT",
    "INT",
    "STR",
    "default",
    "definitions",
    "dict_of",
    "field",
    "list_of",
    "literal",
    "nullable",
    "ref",
    "tagged_union",
    "typed_dict",
    "union",
]

Schema = dict[str, Any]

# Leaves without constraints: one dict each, shared (pydantic-core only reads a schema).
ANY: Schema = {"type": "any"}
BOOL: Schema = {"type": "bool"}
BYTES: Schema = {"type": "bytes"}
FLOAT: Schema = {"type": "float"}
INT: Schema = {"type": "int"}
STR: Schema = {"type": "str"}


def ref(name: str) -> Schema:
    """The definition called ``name`` (in this module's or core's ``DEFS``)."""
    return {"type": "definition-ref", "schema_ref": name}


def nullable(schema: Schema) -> Schema:
    return {"type": "nullable", "schema": schema}


def default(schema: Schema, value: Any) -> Schema:
    """``schema``, or ``value`` when the field is not given."""
    return {"type": "default", "schema": schema, "default": value}


def literal(*expected: Any) -> Schema:
    return {"type": "literal", "expected": list(expected)}


def list_of(items: Schema) -> Schema:
    return {"type": "list", "items_schema": items}


def dict_of(keys: Schema, values: Schema) -> Schema:
    return {"type": "dict", "keys_schema": keys, "values_schema": values}


def union(*choices: Schema | tuple[Schema, str]) -> Schema:
    return {"type": "union", "choices": list(choices)}


def tagged_union(choices: Mapping[str, Schema], discriminator: Callable[[Any], Any]) -> Schema:
    return {"type": "tagged-union", "choices": dict(choices), "discriminator": discriminator}


def field(
    schema: Schema,
    *,
    required: bool = True,
    drop_none: bool = False,
    validation_alias: list[list[str]] | None = None,
) -> Schema:
    """A field of a :func:`typed_dict`; ``drop_none``: left out of the body when ``None`` (an
    optional field the API does not take as null); ``validation_alias``: the names it is read
    by (its wire name and its Python name, when they differ)."""
    out: Schema = {"type": "typed-dict-field", "schema": schema, "required": required}
    if validation_alias is not None:
        out["validation_alias"] = validation_alias
    if drop_none:
        out["serialization_exclude_if"] = is_none
    return out


def typed_dict(cls_name: str, fields: Mapping[str, Schema], *, extra: str = "allow") -> Schema:
    """A model's wire form: its fields by wire name (in the order they are sent); unknown
    fields kept unless ``extra`` says otherwise."""
    return {
        "type": "typed-dict",
        "fields": dict(fields),
        "cls_name": cls_name,
        "extra_behavior": extra,
    }


def definitions(table: Mapping[str, Schema]) -> dict[str, Schema]:
    """A module's ``DEFS``: each schema given its name as its ``ref``."""
    return {name: {**schema, "ref": name} for name, schema in table.items()}
