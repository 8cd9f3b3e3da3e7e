"""Minimal valid arguments for every operation of the spec, built from the spec itself.

Used by the request-conformance tests (``tests/conformance/test_all_operations.py``): for each
operation, :class:`ArgumentBuilder` walks its parameters and request body schema and produces
the *required* values only, one per JSON-schema construct:

* ``$ref`` followed (a schema met again on the same branch is not expanded twice);
* ``const`` and ``enum`` (first non-null value); ``default`` is not used (it is optional);
* ``allOf`` merged; ``oneOf`` / ``anyOf``: the first branch that is not ``null`` and can be
  built (a discriminator's first mapping is used, its tag set on the object);
* ``type`` ``object`` (required properties, ``minProperties`` honoured), ``array``
  (``minItems`` items), ``string`` (``format``, ``pattern``, ``minLength``/``maxLength``),
  ``integer``/``number`` (``minimum``/``maximum``, exclusive bounds, ``multipleOf``),
  ``boolean``, ``null``;
* ``format: binary`` in a multipart body is a file value (built by the caller's
  ``make_file``; the SDK's ``File``).

Then :func:`generated_wiring` reads the generated resource modules (``_generated/
resources.py``) to learn, for each operation, which Python parameter of the method carries
which wire name (path, query, header, body field, or the whole body), so the values can be
passed to the real client's method.

Only the standard library is used.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Json = Any

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: Values tried, in order, for a string with a ``pattern`` (the first that matches is used).
PATTERN_CANDIDATES = (
    "a",
    "abc",
    "en",
    "1",
    "0123456789abcdef",
    "0123456789abcdef0123456789abcdef",
    "a:b",
    "a-b",
    "2024-01-01",
    "00000000-0000-4000-8000-000000000000",
)

#: Values of string formats (JSON Schema / OpenAPI ``format``).
FORMAT_VALUES: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uri-reference": "https://example.com/x",
    "iri": "https://example.com/x",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "AAAA",
    "duration": "PT1S",
    "password": "secret",
}


class CannotBuild(Exception):
    """No value of the schema could be built (say why; the caller adds an override)."""


@dataclass
class OperationValues:
    """The minimal values of one operation, by wire name."""

    op_id: str
    method: str
    path: str
    path_params: dict[str, Json] = field(default_factory=lambda: {})
    query: dict[str, Json] = field(default_factory=lambda: {})
    headers: dict[str, Json] = field(default_factory=lambda: {})
    body: Json = None
    has_body: bool = False
    body_required: bool = False
    media_type: str | None = None


class ArgumentBuilder:
    """Builds :class:`OperationValues` from an (overlaid) OpenAPI document."""

    def __init__(
        self, spec: Mapping[str, Json], *, make_file: Callable[[str], Json] | None = None
    ) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Json] = spec.get("components", {}).get("schemas", {})
        self.make_file = make_file or (lambda name: b"%PDF-1.4 minimal")

    # -- operations --------------------------------------------------------------------------

    def operations(self) -> Iterator[tuple[str, str, dict[str, Json]]]:
        """``(path key, method, operation)`` for every operation, in spec order."""
        for key, item in self.spec["paths"].items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict) and "operationId" in op:
                    yield key, method, op

    def operation(self, op_id: str) -> OperationValues:
        for key, method, op in self.operations():
            if op["operationId"] == op_id:
                return self.values(key, method, op)
        raise KeyError(op_id)

    def values(self, key: str, method: str, op: Mapping[str, Json]) -> OperationValues:
        out = OperationValues(op["operationId"], method.upper(), key)
        item = self.spec["paths"][key]
        params = [self.deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
        for param in params:
            where = param.get("in")
            if where == "path" or param.get("required"):
                value = self.value(param.get("schema", {}), where=f"{where} {param['name']}")
                target = {"path": out.path_params, "query": out.query, "header": out.headers}
                if where in target:
                    target[where][param["name"]] = value
        body = op.get("requestBody")
        if body is not None:
            body = self.deref(body)
            content: Mapping[str, Json] = body.get("content", {})
            media_type = next(iter(content), None)
            out.has_body = True
            out.body_required = bool(body.get("required"))
            out.media_type = media_type
            if media_type is not None:
                schema = content[media_type].get("schema", {})
                out.body = self.value(
                    schema, where="body", multipart=media_type.startswith("multipart/")
                )
        return out

    # -- schemas -----------------------------------------------------------------------------

    def deref(self, node: Json) -> Json:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref: str = node["$ref"]
            if ref in seen:
                raise CannotBuild(f"reference cycle at {ref}")
            seen.add(ref)
            node = self._lookup(ref)
        return node

    def _lookup(self, ref: str) -> Json:
        if not ref.startswith("#/"):
            raise CannotBuild(f"external reference {ref}")
        node: Json = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def value(
        self,
        schema: Json,
        *,
        where: str = "",
        multipart: bool = False,
        stack: tuple[str, ...] = (),
    ) -> Json:
        """A minimal valid value of ``schema``; :class:`CannotBuild` if there is none."""
        if schema is True or schema == {}:
            return "a"
        if not isinstance(schema, dict):
            raise CannotBuild(f"{where}: schema {schema!r}")
        if "$ref" in schema:
            ref: str = schema["$ref"]
            if ref in stack:
                raise CannotBuild(f"{where}: recursive {ref}")
            return self.value(
                self._lookup(ref), where=where, multipart=multipart, stack=(*stack, ref)
            )
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            non_null = [v for v in schema["enum"] if v is not None]
            if not non_null:
                return None
            return non_null[0]
        if "allOf" in schema:
            return self._all_of(schema, where, multipart, stack)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._one_of(schema, key, where, multipart, stack)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds: list[str] = [k for k in kind if k != "null"] or ["null"]
            kind = kinds[0]
        if kind is None:
            if "properties" in schema or "required" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            else:
                return "a"
        builder = {
            "object": self._object,
            "array": self._array,
            "string": self._string,
            "integer": self._integer,
            "number": self._number,
            "boolean": lambda s, w, m, st: False,
            "null": lambda s, w, m, st: None,
        }.get(kind)
        if builder is None:
            raise CannotBuild(f"{where}: unknown type {kind!r}")
        return builder(schema, where, multipart, stack)

    def _all_of(self, schema: Json, where: str, multipart: bool, stack: tuple[str, ...]) -> Json:
        merged: dict[str, Json] = {}
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        parts = [*schema["allOf"], *([rest] if rest else [])]
        scalar: Json = None
        for part in parts:
            value = self.value(part, where=where, multipart=multipart, stack=stack)
            if isinstance(value, dict):
                merged.update(value)
            else:
                scalar = value
        return merged if merged or scalar is None else scalar

    def _one_of(
        self, schema: Json, key: str, where: str, multipart: bool, stack: tuple[str, ...]
    ) -> Json:
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and discriminator.get("mapping"):
            tag, ref = next(iter(discriminator["mapping"].items()))
            value = self.value({"$ref": ref}, where=where, multipart=multipart, stack=stack)
            if isinstance(value, dict):
                value[discriminator["propertyName"]] = tag
            return value
        errors: list[str] = []
        branches: list[Json] = schema[key]
        for branch in branches:
            resolved = self.deref(branch) if isinstance(branch, dict) else branch
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                continue
            try:
                return self.value(branch, where=where, multipart=multipart, stack=stack)
            except CannotBuild as exc:
                errors.append(str(exc))
        if any(isinstance(b, dict) and self.deref(b).get("type") == "null" for b in branches):
            return None
        raise CannotBuild(f"{where}: no branch of {key} can be built: {errors}")

    def _object(self, schema: Json, where: str, multipart: bool, stack: tuple[str, ...]) -> Json:
        props: Mapping[str, Json] = schema.get("properties", {})
        out: dict[str, Json] = {}
        for name in schema.get("required", []):
            sub = props.get(name)
            if sub is None:
                extra = schema.get("additionalProperties")
                sub = extra if isinstance(extra, dict) else {}
            out[name] = self.value(sub, where=f"{where}.{name}", multipart=multipart, stack=stack)
        want = int(schema.get("minProperties", 0))
        for name, sub in props.items():
            if len(out) >= want:
                break
            out.setdefault(name, self.value(sub, where=f"{where}.{name}", stack=stack))
        extra = schema.get("additionalProperties")
        index = 0
        while len(out) < want:
            index += 1
            value_schema = extra if isinstance(extra, dict) else {}
            out[f"key{index}"] = self.value(value_schema, where=f"{where}.*", stack=stack)
        return out

    def _array(self, schema: Json, where: str, multipart: bool, stack: tuple[str, ...]) -> Json:
        count = int(schema.get("minItems", 0))
        items = schema.get("items", {})
        prefix: list[Json] = schema.get("prefixItems", [])
        out = [self.value(s, where=f"{where}[]", stack=stack) for s in prefix[:count]]
        while len(out) < count:
            out.append(self.value(items, where=f"{where}[]", multipart=multipart, stack=stack))
        return out

    def _string(self, schema: Json, where: str, multipart: bool, stack: tuple[str, ...]) -> Json:
        fmt = schema.get("format")
        if fmt == "binary":
            return self.make_file(where.rsplit(".", 1)[-1]) if multipart else "AAAA"
        lo = int(schema.get("minLength", 0))
        hi = int(schema.get("maxLength", 1 << 30))
        pattern = schema.get("pattern")
        candidates: list[str] = []
        if fmt in FORMAT_VALUES:
            candidates.append(FORMAT_VALUES[fmt])
        candidates += list(PATTERN_CANDIDATES) if pattern else ["a"]
        for candidate in candidates:
            if len(candidate) < lo:
                candidate = candidate + "a" * (lo - len(candidate))
            if len(candidate) > hi:
                continue
            if pattern and not re.search(pattern, candidate):
                continue
            return candidate
        raise CannotBuild(f"{where}: no string fits {schema!r}")

    def _integer(self, schema: Json, where: str, multipart: bool, stack: tuple[str, ...]) -> Json:
        value = self._number(schema, where, multipart, stack, integer=True)
        return int(value)

    def _number(
        self,
        schema: Json,
        where: str,
        multipart: bool,
        stack: tuple[str, ...],
        *,
        integer: bool = False,
    ) -> Json:
        step = 1 if integer else 0.5
        lo: float | None = schema.get("minimum")
        hi: float | None = schema.get("maximum")
        ex_lo = schema.get("exclusiveMinimum")
        ex_hi = schema.get("exclusiveMaximum")
        if isinstance(ex_lo, int | float) and not isinstance(ex_lo, bool):
            lo = ex_lo + (1 if integer else min(step, 0.001))
        elif ex_lo is True and lo is not None:
            lo = lo + (1 if integer else 0.001)
        if isinstance(ex_hi, int | float) and not isinstance(ex_hi, bool):
            hi = ex_hi - (1 if integer else min(step, 0.001))
        elif ex_hi is True and hi is not None:
            hi = hi - (1 if integer else 0.001)
        value: float = 1 if integer else 0.5
        if lo is not None and value < lo:
            value = lo
        if hi is not None and value > hi:
            value = hi
        multiple = schema.get("multipleOf")
        if multiple:
            value = multiple * max(1, round(value / multiple))
            if hi is not None and value > hi:
                value -= multiple
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise CannotBuild(f"{where}: no number in [{lo}, {hi}]")
        return int(value) if integer else value


# -- what the generated methods send -----------------------------------------------------------


@dataclass
class Wiring:
    """For one generated method: its operation and which parameter carries which wire name."""

    op_id: str
    method: str  # the Python method name, e.g. ``complete`` (sync)
    path: dict[str, str] = field(default_factory=lambda: {})  # wire name -> Python name
    query: dict[str, str] = field(default_factory=lambda: {})
    headers: dict[str, str] = field(default_factory=lambda: {})
    body: dict[str, str] = field(default_factory=lambda: {})
    body_whole: str | None = None  # the parameter holding the whole body


def generated_modules(root: Path = ROOT) -> list[Path]:
    """Every ``_generated/resources.py`` of the workspace's packages."""
    return sorted(root.glob("libs/*/src/mistralai/**/_generated/resources.py"))


