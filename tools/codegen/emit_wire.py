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
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import sys
import types
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
    """Rewrites pydantic core schemas of one package's bodies; collects the model defs."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.classes: dict[str, type] = {}
        self.pydantic_defs: dict[str, dict[str, Any]] = {}

    def body(self, schema: dict[str, Any], body_fields: bool) -> tuple[Any, list[str]]:
        """``(root schema, names of the defs it needs)``; a flattened body's top object keeps
        only its constants' defaults (its other fields are the method's arguments)."""
        if schema["type"] == "definitions":
            for d in schema["definitions"]:
                self.pydantic_defs[d["ref"]] = d
            schema = schema["schema"]
        if schema["type"] == "definition-ref":
            schema = self.pydantic_defs[schema["schema_ref"]]
        if body_fields:
            assert schema["type"] == "model", schema["type"]
            root = {"type": "definition-ref", "schema_ref": self.model(schema, top=True)}
        else:
            root = self.node(schema)
        return root, sorted(self.needed(root))

    def needed(self, node: Any, seen: set[str] | None = None) -> set[str]:
        seen = set() if seen is None else seen
        if isinstance(node, dict):
            value: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
            if value.get("type") == "definition-ref":
                name = value["schema_ref"]
                if name not in seen:
                    seen.add(name)
                    self.needed(self.defs[name], seen)
            for child in value.values():
                self.needed(child, seen)
        elif isinstance(node, list | tuple):
            for child in node:  # pyright: ignore[reportUnknownVariableType]
                self.needed(child, seen)
        return seen

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
        name = cls.__name__
        known = self.classes.setdefault(name, cls)
        if known is not cls:  # same name in two modules: qualify the second
            name = f"{cls.__module__}.{cls.__qualname__}"
            self.classes.setdefault(name, cls)
        if top:
            name += ":top"
        if name not in self.defs:
            self.defs[name] = {}  # reserved first: a model may contain itself
            self.defs[name] = {**self.typed_dict(schema, top=top), "ref": name}
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


def open_pick(discriminator: Any) -> Code:
    from mistralai.core._model import open_tag

    if not (isinstance(discriminator, partial) and discriminator.func is open_tag):
        raise SystemExit(f"emit_wire: unknown discriminator {discriminator!r}")
    prop, known = discriminator.args
    return Code(f"open_pick({json.dumps(prop)}, {render(tuple(sorted(known)))})")


def render(value: Any) -> str:
    """``value`` as a Python literal on one line (ruff wraps it; dicts keep their order: it is
    the order of the keys sent)."""
    if isinstance(value, Code):
        return value.text
    if isinstance(value, str):
        return json.dumps(value)
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, dict):
        items: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return "{" + ", ".join(f"{render(k)}: {render(v)}" for k, v in items.items()) + "}"
    if isinstance(value, tuple):
        seq: tuple[Any, ...] = value  # pyright: ignore[reportUnknownVariableType]
        return "(" + ", ".join(render(v) for v in seq) + ("," if len(seq) == 1 else "") + ")"
    if isinstance(value, list):
        items_: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        return "[" + ", ".join(render(v) for v in items_) + "]"
    raise SystemExit(f"emit_wire: cannot write {value!r} into a schema")


def module(header: str, pkg: str, rewriter: Rewriter, bodies: dict[str, Any]) -> str:
    lines = [
        header,
        f'"""The JSON request bodies of {pkg} as pydantic-core schemas of their wire form: model',
        "definitions by name, and per operation its root schema and the definitions it needs",
        '(see mistralai.core._wire; derived from the models by tools/codegen/emit_wire.py)."""',
        "",
        "from typing import Any",
        "",
    ]
    defs, roots = render(rewriter.defs), render(bodies)
    used = [n for n in ("is_none", "open_pick") if f" {n}" in defs + roots]
    if used:
        lines += [f"from mistralai.core.runtime import {', '.join(used)}", ""]
    lines += [
        "DEFS: dict[str, Any] = " + defs,
        "",
        "BODIES: dict[str, tuple[Any, tuple[str, ...]]] = " + roots,
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    job = json.load(sys.stdin)
    sources = {name: (bool(pkg), text) for name, (pkg, text) in job["sources"].items()}
    sys.meta_path.insert(0, _Sources(sources))
    from pydantic import TypeAdapter

    out: dict[str, str] = {}
    for pkg, spec in job["packages"].items():
        models = importlib.import_module(spec["module"] + ".models")
        rewriter = Rewriter()
        bodies: dict[str, Any] = {}
        for op_id, expr, body_fields in spec["bodies"]:
            body_type = eval(expr, {"models": models})  # an expression generate.py rendered
            adapter: Any = TypeAdapter(body_type)
            adapter.rebuild(force=True)
            root, names = rewriter.body(adapter.core_schema, body_fields)
            bodies[op_id] = (root, tuple(names))
        out[pkg] = module(job["header"], pkg, rewriter, bodies)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
