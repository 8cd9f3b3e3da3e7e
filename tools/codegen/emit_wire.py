"""Write each package's ``_generated/wire.py``: its JSON request bodies as pydantic-core schemas.

    python emit_wire.py < job.json > modules.json     (run by generate.py, in a child process)

The schemas are derived from pydantic's own: this process imports the models generate.py
has just rendered (served from the job, not from disk, so ``--check`` and ``--root`` see the
same thing), asks pydantic for the core schema of every JSON body, and rewrites each model in
it as a ``typed-dict`` of wire names carrying the rules the models apply when a body is sent
(see :mod:`mistralai.core._wire`):

- a field is read by its wire name or its Python name, and keyed by its wire name;
- unknown fields are kept (the models' ``extra="allow"``);
- a constant is always sent (filled from its default when not given);
- below the top of a body, a field whose default is a value and that cannot be null is sent
  with its default (the 2.x behaviour ``_encoding._defaulted`` describes);
- an optional field that cannot be null is left out when ``None``;
- any other default is dropped: a field not given is not sent.

Anything else in a schema (a validator or serializer function, a node type not listed in
``_LEAVES``) stops the generation: it would have to be reproduced here first.

Each definition is written once: core's shared models go to core's ``_generated/wire.py``
(the packages' bodies name them, and ``mistralai.core._wire`` looks there for what a package
does not define), and a schema repeated within one module (an open enum used by several
fields, a union of message types) becomes a definition of its own, named after its type
(``"Literal['client', 'server'] | str"``).

The modules are written as tables: a node as a call of its constructor (``runtime.wire``,
imported as ``w``: :func:`source`), and the runs of fields several models share as module
constants (:func:`group_fields`).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import re
import sys
import textwrap
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

_LEAVES = frozenset({"any", "bool", "bytes", "datetime", "float", "int", "literal", "str"})
"""Node types copied as they are (without ``metadata``)."""
_CHILDREN = ("schema", "items_schema", "keys_schema", "values_schema")
_MODEL_CONFIG = frozenset(
    {
        "title",
        "extra_fields_behavior",
        "validate_by_name",
        "validate_by_alias",
        "serialize_by_alias",
        "use_enum_values",
        "arbitrary_types_allowed",
    }
)
"""The model config keys the rewrite knows (others would change what a body accepts)."""


@dataclass(frozen=True)
class Code:
    """A Python expression written as it is into the rendered module."""

    text: str


IS_NONE = Code("is_none")


class _Sources(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves the rendered generated modules, and each domain package above them as an empty
    package (the models need none of the hand-written modules, and a package scaffolded for
    ``--root`` is not installed); everything else is imported as usual."""

    def __init__(self, sources: dict[str, tuple[bool, str]]) -> None:
        self.sources = sources
        self.parents = {
            name.rsplit(".", i)[0]
            for name in sources
            for i in range(1, name.count(".") - 1)
            if name.startswith("mistralai.api.")
        }

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname in self.sources:
            is_package = self.sources[fullname][0]
        elif fullname in self.parents:
            is_package = True
        else:
            return None
        spec = importlib.machinery.ModuleSpec(fullname, self, is_package=is_package)
        if is_package:
            spec.submodule_search_locations = []
        return spec

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        _, text = self.sources.get(module.__name__, (True, ""))
        exec(compile(text, f"<generated {module.__name__}>", "exec"), module.__dict__)