def generated_wiring(paths: list[Path] | None = None) -> dict[tuple[str, str], Wiring]:
    """``(operationId, method name) -> Wiring`` read from the generated resource modules."""
    out: dict[tuple[str, str], Wiring] = {}
    for path in paths if paths is not None else generated_modules():
        tree = ast.parse(path.read_text())
        consts: dict[str, str] = {}
        for node in tree.body:
            # ``_X: Operation[...] = Operation(...)`` (or a plain assignment)
            target = (
                node.targets[0]
                if isinstance(node, ast.Assign) and len(node.targets) == 1
                else node.target
                if isinstance(node, ast.AnnAssign)
                else None
            )
            if (
                isinstance(target, ast.Name)
                and isinstance(node, ast.Assign | ast.AnnAssign)
                and isinstance(node.value, ast.Call)
            ):
                for kw in node.value.keywords:
                    if kw.arg == "operation_id" and isinstance(kw.value, ast.Constant):
                        consts[target.id] = str(kw.value.value)
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if not isinstance(fn, ast.FunctionDef):
                    continue
                wiring = _method_wiring(fn, consts)
                if wiring is not None:
                    out[(wiring.op_id, wiring.method)] = wiring
    return out


def _method_wiring(fn: ast.FunctionDef, consts: Mapping[str, str]) -> Wiring | None:
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("paginate", "paginate_async")
            and len(node.args) >= 4
            and isinstance(node.args[1], ast.Name)
            and node.args[1].id in consts
        ):
            # ``paginate(self._client, OP, OP_PAGING, {query}, path=..., body=...)``: the
            # same wiring as a plain call with the first page's query
            node = ast.Call(
                func=ast.Attribute(
                    value=ast.Attribute(value=ast.Name("self"), attr="_client"), attr="request"
                ),
                args=[node.args[1]],
                keywords=[ast.keyword(arg="query", value=node.args[3]), *node.keywords],
            )
        if (
            isinstance(node, ast.Call)
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Attribute)
            and node.args[0].attr == "_client"
            and isinstance(node.args[1], ast.Name)
            and node.args[1].id in consts
        ):
            # a wrapper (``wrap:`` in mapping.yaml): ``_upload.send(self._client, OP, ...)``
            # sends what ``self._client.request(OP, ...)`` would
            node = ast.Call(
                func=ast.Attribute(value=node.args[0], attr="request"),
                args=node.args[1:2],
                keywords=node.keywords,
            )
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "_client"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in consts
        ):
            continue
        wiring = Wiring(consts[node.args[0].id], fn.name)
        for kw in node.keywords:
            if (
                kw.arg == "body"
                and isinstance(kw.value, ast.Call)
                and isinstance(kw.value.func, ast.Name)
                and kw.value.func.id == "whole_or_fields"
            ):
                # ``whole_or_fields(request, "request", {fields}, ...)``: the fields carry the
                # body (the whole-body argument is the other form of the same call)
                kw = ast.keyword(arg="body", value=kw.value.args[2])
            if kw.arg in ("path", "query", "headers", "body") and isinstance(kw.value, ast.Dict):
                target: dict[str, str] = getattr(wiring, kw.arg)
                for key, value in zip(kw.value.keys, kw.value.values, strict=True):
                    if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                        target[str(key.value)] = value.id
            elif kw.arg == "body" and isinstance(kw.value, ast.Name):
                wiring.body_whole = kw.value.id
            elif kw.arg == "query" and isinstance(kw.value, ast.Name):
                # a paged method: the first page's query is the ``_query`` dict it builds
                for stmt in ast.walk(fn):
                    if (
                        isinstance(stmt, ast.AnnAssign)
                        and isinstance(stmt.target, ast.Name)
                        and stmt.target.id == "_query"
                        and isinstance(stmt.value, ast.Dict)
                    ):
                        for key, value in zip(stmt.value.keys, stmt.value.values, strict=True):
                            if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                                wiring.query[str(key.value)] = value.id
        return wiring
    return None
