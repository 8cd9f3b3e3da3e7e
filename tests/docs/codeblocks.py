"""The Python code blocks of the docs, as CI runs them.

Every fenced block whose info string is ``python`` (or ``py``) in ``docs/**/*.md`` runs. The
blocks of one page run in order, in one namespace (a page is a session: a later block may use
what an earlier one defined), against the fake Mistral server.

A block that cannot run says so on the line just before its fence, with the reason::

    <!-- docs-test: skip needs a real Azure endpoint -->

A block that shows a file of a package (a plugin's module, its ``pyproject.toml``) is written
to that path, relative to the page's working directory (which is on ``sys.path``), instead of
being run, so that later blocks can import it::

    <!-- docs-test: file acme_weather/resources.py -->

The annotations are HTML comments, so the rendered site does not show them. A skip without a
reason, or an annotation that is not just before a code block, is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)(?P<info>.*)$")
ANNOTATION = re.compile(r"^\s*<!--\s*docs-test:\s*(?P<kind>skip|file)\b(?P<value>.*?)-->\s*$")
PYTHON = {"python", "py", "python3"}


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language and source, and its skip reason."""

    page: Path
    line: int  # 1-based line of the first line of code
    language: str
    source: str
    skip: str | None  # None: runs; otherwise the reason given
    file: str | None = None  # a file to write (relative path) instead of running

    @property
    def runnable(self) -> bool:
        return self.language in PYTHON and self.skip is None and self.file is None

    def where(self) -> str:
        return f"{_name(self.page)}:{self.line}"


def _name(page: Path) -> str:
    """The page's path relative to the repository (as given when it is elsewhere)."""
    return str(page.relative_to(ROOT)) if page.is_relative_to(ROOT) else str(page)


class AnnotationError(ValueError):
    """A ``docs-test`` annotation that is malformed or not before a Python block."""


def blocks(page: Path) -> list[Block]:
    """The fenced blocks of a Markdown page (any language), with their annotations."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    pending: tuple[int, str, str] | None = None  # (line, kind, value) of an annotation
    i = 0
    while i < len(lines):
        text = lines[i]
        if "docs-test:" in text and text.strip().startswith("<!--"):
            match = ANNOTATION.match(text)
            value = match.group("value").strip(" -:") if match else ""
            if match is None or not value:
                raise AnnotationError(
                    f"{_name(page)}:{i + 1}: write <!-- docs-test: skip REASON --> "
                    "or <!-- docs-test: file PATH -->"
                )
            pending = (i + 1, match.group("kind"), value)
            i += 1
            continue
        opening = FENCE.match(text)
        if opening is None:
            if text.strip() and pending is not None:
                raise AnnotationError(
                    f"{_name(page)}:{pending[0]}: a docs-test annotation must be "
                    "on the line just before a code block"
                )
            i += 1
            continue
        indent, fence = opening.group("indent"), opening.group("fence")
        info = opening.group("info").strip()
        language = info.split()[0].lower() if info else ""
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j])
            j += 1
        skip = file = None
        if pending is not None:
            if pending[1] == "skip":
                if language not in PYTHON:
                    raise AnnotationError(
                        f"{_name(page)}:{pending[0]}: skip annotations apply to Python blocks only"
                    )
                skip = pending[2]
            else:
                file = pending[2]
                if Path(file).is_absolute() or ".." in Path(file).parts:
                    raise AnnotationError(f"{_name(page)}:{pending[0]}: {file} must stay inside")
        found.append(Block(page, i + 2, language, "\n".join(body) + "\n", skip, file))
        pending = None
        i = j + 1
    return found


def pages() -> list[Path]:
    """Every Markdown page of the docs that has a Python block."""
    return [
        page
        for page in sorted(DOCS.rglob("*.md"))
        if any(b.language in PYTHON for b in blocks(page))
    ]