class Rewriter:
    """Rewrites pydantic core schemas of one package's bodies; collects the model defs: the
    package's own in ``defs``, core's shared models in ``core`` (one table for every package,
    written once into core's ``_generated/wire.py``)."""

    def __init__(self, core: dict[str, dict[str, Any]], core_classes: dict[str, type]) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.core = core
        self.classes: dict[str, type] = dict(core_classes)
        self.core_classes = core_classes
        self.pydantic_defs: dict[str, dict[str, Any]] = {}

    def body(self, schema: dict[str, Any], body_fields: bool) -> Any:
        """The root schema of a body; a flattened body's top object keeps only its constants'
        defaults (its other fields are the method's arguments)."""
        if schema["type"] == "definitions":
            for d in schema["definitions"]:
                self.pydantic_defs[d["ref"]] = d
            schema = schema["schema"]
        if schema["type"] == "definition-ref":
            schema = self.pydantic_defs[schema["schema_ref"]]
        if body_fields:
            assert schema["type"] == "model", schema["type"]
            return {"type": "definition-ref", "schema_ref": self.model(schema, top=True)}
        return self.node(schema)

    def node(self, schema: dict[str, Any]) -> Any:
        kind = schema["type"]
        if kind == "definitions":
            for d in schema["definitions"]:
                self.pydantic_defs[d["ref"]] = d
            return self.node(schema["schema"])
        if kind == "definition-ref":
            return self.node(self.pydantic_defs[schema["schema_ref"]])
        if kind == "model":
            return {"type": "definition-ref", "schema_ref": self.model(schema)}
        if "serialization" in schema or "ref" in schema:
            raise SystemExit(f"emit_wire: a {kind} schema with its own ref or serializer")
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "metadata":
                continue
            if key in _CHILDREN:
                out[key] = self.node(value)
            elif kind == "union" and key == "choices":
                out[key] = [self.choice(c) for c in value]
            elif kind == "tagged-union" and key == "choices":
                out[key] = {tag: self.node(c) for tag, c in value.items()}
            elif kind == "tagged-union" and key == "discriminator" and callable(value):
                out[key] = open_pick(value)
            elif callable(value):
                raise SystemExit(f"emit_wire: a function in a {kind} schema ({key})")
            else:
                out[key] = value
        if kind not in _LEAVES and kind not in {
            "default",
            "nullable",
            "list",
            "dict",
            "union",
            "tagged-union",
        }:
            raise SystemExit(f"emit_wire: no rewrite for a {kind!r} schema")
        return out

    def choice(self, choice: Any) -> Any:
        """A member of a plain union: a schema, or ``(schema, label)``."""
        if isinstance(choice, tuple):
            schema, label = choice  # pyright: ignore[reportUnknownVariableType]
            return (self.node(schema), label)  # pyright: ignore[reportUnknownArgumentType]
        return self.node(choice)

    def model(self, schema: dict[str, Any], top: bool = False) -> str:
        """The name of the model's definition (``<Name>:top``: as the top of a flattened body,
        shared by the operations sending that body)."""
        cls: type = schema["cls"]
        shared = cls.__module__.startswith("mistralai.core.") and not top
        name = cls.__name__
        known = self.classes.setdefault(name, cls)
        if known is not cls:  # same name in two modules: qualify the second
            name = f"{cls.__module__}.{cls.__qualname__}"
            self.classes.setdefault(name, cls)
        if shared:
            self.core_classes.setdefault(name, cls)
        if top:
            name += ":top"
        table = self.core if shared else self.defs
        if name not in table:
            table[name] = {}  # reserved first: a model may contain itself
            table[name] = {**self.typed_dict(schema, top=top), "ref": name}
        return name

    def typed_dict(self, schema: dict[str, Any], top: bool) -> dict[str, Any]:
        from mistralai.core._encoding import _defaulted  # pyright: ignore[reportPrivateUsage]
        from mistralai.core._model import (
            _drop_none_keys,  # pyright: ignore[reportPrivateUsage]
        )

        cls: Any = schema["cls"]
        if schema.get("root_model") or schema.get("custom_init") or schema.get("post_init"):
            raise SystemExit(f"emit_wire: {cls.__name__} is not a plain model")
        config: dict[str, Any] = schema.get("config", {})
        unknown = set(config) - _MODEL_CONFIG
        if unknown:
            raise SystemExit(f"emit_wire: {cls.__name__}: model config {sorted(unknown)}")
        fields_schema = schema["schema"]
        if fields_schema["type"] != "model-fields" or fields_schema.get("computed_fields"):
            raise SystemExit(f"emit_wire: {cls.__name__}: {fields_schema['type']}")
        consts = set(cls.__mistral_consts__)
        keep_default = frozenset[str]() if top else _defaulted(cls)
        drop_none = {name for name, _ in _drop_none_keys(cls)}
        fields: dict[str, Any] = {}
        for name, field in fields_schema["fields"].items():
            wire = field.get("serialization_alias") or name
            if field.get("validation_alias", wire) != wire:
                raise SystemExit(f"emit_wire: {cls.__name__}.{name}: two wire names")
            inner = field["schema"]
            required = inner["type"] != "default"
            if not required and name not in keep_default and wire not in consts:
                inner = inner["schema"]
            out: dict[str, Any] = {
                "type": "typed-dict-field",
                "schema": self.node(inner),
                "required": required,
            }
            if wire != name:
                out["validation_alias"] = [[wire], [name]]
            if name in drop_none:
                out["serialization_exclude_if"] = IS_NONE
            fields[wire] = out
        return {
            "type": "typed-dict",
            "fields": fields,
            "cls_name": cls.__name__,
            "extra_behavior": config.get("extra_fields_behavior", "ignore"),
        }


