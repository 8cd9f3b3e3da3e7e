"""Write ``models.py`` of one package: pydantic models, TypedDict twins, type aliases."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from plan import CORE, PACKAGES, Plan
from schema_ir import (
    ANY,
    MISSING,
    AliasDef,
    FieldDef,
    ObjDef,
    T,
    TDict,
    TDisc,
    TList,
    TLit,
    TPrim,
    TRef,
    TUnion,
    refs,
    split_null,
)

HEADER = "# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit"


@cache
def official_keep() -> dict[str, frozenset[str]]:
    """2.x class name -> wire names 2.x dumps even when the response left them out (fields
    with a value default); recorded by tools/parity/extract_2x_defaults.py."""
    path = Path(__file__).resolve().parent / "official_dump_defaults.json"
    data: dict[str, list[str]] = json.loads(path.read_text())["keep_when_absent"]
    return {k: frozenset(v) for k, v in data.items()}


@cache
def lenient_fields() -> dict[str, list[str]]:
    """Schema -> wire names where ``{}`` means "not sent" (``lenient:`` of names.yaml)."""
    path = Path(__file__).resolve().parent / "names.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text()) or {}
    return data.get("lenient") or {}


@cache
def class_renames() -> dict[str, str]:
    """Spec schema name -> the 2.x class name it is emitted under (``classes:`` of names.yaml)."""
    path = Path(__file__).resolve().parent / "names.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text()) or {}
    classes: dict[str, str] = data.get("classes") or {}
    return {spec: official for official, spec in classes.items()}


def dump_rules(plan: Plan, d: ObjDef) -> tuple[list[str], list[str]]:
    """``(keep, drop_none)`` wire names of ``d`` for :class:`mistralai.core.runtime.BaseModel`.

    keep: unset fields still dumped. Constants always; a field with a value default only when
    the 2.x class of the same schema (same name, or a 2.x alias of it) has it with a default
    too, since 2.x dumps it then and leaves it out otherwise (a field 2.x does not know).
    drop_none: optional fields the spec does not let be null (2.x never dumps them as null).
    """
    names = {d.name, class_renames().get(d.name, d.name)}
    names |= {a for a, t in plan.compat_aliases.items() if t == d.name}
    official: set[str] = set()
    for n in names:
        official |= official_keep().get(n, frozenset())
    keep: list[str] = []
    drop_none: list[str] = []
    for f in d.fields:
        default, add_none = field_default(plan, f)
        if f.const or (default not in (None, "None") and f.wire in official):
            keep.append(f.wire)
        optional = not f.required or f.default is not MISSING
        if optional and not f.nullable and not f.const and (add_none or default == "None"):
            drop_none.append(f.wire)
    return keep, drop_none


def _deref(plan: Plan, t: T) -> T:
    t, _ = split_null(t)
    while isinstance(t, TRef):
        d = plan.ir.defs.get(t.name)
        if not isinstance(d, AliasDef):
            break
        t, _ = split_null(d.type)
    return t


def _list_items(plan: Plan, t: T) -> list[T]:
    t = _deref(plan, t)
    if isinstance(t, TList):
        return [t.item]
    if isinstance(t, TUnion):
        return [i for m in t.members for i in _list_items(plan, m)]
    return []


def paged_responses(plan: Plan) -> dict[str, list[T]]:
    """Response models of paging list operations -> their item types.

    Those models derive from ``PagedModel`` (iteration over every page, added to the model the
    method returns, as 2.x returned the model). Bare-list responses are not models: the method
    wraps them in a ``SyncListPage`` instead.
    """
    out: dict[str, list[T]] = {}
    for m in plan.methods:
        spec = plan.paging.get(m.op.op_id)
        if spec is None or m.stream or not isinstance(m.op.response, TRef) or not spec.items:
            continue
        d = plan.ir.defs.get(m.op.response.name)
        if not isinstance(d, ObjDef):
            continue
        t: T = m.op.response
        for part in [p for p in spec.items.split(".") if p]:
            target = _deref(plan, t)
            owner = plan.ir.defs.get(target.name) if isinstance(target, TRef) else None
            found = (
                next((f for f in owner.fields if f.wire == part), None)
                if isinstance(owner, ObjDef)
                else None
            )
            if found is None:
                break
            t = found.type
        else:
            out.setdefault(d.name, _list_items(plan, t))
    return out


# what mistralai.core.runtime.PagedModel adds to a response model: no field may be named so
PAGED_MODEL_ATTRS = frozenset(
    {"result", "next", "next_page", "next_page_async", "pages", "page_items", "has_next_page"}
)


def frozen(values: list[str]) -> str:
    if not values:
        return "frozenset()"
    return "frozenset({" + ", ".join(py_value(v) for v in values) + "})"


def doc_literal(text: str, indent: str = "") -> str:
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    lines = text.splitlines()
    if len(lines) > 1:
        body = "\n".join((indent + ln) if ln.strip() else "" for ln in lines[1:])
        return f'{indent}"""{lines[0]}\n{body}\n{indent}"""'
    return f'{indent}"""{text}"""'


def short_doc(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        return cut + " ..."
    return text


def py_value(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value)
    return repr(value)


class Renderer:
    """Renders IR types as Python annotations, recording what the module must import."""

    def __init__(self, plan: Plan, pkg: str, prefix: str = "") -> None:
        self.plan = plan
        self.pkg = pkg
        self.prefix = prefix  # "models." in resources
        self.typing: set[str] = set()
        self.abc: set[str] = set()
        self.runtime: set[str] = set()
        self.pydantic: set[str] = set()
        self.datetime = False
        self.names: set[str] = set()

    def ref(self, name: str) -> str:
        self.names.add(name)
        return self.prefix + class_renames().get(name, name)

    def t(self, t: T, mode: str = "model") -> str:
        """mode: model (pydantic field), td (TypedDict field), param (method argument)."""
        if isinstance(t, TPrim):
            if t.name == "Any":
                self.typing.add("Any")
                return "Any"
            if t.name == "File":
                if mode == "model":
                    self.runtime.add("File")
                    return "File"
                self.runtime.add("FileInput")
                return "FileInput"
            if t.name == "datetime":
                self.datetime = True
                return "datetime"
            return t.name
        if isinstance(t, TRef):
            if t.name not in self.plan.ir.defs:
                raise KeyError(t.name)
            if mode != "model" and t.name in self.plan.twins:
                twin = self.ref(t.name + "TypedDict")
                if mode == "param":
                    return f"{self.ref(t.name)} | {twin}"
                return twin
            return self.ref(t.name)
        if isinstance(t, TList):
            if mode == "model":
                return f"list[{self.t(t.item, mode)}]"
            self.abc.add("Sequence")
            return f"Sequence[{self.t(t.item, mode)}]"
        if isinstance(t, TDict):
            if mode == "model":
                return f"dict[str, {self.t(t.value, mode)}]"
            self.abc.add("Mapping")
            return f"Mapping[str, {self.t(t.value, mode)}]"
        if isinstance(t, TUnion):
            parts: list[str] = []
            for m in t.members:
                s = self.t(m, mode)
                if s not in parts:
                    parts.append(s)
            return " | ".join(parts)
        if isinstance(t, TLit):
            self.typing.add("Literal")
            lit = "Literal[" + ", ".join(py_value(v) for v in t.values) + "]"
            return lit + " | str" if t.open else lit
        if isinstance(t, TDisc):
            if mode != "model":
                parts = []
                for _, v in t.variants:
                    s = self.t(v, mode)
                    if s not in parts:
                        parts.append(s)
                return " | ".join(parts)
            self.typing.add("Annotated")
            self.pydantic.add("Tag")
            self.runtime.update({"UnknownVariant", "UNKNOWN_TAG", "open_discriminator"})
            members = [f"Annotated[{self.t(v)}, Tag({py_value(tag)})]" for tag, v in t.variants]
            members.append("Annotated[UnknownVariant, Tag(UNKNOWN_TAG)]")
            known = ", ".join(py_value(tag) for tag, _ in t.variants)
            return (
                "Annotated[\n        "
                + " | ".join(members)
                + f",\n        open_discriminator({py_value(t.prop)}, frozenset({{{known}}})),\n    ]"
            )
        raise TypeError(t)


def accepts(plan: Plan, t: T, value: Any) -> bool:
    """Whether a scalar spec default is a valid value of type ``t``."""
    if isinstance(value, (dict, list)) or value is None:
        return False
    if t == ANY:
        return True
    if isinstance(t, TPrim):
        return {
            "str": isinstance(value, str),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "float": isinstance(value, (int, float)) and not isinstance(value, bool),
            "bool": isinstance(value, bool),
        }.get(t.name, False)
    if isinstance(t, TLit):
        return value in t.values or (t.open and isinstance(value, str))
    if isinstance(t, TUnion):
        return any(accepts(plan, m, value) for m in t.members)
    if isinstance(t, TRef):
        d = plan.ir.defs[t.name]
        return isinstance(d, AliasDef) and accepts(plan, d.type, value)
    return False


def field_default(plan: Plan, f: FieldDef) -> tuple[str | None, bool]:
    """``(default expression or None when required, whether None must be allowed)``."""
    if f.const:
        return py_value(f.default), False
    if f.required and f.default is MISSING:
        return None, False
    value = f.default
    if value is MISSING or value is None:
        return "None", True
    if value == [] and isinstance(f.type, TList):
        return "[]", False  # pydantic copies mutable defaults per instance
    if value == {} and isinstance(f.type, TDict):
        return "{}", False
    if accepts(plan, f.type, value):
        return py_value(value), False
    return "None", True


class ModelsModule:
    def __init__(self, plan: Plan, pkg: str) -> None:
        self.plan = plan
        self.pkg = pkg
        self.r = Renderer(plan, pkg)
        self.names = plan.defs_in(pkg)
        self.paged = paged_responses(plan)

    def render(self) -> str:
        plan = self.plan
        classes: list[str] = []
        twins: list[str] = []
        aliases: dict[str, str] = {}
        alias_deps: dict[str, set[str]] = {}
        exported: list[str] = []
        for name in self.names:
            d = plan.ir.defs[name]
            if isinstance(d, ObjDef):
                classes.append(self.model_class(d))
                exported.append(name)
                if name in plan.twins:
                    twins.append(self.typed_dict(d))
                    exported.append(name + "TypedDict")
            else:
                aliases[name] = self.alias(d, "model")
                alias_deps[name] = refs(d.type)
                exported.append(name)
                if name in plan.twins:
                    aliases[name + "TypedDict"] = self.alias(d, "td")
                    alias_deps[name + "TypedDict"] = {x + "TypedDict" for x in refs(d.type)}
                    exported.append(name + "TypedDict")
        ordered = _topo(aliases, alias_deps)
        compat: list[str] = []
        for alias, target in sorted(plan.compat_aliases.items()):
            if target in self.names:
                d = plan.ir.defs[target]
                if isinstance(d, ObjDef):
                    compat.append(f"{alias} = {target}")
                else:
                    compat.append(f"{alias}: TypeAlias = {target}")
                exported.append(alias)
        for spec_name, official_name in sorted(class_renames().items()):
            if spec_name in self.names:
                compat.append(f"{spec_name} = {official_name}")  # the spec's name
                exported.append(official_name)
        if compat:
            compat.insert(0, "\n# names of the official 2.x SDK for the same schemas")

        # imports
        local = set(self.names) | {n + "TypedDict" for n in self.names}
        reexports: list[str] = []
        if self.pkg != CORE:
            for n in sorted(plan.closures[self.pkg]):
                if plan.module_of[n] == CORE:
                    reexports.append(n)
                    if n in plan.twins:
                        reexports.append(n + "TypedDict")
            missing = {n for n in self.r.names if n not in local and n not in reexports}
            if missing:
                raise AssertionError(f"{self.pkg}: unresolved names {sorted(missing)}")
        out: list[str] = [HEADER, f'"""Models of {self.describe()} (from the API spec)."""', ""]
        out.append("from __future__ import annotations")
        out.append("")
        if self.r.abc:
            out.append(f"from collections.abc import {', '.join(sorted(self.r.abc))}")
        if self.r.datetime:
            out.append("from datetime import datetime")
        typing = set(self.r.typing)
        if aliases or any(": TypeAlias" in c for c in compat):
            typing.add("TypeAlias")
        td: set[str] = {"TypedDict"} if twins else set()
        typing -= td
        if typing:
            out.append(f"from typing import {', '.join(sorted(typing))}")
        if td:
            out.append("")
            out.append(f"from typing_extensions import {', '.join(sorted(td))}")
        if self.r.pydantic:
            out.append("")
            out.append(f"from pydantic import {', '.join(sorted(self.r.pydantic))}")
        out.append("")
        runtime = set(self.r.runtime)
        extra_exports: list[str] = []
        if self.pkg == CORE:
            runtime.update({"File", "FileTypedDict", "FileInput"})
            extra_exports = ["File", "FileInput", "FileTypedDict"]
        if runtime:
            out.append(f"from mistralai.core.runtime import {', '.join(sorted(runtime))}")
        if reexports:
            # the shared models, from core's public ``mistralai.core.models`` (never _generated)
            out.append("from mistralai.core.models import (")
            out += [f"    {n}," for n in reexports]
            out.append(")")
        out.append("")
        everything = sorted(set(exported) | set(reexports) | set(extra_exports))
        out.append("__all__ = [")
        out += [f"    {json.dumps(n)}," for n in everything]
        out.append("]")
        out.append("")
        out += classes
        out += twins
        for n in ordered:
            out.append(aliases[n])
        out += compat
        if self.pkg == CORE:
            out += self.model_index()
        return "\n".join(out) + "\n"

    def model_index(self) -> list[str]:
        """Which distribution defines each domain model name, for ``mistralai.client.models``:
        importing a name of a domain that is not installed names the package to install."""
        lines = [
            "",
            "# distribution -> the model names its models module defines (space-separated)",
            "_MODEL_DISTRIBUTIONS: dict[str, str] = {",
        ]
        renames = class_renames()
        for pkg in PACKAGES:
            found: set[str] = set()
            for name in self.plan.defs_in(pkg):
                found.add(name)
                found.add(renames.get(name, name))
                if name in self.plan.twins:
                    found.add(name + "TypedDict")
            found |= {a for a, t in self.plan.compat_aliases.items() if t in found}
            text = " ".join(sorted(found))
            lines.append(f"    {py_value(pkg)}: (")
            while text:
                cut = text[:88].rsplit(" ", 1)[0] if len(text) > 88 else text
                lines.append(f"        {py_value(cut + (' ' if len(cut) < len(text) else ''))}")
                text = text[len(cut) :].lstrip()
            lines.append("    ),")
        lines.append("}")
        return lines

    def describe(self) -> str:
        if self.pkg == CORE:
            return "the schemas shared by several domains"
        return f"the {self.pkg} distribution"

    def model_class(self, d: ObjDef) -> str:
        r = self.r
        items = self.paged.get(d.name)
        base = "ConstFieldsModel" if d.consts else "BaseModel"
        if items is not None:
            base = "PagedModel"  # the model a paging method returns, iterating every page
            clash = {f.py for f in d.fields} & PAGED_MODEL_ATTRS
            if clash:
                raise SystemExit(f"{d.name}: fields {sorted(clash)} shadow PagedModel's methods")
        r.runtime.add(base)
        lines = [f"\n\nclass {class_renames().get(d.name, d.name)}({base}):"]
        if d.doc:
            lines.append(doc_literal(short_doc(d.doc, 1000), "    "))
        if items:
            item = " | ".join(dict.fromkeys(r.t(i) for i in items))
            r.typing.add("TYPE_CHECKING")
            r.abc.update({"AsyncIterator", "Iterator", "Sequence"})
            ignore = "  # pyright: ignore[reportIncompatibleMethodOverride]"
            lines += [
                "    if TYPE_CHECKING:  # the item type of PagedModel's iteration",
                "",
                f"        def __iter__(self) -> Iterator[{item}]: ...{ignore}",
                f"        def __aiter__(self) -> AsyncIterator[{item}]: ...{ignore}",
                "        @property",
                f"        def page_items(self) -> Sequence[{item}]: ...{ignore}",
                "",
            ]
        if d.consts:
            r.typing.add("ClassVar")
            r.abc.add("Mapping")
            consts = ", ".join(f"{py_value(k)}: {py_value(v)}" for k, v in d.consts.items())
            lines.append(f"    __mistral_consts__: ClassVar[Mapping[str, object]] = {{{consts}}}")
        keep, drop_none = dump_rules(self.plan, d)
        # dumps as the 2.x SDK's (see mistralai.core._model.BaseModel)
        lines.append(f"    __mistral_keep__ = {frozen(keep)}")
        if drop_none:
            lines.append(f"    __mistral_drop_none__ = {frozen(drop_none)}")
        lenient = lenient_fields().get(d.name)
        if lenient:
            r.runtime.add("empty_as_absent")
            wires = ", ".join(py_value(w) for w in lenient)
            lines.append(f"    mistral_empty_as_absent = empty_as_absent({wires})")
        for f in d.fields:
            ann = r.t(f.type)
            default, add_none = field_default(self.plan, f)
            if (f.nullable or add_none) and not (
                isinstance(f.type, TPrim) and f.type.name == "Any"
            ):
                ann += " | None"
            if f.py != f.wire:
                r.pydantic.add("Field")
                args: list[str] = []
                if default is not None:
                    args.append(f"default={default}")
                args.append(f"validation_alias={py_value(f.wire)}")
                args.append(f"serialization_alias={py_value(f.wire)}")
                lines.append(f"    {f.py}: {ann} = Field({', '.join(args)})")
            elif default in ("[]", "{}"):
                r.pydantic.add("Field")
                lines.append(f"    {f.py}: {ann} = Field(default={default})")
            elif default is not None:
                lines.append(f"    {f.py}: {ann} = {default}")
            else:
                lines.append(f"    {f.py}: {ann}")
            if f.doc:
                lines.append(doc_literal(short_doc(f.doc), "    "))
        return "\n".join(lines)

    def typed_dict(self, d: ObjDef) -> str:
        r = self.r
        lines = [f"\n\nclass {d.name}TypedDict(TypedDict):"]
        lines.append(f'    """Dict form of :class:`{d.name}`."""')
        for f in d.fields:
            ann = r.t(f.type, "td")
            if f.nullable and not (isinstance(f.type, TPrim) and f.type.name == "Any"):
                ann += " | None"
            if f.required and not f.const and f.default is MISSING:
                r.typing.add("Required")
                lines.append(f"    {f.py}: Required[{ann}]")
            else:
                r.typing.add("NotRequired")
                lines.append(f"    {f.py}: NotRequired[{ann}]")
        return "\n".join(lines)

    def alias(self, d: AliasDef, mode: str) -> str:
        name = d.name if mode == "model" else d.name + "TypedDict"
        value = self.r.t(d.type, mode)
        text = f"\n{name}: TypeAlias = {value}"
        if d.doc and mode == "model":
            text += "\n" + doc_literal(short_doc(d.doc))
        return text


def _topo(aliases: dict[str, str], deps: dict[str, set[str]]) -> list[str]:
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        s = state.get(n)
        if s == 2:
            return
        if s == 1:
            raise AssertionError("alias cycle: " + " -> ".join([*path, n]))
        state[n] = 1
        for x in sorted(deps.get(n, ())):
            if x in aliases:
                visit(x, [*path, n])
        state[n] = 2
        order.append(n)

    for n in aliases:
        visit(n, [])
    return order
