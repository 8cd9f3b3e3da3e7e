"""Wrappers must accept every parameter of the operation they wrap, so a parameter the spec adds
reaches the wrapper's callers (nothing drifts silently):

* the wrappers declared in ``tools/codegen/mapping.yaml`` (``wrap:``: ``files.upload``, the
  resumable workflow streams; ``fix:``: the per-scope connector methods), whose signatures are
  generated: each method, sync and async, takes every parameter the operation's method takes
  without the wrapper (as the generator builds it), except a fixed path parameter, plus the
  parameters the wrapper adds and the per-call options;
* hand-written resource classes (``tools/codegen/resources.yaml``) extending generated ones:
  each method they override must still accept every parameter of the generated method.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from mistralai.core.plugins import import_string
from mistralai.core.runtime import Resource

ROOT = Path(__file__).resolve().parents[2]
CODEGEN = ROOT / "tools" / "codegen"
OPTIONS = ("retries", "server_url", "timeout_ms", "http_headers")


def _codegen_module(name: str) -> Any:
    """A module of tools/codegen (the generator's modules import each other by bare name)."""
    sys.path.insert(0, str(CODEGEN))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(CODEGEN))


@cache
def _plan() -> Any:
    return _codegen_module("plan").Plan(_codegen_module("overlay").overlaid_spec())


def operation_parameters(op_id: str, fixed: frozenset[str]) -> list[str]:
    """The parameters of the operation's method as the generator builds it without a wrapper
    (the entry's ``name``), path parameters in ``fixed`` (wire names) left out."""
    plan = _plan()
    name = MAPPING[op_id]["name"]
    method = next(m for m in plan.methods if m.dotted == name)
    module = _codegen_module("emit_resources").ResourcesModule(plan, method.package)
    params = module.params(dataclasses.replace(method, wrap=None))
    return [p.name for p in params if not (p.where == "path" and p.wire in fixed)]


def _mapping() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    data: dict[str, Any] = yaml.safe_load((CODEGEN / "mapping.yaml").read_text())
    entries = {k: v for k, v in data.items() if not k.startswith("_")}
    return entries, data.get("_wrappers") or {}


MAPPING, WRAPPERS = _mapping()


def declared_wrappers() -> list[tuple[str, str, tuple[str, ...], frozenset[str]]]:
    """(dotted method, operation id, added parameters, fixed path parameters) of every
    ``wrap:`` and ``fix:`` of the mapping."""
    out: list[tuple[str, str, tuple[str, ...], frozenset[str]]] = []
    for op_id, entry in MAPPING.items():
        if "wrap" in entry:
            added = tuple(a["name"] for a in WRAPPERS[entry["wrap"]].get("add") or [])
            for dotted in [entry["name"], *(entry.get("also") or [])]:
                out.append((dotted, op_id, added, frozenset()))
        for wire, by_value in (entry.get("fix") or {}).items():
            for dotted in by_value.values():
                out.append((dotted, op_id, (), frozenset({wire})))
    return out


DECLARED = declared_wrappers()


def test_the_mapping_declares_wrappers() -> None:
    kinds = {entry["wrap"] for entry in MAPPING.values() if "wrap" in entry}
    assert kinds == set(WRAPPERS), "a wrapper declared in _wrappers is not used, or unknown"
    assert len([d for d in DECLARED if d[3]]) >= 6  # the per-scope connector methods
    assert len([d for d in DECLARED if not d[3]]) >= 4  # upload, the resumable streams


@pytest.mark.parametrize(
    ("dotted", "op_id", "added", "fixed"), [pytest.param(*d, id=d[0]) for d in DECLARED]
)
def test_declared_wrapper_accepts_every_parameter_of_the_operation(
    dotted: str, op_id: str, added: tuple[str, ...], fixed: frozenset[str]
) -> None:
    from mistralai.client import Mistral

    expected = [*operation_parameters(op_id, fixed), *added, *OPTIONS]
    client = Mistral(api_key="k")
    for suffix in ("", "_async"):
        obj: Any = client
        for part in (dotted + suffix).split("."):
            obj = getattr(obj, part)
        assert inspect.iscoroutinefunction(obj) == (suffix == "_async"), dotted + suffix
        params = inspect.signature(obj).parameters
        missing = [p for p in expected if p not in params]
        assert not missing, f"{dotted}{suffix} does not accept {missing}"
        unexpected = [p for p in params if p not in expected]
        assert not unexpected, f"{dotted}{suffix} takes {unexpected}, which nothing declares"
        if fixed:
            assert not fixed & set(params), f"{dotted}{suffix} takes its fixed parameter"


def wrapper_classes() -> list[tuple[str, type[Any]]]:
    from mistralai.client import Mistral

    client = Mistral(api_key="k")
    data: dict[str, str] = yaml.safe_load((ROOT / "tools/codegen/resources.yaml").read_text())
    out: list[tuple[str, type[Any]]] = []
    for point, target in data.items():
        cls: type[Any] = import_string(target)
        out.append((point, cls))
        # nested hand-written namespaces (``beta.rag.search_indexes``) returned by properties
        obj: Any = client
        for part in point.split("."):
            obj = getattr(obj, part)
        for name, attr in vars(cls).items():
            if isinstance(attr, property) and not name.startswith(("_", "with_raw")):
                value = getattr(obj, name)
                kind = type(value)
                extends_generated = any("._generated." in b.__module__ for b in kind.__mro__)
                if (
                    isinstance(value, Resource)
                    and extends_generated
                    and kind.__module__.find("._generated.") < 0
                ):
                    out.append((f"{point}.{name}", kind))
    return out


def overridden(cls: type[Any]) -> list[tuple[str, Any, Any]]:
    """(name, the hand-written method, the generated one it replaces)."""
    generated = next((b for b in cls.__mro__[1:] if "._generated." in b.__module__), None)
    assert generated is not None, f"{cls} extends no generated class"
    return [
        (name, fn, getattr(generated, name))
        for name, fn in vars(cls).items()
        if callable(fn) and not name.startswith("_") and hasattr(generated, name)
    ]


CASES = [
    pytest.param(cls, name, ours, theirs, id=f"{point}.{name}")
    for point, cls in wrapper_classes()
    for name, ours, theirs in overridden(cls)
]


def test_there_are_overrides_to_check() -> None:
    assert CASES


@pytest.mark.parametrize(("cls", "name", "ours", "theirs"), CASES)
def test_wrapper_accepts_every_parameter_of_the_operation(
    cls: type[Any], name: str, ours: Any, theirs: Any
) -> None:
    mine = inspect.signature(ours).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in mine.values()):
        return  # ``**kwargs`` forwarded whole
    missing = [p for p in inspect.signature(theirs).parameters if p not in mine]
    assert not missing, f"{cls.__qualname__}.{name} does not accept {missing}"
