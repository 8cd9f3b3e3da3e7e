"""``files.upload`` (generated from ``wrap: upload`` in tools/codegen/mapping.yaml): the
operation's parameters, ``file`` as any upload source, plus ``progress``; the wrapper opens the
file and reports progress."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path
from typing import Any

import pytest

from mistralai.api.files._generated.resources import (
    _FILES_UPLOAD,  # pyright: ignore[reportPrivateUsage]
    Files,
)
from mistralai.api.files._transfer import UploadFileNotFoundError, UploadSource
from mistralai.api.files._upload import send


@pytest.mark.parametrize("method", [Files.upload, Files.upload_async])
def test_upload_takes_progress_before_the_options(method: object) -> None:
    params = list(inspect.signature(method).parameters)  # pyright: ignore[reportArgumentType]
    assert params[:2] == ["self", "file"]
    assert params.index("progress") == params.index("retries") - 1
    hints = typing.get_type_hints(method)
    assert "progress" in hints
    assert hints["file"] == UploadSource


class _Client:
    """Records what ``send`` hands to ``client.request``."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def request(self, op: object, **kwargs: Any) -> str:
        file = kwargs["body"]["file"]
        self.calls.append({**kwargs, "op": op, "content": file["content"].read()})
        return "answer"


def test_the_file_is_opened_and_reports_progress(tmp_path: Path) -> None:
    source = tmp_path / "data.jsonl"
    source.write_bytes(b"0123456789")
    seen: list[tuple[int, int | None]] = []
    client = _Client()
    body = {"file": str(source), "purpose": "batch"}
    answer = send(
        client,  # type: ignore[arg-type]
        _FILES_UPLOAD,
        body=body,
        progress=lambda n, t: seen.append((n, t)),
        retries=None,
    )
    assert answer == "answer"
    (call,) = client.calls
    assert call["op"] is _FILES_UPLOAD
    assert call["retries"] is None
    assert call["body"]["purpose"] == "batch"
    assert call["body"]["file"]["file_name"] == "data.jsonl"
    assert call["content"] == b"0123456789"
    assert seen[-1] == (10, 10)
    assert body["file"] == str(source)  # the caller's mapping is left alone


def test_a_missing_path_fails_before_anything_is_sent(tmp_path: Path) -> None:
    client = _Client()
    with pytest.raises(UploadFileNotFoundError):
        send(client, _FILES_UPLOAD, body={"file": str(tmp_path / "nope")}, progress=None)  # type: ignore[arg-type]
    assert not client.calls
