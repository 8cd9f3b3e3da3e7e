"""Write the API reference page of each domain package (docs/reference/<domain>.md).

    uv run --no-sync python tools/docs/reference.py           # rewrite the pages
    uv run --no-sync python tools/docs/reference.py --check   # fail if one is out of date

A page lists every resource the package attaches to the client (its generated attach table,
``_generated/attach.py``) and the sub-resources reachable from them (properties returning a
``Resource``), each rendered by mkdocstrings from its docstrings, then the package's public
helper modules. ``tests/docs/test_site.py`` runs the check, so a new operation group shows up
in the reference as soon as it is generated.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import typing
from collections.abc import Iterator
from pathlib import Path

from mistralai.core.runtime import Resource

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"
sys.path.insert(0, str(ROOT))
from tools.packaging.domains import domain_packages  # noqa: E402

#: import name -> page slug (the distribution is mistralai-api-<slug>)
DOMAINS: dict[str, str] = {
    module: dist.removeprefix("mistralai-api-") for dist, module in domain_packages().items()
}

#: the public helper modules of each domain (besides its resources and models)
HELPERS: dict[str, list[str]] = {
    "chat": ["mistralai.api.chat.structured"],
    "agents": [
        "mistralai.api.agents.run",
        "mistralai.extra.run.context",
        "mistralai.extra.run.result",
    ],
    "fine_tuning": ["mistralai.api.fine_tuning.batch", "mistralai.api.fine_tuning.errors"],
    "workflows": [
        "mistralai.api.workflows.errors",
        "mistralai.api.workflows.streams",
        "mistralai.extra.workflows",
    ],
    "audio": [
        "mistralai.api.audio.realtime",
        "mistralai.api.audio.realtime_speech",
        "mistralai.api.audio.voice_agents",
        "mistralai.api.audio.voice_tools",
    ],
}


def resources(point: str, cls: type, seen: set[type]) -> Iterator[tuple[str, type]]:
    """``cls`` at ``point``, then its sub-resources (depth first, each class once)."""
    yield point, cls
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or not isinstance(member, property) or member.fget is None:
            continue
        try:
            returned = typing.get_type_hints(member.fget).get("return")
        except Exception:  # an annotation that does not resolve: not a resource
            continue
        if inspect.isclass(returned) and issubclass(returned, Resource) and returned not in seen:
            seen.add(returned)
            yield from resources(f"{point}.{name}", returned, seen)


def page(domain: str, slug: str) -> str:
    attach: dict[str, str] = importlib.import_module(
        f"mistralai.api.{domain}._generated.attach"
    ).ATTACH
    lines = [
        f"# mistralai-api-{slug}",
        "",
        f"Install `mistralai-api-{slug}`, import `mistralai.api.{domain}`; the guide is the "
        f"[{slug} page](../domains/{slug}.md).",
        "",
        "<!-- written by tools/docs/reference.py: edit that, not this page -->",
        "",
        f"::: mistralai.api.{domain}",
        "    options:",
        "      show_root_heading: false",
        "      members: false",
        "",
        "## Resources",
        "",
        "What the package attaches to `Mistral`. Every method has an `_async` twin with the same",
        "parameters, and takes the per-call options `retries=`, `server_url=`, `timeout_ms=` and",
        "`http_headers=`.",
        "",
    ]
    seen: set[type] = set()
    for point, target in attach.items():
        module, name = target.split(":")
        cls = getattr(importlib.import_module(module), name)
        seen.add(cls)
        for dotted, found in resources(point, cls, seen):
            lines += [
                f"### `client.{dotted}`",
                "",
                f"::: {found.__module__}.{found.__qualname__}",
                "    options:",
                "      heading_level: 4",
                "      show_root_heading: false",
                "      inherited_members: true",
                "      show_bases: false",
                "",
            ]
    helpers = HELPERS.get(domain, [])
    if helpers:
        lines += ["## Helpers", ""]
        for module in helpers:
            lines += [f"::: {module}", "    options:", "      heading_level: 3", ""]
    lines += [
        "## Models",
        "",
        f"`mistralai.api.{domain}.models` holds every model of the domain: see the",
        f"[models page](models.md#mistralai-api-{slug}).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a page is out of date")
    args = parser.parse_args(argv)
    stale: list[str] = []
    for domain, slug in DOMAINS.items():
        path = REFERENCE / f"{slug}.md"
        text = page(domain, slug)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(str(path.relative_to(ROOT)))
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(
            "out of date (run tools/docs/reference.py): " + ", ".join(stale),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
