"""Write the models of one package: pydantic models, TypedDict twins, type aliases."""

from __future__ import annotations

import json
import re
import textwrap
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from plan import CORE, PACKAGES, Plan, generated_module
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
        self.names_shown: set[str] = set()  # as rendered (the official name of a renamed class)

    def ref(self, name: str) -> str:
        self.names.add(name)
        shown = class_renames().get(name, name)
        self.names_shown.add(shown)
        return self.prefix + shown

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


def word_lines(words: list[str], width: int) -> list[str]:
    """``words`` joined by spaces, in lines of at most ``width`` characters (a longer word on
    a line of its own, never cut)."""
    return textwrap.wrap(" ".join(words), width, break_long_words=False, break_on_hyphens=False)


def forward(annotation: str) -> str:
    """An annotation as a string (a forward reference pydantic resolves when it builds the
    model), on one line."""
    return repr(" ".join(annotation.split()))


def _snake(name: str) -> str:
    out = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    return re.sub(r"\W", "_", out)


@cache
def usage(plan: Plan) -> dict[str, frozenset[str]]:
    """Definition name -> the uses reaching it: ``<operation id>:<role>``, the role being
    what a call of the operation needs it for (``request``: parameters and body, ``response``,
    ``event``: a stream's events, ``error``). A call builds the models of its answer only (its
    request is checked by the prebuilt wire schema), so an answer's models do not share a
    module with the operation's request models, nor a reply's with its stream twin's events."""
    found: dict[str, set[str]] = {}
    ops = [(m.op, m.event) for m in plan.methods]
    ops += [(op, None) for borrowed in plan.borrowed.values() for op in borrowed]
    ops += [(m.op, None) for m in plan.unexposed]
    for op, event in ops:
        events = [t for t in (op.event, event) if t is not None]
        responses = [op.response] if op.response is not None else []
        for role, types in (
            ("request", op.request_types()),
            ("response", responses),
            ("event", events),
            ("error", op.errors),
        ):
            roots: set[str] = set()
            for t in types:
                roots |= refs(t)
            for n in plan.ir.closure(roots):
                found.setdefault(n, set()).add(f"{op.op_id}:{role}")
    return {n: frozenset(u) for n, u in found.items()}


@cache
def chunks(plan: Plan, pkg: str) -> dict[str, list[str]]:
    """The model modules of ``pkg`` (``_generated/_models/<name>.py``) -> the definitions each
    holds: the definitions with exactly the same uses (see :func:`usage`) share one module, so
    a first call imports only what it uses. (A definition's dependencies have at least the
    same uses, so the modules import one another without cycles.)"""
    used = usage(plan)
    groups: dict[frozenset[str], list[str]] = {}
    for name in plan.defs_in(pkg):
        groups.setdefault(used[name], []).append(name)
    out: dict[str, list[str]] = {}
    for names in sorted(groups.values(), key=lambda g: sorted(g)[0]):
        inner: set[str] = set()
        for n in names:
            inner |= plan.ir.deps(n) & set(names) - {n}
        roots = sorted(n for n in names if n not in inner) or sorted(names)
        base = _snake(class_renames().get(roots[0], roots[0]))
        module, i = base, 1
        while module in out:
            i += 1
            module = f"{base}_{i}"
        out[module] = names
    return out


@cache
def chunk_of(plan: Plan, pkg: str) -> dict[str, str]:
    return {n: module for module, names in chunks(plan, pkg).items() for n in names}


TYPED_DICTS = "_typed_dicts"


