"""``mistral files upload|list|download|delete``, with progress bars.

Loaded only by the ``mistral`` command (entry point group ``mistralai.cli``): typer, rich and
mistralai.cli are imported here and nowhere else in this package. The bars are fed by the
library's own ``progress`` callbacks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from mistralai.cli import client, err_console, jsonable, print_json, print_table, progress
from mistralai.core.runtime import UNSET

__all__ = ["app"]

app = typer.Typer(help="Upload, list, download and delete files.", no_args_is_help=True)


def _row(item: object) -> list[object]:
    data: dict[str, Any] = jsonable(item)
    return [
        data.get("id"),
        data.get("filename"),
        data.get("purpose"),
        data.get("bytes"),
        data.get("created_at"),
    ]


_COLUMNS = ["id", "filename", "purpose", "bytes", "created_at"]


@app.command("upload")
def upload(
    path: Annotated[Path, typer.Argument(help="The file to upload.", dir_okay=False)],
    purpose: Annotated[
        str | None, typer.Option("--purpose", "-p", help="fine-tune, batch, ocr...")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the file as JSON.")] = False,
) -> None:
    """Upload PATH (streamed from disk) and print the new file's id."""
    with progress(f"upload {path.name}", kind="bytes") as bar:
        created = client().files.upload(file=path, purpose=purpose, progress=bar.bytes)
    if as_json:
        print_json(created)
    else:
        sys.stdout.write(f"{created.id}\n")


@app.command("list")
def list_files(
    purpose: Annotated[
        str | None, typer.Option("--purpose", "-p", help="Only this purpose.")
    ] = None,
    search: Annotated[str | None, typer.Option("--search", help="Filter by file name.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many files.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List files (newest first, as the API sorts them)."""
    pages = client().files.list(
        purpose=UNSET if purpose is None else purpose,
        search=UNSET if search is None else search,
        page_size=min(limit, 100),
    )
    items: list[Any] = []
    for item in pages:  # iterating fetches further pages as needed
        items.append(item)
        if len(items) >= limit:
            break
    if as_json:
        print_json(items)
    else:
        print_table(_COLUMNS, [_row(i) for i in items])


@app.command("get")
def get_file(file_id: Annotated[str, typer.Argument(help="The file id.")]) -> None:
    """Show one file (JSON)."""
    print_json(client().files.retrieve(file_id=file_id))


@app.command("download")
def download(
    file_id: Annotated[str, typer.Argument(help="The file id.")],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="Where to write it (a directory: under the server's name)."
        ),
    ] = Path("."),
) -> None:
    """Download a file (streamed to disk; no partial file is left on failure)."""
    with progress(f"download {file_id}", kind="bytes") as bar:
        written = client().files.download_to(file_id, output, progress=bar.bytes)
    err_console().print(f"wrote {written}")
    sys.stdout.write(f"{written}\n")


@app.command("delete")
def delete(
    file_ids: Annotated[list[str], typer.Argument(help="The file id(s).")],
) -> None:
    """Delete one or more files."""
    files = client().files
    for file_id in file_ids:
        files.delete(file_id=file_id)
        sys.stdout.write(f"deleted {file_id}\n")