_SHARED_MIN_CHARS = 70
"""A schema repeated in a table, at least this long once written, becomes a definition of its
own, named after its type (``"Literal['client', 'server'] | str"``)."""
_NOT_SHARED = frozenset({"definition-ref", "typed-dict", "typed-dict-field"})


def _is_candidate(node: dict[str, Any]) -> bool:
    """A schema (not a map of fields or choices) that may be shared: not a reference, not a
    definition already, not a model's own ``typed-dict``."""
    kind = node.get("type")
    return isinstance(kind, str) and kind not in _NOT_SHARED and "ref" not in node


def type_name(node: Any) -> str:
    """A schema as a short type expression: the name of a shared definition."""
    if isinstance(node, tuple):
        return type_name(node[0])  # pyright: ignore[reportUnknownArgumentType]
    kind = node["type"]
    if kind == "definition-ref":
        return node["schema_ref"]
    if kind == "any":
        return "Any"
    if kind == "literal":
        return "Literal[" + ", ".join(repr(v) for v in node["expected"]) + "]"
    if kind == "nullable":
        return type_name(node["schema"]) + " | None"
    if kind == "default":
        return f"{type_name(node['schema'])} = {node['default']!r}"
    if kind == "list":
        return f"list[{type_name(node['items_schema'])}]"
    if kind == "dict":
        return f"dict[{type_name(node['keys_schema'])}, {type_name(node['values_schema'])}]"
    if kind == "union":
        return " | ".join(type_name(c) for c in node["choices"])
    if kind == "tagged-union":
        return " | ".join(type_name(c) for c in node["choices"].values())
    return str(kind)


def share(defs: dict[str, dict[str, Any]], roots: list[Any]) -> list[Any]:
    """Give every schema repeated in ``defs`` and ``roots`` (an enum used by several fields, a
    union of message types) one definition of its own in ``defs``, referred to by name; the
    roots are returned rewritten. A definition left with a single use is inlined again."""
    texts: dict[int, tuple[Any, str]] = {}  # by id; the node kept, so its id stays its own

    def text(node: Any) -> str:
        known = texts.get(id(node))
        if known is None:
            known = texts[id(node)] = (node, render(node))
        return known[1]

    counts: Counter[str] = Counter()

    def count(node: Any) -> None:
        if isinstance(node, dict):
            value: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
            if _is_candidate(value):
                counts[text(value)] += 1
            for child in value.values():
                count(child)
        elif isinstance(node, list | tuple):
            for child in node:  # pyright: ignore[reportUnknownVariableType]
                count(child)

    for node in [*defs.values(), *roots]:
        count(node)
    names: dict[str, str] = {}  # text -> name of its definition

    def shared(node: Any) -> Any:
        if isinstance(node, list | tuple):
            seq: list[Any] | tuple[Any, ...] = node  # pyright: ignore[reportUnknownVariableType]
            items = [shared(v) for v in seq]
            return tuple(items) if isinstance(seq, tuple) else items
        if not isinstance(node, dict):
            return node
        value: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
        key = text(value) if _is_candidate(value) else ""
        if key and counts[key] > 1 and len(key) >= _SHARED_MIN_CHARS:
            name = names.get(key)
            if name is None:
                name = type_name(value)
                while name in defs:  # another schema of the same type expression
                    name += "'"
                names[key] = name
                defs[name] = {}
                defs[name] = {**{k: shared(v) for k, v in value.items()}, "ref": name}
            return {"type": "definition-ref", "schema_ref": name}
        return {k: shared(v) for k, v in value.items()}

    for name in list(defs):
        if name not in names.values():
            defs[name] = shared(defs[name])
    roots = [shared(r) for r in roots]
    return _inline_single_uses(defs, roots, set(names.values()))


