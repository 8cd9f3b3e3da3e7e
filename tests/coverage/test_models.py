"""``from mistralai.client.models import X`` for every model name of the official 2.x SDK.

The names are those the official repository's examples and docs import
(``shared/compat/import_paths.json``). With every domain installed (the workspace), each
resolves through the plugin registry to the model of the domain that owns it, and that
domain's own ``mistralai.<domain>.models`` module holds the same object (a few values
belong to core: ``File``); the names the spec
has no model for are listed in ``docs/compat.md`` ("Official models not provided"), with
the reason, and must indeed not resolve. The per-domain install shapes
(``tests/install_shapes/test_domain_shapes.py``) check that a domain installed alone
resolves its own models.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from functools import cache
from types import ModuleType

import pytest
from compat_support import compat_table, official_model_names

ABSENT = "Official models not provided"
#: Where core keeps what is not one domain's (the facade's last resort).
CORE_MODULES = ("mistralai.core.models", "mistralai.core.runtime")


@cache
def domain_model_modules() -> dict[str, ModuleType]:
    """Distribution -> its ``mistralai.<domain>.models`` module (every installed domain)."""
    from mistralai.core.plugins import default_registry

    out: dict[str, ModuleType] = {}
    for spec in default_registry().domains():
        if spec.models and spec.distribution not in out:
            out[spec.distribution] = importlib.import_module(spec.models)
    return out


def import_from_facade(name: str) -> object:
    namespace: dict[str, object] = {}
    exec(f"from mistralai.client.models import {name}", namespace)
    return namespace[name]


@pytest.mark.parametrize("name", official_model_names())
def test_official_model_imports(name: str) -> None:
    if name in compat_table(ABSENT):
        with pytest.raises(ImportError):
            import_from_facade(name)
        return
    try:
        value = import_from_facade(name)
    except ImportError as exc:
        pytest.fail(
            f"from mistralai.client.models import {name}: {exc} (add the model, or list it "
            f"in docs/compat.md, {ABSENT}, with the reason)"
        )
    owners = [
        dist
        for dist, module in domain_model_modules().items()
        if getattr(module, name, None) is value
    ]
    if not owners:  # a core value used by several domains (``File``, for uploads)
        core = [importlib.import_module(m) for m in CORE_MODULES]
        assert any(getattr(m, name, None) is value for m in core), (
            f"{name} resolves, but neither a domain's models module nor core holds it"
        )
    for dist in owners:
        module = domain_model_modules()[dist]
        assert module.__name__.startswith("mistralai.") and module.__name__.endswith(".models")


def test_every_domain_has_a_models_module() -> None:
    dists = set(domain_model_modules())
    from tools.packaging.domains import domain_packages

    expected = set(domain_packages())
    assert len(expected) >= 12
    assert expected <= dists, sorted(expected - dists)


def test_compat_rows_name_official_models() -> None:
    unknown = sorted(set(compat_table(ABSENT)) - set(official_model_names()))
    assert not unknown, f"docs/compat.md ({ABSENT}) lists non-official names: {unknown}"


def test_models_resolve_lazily() -> None:
    """Importing the facade loads no domain's models; the first name looked up does."""
    script = """
import json, sys
import mistralai.client.models as m
before = sorted(n for n in sys.modules if n.startswith("mistralai.") and n.endswith("models")
                and not n.startswith(("mistralai.client", "mistralai.core")))
from mistralai.client.models import ConversationResponse
print(json.dumps({"before": before, "owner": ConversationResponse.__module__,
                  "loaded": "mistralai.api.agents.models" in sys.modules}))
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["before"] == []
    assert result["owner"].startswith("mistralai.")
    assert result["loaded"] is True
