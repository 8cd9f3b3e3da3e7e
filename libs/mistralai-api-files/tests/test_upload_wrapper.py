"""``files.upload`` wraps the generated method: its parameters, plus ``progress``."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

import pytest

from mistralai.api.files._files import Files
from mistralai.api.files._generated.resources import Files as GeneratedFiles
from mistralai.api.files._transfer import UploadFileNotFoundError
from mistralai.api.files._upload import _arguments  # pyright: ignore[reportPrivateUsage]

SIGNATURE = inspect.signature(GeneratedFiles.upload)


@pytest.mark.parametrize(
    ("ours", "generated"),
    [(Files.upload, GeneratedFiles.upload), (Files.upload_async, GeneratedFiles.upload_async)],
)
def test_upload_has_the_generated_parameters_and_progress(ours: object, generated: object) -> None:
    mine = list(inspect.signature(ours).parameters)  # pyright: ignore[reportArgumentType]
    theirs = list(inspect.signature(generated).parameters)  # pyright: ignore[reportArgumentType]
    assert [p for p in mine if p != "progress"] == theirs
    assert mine.index("progress") == mine.index("retries") - 1
    assert inspect.iscoroutinefunction(ours) == inspect.iscoroutinefunction(generated)
    assert "progress" in typing.get_type_hints(ours)


def test_the_file_is_opened_and_reports_progress(tmp_path: Path) -> None:
    source = tmp_path / "data.jsonl"
    source.write_bytes(b"0123456789")
    seen: list[tuple[int, int | None]] = []
    given = {"file": str(source), "purpose": "batch"}
    with _arguments(SIGNATURE, ("self",), given, lambda n, t: seen.append((n, t))) as call:
        args, kwargs = call
        assert args == ("self",)
        assert kwargs["purpose"] == "batch"
        assert kwargs["file"]["file_name"] == "data.jsonl"
        assert kwargs["file"]["content"].read() == b"0123456789"
    assert seen[-1] == (10, 10)


def test_a_missing_path_fails_before_anything_is_sent(tmp_path: Path) -> None:
    with (
        pytest.raises(UploadFileNotFoundError),
        _arguments(SIGNATURE, ("self",), {"file": str(tmp_path / "nope")}, None),
    ):
        pass
