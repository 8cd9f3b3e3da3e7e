"""MkDocs hooks of the documentation site (mkdocs.yml ``hooks:``).

Other parts of the project add pages to ``docs/`` as they land (``cli.md``,
``reliability.md``, pages about extras). MkDocs ``--strict`` fails on a nav entry whose page
does not exist, so these pages cannot be listed in ``mkdocs.yml`` before they are there. This
hook puts each top-level page of ``docs/`` that the nav does not list into it: the known ones
where they belong, any other one under "More".
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

#: page -> (nav section, title; None: the page's own title) for the pages expected to land
KNOWN: dict[str, tuple[str, str | None]] = {
    "cli.md": ("Guides", "Command line (CLI)"),
    "reliability.md": ("Guides", "Reliability guarantees"),
    "telemetry.md": ("Guides", None),
    "batch-and-bulk.md": ("Guides", None),
    "mcp-and-runs.md": ("Domains", None),
    "realtime.md": ("Domains", None),
    "workflows-extras.md": ("Domains", None),
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
        section, title = KNOWN.get(page.name, ("More", None))
        _section(nav, section).append({title or _title(page): page.name})
    return config


def _title(page: Path) -> str:
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.stem.replace("-", " ").capitalize()


# -- the models summary of the API reference ---------------------------------------------------

MODELS_DIRECTIVE = re.compile(r"^<!-- models: (?P<module>[\w.]+) -->$", re.MULTILINE)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace ``<!-- models: MODULE -->`` by a table of the module's models.

    The generated models modules hold thousands of names; rendering each class with
    mkdocstrings costs seconds and megabytes of HTML for little use. The table gives each
    model's fields (or, for an alias, what it stands for) and its first docstring line, read
    from the installed packages; a domain's table leaves out core's shared models, which have
    their own table.
    """
    if "<!-- models:" not in markdown:
        return markdown
    return MODELS_DIRECTIVE.sub(lambda m: models_table(m.group("module")), markdown)


def models_table(module_name: str) -> str:
    module = importlib.import_module(module_name)
    shared: set[str] = (
        set()
        if module_name == "mistralai.core.models"
        else set(importlib.import_module("mistralai.core.models").__all__)
    )
    rows = ["| model | fields, or what it stands for |", "| --- | --- |"]
    count = 0
    for name in sorted(getattr(module, "__all__", ())):
        if name in shared or name.endswith("TypedDict"):
            continue
        value = getattr(module, name)
        fields: object = getattr(value, "model_fields", None)
        if isinstance(fields, dict):
            names = [str(field) for field in fields]  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
            described = ", ".join(f"`{field}`" for field in names) or "(no fields)"
        elif inspect.isclass(value):
            described = f"class ({_first_line(value.__doc__) or value.__module__})"
        else:
            described = f"`{_short(value)}`"
        doc = _first_line(value.__doc__) if isinstance(fields, dict) else ""
        rows.append(f"| `{name}` | {described}{' — ' + doc if doc else ''} |")
        count += 1
    note = f"{count} models (each pydantic model also has a `<Name>TypedDict` twin for dict input)."
    return note + "\n\n" + "\n".join(rows) + "\n"


def _first_line(doc: str | None) -> str:
    if not doc:
        return ""
    line = doc.strip().splitlines()[0].strip()
    return line.replace("|", "\\|")


def _short(value: object, limit: int = 160) -> str:
    text = repr(value)
    text = re.sub(r"\bmistralai\.core\._generated\._models\.\w+\.", "", text)
    for prefix in ("typing.", "mistralai.api."):
        text = text.replace(prefix, "")
    text = re.sub(r"\b\w+\._generated\._models\.\w+\.", "", text)
    text = text.replace("|", "\\|").replace("`", "'")
    return text if len(text) <= limit else text[: limit - 1] + "…"
