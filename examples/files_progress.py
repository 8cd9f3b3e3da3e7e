"""Files: upload with a progress bar, list, download streamed to disk, delete.

python examples/files_progress.py path/to/file
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from _support import api


def bar(label: str) -> Callable[[int, int | None], None]:
    """A progress callback printing a line at every quarter (or every MiB when the size is
    unknown: a download the server sends chunked)."""
    shown = -1

    def progress(done: int, total: int | None) -> None:
        nonlocal shown
        step = 4 * done // total if total else done >> 20
        if step != shown:
            shown = step
            size = f"{done}/{total} bytes" if total else f"{done} bytes"
            filled = 20 * done // total if total else 0
            print(
                f"{label} [{'#' * filled}{'.' * (20 - filled)}] {size}"
                if total
                else f"{label} {size}"
            )

    return progress


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            source = Path(sys.argv[1])
        else:
            source = Path(tmp) / "train.jsonl"
            line = '{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'
            source.write_text(line * 20_000)  # about 2 MB: the bar moves
        with api() as client:
            created = client.files.upload(
                file=source, purpose="fine-tune", progress=bar("upload  ")
            )
            print(f"uploaded {created.filename}: {created.id} ({created.size_bytes} bytes)")

            for file in client.files.list(purpose="fine-tune"):
                print(f"listed {file.id} {file.filename}")

            copy = client.files.download_to(
                created.id, Path(tmp) / "copy.jsonl", progress=bar("download")
            )
            same = copy.read_bytes() == source.read_bytes()
            print(f"downloaded to {copy.name}: identical={same}")
            print("deleted:", client.files.delete(file_id=created.id).deleted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