def _refs(node: Any, found: Counter[str]) -> None:
    if isinstance(node, dict):
        value: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
        if value.get("type") == "definition-ref":
            found[value["schema_ref"]] += 1
        for child in value.values():
            _refs(child, found)
    elif isinstance(node, list | tuple):
        for child in node:  # pyright: ignore[reportUnknownVariableType]
            _refs(child, found)


def _inline_single_uses(
    defs: dict[str, dict[str, Any]], roots: list[Any], made: set[str]
) -> list[Any]:
    while True:
        found: Counter[str] = Counter()
        for node in [*defs.values(), *roots]:
            _refs(node, found)
        bodies = {n: defs.pop(n) for n in sorted(made) if n in defs and found[n] <= 1}
        if not bodies:
            return roots
        for name in list(defs):
            defs[name] = _inline(defs[name], bodies)
        roots = [_inline(r, bodies) for r in roots]
        made -= set(bodies)


def _inline(node: Any, bodies: dict[str, dict[str, Any]]) -> Any:
    """``node`` with its references to ``bodies`` replaced by the bodies themselves."""
    if isinstance(node, list | tuple):
        seq: list[Any] | tuple[Any, ...] = node  # pyright: ignore[reportUnknownVariableType]
        items = [_inline(v, bodies) for v in seq]
        return tuple(items) if isinstance(seq, tuple) else items
    if not isinstance(node, dict):
        return node
    value: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
    if value.get("type") == "definition-ref" and value["schema_ref"] in bodies:
        body = bodies[value["schema_ref"]]
        return _inline({k: v for k, v in body.items() if k != "ref"}, bodies)
    return {k: _inline(v, bodies) for k, v in value.items()}


def needed(node: Any, tables: list[dict[str, dict[str, Any]]], seen: set[str]) -> set[str]:
    """The names of the definitions ``node`` refers to, directly or not."""
    if isinstance(node, dict):
        value: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
        if value.get("type") == "definition-ref":
            name = value["schema_ref"]
            if name not in seen:
                seen.add(name)
                needed(next(t[name] for t in tables if name in t), tables, seen)
        for child in value.values():
            needed(child, tables, seen)
    elif isinstance(node, list | tuple):
        for child in node:  # pyright: ignore[reportUnknownVariableType]
            needed(child, tables, seen)
    return seen


def open_pick(discriminator: Any) -> Code:
    from mistralai.core._model import open_tag

    if not (isinstance(discriminator, partial) and discriminator.func is open_tag):
        raise SystemExit(f"emit_wire: unknown discriminator {discriminator!r}")
    prop, known = discriminator.args
    return Code(f"open_pick({json.dumps(prop)}, {render(tuple(sorted(known)))})")