class ModelsModule:
    """The models of one package: ``_generated/_models/*.py`` (pydantic models and their
    aliases, by the operations that use them), ``_generated/_typed_dicts.py`` (the dict
    forms) and ``_generated/models.py``, the index that imports each name on first use."""

    def __init__(self, plan: Plan, pkg: str) -> None:
        self.plan = plan
        self.pkg = pkg
        self.r = Renderer(plan, pkg)
        self.names = plan.defs_in(pkg)
        self.paged = paged_responses(plan)
        self.pending: set[str] = set()
        """Names of the module being written not defined yet (annotations naming them are
        strings); empty where ``from __future__ import annotations`` makes every one a string."""
        self.homes: dict[str, list[str]] = {}
        """module (relative to _generated, or absolute) -> names, for the index"""

    def render_all(self) -> dict[str, str]:
        """Relative path under ``_generated`` -> source."""
        files: dict[str, str] = {}
        for module, names in chunks(self.plan, self.pkg).items():
            files[f"_models/{module}.py"] = self.chunk(module, names)
        files["_models/__init__.py"] = (
            f'{HEADER}\n"""The models of {self.describe()}, one module per set of operations '
            'using them (read them through ``models``)."""\n'
        )
        files[f"{TYPED_DICTS}.py"] = self.typed_dicts()
        files["models.py"] = self.index()
        return files

    def _imports(self, r: Renderer, local: set[str], out: list[str], typed: bool) -> None:
        """Append the import lines of what ``r`` rendered, apart from ``local`` names."""
        if r.abc:
            out.append(f"from collections.abc import {', '.join(sorted(r.abc))}")
        if r.datetime:
            out.append("from datetime import datetime")
        typing_names = set(r.typing) - {"TypedDict"}
        if typing_names:
            out.append(f"from typing import {', '.join(sorted(typing_names))}")
        if typed:
            out.append("")
            out.append("from typing_extensions import TypedDict")
        if r.pydantic:
            out.append("")
            out.append(f"from pydantic import {', '.join(sorted(r.pydantic))}")
        out.append("")
        if r.runtime:
            out.append(f"from mistralai.core.runtime import {', '.join(sorted(r.runtime))}")
        renames = {v: k for k, v in class_renames().items()}
        by_home: dict[str, set[str]] = {}
        for shown in sorted(r.names_shown - local):
            twin = shown.endswith("TypedDict")
            spec_name = renames.get(shown, shown)
            base = spec_name[: -len("TypedDict")] if twin else spec_name
            home_pkg = self.plan.module_of[base]
            if home_pkg != self.pkg:
                home = "mistralai.core.models"
            elif twin:
                home = f"{generated_module(self.pkg)}.{TYPED_DICTS}"
            else:
                home = f"{generated_module(self.pkg)}._models.{chunk_of(self.plan, self.pkg)[base]}"
            by_home.setdefault(home, set()).add(shown)
        for home in sorted(by_home):
            out.append(f"from {home} import {', '.join(sorted(by_home[home]))}")

    def chunk(self, module: str, names: list[str]) -> str:
        plan = self.plan
        r = self.r = Renderer(plan, self.pkg)
        renames = class_renames()
        body: list[str] = []
        exported: list[str] = []
        local = {renames.get(n, n) for n in names}
        # what is not defined yet, as rendered: a class's annotation naming one is a string
        self.pending = set(local)
        for name in definition_order(plan, names):
            d = plan.ir.defs[name]
            if isinstance(d, ObjDef):
                body.append(self.model_class(d))
            else:
                body.append(self.alias(d, "model"))
            self.pending.discard(renames.get(name, name))
            exported.append(name)
        self.pending = set()
        compat: list[str] = []
        for alias, target in sorted(plan.compat_aliases.items()):
            if target in names:
                d = plan.ir.defs[target]
                compat.append(
                    f"{alias} = {target}"
                    if isinstance(d, ObjDef)
                    else f"{alias}: TypeAlias = {target}"
                )
                exported.append(alias)
        for spec_name, official_name in sorted(renames.items()):
            if spec_name in names:
                compat.append(f"{spec_name} = {official_name}")  # the spec's name
                exported.append(official_name)
        if compat:
            compat.insert(0, "\n# names of the official 2.x SDK for the same schemas")
        if any(": TypeAlias" in b for b in body + compat):
            r.typing.add("TypeAlias")
        self.homes.setdefault(f"._models.{module}", []).extend(exported)
        shown = ", ".join(sorted(n for n in names if isinstance(plan.ir.defs[n], ObjDef))[:3])
        out: list[str] = [
            HEADER,
            f'"""Models of {self.describe()} used by the same operations'
            + (f" ({shown}...)" if shown else "")
            + '."""',
            "",
        ]
        self._imports(r, local, out, typed=False)
        out.append("")
        out.append("__all__ = [")
        out += [f"    {json.dumps(n)}," for n in sorted(set(exported))]
        out.append("]")
        out += body
        out += compat
        return "\n".join(out) + "\n"

    def typed_dicts(self) -> str:
        plan = self.plan
        r = self.r = Renderer(plan, self.pkg)
        twins: list[str] = []
        aliases: dict[str, str] = {}
        alias_deps: dict[str, set[str]] = {}
        exported: list[str] = []
        for name in self.names:
            if name not in plan.twins:
                continue
            d = plan.ir.defs[name]
            if isinstance(d, ObjDef):
                twins.append(self.typed_dict(d))
            else:
                aliases[name + "TypedDict"] = self.alias(d, "td")
                alias_deps[name + "TypedDict"] = {x + "TypedDict" for x in refs(d.type)}
            exported.append(name + "TypedDict")
        if aliases:
            r.typing.add("TypeAlias")
        self.homes.setdefault(f".{TYPED_DICTS}", []).extend(exported)
        out: list[str] = [
            HEADER,
            f'"""The dict forms (``TypedDict``) of the models of {self.describe()}."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        self._imports(r, set(exported), out, typed=bool(twins))
        out.append("")
        out.append("__all__ = [")
        out += [f"    {json.dumps(n)}," for n in sorted(exported)]
        out.append("]")
        out += twins
        out += [aliases[n] for n in _topo(aliases, alias_deps)]
        return "\n".join(out) + "\n"

    def index(self) -> str:
        plan = self.plan
        homes = {k: sorted(set(v)) for k, v in self.homes.items() if v}
        if self.pkg != CORE:
            reexports: list[str] = []
            for n in sorted(plan.closures[self.pkg]):
                if plan.module_of[n] == CORE:
                    reexports.append(class_renames().get(n, n))
                    if n != class_renames().get(n, n):
                        reexports.append(n)
                    if n in plan.twins:
                        reexports.append(n + "TypedDict")
            reexports += [
                a
                for a, t in plan.compat_aliases.items()
                if plan.module_of.get(t) == CORE and t in plan.closures[self.pkg]
            ]
            if reexports:
                homes["mistralai.core.models"] = sorted(set(reexports))
        else:
            homes["mistralai.core.runtime"] = ["File", "FileInput", "FileTypedDict"]
        everything = sorted({n for names in homes.values() for n in names})
        out: list[str] = [
            HEADER,
            f'"""Models of {self.describe()} (from the API spec), each imported on first use.',
            "",
            "Each name lives in the module of the operations using it (``_models/``; the dict forms",
            f"in ``{TYPED_DICTS}``): a first call builds only the models of its operation.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import TYPE_CHECKING",
            "",
            "from mistralai.core.runtime import lazy_names",
            "",
            "if TYPE_CHECKING:",
        ]
        for home in sorted(homes):
            target = home if not home.startswith(".") else generated_module(self.pkg) + home
            out.append(f"    from {target} import {', '.join(homes[home])}")
        out.append("")
        out.append("__all__ = [")
        out += [f"    {json.dumps(n)}," for n in everything]
        out.append("]")
        out.append("")
        out.append("if not TYPE_CHECKING:")
        out.append("    __getattr__, __dir__ = lazy_names(")
        out.append("        __name__,")
        out.append("        {")
        for home in sorted(homes):
            lines = word_lines(homes[home], 80)
            if len(lines) == 1:
                out.append(f"            {json.dumps(home)}: {py_value(lines[0])},")
                continue
            out.append(f"            {json.dumps(home)}: (")
            out += [
                f"                {py_value(line + (' ' if i < len(lines) - 1 else ''))}"
                for i, line in enumerate(lines)
            ]
            out.append("            ),")
        out.append("        },")
        out.append("    )")
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
            lines.append(f"    {py_value(pkg)}: (")
            rows = word_lines(sorted(found), 88)
            lines += [
                f"        {py_value(row + (' ' if i < len(rows) - 1 else ''))}"
                for i, row in enumerate(rows)
            ]
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
            before = set(r.names_shown)
            r.names_shown = set()
            ann = r.t(f.type)
            named, r.names_shown = r.names_shown, before | r.names_shown
            default, add_none = field_default(self.plan, f)
            if (f.nullable or add_none) and not (
                isinstance(f.type, TPrim) and f.type.name == "Any"
            ):
                ann += " | None"
            if named & self.pending:
                ann = forward(ann)
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


def definition_order(plan: Plan, names: list[str]) -> list[str]:
    """``names`` (one models module) in an order where each is defined after what it uses,
    so that annotations are evaluated as the classes are built (no ``from __future__ import
    annotations``: evaluating strings is half the cost of building a pydantic class). An
    alias needs its members defined; a class in a cycle (a recursive type) is the one that
    waits: its annotations naming what comes later are strings (see ``forward``)."""
    inside = set(names)
    edges = {n: sorted(plan.ir.deps(n) & inside) for n in names}
    # strongly connected components (Tarjan), to find the cycles
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    stack: list[str] = []

    def connect(n: str) -> None:
        index[n] = low[n] = len(index)
        stack.append(n)
        for x in edges[n]:
            if x not in index:
                connect(x)
                low[n] = min(low[n], low[x])
            elif x not in component:
                low[n] = min(low[n], index[x])
        if low[n] == index[n]:
            while True:
                x = stack.pop()
                component[x] = index[n]
                if x == n:
                    break

    for n in names:
        if n not in index:
            connect(n)
    order: list[str] = []
    done: set[str] = set()

    def visit(n: str) -> None:
        if n in done:
            return
        done.add(n)
        alias = isinstance(plan.ir.defs[n], AliasDef)
        for x in edges[n]:
            if alias or component[x] != component[n]:
                visit(x)
        order.append(n)

    for n in names:
        visit(n)
    return order


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
