"""Hand-written resource classes (``tools/codegen/resources.yaml``) extend generated ones: each
method they override or wrap must still accept every parameter of the generated method, so a
parameter the spec adds reaches the wrapper's callers (nothing drifts silently)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

from mistralai.core.plugins import import_string
from mistralai.core.runtime import Resource

ROOT = Path(__file__).resolve().parents[2]


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


def test_there_are_wrappers_to_check() -> None:
    assert len(CASES) >= 3


@pytest.mark.parametrize(("cls", "name", "ours", "theirs"), CASES)
def test_wrapper_accepts_every_parameter_of_the_operation(
    cls: type[Any], name: str, ours: Any, theirs: Any
) -> None:
    mine = inspect.signature(ours).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in mine.values()):
        return  # ``**kwargs`` forwarded whole
    missing = [p for p in inspect.signature(theirs).parameters if p not in mine]
    assert not missing, f"{cls.__qualname__}.{name} does not accept {missing}"


@pytest.mark.parametrize("scope", ["organization", "workspace", "user"])
@pytest.mark.parametrize("verb", ["activate", "deactivate"])
def test_connector_scope_methods_accept_the_operations_parameters(verb: str, scope: str) -> None:
    """The 2.x per-scope methods (``activate_for_user``...) wrap ``<verb>_for_consumer`` with
    the scope fixed: every other parameter of the generated method must reach them."""
    from mistralai.client import Mistral

    connectors = Mistral(api_key="k").beta.connectors
    for suffix in ("", "_async"):
        generic = inspect.signature(getattr(connectors, f"{verb}_for_consumer{suffix}"))
        scoped = inspect.signature(getattr(connectors, f"{verb}_for_{scope}{suffix}"))
        missing = [
            p for p in generic.parameters if p != "consumer_scope" and p not in scoped.parameters
        ]
        assert not missing, f"{verb}_for_{scope}{suffix} does not accept {missing}"