def render(value: Any, write: Callable[[Any], str] | None = None) -> str:
    """``value`` as a Python literal on one line (ruff wraps it; dicts keep their order: it is
    the order of the keys sent); ``write`` writes the values inside it (default: this)."""
    inner = write or render
    if isinstance(value, Code):
        return value.text
    if isinstance(value, str):
        return json.dumps(value)
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, dict):
        items: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return "{" + ", ".join(f"{render(k)}: {inner(v)}" for k, v in items.items()) + "}"
    if isinstance(value, tuple):
        seq: tuple[Any, ...] = value  # pyright: ignore[reportUnknownVariableType]
        return "(" + ", ".join(inner(v) for v in seq) + ("," if len(seq) == 1 else "") + ")"
    if isinstance(value, list):
        items_: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        return "[" + ", ".join(inner(v) for v in items_) + "]"
    raise SystemExit(f"emit_wire: cannot write {value!r} into a schema")


_LEAVES_WRITTEN = {"any": "ANY", "bool": "BOOL", "bytes": "BYTES", "float": "FLOAT"}
_LEAVES_WRITTEN |= {"int": "INT", "str": "STR"}


def source(value: Any) -> str:
    """``value`` as Python source for a generated module: a schema node with exactly the keys
    of one of the constructors of ``mistralai.core._wire_schema`` (``runtime.wire``, imported
    as ``w``) as a call of it, so that a field is one line (``"model": w.field(w.STR)``); any
    other value as a literal (:func:`render`), its nodes written the same way."""
    if isinstance(value, FieldTable):
        return "{" + ", ".join(value.written) + "}"
    if isinstance(value, dict) and isinstance(value.get("type"), str):
        written = _constructed(value)  # pyright: ignore[reportUnknownArgumentType]
        if written is not None:
            return written
    return render(value, source)


def _constructed(node: dict[str, Any]) -> str | None:
    kind: str = node["type"]
    keys = set(node) - {"type"}
    if kind in _LEAVES_WRITTEN and not keys:
        return f"w.{_LEAVES_WRITTEN[kind]}"
    if kind == "definition-ref" and keys == {"schema_ref"}:
        return f"w.ref({render(node['schema_ref'])})"
    if kind == "nullable" and keys == {"schema"}:
        return f"w.nullable({source(node['schema'])})"
    if kind == "default" and keys == {"schema", "default"}:
        return f"w.default({source(node['schema'])}, {render(node['default'])})"
    if kind == "literal" and keys == {"expected"}:
        return f"w.literal({', '.join(render(v) for v in node['expected'])})"
    if kind == "list" and keys == {"items_schema"}:
        return f"w.list_of({source(node['items_schema'])})"
    if kind == "dict" and keys == {"keys_schema", "values_schema"}:
        return f"w.dict_of({source(node['keys_schema'])}, {source(node['values_schema'])})"
    if kind == "union" and keys == {"choices"}:
        return f"w.union({', '.join(source(c) for c in node['choices'])})"
    if kind == "tagged-union" and keys == {"choices", "discriminator"}:
        return f"w.tagged_union({source(node['choices'])}, {source(node['discriminator'])})"
    if (
        kind == "typed-dict-field"
        and {"schema", "required"} <= keys
        and keys
        <= {
            "schema",
            "required",
            "serialization_exclude_if",
            "validation_alias",
        }
    ):
        args = [source(node["schema"])]
        if not node["required"]:
            args.append("required=False")
        if "serialization_exclude_if" in node:
            if node["serialization_exclude_if"] is not IS_NONE:
                return None
            args.append("drop_none=True")
        if "validation_alias" in node:
            args.append(f"validation_alias={render(node['validation_alias'])}")
        return f"w.field({', '.join(args)})"
    if kind == "typed-dict" and keys == {"cls_name", "extra_behavior", "fields"}:
        extra = node["extra_behavior"]
        tail = "" if extra == "allow" else f", extra={render(extra)}"
        return f"w.typed_dict({render(node['cls_name'])}, {source(node['fields'])}{tail})"
    return None


