"""mistralai-api-files against the fake Mistral server: uploads (with progress), listing, streamed
downloads to disk (and cut downloads), signed URLs, libraries and documents; sync and async."""

from __future__ import annotations

import io
import os
from pathlib import Path

import httpx
import pytest

from mistralai.api.files import UploadFileNotFoundError
from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.errors import (
    MistralError,
    NotFoundError,
    RequestValidationError,
    StreamInterruptedError,
)
from mistralai.testing import FakeMistralServer

BIG = bytes(range(256)) * 1200  # 307,200 bytes: several multipart reads and download chunks
FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 5_000), True, max_retries=2)


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _uploads(server: FakeMistralServer) -> int:
    return len(server.requests.filter(method="POST", path="/v1/files"))


# --------------------------------------------------------------------------- full flow


def test_upload_list_retrieve_download_delete(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    source = tmp_path / "train.jsonl"
    source.write_bytes(b'{"messages": []}\n' * 3)
    created = client.files.upload(file=source, purpose="fine-tune")
    assert created.filename == "train.jsonl"
    assert created.size_bytes == source.stat().st_size
    assert created.purpose == "fine-tune"
    assert created.num_lines == 3

    listed = client.files.list()
    assert [f.id for f in listed.data] == [created.id]
    assert listed.total == 1

    got = client.files.retrieve(file_id=created.id)
    assert got.id == created.id and got.deleted is False

    out = client.files.download_to(created.id, tmp_path / "copy.jsonl")
    assert out == tmp_path / "copy.jsonl"
    assert out.read_bytes() == source.read_bytes()
    assert client.files.download(file_id=created.id) == source.read_bytes()

    deleted = client.files.delete(file_id=created.id)
    assert deleted.deleted is True and deleted.id == created.id
    assert client.files.list().data == []
    with pytest.raises(NotFoundError):
        client.files.retrieve(file_id=created.id)


async def test_upload_list_retrieve_download_delete_async(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    created = await client.files.upload_async(file=BIG, purpose="batch")
    assert created.size_bytes == len(BIG)
    listed = await client.files.list_async(purpose="batch")
    assert [f.id for f in listed.data] == [created.id]
    got = await client.files.retrieve_async(file_id=created.id)
    assert got.size_bytes == len(BIG)
    out = await client.files.download_to_async(created.id, tmp_path / "big.bin")
    assert out.read_bytes() == BIG
    assert (await client.files.delete_async(file_id=created.id)).deleted is True
    assert (await client.files.list_async()).data == []
    await client.aclose()


def test_list_pages_and_filters(client: Mistral) -> None:
    ids = [client.files.upload(file=b"x" * (i + 1), purpose="batch").id for i in range(5)]
    client.files.upload(file=b"other", purpose="ocr")
    first = client.files.list(page=0, page_size=2, purpose="batch")
    second = client.files.list(page=1, page_size=2, purpose="batch")
    third = client.files.list(page=2, page_size=2, purpose="batch")
    seen = [f.id for page in (first, second, third) for f in page.data]
    assert sorted(seen) == sorted(ids)
    assert len(first.data) == 2 and len(third.data) == 1
    assert first.total == 5


# --------------------------------------------------------------------------- upload sources


def test_upload_sources(client: Mistral, fake_server: FakeMistralServer, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"from a path")
    by_str = client.files.upload(file=str(path))
    assert by_str.filename == "a.txt" and by_str.size_bytes == len(b"from a path")

    by_bytes = client.files.upload(file=b"raw bytes")
    assert by_bytes.size_bytes == len(b"raw bytes")

    with path.open("rb") as handle:
        by_handle = client.files.upload(file=handle)
    assert by_handle.filename == "a.txt"

    by_dict = client.files.upload(
        file={"file_name": "d.jsonl", "content": io.BytesIO(b"{}\n"), "content_type": "x/y"}
    )
    assert by_dict.filename == "d.jsonl"

    partly_read = io.BytesIO(b"skipREST")
    partly_read.read(4)
    by_position = client.files.upload(file={"file_name": "p.bin", "content": partly_read})
    assert by_position.size_bytes == 4
    assert client.files.download(file_id=by_position.id) == b"REST"

    stored = {f.id: f for f in client.files.list().data}
    assert client.files.download(file_id=by_str.id) == b"from a path"
    assert client.files.download(file_id=by_bytes.id) == b"raw bytes"
    assert client.files.download(file_id=by_handle.id) == b"from a path"
    assert len(stored) == 5
    sent = fake_server.requests.filter(method="POST", path="/v1/files")[-1]
    assert b'filename="p.bin"' in sent.body


async def test_upload_sources_async(client: Mistral, tmp_path: Path) -> None:
    path = tmp_path / "b.bin"
    path.write_bytes(BIG)
    by_path = await client.files.upload_async(file=path)
    with path.open("rb") as handle:
        by_handle = await client.files.upload_async(file=handle)
    assert by_path.size_bytes == by_handle.size_bytes == len(BIG)
    assert await client.files.download_async(file_id=by_handle.id) == BIG
    await client.aclose()


def test_upload_progress(client: Mistral, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(BIG)
    calls: list[tuple[int, int | None]] = []
    created = client.files.upload(
        file=path, progress=lambda sent, total: calls.append((sent, total))
    )
    assert created.size_bytes == len(BIG)
    assert len(calls) >= 3
    sent = [c[0] for c in calls]
    assert sent == sorted(sent) and len(set(sent)) == len(sent)
    assert calls[-1] == (len(BIG), len(BIG))
    assert {c[1] for c in calls} == {len(BIG)}


async def test_upload_progress_async(client: Mistral) -> None:
    calls: list[tuple[int, int | None]] = []
    await client.files.upload_async(file=BIG, progress=lambda s, t: calls.append((s, t)))
    assert len(calls) >= 3
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert calls[-1] == (len(BIG), len(BIG))
    await client.aclose()


class _Unsized(io.RawIOBase):
    """A stream whose size cannot be known in advance (sent with chunked encoding)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


def test_upload_progress_of_unsized_stream(client: Mistral) -> None:
    calls: list[tuple[int, int | None]] = []
    created = client.files.upload(
        file={"file_name": "s.bin", "content": _Unsized(BIG)},
        progress=lambda s, t: calls.append((s, t)),
    )
    assert created.size_bytes == len(BIG)
    assert all(total is None for _, total in calls[:-1])
    assert calls[-1] == (len(BIG), len(BIG))


def test_upload_progress_of_empty_source(client: Mistral) -> None:
    calls: list[tuple[int, int | None]] = []
    created = client.files.upload(file=b"", progress=lambda s, t: calls.append((s, t)))
    assert created.size_bytes == 0
    assert calls == [(0, 0)]


def test_retried_upload_sends_the_whole_seekable_source(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=503, path="/v1/files", method="POST")
    calls: list[tuple[int, int | None]] = []
    created = client.files.upload(
        file={"file_name": "s.bin", "content": io.BytesIO(BIG)},
        progress=lambda s, t: calls.append((s, t)),
        retries=FAST,
    )
    assert _uploads(fake_server) == 2
    assert created.size_bytes == len(BIG)
    assert client.files.download(file_id=created.id) == BIG
    assert calls[-1] == (len(BIG), len(BIG))


def test_retried_upload_of_unseekable_stream_is_refused(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    # the first attempt read the stream to its end: a retry must not upload an empty file
    fake_server.inject(status=503, path="/v1/files", method="POST")
    with pytest.raises(MistralError, match="cannot be rewound"):
        client.files.upload(file={"file_name": "s.bin", "content": _Unsized(BIG)}, retries=FAST)
    assert client.files.list().data == []


async def test_retried_upload_of_unseekable_stream_is_refused_async(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=503, path="/v1/files", method="POST")
    with pytest.raises(MistralError, match="cannot be rewound"):
        await client.files.upload_async(
            file={"file_name": "s.bin", "content": _Unsized(BIG)}, retries=FAST
        )
    assert (await client.files.list_async()).data == []
    await client.aclose()


def test_missing_path_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(UploadFileNotFoundError) as info:
        client.files.upload(file=missing)
    assert isinstance(info.value, RequestValidationError)
    assert isinstance(info.value, FileNotFoundError)
    assert isinstance(info.value, MistralError)
    assert str(missing) in str(info.value)
    with pytest.raises(FileNotFoundError):
        client.files.upload(file=str(missing))
    assert len(fake_server.requests) == 0


async def test_missing_path_fails_before_sending_async(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    with pytest.raises(UploadFileNotFoundError):
        await client.files.upload_async(file=tmp_path / "nope")
    with pytest.raises(RequestValidationError):
        await client.files.upload_async(file=io.StringIO("text"))  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError):
        await client.files.upload_async(file={"content": b"no name"})
    assert len(fake_server.requests) == 0


# --------------------------------------------------------------------------- downloads


def test_download_streams_in_chunks_with_progress(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    created = client.files.upload(file=BIG)
    calls: list[tuple[int, int | None]] = []
    out = client.files.download_to(
        created.id,
        tmp_path / "out.bin",
        progress=lambda got, total: calls.append((got, total)),
        http_headers={"x-fake-chunk-bytes": "50000", "x-fake-chunk-delay-ms": "1"},
    )
    assert out.read_bytes() == BIG
    assert len(calls) >= 3  # arrived in several pieces
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert calls[-1][0] == len(BIG)
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]  # no temporary file left


def test_download_into_directory_uses_server_name(client: Mistral, tmp_path: Path) -> None:
    created = client.files.upload(file={"file_name": "report.jsonl", "content": b"{}\n"})
    out = client.files.download_to(created.id, tmp_path)
    assert out == tmp_path / "report.jsonl"
    assert out.read_bytes() == b"{}\n"


def test_cut_download_leaves_no_file(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    created = client.files.upload(file=BIG)
    target = tmp_path / "cut.bin"
    target_existing = tmp_path / "kept.bin"
    target_existing.write_bytes(b"old content")
    fake_server.inject_stream_cut(after_chunks=2, times=2, path=r"/v1/files/.*/content")
    with pytest.raises(StreamInterruptedError):
        client.files.download_to(created.id, target)
    assert not target.exists()
    with pytest.raises(StreamInterruptedError):
        client.files.download_to(created.id, target_existing)
    assert target_existing.read_bytes() == b"old content"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.bin"]


async def test_cut_download_leaves_no_file_async(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    created = await client.files.upload_async(file=BIG)
    fake_server.inject_stream_cut(after_chunks=1, path=r"/v1/files/.*/content")
    with pytest.raises(StreamInterruptedError):
        await client.files.download_to_async(created.id, tmp_path / "cut.bin")
    assert list(tmp_path.iterdir()) == []
    out = await client.files.download_to_async(created.id, tmp_path / "ok.bin")
    assert out.read_bytes() == BIG
    await client.aclose()


def test_download_to_missing_directory_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    with pytest.raises(RequestValidationError):
        client.files.download_to("some-id", tmp_path / "no" / "such" / "dir.bin")
    assert len(fake_server.requests) == 0


def test_download_unknown_file_is_not_found(client: Mistral, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        client.files.download_to("missing", tmp_path / "x.bin")
    assert list(tmp_path.iterdir()) == []


def test_signed_url(client: Mistral) -> None:
    created = client.files.upload(file=b"signed content")
    signed = client.files.get_signed_url(file_id=created.id, expiry=2)
    assert "expiry=2" in signed.url
    assert httpx.get(signed.url).content == b"signed content"  # no API key needed


# --------------------------------------------------------------------------- libraries


def test_libraries_and_documents(client: Mistral, tmp_path: Path) -> None:
    library = client.beta.libraries.create(name="docs", description="test")
    assert library.name == "docs" and library.nb_documents == 0
    assert [lib.id for lib in client.beta.libraries.list().data] == [library.id]

    doc_path = tmp_path / "note.txt"
    doc_path.write_text("hello library world")
    doc = client.beta.libraries.documents.upload(library_id=library.id, file=doc_path)
    assert doc.name == "note.txt" and doc.size == os.path.getsize(doc_path)
    assert client.beta.libraries.get(library_id=library.id).nb_documents == 1

    statuses = [
        client.beta.libraries.documents.status(
            library_id=library.id, document_id=doc.id
        ).process_status
        for _ in range(3)
    ]
    assert statuses == ["in_progress", "done", "done"]
    text = client.beta.libraries.documents.text_content(library_id=library.id, document_id=doc.id)
    assert text.text == "hello library world"
    listed = client.beta.libraries.documents.list(library_id=library.id)
    assert [d.id for d in listed.data] == [doc.id]
    got = client.beta.libraries.documents.get(library_id=library.id, document_id=doc.id)
    assert got.process_status == "done"

    client.beta.libraries.documents.delete(library_id=library.id, document_id=doc.id)
    assert client.beta.libraries.documents.list(library_id=library.id).data == []
    client.beta.libraries.delete(library_id=library.id)
    with pytest.raises(NotFoundError):
        client.beta.libraries.get(library_id=library.id)


async def test_libraries_and_documents_async(client: Mistral) -> None:
    library = await client.beta.libraries.create_async(name="async docs")
    doc = await client.beta.libraries.documents.upload_async(
        library_id=library.id, file={"file_name": "a.md", "content": b"# title"}
    )
    text = await client.beta.libraries.documents.text_content_async(
        library_id=library.id, document_id=doc.id
    )
    assert text.text == "# title"
    listed = await client.beta.libraries.list_async()
    assert [lib.name for lib in listed.data] == ["async docs"]
    await client.beta.libraries.delete_async(library_id=library.id)
    assert (await client.beta.libraries.list_async()).data == []
    await client.aclose()
