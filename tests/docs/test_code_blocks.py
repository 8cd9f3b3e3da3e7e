"""Every Python code block of the docs runs against the fake Mistral server.

For each page: a fresh fake server (with the examples' extra routes), the default server
(``mistralai.core.provider.SERVERS``) pointed at it so that ``Mistral()`` as the docs write
it talks to it, ``MISTRAL_API_KEY`` set, and a temporary working directory. The page's
blocks then run in order in one namespace. Blocks marked ``<!-- docs-test: skip REASON -->``
do not run; they are listed and must stay few.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import sys
import traceback
import types
from pathlib import Path
from typing import Any

import pytest

import mistralai.core.provider
from mistralai.testing import FakeMistralServer

from .codeblocks import DOCS, PYTHON, AnnotationError, blocks, pages

PAGES = pages()
MAX_SKIPPED = 16  # the few blocks that need what a test cannot have (a real cloud, a microphone)


def run_page(page: Path, workdir: Path | None = None) -> int:
    """Run the page's blocks; returns how many ran. A failing block fails with its place.

    File blocks are written under ``workdir`` (the current directory by default)."""
    # The blocks run in a real module, registered while the page runs: code that looks its
    # functions' module up (pydantic resolving string annotations) works as in a script.
    module = types.ModuleType("docs_page", f"the code blocks of {page.name}")
    module.__file__ = str(page)
    sys.modules[module.__name__] = module
    try:
        return _run_blocks(page, module.__dict__, workdir)
    finally:
        del sys.modules[module.__name__]


def _run_blocks(page: Path, namespace: dict[str, Any], workdir: Path | None) -> int:
    ran = 0
    for block in blocks(page):
        if block.file is not None:
            target = (workdir or Path.cwd()) / block.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.source, encoding="utf-8")
            continue
        if not block.runnable:
            continue
        try:
            # Top-level ``await`` is allowed, as in a notebook: such a block runs in an event loop.
            code = compile(
                block.source, block.where(), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
            )
            if code.co_flags & inspect.CO_COROUTINE:
                asyncio.run(eval(code, namespace))
            else:
                exec(code, namespace)
        except Exception as exc:
            detail = "".join(traceback.format_exception(exc, limit=-3))
            raise AssertionError(f"the code block at {block.where()} failed:\n{detail}") from exc
        ran += 1
    return ran


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_page_code_blocks_run(
    page: Path,
    docs_server: FakeMistralServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(mistralai.core.provider, "SERVERS", {"eu": docs_server.url})
    monkeypatch.setenv("MISTRAL_API_KEY", "fake-docs-key")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))  # pyright: ignore[reportUnknownMemberType] - file blocks are importable
    ran = run_page(page, tmp_path)
    assert ran > 0 or all(not b.runnable for b in blocks(page))
    assert not docs_server.errors, f"the fake server failed: {docs_server.errors}"


def test_the_docs_have_runnable_blocks_and_few_skips() -> None:
    every = [b for page in sorted(DOCS.rglob("*.md")) for b in blocks(page)]
    python = [b for b in every if b.language in PYTHON]
    skipped = [b for b in python if b.skip is not None]
    assert len(python) - len(skipped) >= 40, "the docs should show runnable code"
    listing = "\n".join(f"{b.where()}: {b.skip}" for b in skipped)
    assert len(skipped) <= MAX_SKIPPED, f"too many skipped blocks:\n{listing}"


def test_a_skip_needs_a_reason_and_a_python_block(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- docs-test: skip -->\n```python\nx = 1\n```\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match="REASON"):
        blocks(page)
    page.write_text("<!-- docs-test: skip why -->\n```bash\nls\n```\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match="Python blocks only"):
        blocks(page)
    page.write_text("<!-- docs-test: file ../x.py -->\n```python\nx = 1\n```\n")
    with pytest.raises(AnnotationError, match="inside"):
        blocks(page)
    page.write_text("<!-- docs-test: skip why -->\ntext\n```python\nx = 1\n```\n")
    with pytest.raises(AnnotationError, match="just before"):
        blocks(page)


def test_a_failing_block_is_reported_with_its_place(tmp_path: Path) -> None:
    page = tmp_path / "failing.md"
    page.write_text("# t\n\n```python\nx = 1\n```\n\n```python\nraise KeyError(x)\n```\n")
    with pytest.raises(AssertionError, match=r"failing\.md:8") as caught:
        run_page(page)
    assert "KeyError: 1" in str(caught.value)


def test_skipped_and_other_blocks_do_not_run(tmp_path: Path) -> None:
    page = tmp_path / "skip.md"
    page.write_text(
        "```python\nx = 1\n```\n\n```bash\nexit 1\n```\n"
        "<!-- docs-test: skip needs a real cloud -->\n"
        "```python\nraise SystemExit(1)\n```\n\n```py\nassert x == 1\n```\n"
    )
    assert run_page(page) == 2
    found = blocks(page)
    assert [(b.language, b.skip) for b in found] == [
        ("python", None),
        ("bash", None),
        ("python", "needs a real cloud"),
        ("py", None),
    ]


def test_top_level_await_runs_in_an_event_loop(tmp_path: Path) -> None:
    page = tmp_path / "async.md"
    page.write_text(
        "```python\nimport asyncio\n\nvalue = await asyncio.sleep(0, result=7)\n```\n\n"
        "```python\nassert value == 7\n```\n"
    )
    assert run_page(page) == 2


def test_file_blocks_are_written_and_importable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "files.md"
    page.write_text(
        "<!-- docs-test: file pkg_docs_test/mod.py -->\n```python\nVALUE = 42\n```\n\n"
        "```python\nfrom pkg_docs_test.mod import VALUE\nassert VALUE == 42\n```\n"
    )
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.syspath_prepend(str(work))  # pyright: ignore[reportUnknownMemberType]
    assert run_page(page, work) == 1
    assert (work / "pkg_docs_test" / "mod.py").read_text() == "VALUE = 42\n"


def test_every_page_is_found() -> None:
    names = {str(p.relative_to(DOCS)) for p in PAGES}
    assert {"quickstart.md", "index.md", "domains/chat.md"} <= names
