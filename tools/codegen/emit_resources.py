"""Write ``resources.py`` (one Resource class per namespace) and ``attach.py`` of a package."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from emit_models import HEADER, Renderer, accepts, doc_literal, py_value
from naming import const_name, param_name, pascal
from overlay import overlaid_spec, wire_path
from paging import PagingSpec
from plan import PACKAGES, ROOT, SENTINEL_OPS, Method, Plan, generated_module
from schema_ir import MISSING, AliasDef, ObjDef, T, TList, TLit, TPrim, TRef, TUnion, split_null

SSE_FIELDS = ("event", "data", "id", "retry")
STRATEGY_CLASSES = {"cursor": "CursorPaging", "page": "PagePaging", "offset": "OffsetPaging"}
OPTIONS = ("retries", "server_url", "timeout_ms", "http_headers")
OPTIONS_DOC = (
    "The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` "
    "override the client's settings for this call (docs/configuration.md)."
)
_LITERAL_DEFAULT = re.compile(r"^(None|UNSET|True|False|-?\d+(\.\d+)?|'[^'\\]*'|\"[^\"\\]*\")$")


@cache
def lazy(expr: str) -> str:
    """A type expression as an ``Operation`` argument: naming a model, wrapped in a lambda,
    so that defining the operation imports no model (they load on the operation's first use)."""
    return f"lambda: {expr}" if "models." in expr else expr


def const_of(text: str) -> str:
    """The constant a ``_NAME: Operation[...] = ...`` (or ``_NAME = ...``) line defines."""
    return re.split(r": | = ", text, maxsplit=1)[0]


def official() -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Official method signatures and namespace class names, by dotted name: 2.x's
    (``official_2x.json``), and for the methods 2.x does not have on the same endpoint, those of
    the newest release (``spec/compat/official_surface_3.7.0.json``). Where both have a method,
    2.x's signature wins (docs/compat.md, "3.x")."""
    path = Path(__file__).resolve().parent / "official_2x.json"
    data = json.loads(path.read_text())
    methods: dict[str, dict[str, Any]] = dict(data["methods"])
    surface = json.loads((ROOT / "spec" / "compat" / "official_surface_3.7.0.json").read_text())
    for m in surface["methods"]:
        if not m.get("http_method") or m.get("kind") != "generated":
            continue
        http = f"{m['http_method']} {m['path']}"
        params = [
            {
                "name": p["name"],
                "in": p["in"],
                "default": p["default"],
                **({"wire": p["wire_name"]} if p.get("wire_name") else {}),
            }
            for p in m["params"]
        ]
        body = [p for p in params if p["in"] == "body"]
        if len(body) == 1:
            body[0]["sole_body"] = True  # 3.x takes the body as one argument
        known = methods.get(m["dotted"])
        if known is not None and known.get("http") == http:
            # 2.x's signature, then what 3.x added (by where it goes and its wire name)
            have = {(p["in"], p.get("wire") or p["name"]) for p in known["params"]}
            have |= {("body", p["name"]) for p in known["params"] if p["in"] == "multipart"}
            added = [
                {**p, "after_2x": True}
                for p in params
                if p["in"] not in ("option", "multipart")
                and (p["in"], p.get("wire") or p["name"]) not in have
            ]
            if added:
                methods[m["dotted"]] = {**known, "params": [*known["params"], *added]}
            continue
        if known is not None:
            continue  # 3.x calls another endpoint by this name: 2.x wins (docs/compat.md)
        methods[m["dotted"]] = {
            "http": http,
            "operation_id": m["operation_id"],
            "params": params,
        }
    namespaces: dict[str, str] = {
        ns["dotted"]: ns["class"] for ns in surface["namespaces"] if ns.get("class")
    }
    return methods, {**namespaces, **data["namespaces"]}


@cache
def stream_conditional() -> frozenset[str]:
    """Official methods whose ``stream=True`` answers a stream (2.x or 3.x): generated with
    typed overloads that hand ``stream=True`` to the streaming twin."""
    compat = ROOT / "spec" / "compat"
    out: set[str] = set()
    for name in ("official_surface.json", "official_surface_3.7.0.json"):
        methods = json.loads((compat / name).read_text())["methods"]
        out |= {m["dotted"] for m in methods if m.get("stream_conditional")}
    return frozenset(out)


@cache
def dropped_in_3x() -> frozenset[str]:
    """Methods of the official 2.x (2.5.1) that the newest release (3.7.0) no longer has."""
    compat = ROOT / "spec" / "compat"
    old = json.loads((compat / "official_surface.json").read_text())["methods"]
    new = json.loads((compat / "official_surface_3.7.0.json").read_text())["methods"]
    return frozenset({m["dotted"] for m in old} - {m["dotted"] for m in new})


@dataclass
class Param:
    name: str
    wire: str
    where: str  # path query header body body_whole body_extra
    annotation: str
    default: str | None  # None: required
    doc: str
    omit_none: bool
    nullable: bool = False
    const: str = ""  # the Python literal of the one allowed value, if there is only one
    required_field: bool = False  # a required body field made optional by a whole-body twin
    fixed: str = ""  # the Python literal a ``fix:`` method sends (not in its signature)


def _const_value(t: T) -> str:
    """The Python literal of the one value a type admits (``Literal["display_name"]``, maybe
    nullable), or ``""``."""
    t, _ = split_null(t)
    if isinstance(t, TLit) and len(t.values) == 1 and not t.open:
        return py_value(t.values[0])
    return ""


@cache
def _spec() -> dict[str, Any]:
    return overlaid_spec()


@cache
def _query_param_specs() -> dict[str, list[dict[str, Any]]]:
    """Operation id -> its query parameters as the overlaid spec writes them."""
    out: dict[str, list[dict[str, Any]]] = {}
    for item in _spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                params: list[dict[str, Any]] = op.get("parameters", [])  # pyright: ignore[reportUnknownMemberType,reportUnknownVariableType]
                out[str(op["operationId"])] = [p for p in params if p.get("in") == "query"]
    return out


def _is_object_schema(schema: dict[str, Any]) -> bool:
    if "$ref" in schema:
        schema = _spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    branches = [b for b in schema.get("anyOf", [schema]) if b.get("type") != "null"]
    if len(branches) != 1:
        return False
    branch = branches[0]
    if "$ref" in branch:
        return _is_object_schema(branch)
    return branch.get("type") == "object" or "properties" in branch


@cache
def query_styles(op_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(object parameters of the default style form + explode, parameters with JSON content)
    of an operation, by wire name: OpenAPI sends the first as one parameter per key, the
    second JSON-encoded."""
    explode: list[str] = []
    as_json: list[str] = []
    for p in _query_param_specs().get(op_id, []):
        if "content" in p:
            if "application/json" in p["content"]:
                as_json.append(p["name"])
        elif (
            p.get("style", "form") == "form"
            and p.get("explode", True)
            and _is_object_schema(p.get("schema", {}))
        ):
            explode.append(p["name"])
    return tuple(explode), tuple(as_json)


def namespace_owners(plan: Plan) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for m in plan.methods:
        parts = m.namespace.split(".")
        for i in range(1, len(parts) + 1):
            owners.setdefault(".".join(parts[:i]), set()).add(m.package)
    return owners


def owned_namespaces(plan: Plan, pkg: str) -> list[str]:
    owners = namespace_owners(plan)
    return sorted(ns for ns, p in owners.items() if p == {pkg})


def attach_points(plan: Plan, pkg: str) -> list[str]:
    owners = namespace_owners(plan)
    out: list[str] = []
    for ns in owned_namespaces(plan, pkg):
        parent = ns.rsplit(".", 1)[0] if "." in ns else ""
        if not parent or owners.get(parent) != {pkg}:
            out.append(ns)
    return out


def class_names(plan: Plan, pkg: str) -> dict[str, str]:
    _, classes = official()
    out: dict[str, str] = {}
    for ns in owned_namespaces(plan, pkg):
        name = classes.get(ns)
        if not name:
            parts = [p for p in ns.split(".") if p != "beta"]
            name = "".join(pascal(p) for p in parts)
        if name in out.values():
            name = "".join(pascal(p) for p in ns.split("."))
        out[ns] = name
    return out


def _deref(plan: Plan, t: T) -> T:
    t, _ = split_null(t)
    while isinstance(t, TRef):
        d = plan.ir.defs.get(t.name)
        if not isinstance(d, AliasDef):
            break
        t, _ = split_null(d.type)
    return t


def py_path(plan: Plan, t: T, wire_path: str, op_id: str) -> tuple[str, T]:
    """The Python attribute path of a dotted wire path into ``t``, and the type found there."""
    names: list[str] = []
    for part in [p for p in wire_path.split(".") if p]:
        target = _deref(plan, t)
        d = plan.ir.defs.get(target.name) if isinstance(target, TRef) else None
        found = (
            next((f for f in d.fields if f.wire == part), None) if isinstance(d, ObjDef) else None
        )
        if found is None:
            raise SystemExit(f"{op_id}: paging path {wire_path!r}: no field {part!r}")
        names.append(found.py)
        t = found.type
    return ".".join(names), t


def list_items(plan: Plan, t: T, op_id: str) -> list[T]:
    """Item types of a list type (several for a union of lists)."""
    t = _deref(plan, t)
    if isinstance(t, TList):
        return [t.item]
    if isinstance(t, TUnion):
        return [i for m in t.members for i in list_items(plan, m, op_id)]
    raise SystemExit(f"{op_id}: paging items are not a list")


class ResourcesModule:
    def __init__(self, plan: Plan, pkg: str) -> None:
        self.plan = plan
        self.pkg = pkg
        self.r = Renderer(plan, pkg, prefix="models.")
        self.runtime: set[str] = {"Resource"}
        self.typing: set[str] = set()
        self.abc: set[str] = set()
        self.classes = class_names(plan, pkg)
        self.op_consts: list[str] = []
        self.wire_bodies: dict[str, tuple[str, bool]] = {}
        """JSON bodies by operation id: (type expression, flattened), for emit_wire.py."""
        self.wrap_imports: dict[str, set[str]] = {}  # module -> names (wrappers' signatures)

    # -- parameters

    def params(self, m: Method) -> list[Param]:
        """The method's parameters (options aside): the operation's, and with a ``wrap:``
        those retyped and added by the wrapper (``where`` ``added``: before the options,
        ``added_last``: after them)."""
        out = self._operation_params(m)
        wrap = m.wrap
        if wrap is None:
            return out
        names = {p.name for p in out}
        missing = [n for n in (*wrap.requires, *(r[0] for r in wrap.retype)) if n not in names]
        if missing:
            raise SystemExit(f"{m.dotted}: wrapper {wrap.name} needs the parameters {missing}")
        retype = {name: (ann, doc) for name, ann, doc in wrap.retype}
        for i, p in enumerate(out):
            if p.name in retype:
                ann, doc = retype[p.name]
                out[i] = replace(p, annotation=ann, doc=doc or p.doc)  # as written
        for a in wrap.add:
            if a.name in names or a.name in OPTIONS:
                raise SystemExit(f"{m.dotted}: wrapper {wrap.name} adds {a.name}, already there")
            where = "added_last" if a.last else "added"
            out.append(Param(a.name, "", where, a.type, a.default, a.doc, False))
        return out

    def _operation_params(self, m: Method) -> list[Param]:
        plan, op, r = self.plan, m.op, self.r
        spec: dict[tuple[str, str], Param] = {}
        order: list[tuple[str, str]] = []

        def add(key: tuple[str, str], p: Param) -> None:
            spec[key] = p
            order.append(key)

        taken: set[str] = set()

        def pname(wire: str, where: str) -> str:
            name = param_name(wire)
            if name in taken:
                name = f"{name}_{where}"
            taken.add(name)
            return name

        rank = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        for p in sorted(op.params, key=lambda p: rank.get(p.where, 4)):
            ann = r.t(p.type, "param")
            default = None
            if not p.required:
                default = "UNSET" if p.nullable else "None"
                if (
                    p.default is not MISSING
                    and p.default is not None
                    and accepts(plan, p.type, p.default)
                ):
                    default = py_value(p.default)
            add(
                (p.where, p.wire),
                Param(
                    pname(p.wire, p.where),
                    p.wire,
                    p.where,
                    ann,
                    default,
                    p.doc,
                    not p.required and not p.nullable and p.where == "query",
                    nullable=p.nullable,
                    const=_const_value(p.type),
                ),
            )
            if p.nullable:
                spec[(p.where, p.wire)].annotation += " | None"
            fixed = dict(m.fixed).get(p.wire) if p.where == "path" else None
            if fixed is not None:
                if not accepts(plan, p.type, fixed):
                    raise SystemExit(f"{m.dotted}: fix: {p.wire} does not take {fixed!r}")
                spec[(p.where, p.wire)].fixed = py_value(fixed)
        if op.body_obj is not None:
            for f in op.body_obj.fields:
                ann = r.t(f.type, "param")
                if f.nullable and not (isinstance(f.type, TPrim) and f.type.name == "Any"):
                    ann += " | None"
                default = None
                if not f.required or f.const:
                    default = "UNSET" if f.nullable else "None"
                    if (
                        f.default is not MISSING
                        and f.default is not None
                        and accepts(plan, f.type, f.default)
                    ):
                        default = py_value(f.default)
                if m.stream and f.wire == "stream":
                    default = "True"
                add(
                    ("body", f.wire),
                    Param(
                        pname(f.wire, "body"),
                        f.wire,
                        "body",
                        ann,
                        default,
                        f.doc,
                        not f.required and not f.nullable,
                        nullable=f.nullable,
                        const=_const_value(f.type),
                    ),
                )
        elif op.body is not None:
            ann = r.t(op.body, "param")
            add(
                ("body_whole", ""),
                Param(
                    "request",
                    "",
                    "body_whole",
                    ann,
                    None if op.body_required else "None",
                    "The request body.",
                    False,
                ),
            )

        methods, _ = official()
        off = methods.get(m.dotted)
        if off is None and m.stream:
            # a streaming twin the official SDK has no name for: the plain method's signature
            # (3.x's one method for both), so ``create(stream=True, ...)`` forwards everything
            plain = next((x for x in self.plan.methods if x.op is m.op and not x.stream), None)
            off = methods.get(plain.dotted) if plain is not None else None
        path = wire_path(op.path_key)
        for wire, value in m.fixed:
            path = path.replace("{" + wire + "}", value)  # the official per-value endpoint
        if off is not None and off.get("http") != f"{op.method} {path}":
            off = None  # same name, another endpoint: the official signature does not apply
        if off is None:
            return [self._finish(spec[k]) for k in order]
        out: list[Param] = []
        used: set[tuple[str, str]] = set()
        for op_param in off["params"]:
            where = op_param["in"]
            if where == "option":
                continue
            wire = op_param.get("wire") or op_param["name"]
            if where == "body_extra":
                extra = Param(
                    op_param["name"],
                    "",
                    "body_extra",
                    "Mapping[str, Any]",
                    "None",
                    "Extra body fields, sent as given.",
                    False,
                )
                out.append(self._finish(extra))
                self.abc.add("Mapping")
                self.typing.add("Any")
                continue
            key = ("body", wire) if where in ("body", "multipart") else (where, wire)
            if (
                key not in spec
                and ("body_whole", "") in spec
                and ("body_whole", "") not in used
                and where in ("body", "request")
            ):
                key = ("body_whole", "")  # the official method's one body argument
            if (
                key not in spec
                and where == "body"
                and op.body_obj is not None
                and op.body is not None
                and op_param.get("sole_body")
            ):
                # 3.x's whole-body argument beside 2.x's separate fields: both accepted
                whole = Param(
                    op_param["name"],
                    "",
                    "body_whole",
                    r.t(op.body, "param") + " | None",
                    "None",
                    "The whole request body (instead of the separate arguments).",
                    False,
                )
                out.append(whole)
                continue
            if key not in spec and where == "body" and op.body_obj is not None:
                # an official body field the spec does not define (2.x's connector
                # ``connection_config``): sent as given, when given
                self.typing.add("Any")
                out.append(
                    self._finish(
                        Param(
                            op_param["name"],
                            op_param.get("wire") or op_param["name"],
                            "body",
                            "Any",
                            "UNSET",
                            "A field of the official SDK the spec does not define; sent as given.",
                            False,
                            nullable=True,
                        )
                    )
                )
                continue
            if key not in spec:
                continue  # the official parameter has no counterpart in the spec
            used.add(key)
            p = spec[key]
            p.name = op_param["name"]
            if op_param.get("after_2x"):
                out.append(self._not_in_2x(p))  # 3.x's name; 2.x's wire behaviour
                continue
            dflt = op_param.get("default")
            if (
                p.default is not None
                and isinstance(dflt, str)
                and _LITERAL_DEFAULT.match(dflt)
                and not (m.stream and p.wire == "stream")
            ):
                if dflt == "None" and p.default == "UNSET" and p.where != "path":
                    # 2.x's ``= None`` on a nullable field means "not given": 2.x sends
                    # nothing for it, not passed or None (``sharing_scope``), so None is
                    # left out here too rather than sent as null
                    p.omit_none = True
                p.default = dflt.replace("'", '"')
            out.append(self._finish(p))
        for k in order:
            if k not in used:
                out.append(self._not_in_2x(spec[k]))
        if any(p.where == "body_whole" for p in out):
            for p in out:
                if p.where == "body" and p.default is None:
                    # required unless the whole body is given (checked when called)
                    p.default, p.required_field = "None", True
                    p.annotation += " | None"
        return out

    def _not_in_2x(self, p: Param) -> Param:
        """A parameter 2.x does not have: 2.x never sends it, so neither do we unless given
        (the server applies its default); a constant (``sort_by`` with one value) 2.x sends
        from its request model, so it keeps its default."""
        if p.const and p.default in ("None", "UNSET") and p.where in ("query", "header"):
            p.default = p.const  # sent by 2.x from its request model
        elif p.default not in (None, "None", "UNSET") and not p.const:
            p.default = "UNSET" if p.nullable else "None"
        return self._finish(p)

    def _finish(self, p: Param) -> Param:
        if p.default == "UNSET":
            self.runtime.update({"OptionalNullable", "UNSET"})
            ann = p.annotation.removesuffix(" | None")
            p.annotation = f"OptionalNullable[{ann}]"
        elif (
            p.default is not None and not p.annotation.endswith("| None") and p.annotation != "Any"
        ):
            p.annotation += " | None"
        return p

    # -- operations

    def op_const(self, m: Method, cls: str) -> str:
        plan, op, r = self.plan, m.op, self.r
        name = const_name(cls) + "_" + const_name(m.name).lstrip("_")
        domain = m.dotted.split(".")[0]
        if domain == "beta":
            domain = ".".join(m.dotted.split(".")[:2])
        args = [
            f"operation_id={py_value(op.op_id)}",
            f"method={py_value(op.method)}",
            f"path={py_value(wire_path(op.path_key))}",
            f"namespace={py_value(domain)}",
            f"retry_safe={plan.retry_safe[op.op_id]}",
        ]
        if m.stream:
            assert m.event is not None
            event = r.t(m.event)
            fields = SSE_FIELDS
            if isinstance(m.event, TRef):
                d = plan.ir.defs[m.event.name]
                if isinstance(d, ObjDef):
                    fields = tuple(f.wire for f in d.fields if f.wire in SSE_FIELDS)
            args.insert(0, f"event={lazy(event)}")
            args.insert(
                1, "event_fields=frozenset({" + ", ".join(py_value(f) for f in fields) + "})"
            )
            if op.op_id in SENTINEL_OPS:
                args.insert(2, 'sentinel="[DONE]"')
            if op.event_framing != "sse":
                args.insert(1, f"framing={py_value(op.event_framing)}")
                args = [a for a in args if not a.startswith("event_fields=")]
            head = f"StreamOperation[{event}] = StreamOperation"
            self.runtime.add("StreamOperation")
        else:
            resp = self.response_type(m)
            args.append(f"response={lazy(resp)}")
            head = f"Operation[{resp}] = Operation"
            self.runtime.add("Operation")
            if op.accept != "application/json":
                args.append(f"accept={py_value(op.accept)}")
        if op.key_headers != (("authorization", "Bearer "),):
            args.append(f"key_headers={py_value(op.key_headers)}")
        explode, as_json = query_styles(op.op_id)
        if explode:
            args.append(f"query_explode=frozenset({{{', '.join(py_value(w) for w in explode)}}})")
        if as_json:
            args.append(f"query_json=frozenset({{{', '.join(py_value(w) for w in as_json)}}})")
        if op.body is not None:
            body = r.t(op.body) + (
                " | None" if not op.body_required and op.body_obj is None else ""
            )
            args.append("body=" + lazy(body))
            args.append(f"body_kind={py_value(op.body_kind)}")
            if op.body_obj is None:
                args.append("body_fields=False")
            if op.body_kind == "json":
                args.append(f"wire={py_value(generated_module(self.pkg) + '.wire')}")
                self.wire_bodies[op.op_id] = (body, op.body_obj is not None)
        text = f"{name}: {head}(\n    " + ",\n    ".join(args)
        self.op_consts.append(text + ",\n)")
        paging = self.plan.paging.get(op.op_id) if not m.stream else None
        if paging is not None:
            self.op_consts.append(self.paging_const(m, name, paging))
        return name

    def response_type(self, m: Method) -> str:
        op = m.op
        if op.response_kind == "json" and op.response is not None:
            return self.r.t(op.response)
        if op.response_kind == "bytes":
            return "bytes"
        if op.response_kind == "str":
            return "str"
        return "None"

    def method(self, m: Method, cls: str, is_async: bool) -> str:
        if m.base:  # a ``fix:`` method: the operation of the method it fixes a parameter of
            const = const_name(cls) + "_" + const_name(m.base.rsplit(".", 1)[1]).lstrip("_")
        elif is_async:
            const = const_name(cls) + "_" + const_name(m.name).lstrip("_")
        else:
            const = self.op_const(m, cls)
        params = self.params(m)
        sig = ["self", "*"]
        after: list[str] = []  # a wrapper's parameters placed after the options
        for p in params:
            if p.fixed:
                continue
            (after if p.where == "added_last" else sig).append(
                f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default is not None else "")
            )
        self.runtime.update({"RetryConfig", "OptionalNullable", "UNSET"})
        self.abc.add("Mapping")
        sig += [
            "retries: OptionalNullable[RetryConfig] = UNSET",
            "server_url: str | None = None",
            "timeout_ms: int | None = None",
            "http_headers: Mapping[str, str] | None = None",
            *after,
        ]
        ev = "Any"
        if m.stream:
            ev = self.r.t(m.event) if m.event is not None else "Any"
            kind = "EventStreamAsync" if is_async else "EventStream"
            self.runtime.add(kind)
            ret = f"{kind}[{ev}]"
            call = "stream_async" if is_async else "stream"
        else:
            ret = self.response_type(m)
            call = "request_async" if is_async else "request"
        paging = self.plan.paging.get(m.op.op_id) if not m.stream else None
        target = f"self._client.{call}("
        if m.wrap is not None:
            # a hand-written wrapper: same request pieces, handed to ``<via>.<call>``
            if paging is not None or self.stream_twin(m, params) is not None:
                raise SystemExit(f"{m.dotted}: a wrapper of a paging or twin method")
            package, module = m.wrap.via.rsplit(".", 1)
            self.wrap_imports.setdefault(package, set()).add(module)
            for mod, names in m.wrap.imports:
                self.wrap_imports.setdefault(mod, set()).update(names)
            target = f"{module}.{m.wrap.call}{'_async' if is_async else ''}(self._client, "
            returns = m.wrap.returns_async if is_async else m.wrap.returns
            if returns:
                ret = returns.format(event=ev)
        page_cls = ""
        ret_page = ret
        if paging is not None and not paging.items:
            # a bare list (2.x returned the list): a page object over it
            item = self.paging_item_type(m, paging)
            page_cls = ("Async" if is_async else "Sync") + "ListPage"
            self.runtime.add(page_cls)
            page_cls = f"{page_cls}[{ret}, {item}]"
            ret_page = page_cls
        elif paging is not None:
            # the response model itself (a PagedModel, as 2.x returned it), pager attached
            page_cls = "paginate_async" if is_async else "paginate"
            self.runtime.add(page_cls)
        name = m.name + ("_async" if is_async else "")
        twin = self.stream_twin(m, params)
        lines: list[str] = []
        prelude: list[str] = []
        if twin is not None and m.dotted in stream_conditional():
            # ``stream=True`` answers the twin's stream (3.x's one method for both)
            ev = self.r.t(twin.event) if twin.event is not None else "Any"
            stream_ret = f"{'EventStreamAsync' if is_async else 'EventStream'}[{ev}]"
            self.runtime.add("EventStreamAsync" if is_async else "EventStream")
            self.typing.update({"Literal", "overload"})
            head = f"    {'async ' if is_async else ''}def {name}("
            for flag, result in (
                ("Literal[False] = False", ret_page),
                ("Literal[True]", stream_ret),
            ):
                overload_sig = [
                    x if not x.startswith("stream:") else f"stream: {flag}" for x in sig
                ]
                lines += ["    @overload", f"{head}{', '.join(overload_sig)}) -> {result}: ..."]
            sig = [x if not x.startswith("stream:") else "stream: bool = False" for x in sig]
            ret_page = f"{ret_page} | {stream_ret}"
            forward = (
                ", ".join(f"{x.name}={x.name}" for x in params if x.name != "stream")
                + ", "
                + ", ".join(f"{o}={o}" for o in OPTIONS)
            )
            aw = "await " if is_async else ""
            twin_name = twin.name + ("_async" if is_async else "")
            prelude = ["        if stream:", f"            return {aw}self.{twin_name}({forward})"]
        elif twin is not None:
            # 2.x's flag stays, but only False: a stream has its own method
            self.typing.add("Literal")
            sig = [
                x if not x.startswith("stream:") else "stream: Literal[False] = False" for x in sig
            ]
            twin_name = twin.name + ("_async" if is_async else "")
            prelude = [
                "        if stream:",
                f'            raise TypeError("{m.name}{"_async" if is_async else ""}() does not '
                f'stream: call {twin_name}() for a stream")',
            ]
        lines.append(
            f"    {'async ' if is_async else ''}def {name}({', '.join(sig)}) -> {ret_page}:"
        )
        if is_async:
            lines.append(f'        """Async twin of :meth:`{m.name}`."""')
        else:
            lines.append(doc_literal(self.docstring(m, params, paging), "        "))
        lines += prelude
        groups: dict[str, list[str]] = {"path": [], "query": [], "header": [], "body": []}
        whole = extra = None
        omit: list[str] = []
        security = None
        for p in params:
            if p.where == "security":
                security = p.name
            elif p.where in ("added", "added_last"):
                continue  # handed to the wrapper below
            elif p.where == "body_whole":
                whole = p.name
            elif p.where == "body_extra":
                extra = p.name
            else:
                groups[p.where].append(f"{py_value(p.wire)}: {p.fixed or p.name}")
            if p.omit_none:
                omit.append(p.wire)
        call_args = [const]
        for key, kw in (("path", "path"), ("query", "query"), ("header", "headers")):
            if key == "query" and paging is not None:
                call_args.append("query=_q")
            elif groups[key]:
                call_args.append(f"{kw}={{{', '.join(groups[key])}}}")
        if groups["body"] and whole:
            self.runtime.add("whole_or_fields")
            required = [p.wire for p in params if p.where == "body" and p.required_field]
            defaults = [
                f"{py_value(p.wire)}: {p.default}"
                for p in params
                if p.where == "body" and p.default not in (None, "None", "UNSET")
            ]
            extras = ""
            if required:
                extras += f", required=({', '.join(py_value(w) for w in required)},)"
            if defaults:
                extras += f", defaults={{{', '.join(defaults)}}}"
            call_args.append(
                f"body=whole_or_fields({whole}, {py_value(whole)}, "
                f"{{{', '.join(groups['body'])}}}{extras})"
            )
        elif groups["body"]:
            if extra:
                call_args.append(f"body={{**({extra} or {{}}), {', '.join(groups['body'])}}}")
            else:
                call_args.append(f"body={{{', '.join(groups['body'])}}}")
        elif whole:
            call_args.append(f"body={whole}")
        call_args += [f"{p.name}={p.name}" for p in params if p.where.startswith("added")]
        call_args += [f"{o}={o}" for o in OPTIONS]
        if security is not None:
            self.runtime.add("security_headers")
            schemes = ", ".join(
                f"{py_value(k)}: ({py_value(h)}, {py_value(pre)})"
                for k, (h, pre) in m.op.call_security.items()
            )
            call_args[-1] = (
                f"http_headers=security_headers({security}, {{{schemes}}}, http_headers)"
            )
        aw = "await " if is_async else ""
        if paging is not None and page_cls.startswith("paginate"):
            # one call: core builds the fetch of the next pages from the same request
            request = [a for a in call_args[1:] if not a.startswith("query=")]
            query = f"{{{', '.join(groups['query'])}}}"
            lines.append(
                f"        return {aw}{page_cls}(self._client, {const}, {const}_PAGING, {query}, "
                + ", ".join(request)
                + ")"
            )
        elif paging is not None:
            self.typing.add("Any")
            lines.append(
                f"        {'async ' if is_async else ''}def _fetch(_q: Mapping[str, Any]) -> {ret}:"
            )
            lines.append(f"            return {aw}{target}{', '.join(call_args)})")
            lines.append("")
            lines.append(f"        _query: dict[str, Any] = {{{', '.join(groups['query'])}}}")
            lines.append(
                f"        return {page_cls}{'' if page_cls.startswith('paged') else '.first'}"
                f"({aw}_fetch(_query), _fetch, _query, {const}_PAGING)"
            )
        else:
            lines.append(f"        return {aw}{target}{', '.join(call_args)})")
        if not is_async:
            self._omit[const] = omit
        return "\n".join(lines)

    def stream_twin(self, m: Method, params: list[Param]) -> Method | None:
        """The streaming method of the same operation, when ``m`` is its plain twin and takes
        the body's ``stream`` flag."""
        if m.stream or not any(p.name == "stream" and p.where == "body" for p in params):
            return None
        return next(
            (x for x in self.plan.methods if x.op is m.op and x.stream and x.package == m.package),
            None,
        )

    def paging_item_type(self, m: Method, paging: PagingSpec) -> str:
        op = m.op
        assert op.response is not None
        _, t = py_path(self.plan, op.response, paging.items, op.op_id)
        items = [self.r.t(i) for i in list_items(self.plan, t, op.op_id)]
        return " | ".join(dict.fromkeys(items))

    def paging_const(self, m: Method, const: str, paging: PagingSpec) -> str:
        op = m.op
        assert op.response is not None
        args: list[str] = []
        for key in ("items", "cursor", "param", "start", "total", "total_pages", "more"):
            value = getattr(paging, key)
            if key == "start":
                if paging.strategy == "page":
                    args.append(f"start={value}")
                continue
            if value is None:
                continue
            if key != "param":
                value, _ = py_path(self.plan, op.response, value, op.op_id)
            args.append(f"{key}={py_value(value)}")
        cls = STRATEGY_CLASSES[paging.strategy]
        self.runtime.add(cls)
        return f"{const}_PAGING = {cls}({', '.join(args)})"

    def docstring(self, m: Method, params: list[Param], paging: PagingSpec | None = None) -> str:
        op = m.op
        parts: list[str] = []
        head = op.summary or op.op_id
        parts.append(head.rstrip(".") + ".")
        fixed = ", ".join(f"``{p.name}={p.fixed}``" for p in params if p.fixed)
        if fixed:
            parts.append("")
            parts.append(f"This method sends {fixed}.")
        if op.description and op.description != op.summary:
            parts.append("")
            parts.append(op.description)
        if m.wrap is not None and m.wrap.doc:
            parts.append("")
            parts.append(m.wrap.doc)
        if paging is not None:
            parts.append("")
            if paging.items:
                parts.append(
                    "Returns the first page (the response model); iterating over it yields the "
                    "items of every page, fetching the next pages as needed (``.pages()``, "
                    "``.next_page()``)."
                )
            else:
                parts.append(
                    "Returns the first page (``.page``; ``len()`` and ``[i]`` read it); "
                    "iterating over the result yields the items of every page, fetching the "
                    "next pages as needed (``.pages()``, ``.next_page()``)."
                )
        if op.deprecated:
            parts.append("")
            parts.append(".. deprecated:: the API marks this operation as deprecated.")
        elif m.dotted in dropped_in_3x():
            parts.append("")
            parts.append(
                ".. deprecated:: the official SDK 3.x no longer has this method (kept for code "
                "written for 2.x; the API still serves it)."
                + (f" Call ``{m.base.rsplit('.', 1)[1]}`` with {fixed}." if fixed else "")
            )
        parts.append("")
        # The per-call options are documented once; they stay explicit in the signature, where
        # IDEs and ``inspect.signature`` show them, as 2.x had them.
        parts.append(OPTIONS_DOC)
        parts.append("")
        last: list[str] = []
        for p in params:
            if p.fixed:
                continue
            doc = " ".join(p.doc.split()) if p.doc else ""
            (last if p.where == "added_last" else parts).append(f":param {p.name}: {doc}".rstrip())
        return "\n".join([*parts, *last])

    # -- module

    def render(self) -> str:
        self._omit: dict[str, list[str]] = {}
        by_ns: dict[str, list[Method]] = {}
        for m in self.plan.methods:
            if m.package == self.pkg:
                by_ns.setdefault(m.namespace, []).append(m)
        class_texts: list[str] = []
        raw_texts: list[str] = []
        raw_classes: list[str] = []
        for ns in self.classes:
            cls = self.classes[ns]
            children = [
                c for c in self.classes if c.rsplit(".", 1)[0] == ns and c != ns and "." in c
            ]
            body: list[str] = []
            doc = f"Operations of ``{ns}``."
            body.append(f'    """{doc}"""')
            slots = [f"_ns_{c.rsplit('.', 1)[1]}" for c in children]
            body.append("    __slots__ = (" + "".join(f"{py_value(s)}, " for s in slots) + ")")
            for c, slot in zip(children, slots, strict=True):
                body.append(f"    {slot}: {self.classes[c]}")
            for c, slot in zip(children, slots, strict=True):
                attr = c.rsplit(".", 1)[1]
                body.append(
                    f"\n    @property\n    def {attr}(self) -> {self.classes[c]}:\n"
                    f'        """Operations of ``{c}``."""\n'
                    f"        try:\n            return self.{slot}\n        except AttributeError:\n"
                    f"            self.{slot} = {self.classes[c]}(self._client)\n"
                    f"            return self.{slot}"
                )
            methods = by_ns.get(ns, [])
            if methods:
                # the raw twin: a facade over this same class bound to the raw-mode client
                # (one line per method, no duplicated body; see mistralai/core/raw.py)
                raw_cls = f"{cls}WithRawResponse"
                raw_classes.append(raw_cls)
                body.append(
                    f"\n    @property\n    def with_raw_response(self) -> {raw_cls}:\n"
                    '        """The same methods, answering a ``RawResponse`` (status, headers, '
                    'rate limits, request id; ``parse()`` gives the usual result)."""\n'
                    f"        return {raw_cls}(self)"
                )
                names = [m.name + s for m in methods for s in ("", "_async")]
                raw_texts.append(
                    f"\n\nclass {raw_cls}(RawResource):\n"
                    f'    """``{ns}.with_raw_response``: each method answers a ``RawResponse``."""\n\n'
                    "    __slots__ = ()\n\n"
                    + "\n".join(f"    {n} = raw_method({cls}.{n})" for n in names)
                )
                self.runtime.update({"RawResource", "raw_method"})
            for m in methods:
                body.append("")
                body.append(self.method(m, cls, False))
                body.append("")
                body.append(self.method(m, cls, True))
            class_texts.append(f"\n\nclass {cls}(Resource):\n" + "\n".join(body))
        # operations of another package's area that this package's helpers call
        for op in self.plan.borrowed.get(self.pkg, []):
            home = next(x for x in self.plan.methods if x.op is op and not x.stream)
            prefix = "Borrowed" + "".join(pascal(x) for x in home.namespace.split("."))
            self.op_const(Method(op, self.pkg, home.dotted, False, None), prefix)
        # operations no method exposes (``method: false``), for this package's helpers
        for m in self.plan.unexposed:
            if m.package == self.pkg:
                self.op_const(m, "".join(pascal(x) for x in m.namespace.split(".")))
        # omit_none goes into the operation constants
        consts: list[str] = []
        for text in self.op_consts:
            name = const_of(text)
            omit = self._omit.get(name, [])
            if omit:
                text = (
                    text[: -len(",\n)")]
                    + ",\n    omit_none=frozenset({"
                    + ", ".join(py_value(o) for o in omit)
                    + "}),\n)"
                )
            consts.append(text)
        registry = self.registry(consts)
        out = [
            HEADER,
            f'"""Resources (API methods) of the {self.pkg} distribution."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        if self.abc or self.r.abc:
            out.append(f"from collections.abc import {', '.join(sorted(self.abc | self.r.abc))}")
        if self.r.datetime:
            out.append("from datetime import datetime")
        typing = self.typing | self.r.typing
        if typing:
            out.append(f"from typing import {', '.join(sorted(typing))}")
        out.append("")
        out.append(
            f"from mistralai.core.runtime import {', '.join(sorted(self.runtime | self.r.runtime))}"
        )
        out.append(f"from {generated_module(self.pkg)} import models")
        for module, names in sorted(self.wrap_imports.items()):
            out.append(f"from {module} import {', '.join(sorted(names))}")
        out.append("")
        out.append(
            "__all__ = ["
            + "".join(f"{py_value(c)}, " for c in sorted([*self.classes.values(), *raw_classes]))
            + "]"
        )
        out.append("")
        out += consts
        out += class_texts
        out += raw_texts
        out += registry
        return "\n".join(out) + "\n"

    def registry(self, consts: list[str]) -> list[str]:
        """``OPERATIONS``: operation id -> its constant (``<id>:stream`` for the streaming twin
        of an operation answering JSON and SSE), what hand-written helpers and the plugin
        registry look operations up in, by id."""
        table: dict[str, str] = {}
        for text in consts:
            name = const_of(text)
            if name.endswith("_PAGING"):
                continue
            op_id = re.search(r'operation_id="([^"]+)"', text)
            assert op_id, text
            key = op_id.group(1)
            if ": StreamOperation[" in text and key in table:
                key += ":stream"
            elif key in table and ": StreamOperation[" in self._const_text(table[key], consts):
                table[key + ":stream"] = table.pop(key)
            table.setdefault(key, name)
        self.typing.add("Any")
        return [
            "",
            "",
            "OPERATIONS: dict[str, Operation[Any]] = {",
            *(f"    {py_value(k)}: {v}," for k, v in table.items()),
            "}",
            '"""Every operation of this module by id (the streaming twin of an operation answering '
            'JSON and SSE as ``<id>:stream``)."""',
        ]

    @staticmethod
    def _const_text(name: str, consts: list[str]) -> str:
        return next(t for t in consts if const_of(t) == name)


def render_resources(
    plan: Plan, pkg: str, wire_bodies: dict[str, tuple[str, bool]] | None = None
) -> str:
    """The package's resources module; its JSON bodies are added to ``wire_bodies``."""
    module = ResourcesModule(plan, pkg)
    text = module.render()
    if wire_bodies is not None:
        wire_bodies.update(module.wire_bodies)
    return text


@cache
def resource_overrides() -> dict[str, str]:
    """Hand-written resource classes by attach point (``resources.yaml``)."""
    import yaml

    path = Path(__file__).resolve().parent / "resources.yaml"
    data: dict[str, str] = yaml.safe_load(path.read_text()) or {}
    return data


def attach_targets(plan: Plan, pkg: str) -> dict[str, str]:
    """Attach point -> ``"module:Class"`` of a package, hand-written classes first."""
    classes = class_names(plan, pkg)
    mod = generated_module(pkg) + ".resources"
    overrides = resource_overrides()
    return {ns: overrides.get(ns, f"{mod}:{classes[ns]}") for ns in attach_points(plan, pkg)}


def render_attach(plan: Plan, pkg: str) -> str:
    lines = [
        HEADER,
        f'"""Where the resources of {pkg} attach on the client: dotted attach point -> "module:Class"."""',
        "",
        '__all__ = ["ATTACH", "OPERATIONS"]',
        "",
        "ATTACH: dict[str, str] = {",
    ]
    for ns, target in attach_targets(plan, pkg).items():
        lines.append(f"    {py_value(ns)}: {py_value(target)},")
    lines.append("}")
    lines.append("")
    lines.append(f"OPERATIONS = {py_value(generated_module(pkg) + '.resources:OPERATIONS')}")
    lines.append(
        '"""Import string of the package\'s operation registry (operation id -> Operation)."""'
    )
    return "\n".join(lines) + "\n"


def render_first_party(plan: Plan) -> str:
    """Attach point -> the first-party distribution serving it, for naming the package to
    install when a namespace is used without it (the packages' own tables are the source)."""
    lines = [
        HEADER,
        '"""Which first-party distribution serves each attach point (``chat``, ``beta.agents``):',
        "used only to name the package to install when one is missing. Registration itself",
        'goes through entry points like any plugin\'s."""',
        "",
        '__all__ = ["FIRST_PARTY"]',
        "",
        "FIRST_PARTY: dict[str, str] = {",
    ]
    for pkg in PACKAGES:
        for point in attach_targets(plan, pkg):
            lines.append(f"    {py_value(point)}: {py_value(pkg)},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_client_types(plan: Plan) -> str:
    """Static types of everything the domain packages attach to ``Mistral`` (type checkers
    only: at run time the attributes come from the plugin registry)."""
    targets: dict[str, str] = {}
    for pkg in PACKAGES:
        targets.update(attach_targets(plan, pkg))
    modules = sorted({t.split(":")[0] for t in targets.values()})
    alias = {
        m: "_" + m.removeprefix("mistralai.").replace("._", "_").replace(".", "_") for m in modules
    }
    roots: dict[str, str] = {}
    nested: dict[str, dict[str, str]] = {}
    for point, target in sorted(targets.items()):
        module, cls = target.split(":")
        annotation = f"{alias[module]}.{cls}"
        head, _, rest = point.partition(".")
        if rest:
            nested.setdefault(head, {})[rest] = annotation
        else:
            roots[point] = annotation
    lines = [
        HEADER,
        '"""Static types of the resources that domain packages attach to ``Mistral``.',
        "",
        "For type checkers only: at run time each attribute is resolved through the plugin",
        "registry, and a missing package raises ``MissingDomainError``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    import {m} as {alias[m]}" for m in modules]
    lines += ["", '__all__ = ["ClientResources"]', ""]
    for head, children in sorted(nested.items()):
        lines += ["", f"class {pascal(head)}Namespace:", f'    """``client.{head}``."""', ""]
        lines += [f"    {name}: {annotation}" for name, annotation in sorted(children.items())]
        lines.append("")
    lines += [
        "",
        "class ClientResources:",
        '    """The attributes of ``Mistral`` given by domain packages."""',
        "",
    ]
    for name, annotation in sorted(roots.items()):
        lines.append(f"    {name}: {annotation}")
    for head in sorted(nested):
        lines.append(f"    {head}: {pascal(head)}Namespace")
    return "\n".join(lines) + "\n"
