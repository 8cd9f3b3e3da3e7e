"""What goes where: operations to packages, definitions to modules, which models get twins."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from paging import PagingSpec, classify
from schema_ir import (
    IR,
    MISSING,
    AliasDef,
    ObjDef,
    OpDef,
    T,
    TDisc,
    TLit,
    TPrim,
    TRef,
    TUnion,
    refs,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORE = "mistralai-core"
sys.path.insert(0, str(ROOT / "tools" / "packaging"))
from domains import domain_packages  # noqa: E402

# distribution -> its module under ``mistralai.api``: the packages of libs/ themselves
PACKAGES: dict[str, str] = domain_packages(ROOT)
SENTINEL_OPS = {
    "chat_completion_v1_chat_completions_post",
    "fim_completion_v1_fim_completions_post",
    "agents_completion_v1_agents_completions_post",
}


def module_of_package(pkg: str) -> str:
    """Dotted module path under ``mistralai``: ``core`` or ``api.<domain>``."""
    return "core" if pkg == CORE else f"api.{PACKAGES[pkg]}"


def generated_dir(pkg: str) -> Path:
    mod = module_of_package(pkg)
    return ROOT / "libs" / pkg / "src" / "mistralai" / Path(*mod.split(".")) / "_generated"


def generated_module(pkg: str) -> str:
    return f"mistralai.{module_of_package(pkg)}._generated"


@dataclass(frozen=True)
class Added:
    """A parameter a wrapper adds to the operation's (``add:`` in ``_wrappers``)."""

    name: str
    type: str
    default: str
    doc: str
    last: bool  # after the per-call options (else after the API's parameters, before them)


@dataclass(frozen=True)
class Wrap:
    """A hand-written wrapper of an operation's method (``_wrappers`` in mapping.yaml): the
    generator emits the signature (the API's parameters, retyped where ``retype`` says, plus
    ``add``) and a body handing the request to ``<via>.<call>`` (``<call>_async``)."""

    name: str
    via: str  # the hand-written module, ``mistralai.api.files._upload``
    call: str  # its function: ``call(client, op, <what client.request takes>, <added>)``
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # module -> names the signature needs
    retype: tuple[tuple[str, str, str], ...]  # (parameter, annotation, doc)
    add: tuple[Added, ...]
    requires: tuple[str, ...]  # parameters the operation must have
    returns: str  # "" (the operation's result) or a template with {event}
    returns_async: str
    doc: str  # what the wrapper adds, a paragraph of the docstring


_WRAP_KEYS = {"via", "call", "imports", "retype", "add", "requires", "returns", "doc"}
_ADD_KEYS = {"name", "type", "default", "doc", "position"}


def _wrappers(raw: dict[str, Any]) -> dict[str, Wrap]:
    """``_wrappers:`` of mapping.yaml, checked."""
    out: dict[str, Wrap] = {}
    for name, w in (raw or {}).items():
        unknown = set(w) - _WRAP_KEYS
        if unknown or not {"via", "call"} <= set(w):
            raise SystemExit(
                f"mapping.yaml: _wrappers.{name}: needs via and call, unknown keys {sorted(unknown)}"
            )
        added: list[Added] = []
        for a in w.get("add") or []:
            if set(a) - _ADD_KEYS or not {"name", "type", "default"} <= set(a):
                raise SystemExit(f"mapping.yaml: _wrappers.{name}.add: bad entry {a}")
            if a.get("position", "api") not in ("api", "last"):
                raise SystemExit(f"mapping.yaml: _wrappers.{name}.add: position is api or last")
            added.append(
                Added(
                    a["name"],
                    a["type"],
                    str(a["default"]),
                    a.get("doc", ""),
                    a.get("position") == "last",
                )
            )
        returns = w.get("returns") or {}
        out[name] = Wrap(
            name=name,
            via=w["via"],
            call=w["call"],
            imports=tuple((m, tuple(n)) for m, n in (w.get("imports") or {}).items()),
            retype=tuple(
                (p, r["type"], r.get("doc", "")) for p, r in (w.get("retype") or {}).items()
            ),
            add=tuple(added),
            requires=tuple(w.get("requires") or ()),
            returns=returns.get("sync", ""),
            returns_async=returns.get("async", ""),
            doc=" ".join(str(w.get("doc", "")).split()),
        )
    return out


