"""Output helpers shared by every command: JSON, tables, progress bars, stdin.

Results go to stdout (plain JSON or a rich table); progress bars, spinners and messages go to
stderr, so that ``mistral ... --json | jq`` and ``> file`` stay clean.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel

from mistralai.cli._errors import CliError, ExitCode

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

# rich is imported by the functions that use it: `mistral --help` and shell completion (run
# on every <TAB>) stay fast.

__all__ = [
    "ProgressReporter",
    "err_console",
    "jsonable",
    "out_console",
    "print_json",
    "print_table",
    "progress",
    "read_input",
]


def out_console() -> Console:
    """A rich console on stdout (built per call: test runners swap sys.stdout)."""
    from rich.console import Console

    return Console(file=sys.stdout, soft_wrap=True)


def err_console() -> Console:
    """A rich console on stderr, for messages and progress."""
    from rich.console import Console

    return Console(file=sys.stderr, soft_wrap=True)


def jsonable(value: object) -> Any:
    """A JSON-ready form of an SDK result (pydantic models by their wire names)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in cast("list[object] | tuple[object, ...]", value)]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in cast(dict[object, object], value).items()}
    return value


def print_json(value: object) -> None:
    """Write ``value`` as indented JSON to stdout (no colours: it is meant for pipes)."""
    sys.stdout.write(json.dumps(jsonable(value), indent=2, ensure_ascii=False, default=str))
    sys.stdout.write("\n")
    sys.stdout.flush()


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[object]], *, title: str | None = None
) -> None:
    """A rich table on stdout; ``None`` cells print as empty."""
    from rich.table import Table

    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    table = Table(title=title)
    for index, column in enumerate(columns):
        if index == 0:
            # The first column is the id to copy into the next command: never wrapped.
            width = max([len(column), *(len(row[0]) for row in cells if row)])
            table.add_column(column, no_wrap=True, min_width=width)
        else:
            table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*row)
    out_console().print(table)


def read_input(value: str | None, what: str) -> str:
    """``value``, or all of stdin when it is not given ("-" also means stdin)."""
    if value is not None and value != "-":
        return value
    if sys.stdin.isatty():
        raise CliError(
            f"no {what} given: pass it as an argument or pipe it on stdin", ExitCode.USAGE
        )
    text = sys.stdin.read()
    if not text.strip():
        raise CliError(f"no {what} given: stdin was empty", ExitCode.USAGE)
    return text


class ProgressReporter:
    """One task of a rich progress display; its methods fit the SDK's progress callbacks."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress = progress
        self._task = task

    def update(
        self, completed: float | None = None, total: float | None = None, status: str | None = None
    ) -> None:
        """Move the bar to ``completed`` of ``total``; ``status`` replaces the description."""
        fields: dict[str, Any] = {}
        if status is not None:
            fields["description"] = status
        self._progress.update(self._task, completed=completed, total=total, **fields)

    def bytes(self, done: int, total: int | None) -> None:
        """``progress(bytes_done, total_bytes)``: the upload/download callback shape."""
        self.update(done, total)


@contextmanager
def progress(
    description: str, *, kind: str = "count", total: float | None = None
) -> Generator[ProgressReporter]:
    """A progress display on stderr. ``kind``: ``"bytes"`` (size and speed), ``"count"``
    (n/m) or ``"status"`` (a spinner and the latest status only)."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TransferSpeedColumn,
    )

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
    if kind == "bytes":
        columns += [BarColumn(), DownloadColumn(), TransferSpeedColumn()]
    elif kind == "count":
        columns += [BarColumn(), MofNCompleteColumn()]
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=err_console(), transient=False) as bar:
        task = bar.add_task(description, total=total)
        yield ProgressReporter(bar, task)
