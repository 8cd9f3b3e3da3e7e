"""The spec's schemas turned into a small typed intermediate representation.

Every component schema becomes a definition: an object schema (also an ``allOf``
composition, flattened) becomes a class (:class:`ObjDef`), anything else a type alias
(:class:`AliasDef`). Inline schemas that need a name of their own (objects with properties,
discriminated unions, enums of several values) are hoisted to definitions named
``<Parent><Field>`` (array items: the field name in the singular), the naming scheme of the
official SDK. Operation-level inline schemas (parameters, bodies, responses, events) use the
operation id in PascalCase as their parent name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from naming import field_name, pascal, singular

Json = Any
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()


# --- types -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class T:
    pass


@dataclass(frozen=True)
class TPrim(T):
    name: str  # str int float bool Any bytes File datetime None


@dataclass(frozen=True)
class TRef(T):
    name: str


@dataclass(frozen=True)
class TList(T):
    item: T


@dataclass(frozen=True)
class TDict(T):
    value: T


@dataclass(frozen=True)
class TUnion(T):
    members: tuple[T, ...]


@dataclass(frozen=True)
class TLit(T):
    values: tuple[Any, ...]
    open: bool


@dataclass(frozen=True)
class TDisc(T):
    prop: str
    variants: tuple[tuple[str, T], ...]


NONE = TPrim("None")
ANY = TPrim("Any")


def union(members: list[T]) -> T:
    flat: list[T] = []
    for m in members:
        for x in m.members if isinstance(m, TUnion) else (m,):
            if x not in flat:
                flat.append(x)
    if ANY in flat:
        return TUnion((ANY, NONE)) if NONE in flat else ANY
    # None last, for readability
    if NONE in flat:
        flat = [x for x in flat if x != NONE] + [NONE]
    if len(flat) == 1:
        return flat[0]
    return TUnion(tuple(flat))


def split_null(t: T) -> tuple[T, bool]:
    if t == NONE:
        return ANY, True
    if isinstance(t, TUnion) and NONE in t.members:
        rest = [m for m in t.members if m != NONE]
        return (rest[0] if len(rest) == 1 else TUnion(tuple(rest))), True
    return t, False


def refs(t: T) -> set[str]:
    if isinstance(t, TRef):
        return {t.name}
    if isinstance(t, TList):
        return refs(t.item)
    if isinstance(t, TDict):
        return refs(t.value)
    if isinstance(t, TUnion):
        return set().union(*(refs(m) for m in t.members))
    if isinstance(t, TDisc):
        return set().union(*(refs(v) for _, v in t.variants))
    return set()


# --- definitions -------------------------------------------------------------------------------


@dataclass
class FieldDef:
    wire: str
    py: str
    type: T  # without None
    nullable: bool
    required: bool
    default: Any  # MISSING when none
    doc: str
    const: bool = False


@dataclass
class ObjDef:
    name: str
    doc: str
    fields: list[FieldDef]
    origin: str
    consts: dict[str, Any] = field(default_factory=dict[str, Any])


@dataclass
class AliasDef:
    name: str
    type: T
    doc: str
    origin: str


Def = ObjDef | AliasDef


def _canonical(schema: Json) -> str:
    return json.dumps(schema, sort_keys=True)


def first_line(text: str | None) -> str:
    return (text or "").strip()


class IR:
    def __init__(
        self,
        spec: dict[str, Json],
        names: dict[str, str] | None = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        self.spec = spec
        self.names = names or {}
        self.field_names = fields or {}
        self.hoisted_from: dict[str, tuple[str, str]] = {}
        self.schemas: dict[str, Json] = spec["components"]["schemas"]
        self.defs: dict[str, Def] = {}
        self._canon: dict[str, str] = {}
        self._taken: set[str] = set(self.schemas)
        for name in self.schemas:
            if self._is_file(self.schemas[name]) and name == "File":
                continue
            self._define_component(name)
        self.ops: list[OpDef] = []
        for path_key, item in spec["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    self.ops.append(self._operation(path_key, method, op))

    # -- helpers

    @staticmethod
    def _is_file(schema: Json) -> bool:
        return schema.get("type") == "string" and schema.get("format") == "binary"

    def deref(self, schema: Json) -> Json:
        seen = 0
        while "$ref" in schema and seen < 20:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
            seen += 1
        return schema

    def _claim(self, name: str, schema: Json) -> tuple[str, bool]:
        """A free name for an inline schema; ``(name, True)`` when an identical one exists."""
        canon = _canonical(schema)
        base = name
        n = 1
        while name in self._taken:
            if self._canon.get(name) == canon:
                return name, True
            n += 1
            name = f"{base}{n}"
        self._taken.add(name)
        self._canon[name] = canon
        return name, False

    def is_object(self, schema: Json) -> bool:
        if "allOf" in schema and len(schema["allOf"]) > 1:
            return True
        if "allOf" in schema and schema.get("properties"):
            return True
        return bool(schema.get("properties")) and schema.get("type", "object") == "object"

    # -- definitions

    def _define_component(self, name: str) -> None:
        schema = self.schemas[name]
        if self.is_object(schema):
            self.defs[name] = self._object(name, schema, name)
        else:
            t = self.conv(schema, name, "", name, top=True)
            self.defs[name] = AliasDef(name, t, first_line(schema.get("description")), name)

    def _flatten(self, schema: Json) -> tuple[list[tuple[str, Json]], list[str], str]:
        props: dict[str, Json] = {}
        required: list[str] = []
        doc = ""
        parts = [schema]
        stack: list[Json] = []
        for part in schema.get("allOf", []):
            stack.append(part)
        for part in stack:
            if "$ref" in part:
                target = self.schemas[part["$ref"].rsplit("/", 1)[1]]
                p, r, d = self._flatten(target)
            else:
                p, r, d = self._flatten(part)
            for k, v in p:
                props[k] = v
            required += [x for x in r if x not in required]
            doc = doc or d
        for part in parts:
            for k, v in part.get("properties", {}).items():
                props[k] = v
            required += [x for x in part.get("required", []) if x not in required]
        doc = first_line(schema.get("description")) or doc
        return list(props.items()), required, doc

    def _object(
        self, name: str, schema: Json, origin: str, child_parent: str | None = None
    ) -> ObjDef:
        props, required, doc = self._flatten(schema)
        parent = child_parent or name
        fields: list[FieldDef] = []
        used: set[str] = set()
        for wire, prop in props:
            t = self.conv(prop, parent, prop_label(wire), origin)
            t, nullable = split_null(t)
            default = self._default(prop)
            py = (
                self.field_names.get(f"{name}.{wire}")
                or self.field_names.get(f"*.{wire}")
                or field_name(wire)
            )
            while py in used:
                py += "_"
            used.add(py)
            fd = FieldDef(
                wire=wire,
                py=py,
                type=t,
                nullable=nullable,
                required=wire in required,
                default=default,
                doc=first_line(prop.get("description")),
            )
            if isinstance(t, TLit) and not t.open and len(t.values) == 1 and not nullable:
                fd.const = True
                fd.default = t.values[0]
            fields.append(fd)
        return ObjDef(name, doc, fields, origin)

    def _default(self, prop: Json) -> Any:
        if "default" in prop:
            return prop["default"]
        for part in prop.get("allOf", []):
            if "default" in part:
                return part["default"]
        return MISSING

    def _inline_name(self, parent: str, label: str) -> str:
        key = f"{parent}.{label}"
        override = self.names.get(key)
        if override:
            return override
        return parent + pascal(label)

    def _hoist_object(self, parent: str, label: str, schema: Json, origin: str) -> T:
        name, exists = self._claim(self._inline_name(parent, label), schema)
        self.hoisted_from.setdefault(name, (parent, label))
        if not exists:
            self.defs[name] = self._object(name, schema, origin)
        return TRef(name)

    def _hoist_alias(self, parent: str, label: str, schema: Json, origin: str, make: Any) -> T:
        name, exists = self._claim(self._inline_name(parent, label), schema)
        self.hoisted_from.setdefault(name, (parent, label))
        if not exists:
            self.defs[name] = AliasDef(
                name, make(name), first_line(schema.get("description")), origin
            )
        return TRef(name)

    # -- types

    def conv(self, schema: Json, parent: str, label: str, origin: str, top: bool = False) -> T:
        t = self._conv(schema, parent, label, origin, top)
        if schema.get("nullable") is True:
            t = union([t, NONE])
        return t

    def _conv(self, schema: Json, parent: str, label: str, origin: str, top: bool) -> T:
        if not isinstance(schema, dict) or not schema:
            return ANY
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            if name == "File":
                return TPrim("File")
            return TRef(name)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [b for b in schema[key] if b.get("type") != "null"]
                has_null = len(branches) != len(schema[key])
                disc = schema.get("discriminator")
                if disc and len(branches) > 1:
                    variants = self._variants(disc, branches, parent, label, origin)
                    if variants is not None:
                        if top:
                            t: T = TDisc(disc["propertyName"], variants)
                        else:
                            t = self._hoist_alias(
                                parent,
                                label,
                                schema,
                                origin,
                                lambda _n, v=variants, p=disc["propertyName"]: TDisc(p, v),
                            )
                        return union([t, NONE]) if has_null else t
                members: list[T] = []
                inline_objects = [b for b in branches if "$ref" not in b and self.is_object(b)]
                for i, b in enumerate(branches):
                    sub_label = label
                    if "$ref" not in b and self.is_object(b) and len(inline_objects) > 1:
                        sub_label = label + (pascal(b.get("title", "")) or str(i + 1))
                    members.append(self.conv(b, parent, sub_label, origin))
                if has_null:
                    members.append(NONE)
                if not members:
                    return ANY
                return union(members)
        if "allOf" in schema:
            parts = schema["allOf"]
            if len(parts) == 1 and not schema.get("properties"):
                part = parts[0]
                if "$ref" not in part and part.get("title"):
                    return self.conv(part, parent, part["title"], origin, top)
                return self.conv(part, parent, label, origin, top)
            if top:
                raise AssertionError("object handled by caller")
            return self._hoist_object(parent, label, schema, origin)
        if "const" in schema:
            return TLit((schema["const"],), open=False)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            has_null = len(values) != len(schema["enum"])
            if len(values) == 1:
                t = TLit((values[0],), open=False)
            elif top or not all(isinstance(v, str) for v in values):
                t = TLit(tuple(values), open=all(isinstance(v, str) for v in values))
            else:
                t = self._hoist_alias(
                    parent, label, schema, origin, lambda _n, v=tuple(values): TLit(v, open=True)
                )
            return union([t, NONE]) if has_null else t
        typ = schema.get("type")
        if isinstance(typ, list):
            members = [self._conv({**schema, "type": x}, parent, label, origin, top) for x in typ]
            return union(members)
        if typ == "object" or (typ is None and "properties" in schema):
            if schema.get("properties"):
                if top:
                    raise AssertionError("object handled by caller")
                return self._hoist_object(parent, label, schema, origin)
            ap = schema.get("additionalProperties")
            if isinstance(ap, dict) and ap:
                return TDict(self.conv(ap, parent, label, origin))
            return TDict(ANY)
        if typ == "array":
            items = schema.get("items")
            if not items:
                return TList(ANY)
            return TList(self.conv(items, parent, singular(label), origin))
        if typ == "string":
            fmt = schema.get("format")
            if fmt == "binary":
                # upload fields of multipart bodies become File (see _operation)
                return TPrim("bytes")
            if fmt == "date-time":
                return TPrim("datetime")
            return TPrim("str")
        if typ == "integer":
            return TPrim("int")
        if typ == "number":
            return TPrim("float")
        if typ == "boolean":
            return TPrim("bool")
        if typ == "null":
            return NONE
        return ANY

    def _variants(
        self, disc: Json, branches: list[Json], parent: str, label: str, origin: str
    ) -> tuple[tuple[str, T], ...] | None:
        prop = disc["propertyName"]
        out: list[tuple[str, T]] = []
        mapping: dict[str, str] = disc.get("mapping") or {}
        if mapping:
            for tag, target in mapping.items():
                out.append((str(tag), TRef(target.rsplit("/", 1)[1])))
            return tuple(out)
        for b in branches:
            target = self.deref(b)
            props = dict(self._flatten(target)[0]) if self.is_object(target) else {}
            p = props.get(prop, {})
            tag = p.get("const")
            if tag is None and isinstance(p.get("enum"), list) and len(p["enum"]) == 1:
                tag = p["enum"][0]
            if tag is None:
                tag = p.get("default")
            if not isinstance(tag, str):
                return None
            if "$ref" in b:
                t = TRef(b["$ref"].rsplit("/", 1)[1])
            else:
                t = self._hoist_object(parent, label + pascal(tag), b, origin)
            out.append((tag, t))
        return tuple(out)

    # -- operations

    def _operation(self, path_key: str, method: str, op: Json) -> OpDef:
        op_id: str = op["operationId"]
        parent = pascal(op_id)
        origin = "op:" + op_id
        params: list[ParamDef] = []
        for p in op.get("parameters", []):
            if "$ref" in p:
                p = self.spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]
            schema = p.get("schema", {})
            t, nullable = split_null(self.conv(schema, parent, p["name"], origin))
            params.append(
                ParamDef(
                    wire=p["name"],
                    where=p["in"],
                    type=t,
                    nullable=nullable,
                    required=bool(p.get("required")),
                    default=self._default(schema),
                    doc=first_line(p.get("description") or schema.get("description")),
                )
            )
        call_security: dict[str, tuple[str, str]] = {}
        if "x-call-security" in op:
            # per-call credentials (3.x's ``security=``): an optional argument whose fields
            # become headers (overlay defect 10)
            sec = op["x-call-security"]
            call_security = {k: (v["header"], v["prefix"]) for k, v in sec["fields"].items()}
            params.append(
                ParamDef(
                    wire=sec["param"],
                    where="security",
                    type=self.conv(sec["schema"], parent, sec["param"], origin),
                    nullable=False,
                    required=False,
                    default=None,
                    doc="Credentials for this call only, instead of the client's API key.",
                )
            )
        body: T | None = None
        body_obj: ObjDef | None = None
        body_kind = "none"
        body_required = False
        rb = op.get("requestBody")
        if rb:
            if "$ref" in rb:
                rb = self.spec["components"]["requestBodies"][rb["$ref"].rsplit("/", 1)[1]]
            body_required = bool(rb.get("required"))
            ctype, media = next(iter(rb["content"].items()))
            body_kind = {
                "application/json": "json",
                "multipart/form-data": "multipart",
                "application/x-www-form-urlencoded": "form",
            }.get(ctype, "binary")
            schema = media.get("schema", {})
            if "$ref" not in schema and self.is_object(schema):
                title = schema.get("title") or "Request"
                if title == "MultiPartBodyParams" or title.startswith("Body"):
                    title = parent + pascal(title)
                name, exists = self._claim(title, schema)
                if not exists:
                    self.defs[name] = self._object(name, schema, origin, child_parent=parent)
                body = TRef(name)
            else:
                body = self.conv(schema, parent, "Request", origin)
            target = self.defs.get(body.name) if isinstance(body, TRef) else None
            if isinstance(target, ObjDef):
                body_obj = target
                if body_kind == "multipart":
                    for f in target.fields:
                        if f.type == TPrim("bytes"):
                            f.type = TPrim("File")
        response: T | None = None
        response_kind = "none"
        accept = "application/json"
        event: T | None = None
        event_framing = "sse"
        errors: list[T] = []
        for code, resp in op.get("responses", {}).items():
            content = resp.get("content") or {}
            if code.startswith("2") and response_kind == "none" and event is None:
                for ctype, media in content.items():
                    schema = media.get("schema", {})
                    if ctype == "text/event-stream":
                        event = self.conv(schema, parent, "Event", origin)
                    elif ctype in ("application/jsonl", "application/x-ndjson"):
                        # JSON Lines: a stream whose events are the lines themselves
                        event = self.conv(schema, parent, "Event", origin)
                        event_framing = "jsonl"
                    elif ctype == "application/json":
                        response = self.conv(schema, parent, "Response", origin)
                        response_kind = "json"
                    elif response_kind == "none":
                        response_kind = "str" if ctype.startswith("text/") else "bytes"
                        accept = ctype
            elif not code.startswith("2"):
                media = content.get("application/json")
                if media and "$ref" in media.get("schema", {}):
                    errors.append(self.conv(media["schema"], parent, "Error", origin))
        return OpDef(
            op_id=op_id,
            method=method.upper(),
            path_key=path_key,
            tags=list(op.get("tags", [])),
            summary=(op.get("summary") or "").strip(),
            description=(op.get("description") or "").strip(),
            deprecated=bool(op.get("deprecated")),
            params=params,
            body=body,
            body_obj=body_obj,
            body_kind=body_kind,
            body_required=body_required,
            response=response,
            response_kind=response_kind,
            accept=accept,
            event=event,
            errors=errors,
            call_security=call_security,
            key_headers=self._key_headers(op),
            event_framing=event_framing,
        )

    def _key_headers(self, op: Json) -> tuple[tuple[str, str], ...]:
        """Where the client's API key goes for this operation: the bearer token (every
        operation, as 2.x sends it), plus the header of each API-key-in-header scheme the
        operation's own ``security`` names (``DashboardUserContextAuth``: ``x-api-key``)."""
        schemes: dict[str, Json] = self.spec.get("components", {}).get("securitySchemes", {})
        out: list[tuple[str, str]] = [("authorization", "Bearer ")]
        for requirement in op.get("security") or []:
            for name in requirement:
                scheme = schemes.get(name, {})
                if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                    placement = (str(scheme["name"]).lower(), "")
                    if placement not in out:
                        out.append(placement)
        # the API-key headers of 3.x's per-call credentials (overlay defect 10)
        for field_ in (op.get("x-call-security") or {}).get("fields", {}).values():
            placement = (field_["header"], field_["prefix"])
            if placement[1] == "" and placement not in out:
                out.append(placement)
        return tuple(out)

    # -- analysis

    def deps(self, name: str) -> set[str]:
        d = self.defs[name]
        if isinstance(d, AliasDef):
            return refs(d.type)
        out: set[str] = set()
        for f in d.fields:
            out |= refs(f.type)
        return out

    def closure(self, roots: set[str]) -> set[str]:
        seen: set[str] = set()
        stack = [r for r in roots if r in self.defs]
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            stack.extend(x for x in self.deps(n) if x in self.defs and x not in seen)
        return seen


@dataclass
class ParamDef:
    wire: str
    where: str
    type: T
    nullable: bool
    required: bool
    default: Any
    doc: str


@dataclass
class OpDef:
    op_id: str
    method: str
    path_key: str
    tags: list[str]
    summary: str
    description: str
    deprecated: bool
    params: list[ParamDef]
    body: T | None
    body_obj: ObjDef | None
    body_kind: str
    body_required: bool
    response: T | None
    response_kind: str
    accept: str
    event: T | None
    errors: list[T]
    call_security: dict[str, tuple[str, str]] = field(default_factory=dict)
    key_headers: tuple[tuple[str, str], ...] = (("authorization", "Bearer "),)
    event_framing: str = "sse"  # or "jsonl"

    def types(self) -> list[T]:
        out = [p.type for p in self.params]
        out += [t for t in (self.body, self.response, self.event) if t is not None]
        return out + self.errors

    def request_types(self) -> list[T]:
        out = [p.type for p in self.params]
        return out + ([self.body] if self.body is not None else [])


def prop_label(wire: str) -> str:
    return wire