_GROUP_MIN_FIELDS = 5
_GROUP_MIN_CHARS = 160
_LINE = 100
"""Fields that several models of a module list alike, in the same order, are written once
(see :func:`group_fields`) when they are at least this many in a row, or, taking more than a
line, when writing them once saves at least this many characters (about four lines once
formatted)."""


@dataclass
class FieldTable:
    """A model's fields as written: ``"name": w.field(...)`` entries and ``**_GROUP`` ones."""

    written: list[str]


def group_fields(defs: dict[str, Any]) -> dict[str, list[str]]:
    """Write once the runs of fields several models of a module share (twin requests such as
    ``ConversationRequest`` and ``ConversationStreamRequest``, which differ in ``stream``
    alone): a run of identical fields, in the same order, long enough (see
    :data:`_GROUP_MIN_CHARS`) becomes a module constant the models unpack
    (``{**_CONVERSATION_REQUEST_FIELDS, ...}``; unpacking keeps the order of the fields, which
    is the order they are sent in). The run saving the most text is taken first. Returns the
    constants (name -> their entries); the models' ``fields`` become :class:`FieldTable` s."""
    tables: dict[str, list[str]] = {}
    for name, node in defs.items():
        if node.get("type") == "typed-dict":
            fields: dict[str, Any] = node["fields"]
            tables[name] = [f"{render(k)}: {source(v)}" for k, v in fields.items()]
    groups: dict[str, list[str]] = {}
    while True:
        runs: set[tuple[str, ...]] = set()
        names = list(tables)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                runs |= _common_runs(tables[a], tables[b])
        best: tuple[int, tuple[str, ...]] | None = None  # (characters saved, run)
        for run in sorted(runs):
            users = sum(1 for t in tables.values() if _find(t, run) >= 0)
            size = sum(map(len, run))
            saved = size * (users - 1)
            if len(run) < _GROUP_MIN_FIELDS and (saved < _GROUP_MIN_CHARS or size < _LINE):
                continue  # a short run, or a line or two: written where it is used
            if best is None or saved > best[0]:
                best = (saved, run)
        if best is None:
            break
        run = list(best[1])
        keys = [_upper(entry.split(":", 1)[0]) for entry in run]
        label = {1: keys[0], 2: f"{keys[0]}_AND_{keys[-1]}"}.get(
            len(run), f"{keys[0]}_TO_{keys[-1]}"
        )
        group, n = f"_{label}_FIELD{'S' if len(run) > 1 else ''}", 1
        while group in groups:
            n += 1
            group = f"_{label}_FIELD{'S' if len(run) > 1 else ''}_{n}"
        groups[group] = run
        for table in tables.values():
            while (at := _find(table, best[1])) >= 0:
                table[at : at + len(run)] = [f"**{group}"]
    for name, table in tables.items():
        defs[name] = {**defs[name], "fields": FieldTable(table)}
    return groups


def _upper(key: str) -> str:
    """A field's wire name (a JSON string) as part of a constant's name: ``SHARING_SCOPE``."""
    name: str = json.loads(key)
    return re.sub(r"\W", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)).upper()


def _common_runs(a: list[str], b: list[str]) -> set[tuple[str, ...]]:
    """The maximal runs of plain entries ``a`` and ``b`` both have."""
    found: set[tuple[str, ...]] = set()
    for i in range(len(a)):
        for j in range(len(b)):
            if i and j and a[i - 1] == b[j - 1] and not a[i - 1].startswith("**"):
                continue  # inside a longer run
            n = 0
            while (
                i + n < len(a)
                and j + n < len(b)
                and a[i + n] == b[j + n]
                and not a[i + n].startswith("**")
            ):
                n += 1
            if n:
                found.add(tuple(a[i : i + n]))
    return found


def _find(table: list[str], run: tuple[str, ...]) -> int:
    """Where ``run`` starts in ``table``, or -1."""
    for i in range(len(table) - len(run) + 1):
        if tuple(table[i : i + len(run)]) == run:
            return i
    return -1


