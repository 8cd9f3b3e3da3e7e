"""Refuse to run next to the official ``mistralai`` monolith (2.x/3.x wheel).

The monolith ships the 2.x import paths ``mistralai/client``, ``mistralai/extra``,
``mistralai/azure/client`` and ``mistralai/gcp/client`` as regular packages, and so do
``mistralai-core``, ``mistralai-api-agents``, ``mistralai-api-workflows`` and our providers.
Installed into one environment, whichever was installed last owns the shared files and the
result is a mix of both. Its marker is ``mistralai/client/sdk.py``: the monolith always ships
it, none of our packages ever does (``tests/install_shapes/test_registry_collisions.py``
asserts that). The check is one ``stat`` per entry of ``mistralai.__path__``; the
distribution metadata is read only to word the error. ``mistralai.core`` runs the same
``stat`` inline (``_refuse_monolith``) and imports this module only when the marker is there,
so that a clean ``import mistralai.core`` loads nothing else; ``mistralai.client`` calls
:func:`check_coexistence` itself (it matters when its file is ours but ``mistralai.core`` was
imported before the monolith was installed in a running process: rare, and cheap to cover).
"""

from __future__ import annotations

import os
import sys

MARKER = ("client", "sdk.py")
SHARED_PREFIXES = ("mistralai/client/", "mistralai/extra/", "mistralai/azure/", "mistralai/gcp/")


class MonolithInstalledError(ImportError):
    """The official ``mistralai`` monolith is installed next to the modular packages."""


def find_monolith() -> str | None:
    """Path of the monolith's ``mistralai/client/sdk.py`` if one is importable, else None."""
    namespace = sys.modules.get("mistralai")
    entries = getattr(namespace, "__path__", None) if namespace is not None else None
    if entries is None:
        return None
    for entry in list(entries):
        candidate = os.path.join(entry, *MARKER)
        if os.path.isfile(candidate):
            return candidate
    return None


def check_coexistence() -> None:
    """Raise :class:`MonolithInstalledError` if the official monolith is installed."""
    marker = find_monolith()
    if marker is not None:
        raise MonolithInstalledError(_message(marker))


def _message(marker: str) -> str:
    from importlib import metadata

    owner_name, owner_version = "mistralai", "(version unknown)"
    ours = {"mistralai-core"}
    for dist in metadata.distributions():
        name = str(dist.metadata["Name"] or "")
        files = [str(f).replace(os.sep, "/") for f in (dist.files or ())]
        if "mistralai/client/sdk.py" in files:
            owner_name, owner_version = name, dist.version
        elif name.startswith("mistralai-") and any(f.startswith(SHARED_PREFIXES) for f in files):
            ours.add(name)  # one of ours sharing paths with the monolith: reinstall it too
    reinstall = " ".join(sorted(ours, key=lambda n: (n != "mistralai-core", n)))
    return (
        f"The official Mistral SDK monolith, distribution {owner_name} {owner_version}, is "
        f"installed in this environment ({marker}). It ships the same import paths as the modular SDK "
        "(mistralai.client, mistralai.extra, mistralai.azure, mistralai.gcp) and has "
        "overwritten or mixed files with mistralai-core, so the two cannot be used together. "
        f"Fix: pip uninstall -y {owner_name} && pip install --force-reinstall {reinstall} "
        "(uninstalling removes the shared files, hence the forced reinstall; add the "
        "--no-index --find-links <wheelhouse> or --index-url <private index> you installed "
        "them from). To keep the "
        "official SDK instead, uninstall the mistralai-* packages of the modular SDK."
    )
