"""CHANGELOG.md edits: one ``## <version>`` section per release, newest first, under the
``# Changelog`` title; notes gathered before a release live under ``## Unreleased``."""

from __future__ import annotations

from pathlib import Path

TITLE = "# Changelog\n"
UNRELEASED = "## Unreleased\n"
PLACEHOLDER = "- TODO: describe this release (what changed for users, what breaks)."


def _split(text: str) -> tuple[str, str]:
    """(title part, sections part); the sections part starts with ``## `` or is empty."""
    index = text.find("\n## ")
    if text.startswith("## "):
        return "", text
    if index < 0:
        return text.rstrip("\n") + "\n", ""
    return text[: index + 1], text[index + 1 :]


def _with_title(text: str) -> str:
    return text if text.strip() else TITLE


def add_release(path: Path, version: str, note: str | None = None) -> None:
    """Open ``## version``: the ``Unreleased`` section becomes it (``note`` first when given),
    or a new section with ``note`` or a placeholder line for the notes."""
    text = _with_title(path.read_text(encoding="utf-8") if path.exists() else "")
    if f"\n## {version}\n" in f"\n{text}":
        raise ValueError(f"{path} already has a section for {version}")
    head, sections = _split(text)
    line = f"- {note}" if note else None
    if sections.startswith(UNRELEASED):
        body = sections[len(UNRELEASED) :]
        new = f"## {version}\n" + (f"{line}\n" if line else "") + body
    else:
        new = f"## {version}\n{line or PLACEHOLDER}\n" + (f"\n{sections}" if sections else "")
    path.write_text(f"{head.rstrip(chr(10))}\n\n{new}", encoding="utf-8")


def add_unreleased(path: Path, *lines: str) -> None:
    """Add ``- line`` for each line, in order, at the top of the ``Unreleased`` section
    (created when missing)."""
    text = _with_title(path.read_text(encoding="utf-8") if path.exists() else "")
    head, sections = _split(text)
    if sections.startswith(UNRELEASED):
        body = sections[len(UNRELEASED) :]
        new = UNRELEASED + "".join(f"- {line}\n" for line in lines) + body
    else:
        new = UNRELEASED + "".join(f"- {line}\n" for line in lines)
        new += f"\n{sections}" if sections else ""
    path.write_text(f"{head.rstrip(chr(10))}\n\n{new}", encoding="utf-8")