@dataclass
class Method:
    op: OpDef
    package: str
    dotted: str  # full dotted name, e.g. chat.complete
    stream: bool  # generated as a stream method
    event: T | None
    wrap: Wrap | None = None  # a hand-written wrapper's signature (``wrap:``)
    fixed: tuple[tuple[str, str], ...] = ()  # path parameter (wire) -> value (``fix:``)
    base: str = ""  # with ``fixed``: the dotted name of the method taking the parameter

    @property
    def namespace(self) -> str:
        return self.dotted.rsplit(".", 1)[0]

    @property
    def name(self) -> str:
        return self.dotted.rsplit(".", 1)[1]


class Plan:
    def __init__(self, spec: dict[str, Any]) -> None:
        raw: dict[str, Any] = yaml.safe_load((HERE / "mapping.yaml").read_text())
        # ``_name: value`` keys are settings, not operations
        self.mapping: dict[str, dict[str, Any]] = {
            k: v for k, v in raw.items() if not k.startswith("_")
        }
        self.retry_safe_methods: frozenset[str] = frozenset(
            m.upper() for m in raw.get("_retry_safe_methods") or ()
        )
        if not self.retry_safe_methods:
            raise SystemExit("mapping.yaml: _retry_safe_methods (the retry-safety rule) is missing")
        names: dict[str, dict[str, str]] = yaml.safe_load((HERE / "names.yaml").read_text()) or {}
        self.ir = IR(spec, names.get("inline") or {}, names.get("fields") or {})
        self.compat_aliases: dict[str, str] = names.get("aliases") or {}
        for alias, target in self.compat_aliases.items():
            if target not in self.ir.defs or alias in self.ir.defs:
                raise SystemExit(f"names.yaml: bad alias {alias} -> {target}")
        ops = {op.op_id: op for op in self.ir.ops}
        missing = set(ops) - set(self.mapping)
        extra = set(self.mapping) - set(ops)
        if missing or extra:
            raise SystemExit(
                f"mapping.yaml out of date: missing {sorted(missing)}, unknown {sorted(extra)}"
            )
        # package -> operations it borrows from another package's area (a helper that calls
        # them: batch uploads files); emitted into its own registry, typed from the spec
        raw_borrow: dict[str, list[str]] = raw.get("_borrow") or {}
        self.borrowed: dict[str, list[OpDef]] = {}
        for pkg, op_ids in raw_borrow.items():
            if pkg not in PACKAGES:
                raise SystemExit(f"mapping.yaml: _borrow: unknown package {pkg}")
            unknown = sorted(set(op_ids) - set(ops))
            if unknown:
                raise SystemExit(f"mapping.yaml: _borrow: unknown operations {unknown}")
            self.borrowed[pkg] = [ops[o] for o in op_ids]
        self.paging: dict[str, PagingSpec] = classify(self.ir, self.ir.ops, self.mapping)
        self.retry_safe: dict[str, bool] = {op.op_id: self._retry_safe(op) for op in self.ir.ops}
        self.wrappers = _wrappers(raw.get("_wrappers") or {})
        self.methods: list[Method] = []
        # operations no method exposes (``method: false``): generated into their package's
        # OPERATIONS only, for the hand-written helper that calls them
        self.unexposed: list[Method] = []
        for op in self.ir.ops:
            entry = self.mapping[op.op_id]
            pkg = entry["package"]
            if pkg not in PACKAGES:
                raise SystemExit(f"{op.op_id}: unknown package {pkg}")
            if entry.get("method", True) is False:
                self.unexposed.append(Method(op, pkg, entry["name"], False, None))
                continue
            is_stream = op.response_kind == "none" and op.event is not None
            wrap = None
            if "wrap" in entry:
                wrap = self.wrappers.get(entry["wrap"])
                if wrap is None or "stream" in entry:
                    raise SystemExit(
                        f"mapping.yaml: {op.op_id}: wrap: unknown wrapper, or a stream twin"
                    )
            for dotted in [entry["name"], *entry.get("also", [])]:
                self.methods.append(
                    Method(op, pkg, dotted, is_stream, op.event if is_stream else None, wrap)
                )
            for wire, by_value in (entry.get("fix") or {}).items():
                if wire not in {p.wire for p in op.params if p.where == "path"}:
                    raise SystemExit(f"mapping.yaml: {op.op_id}: fix: {wire} is no path parameter")
                for value, dotted in by_value.items():
                    if dotted.rsplit(".", 1)[0] != entry["name"].rsplit(".", 1)[0]:
                        raise SystemExit(
                            f"mapping.yaml: {op.op_id}: fix: {dotted} is in another namespace"
                        )
                    self.methods.append(
                        Method(
                            op,
                            pkg,
                            dotted,
                            is_stream,
                            op.event if is_stream else None,
                            fixed=((wire, str(value)),),
                            base=entry["name"],
                        )
                    )
            if "stream" in entry:
                event = op.event
                if "stream_event" in entry:
                    event = TRef(entry["stream_event"])
                if event is None:
                    raise SystemExit(f"{op.op_id}: stream twin without an event schema")
                self.methods.append(Method(op, pkg, entry["stream"], True, event))
        self._discriminator_consts()

    def _retry_safe(self, op: OpDef) -> bool:
        """The rule (``_retry_safe_methods``), unless the entry's ``retry_safe:`` says
        otherwise; an exception equal to the rule is refused (it would hide a rule change)."""
        by_rule = op.method.upper() in self.retry_safe_methods
        given = self.mapping[op.op_id].get("retry_safe")
        if given is None:
            return by_rule
        if not isinstance(given, bool):
            raise SystemExit(f"mapping.yaml: {op.op_id}: retry_safe must be true or false")
        if given == by_rule:
            raise SystemExit(
                f"mapping.yaml: {op.op_id}: retry_safe: {str(given).lower()} is what the rule "
                f"gives {op.method.upper()}: drop it"
            )
        return given

    # -- discriminator fields are sent even when filled from their default

    def _discriminator_consts(self) -> None:
        tags: dict[tuple[str, str], set[str]] = {}
        for d in self.ir.defs.values():
            if isinstance(d, AliasDef):
                for t in _walk(d.type):
                    if isinstance(t, TDisc):
                        for tag, v in t.variants:
                            if isinstance(v, TRef):
                                tags.setdefault((v.name, t.prop), set()).add(tag)
        for d in self.ir.defs.values():
            if not isinstance(d, ObjDef):
                continue
            for f in d.fields:
                if f.const:
                    d.consts[f.wire] = f.default
                    continue
                found = tags.get((d.name, f.wire))
                if not found or len(found) != 1 or f.nullable:
                    continue
                (tag,) = found
                if f.default is not MISSING and f.default != tag:
                    continue
                if not isinstance(f.type, (TPrim, TLit, TRef)):
                    continue
                f.default = tag
                d.consts[f.wire] = tag

    # -- placement

    def package_roots(self, pkg: str) -> set[str]:
        out: set[str] = set()
        for m in self.methods:
            if m.package == pkg:
                for t in m.op.types():
                    out |= refs(t)
                if m.event is not None:
                    out |= refs(m.event)
        for op in self.borrowed.get(pkg, []) + [m.op for m in self.unexposed if m.package == pkg]:
            for t in op.types():
                out |= refs(t)
        return out

    @cached_property
    def closures(self) -> dict[str, set[str]]:
        return {pkg: self.ir.closure(self.package_roots(pkg)) for pkg in PACKAGES}

    @cached_property
    def module_of(self) -> dict[str, str]:
        count: dict[str, list[str]] = {}
        for pkg, names in self.closures.items():
            for n in names:
                count.setdefault(n, []).append(pkg)
        return {n: (CORE if len(p) > 1 else p[0]) for n, p in count.items()}

    def defs_in(self, pkg: str) -> list[str]:
        return [n for n in self.ir.defs if self.module_of.get(n) == pkg]

    @cached_property
    def request_set(self) -> set[str]:
        roots: set[str] = set()
        for m in self.methods:
            for t in m.op.request_types():
                roots |= refs(t)
        return self.ir.closure(roots)

    @cached_property
    def twins(self) -> set[str]:
        memo: dict[str, bool] = {}

        def has(n: str, stack: frozenset[str]) -> bool:
            if n in memo:
                return memo[n]
            d = self.ir.defs.get(n)
            if d is None or n in stack:
                return False
            r = isinstance(d, ObjDef) or any(has(x, stack | {n}) for x in refs(d.type))
            memo[n] = r
            return r

        return {n for n in self.request_set if n in self.module_of and has(n, frozenset())}


def _walk(t: T) -> list[T]:
    out = [t]
    if isinstance(t, TUnion):
        for m in t.members:
            out += _walk(m)
    return out
