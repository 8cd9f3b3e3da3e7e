"""Domain plugins that declare their attach points (``mistralai.attach``) are imported on
first use of one of them, and what they then provide must match what they declared."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from mistralai.client import Mistral
from mistralai.core.errors import PluginError
from mistralai.core.plugins import ATTACH_GROUP, DOMAINS_GROUP, Registry

PLUGIN = """
from mistralai.core.plugins import DomainSpec, hookimpl

LOADS = []
LOADS.append(1)

@hookimpl
def mistralai_domains():
    return [DomainSpec(point, "builtins:dict", api_version=1) for point in {provides!r}]
"""


def install(
    root: Path,
    module: str,
    *,
    declares: list[str],
    provides: list[str] | None = None,
    domains_entry: bool = True,
    extra_source: str = "",
) -> str:
    """A distribution as an installer leaves it: a plugin module and its ``.dist-info``
    listing ``declares`` in ``mistralai.attach`` (and the module in ``mistralai.domains``)."""
    source = PLUGIN.format(provides=provides if provides is not None else declares)
    (root / f"{module}.py").write_text(source + textwrap.dedent(extra_source))
    dist = module.replace("_", "-")
    info = root / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n\n")
    lines = [f"[{DOMAINS_GROUP}]", f"main = {module}", ""] if domains_entry else []
    lines += [f"[{ATTACH_GROUP}]", *(f"{point} = {module}" for point in declares), ""]
    (info / "entry_points.txt").write_text("\n".join(lines))
    return dist


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("deferred_")]:
        del sys.modules[name]


def test_imported_on_first_use_of_a_declared_attach_point(site: Path) -> None:
    install(site, "deferred_one", declares=["one_a", "beta.one_b"])
    install(site, "deferred_two", declares=["two"], domains_entry=False)
    registry = Registry()
    registry.load_entry_points()
    assert "deferred_one" not in sys.modules
    assert "deferred_two" not in sys.modules
    # listing the attach points (dir(client), namespaces such as ``beta``) imports nothing
    assert {"one_a", "beta.one_b", "two"} <= registry.attach_points()
    assert "deferred_one" not in sys.modules

    spec = registry.domain("beta.one_b")
    assert spec is not None and spec.distribution == "deferred-one"
    assert "deferred_one" in sys.modules and "deferred_two" not in sys.modules
    registry.domain("one_a")
    assert sys.modules["deferred_one"].LOADS == [1]  # imported and registered once

    assert registry.domain("two") is not None  # declared in mistralai.attach only
    assert registry.broken == {}


def test_listing_every_domain_imports_them_all(site: Path) -> None:
    install(site, "deferred_all", declares=["all_a"])
    registry = Registry()
    registry.load_entry_points()
    assert "all_a" in {spec.attach for spec in registry.domains()}
    assert "deferred_all" in sys.modules


def test_loading_twice_keeps_one_registration(site: Path) -> None:
    install(site, "deferred_twice", declares=["twice"])
    registry = Registry()
    registry.load_entry_points()
    registry.load_entry_points()
    assert registry.domain("twice") is not None
    registry.load_entry_points()  # loaded now: not deferred again
    assert registry.domain("twice") is not None
    assert sys.modules["deferred_twice"].LOADS == [1]


def test_a_plugin_providing_other_points_than_declared_is_refused(site: Path) -> None:
    dist = install(site, "deferred_liar", declares=["liar_a"], provides=["liar_a", "liar_b"])
    registry = Registry()
    registry.load_entry_points()
    assert registry.domain("liar_a") is None
    error = registry.broken[dist]
    assert isinstance(error, PluginError)
    assert "declares the attach points liar_a" in str(error)
    assert "provides liar_a, liar_b" in str(error)
    client = Mistral(api_key="k", registry=registry)
    with pytest.raises(PluginError, match=r"'liar_a' comes from deferred-liar 1\.0, which failed"):
        getattr(client, "liar_a")  # noqa: B009 (no typed attach point of that name)


def test_a_deferred_plugin_may_implement_no_other_hook(site: Path) -> None:
    dist = install(
        site,
        "deferred_hooks",
        declares=["hooks_a"],
        extra_source="""
        @hookimpl
        def mistralai_middleware():
            return []
        """,
    )
    registry = Registry()
    registry.load_entry_points()
    assert registry.domain("hooks_a") is None
    assert "mistralai_middleware" in str(registry.broken[dist])
    assert not registry.manager.is_registered(sys.modules["deferred_hooks"])


def test_a_deferred_plugin_failing_to_import_raises_when_used(site: Path) -> None:
    dist = install(site, "deferred_broken", declares=["broken_a"])
    (site / "deferred_broken.py").write_text("raise RuntimeError('broken on purpose')\n")
    registry = Registry()
    registry.load_entry_points()
    assert registry.broken == {}  # nothing imported yet
    assert registry.domain("broken_a") is None
    assert "broken on purpose" in str(registry.broken[dist])
    error = registry.broken_error()
    assert error is not None and dist in str(error)


def test_threads_resolving_at_once_import_the_plugin_once(site: Path) -> None:
    install(site, "deferred_threads", declares=[f"t{i}" for i in range(8)])
    registry = Registry()
    registry.load_entry_points()
    start = threading.Barrier(8)
    found: list[object] = []

    def resolve(point: str) -> None:
        start.wait()
        found.append(registry.domain(point))

    threads = [threading.Thread(target=resolve, args=(f"t{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 8 and all(spec is not None for spec in found)
    assert sys.modules["deferred_threads"].LOADS == [1]


def test_the_first_chat_call_imports_no_other_domain() -> None:
    """The installed first-party domains declare their attach points: ``client.chat`` imports
    the chat plugin only (each other plugin costs a cold start about 0.7 ms)."""
    code = textwrap.dedent(
        """
        import sys
        from mistralai.client import Mistral

        client = Mistral(api_key="k")
        client.chat
        loaded = sorted(m for m in sys.modules if m.endswith("._plugin"))
        print(" ".join(loaded))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    assert "mistralai.api.chat._plugin" in loaded
    assert not [m for m in loaded if m.startswith("mistralai.api.") and ".chat." not in m]