def _written(node: dict[str, Any]) -> list[str]:
    fields = node.get("fields")
    return fields.written if isinstance(fields, FieldTable) else []


def module(header: str, what: str, defs: dict[str, Any], bodies: dict[str, Any] | None) -> str:
    """A package's ``wire.py`` (``bodies``), or core's (``None``: its shared definitions)."""
    if bodies is None:
        doc = [
            f'"""The models of {what} that domain packages send, as pydantic-core schemas of their',
            "wire form: definitions by name, which the packages' wire modules refer to (see",
            'mistralai.core._wire; derived from the models by tools/codegen/emit_wire.py)."""',
        ]
    else:
        doc = [
            f'"""The JSON request bodies of {what} as pydantic-core schemas of their wire form: model',
            "definitions by name (core's shared models are in mistralai.core's), and per operation",
            "its root schema and the definitions it needs (see mistralai.core._wire; derived from",
            'the models by tools/codegen/emit_wire.py)."""',
        ]
    lines = [header, *doc, "", "from typing import Any", ""]
    for name, schema in defs.items():
        if schema.get("ref") != name:
            raise SystemExit(f"emit_wire: definition {name!r} refers to itself as {schema!r}")
    unnamed = {
        name: {k: v for k, v in schema.items() if k != "ref"} for name, schema in defs.items()
    }
    groups = group_fields(unnamed)
    text_defs = f"w.definitions({source(unnamed)})"
    text_bodies = source(bodies) if bodies is not None else ""
    used = [n for n in ("is_none", "open_pick") if f" {n}(" in text_defs + text_bodies]
    lines += [f"from mistralai.core.runtime import {', '.join([*used, 'wire as w'])}", ""]
    for group, entries in groups.items():
        users = [d["cls_name"] for d in unnamed.values() if f"**{group}" in _written(d)]
        shared_by = list(dict.fromkeys(users))
        said = f"fields shared by {', '.join(shared_by[:-1])} and {shared_by[-1]}"
        lines += [f"# {line}" for line in textwrap.wrap(said, 98, break_long_words=False)]
        lines += [f"{group}: dict[str, Any] = {{{', '.join(entries)}}}", ""]
    lines += ["DEFS: dict[str, Any] = " + text_defs, ""]
    if bodies is not None:
        lines += ["BODIES: dict[str, tuple[Any, tuple[str, ...]]] = " + text_bodies, ""]
    return "\n".join(lines)


def main() -> int:
    job = json.load(sys.stdin)
    sources = {name: (bool(pkg), text) for name, (pkg, text) in job["sources"].items()}
    sys.meta_path.insert(0, _Sources(sources))
    from pydantic import TypeAdapter

    core: dict[str, dict[str, Any]] = {}
    core_classes: dict[str, type] = {}
    rewritten: dict[str, tuple[Rewriter, list[str], list[Any]]] = {}
    for pkg, spec in job["packages"].items():
        models = importlib.import_module(spec["module"] + ".models")
        rewriter = Rewriter(core, core_classes)
        op_ids: list[str] = []
        roots: list[Any] = []
        for op_id, expr, body_fields in spec["bodies"]:
            body_type = eval(expr, {"models": models})  # an expression generate.py rendered
            adapter: Any = TypeAdapter(body_type)
            adapter.rebuild(force=True)
            op_ids.append(op_id)
            roots.append(rewriter.body(adapter.core_schema, body_fields))
        rewritten[pkg] = (rewriter, op_ids, roots)
    share(core, [])
    out: dict[str, str] = {job["core"]: module(job["header"], job["core"], core, None)}
    for pkg, (rewriter, op_ids, roots) in rewritten.items():
        roots = share(rewriter.defs, roots)
        tables = [rewriter.defs, core]
        bodies = {
            op_id: (root, tuple(sorted(needed(root, tables, set()))))
            for op_id, root in zip(op_ids, roots, strict=True)
        }
        out[pkg] = module(job["header"], pkg, rewriter.defs, bodies)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
