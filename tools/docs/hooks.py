"""MkDocs hooks of the documentation site (mkdocs.yml ``hooks:``).

Other parts of the project add pages to ``docs/`` as they land (``cli.md``,
``reliability.md``, pages about extras). MkDocs ``--strict`` fails on a nav entry whose page
does not exist, so these pages cannot be listed in ``mkdocs.yml`` before they are there. This
hook puts each top-level page of ``docs/`` that the nav does not list into it: the known ones
where they belong, any other one under "More".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: page -> (nav section, title) for the pages expected to land
KNOWN: dict[str, tuple[str, str]] = {
    "cli.md": ("Guides", "Command line (CLI)"),
    "reliability.md": ("Guides", "Reliability guarantees"),
}


def _listed(nav: list[Any]) -> set[str]:
    found: set[str] = set()
    for item in nav:
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            for value in item.values():  # pyright: ignore[reportUnknownVariableType]
                if isinstance(value, str):
                    found.add(value)
                elif isinstance(value, list):
                    found |= _listed(value)  # pyright: ignore[reportUnknownArgumentType]
    return found


def _section(nav: list[Any], title: str) -> list[Any]:
    for item in nav:
        if isinstance(item, dict) and title in item and isinstance(item[title], list):
            return item[title]  # pyright: ignore[reportUnknownVariableType]
    section: list[Any] = []
    nav.append({title: section})
    return section


def on_config(config: Any) -> Any:
    nav: list[Any] | None = config["nav"]
    if nav is None:
        return config
    listed = _listed(nav)
    docs = Path(config["docs_dir"])
    for page in sorted(docs.glob("*.md")):
        if page.name in listed:
            continue
        section, title = KNOWN.get(page.name, ("More", _title(page)))
        _section(nav, section).append({title: page.name})
    return config


def _title(page: Path) -> str:
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.stem.replace("-", " ").capitalize()
