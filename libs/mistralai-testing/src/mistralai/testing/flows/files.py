"""Fake-server routes for files, libraries and documents, fine-tuning jobs and batch jobs.

Everything lives in ``server.state`` under ``server.lock``:

- ``state["files"]``: file id -> record (metadata and the content in a :class:`Blob`: an
  anonymous temporary file on disk, so large uploads and batch outputs do not sit in memory),
  filled by ``POST /v1/files`` (multipart), by batch jobs (their output and error files) and by
  :func:`put_file`. ``GET /v1/files/{id}/content`` streams the content in several HTTP chunks
  (``x-fake-chunk-bytes: N`` sets the chunk size, ``x-fake-chunk-delay-ms`` a pause between
  chunks), so ``server.inject_stream_cut(after_chunks=N)`` cuts a download mid-way.
- ``state["libraries"]`` / ``state["documents"]``: libraries and their documents (a document is
  processed on its first status poll).
- ``state["fine_tuning_jobs"]`` / ``state["batch_jobs"]``: jobs that move one status per poll
  (``GET`` of the job). The statuses a job goes through are, in order of precedence: the
  ``x-fake-job-statuses: QUEUED,RUNNING,SUCCESS`` header of the create request,
  ``state["fine_tuning.statuses"]`` / ``state["batch.statuses"]`` (lists of strings), or the
  default ``QUEUED, RUNNING, SUCCESS``. A batch job runs its input lines in a background
  thread from the moment it enters ``RUNNING`` (or ``SUCCESS``), reading the input files from
  disk line by line and writing the answers to disk: each line goes through the server's own
  route for its endpoint (chat and FIM answers echo the last user message) and the answers form
  the output file (JSONL, one line per input line: ``{"id", "custom_id", "response":
  {"status_code", "body"}, "error"}``); lines that fail (an unknown ``model``, a body the
  endpoint rejects, an endpoint the fake does not serve) also go to an error file.
  ``completed_requests`` grows while it runs. A poll that would show ``SUCCESS`` before the
  output is complete waits for it a little (so small jobs keep their exact status sequence) and
  otherwise still answers ``RUNNING``: a million-line job streams through in bounded memory.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
import threading
import uuid
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from mistralai.testing._completions import CREATED, MODELS
from mistralai.testing._routing import (
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    as_list,
    dumps,
    error_response,
    json_response,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "DEFAULT_JOB_STATUSES",
    "Blob",
    "HEADER_CHUNK_BYTES",
    "HEADER_JOB_STATUSES",
    "install",
    "put_file",
]

HEADER_JOB_STATUSES = "x-fake-job-statuses"
HEADER_CHUNK_BYTES = "x-fake-chunk-bytes"
HEADER_DELAY_MS = "x-fake-chunk-delay-ms"
DEFAULT_JOB_STATUSES: tuple[str, ...] = ("QUEUED", "RUNNING", "SUCCESS")
_BATCH_TERMINAL = frozenset({"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"})
_FT_TERMINAL = frozenset({"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"})
_KNOWN_MODELS = frozenset(m["id"] for m in MODELS)
_clock = itertools.count(CREATED + 1000)


def _now() -> int:
    return next(_clock)


def _uuid() -> str:
    return str(uuid.uuid4())


def _not_found(what: str, ident: str) -> Response:
    return error_response(404, f"{what} not found: {ident}", type="not_found")


def _state(server: FakeMistralServer, key: str) -> dict[str, dict[str, Any]]:
    return cast(dict[str, dict[str, Any]], server.state.setdefault(key, {}))


def _int_param(ctx: RequestContext, name: str, default: int) -> int | Response:
    values = ctx.query_params.get(name)
    if not values:
        return default
    try:
        value = int(values[-1])
    except ValueError:
        return validation_error(
            {
                "type": "int_parsing",
                "loc": ["query", name],
                "msg": "Input should be a valid integer",
            }
        )
    if value < 0:
        return validation_error(
            {"type": "greater_than_equal", "loc": ["query", name], "msg": "Input should be >= 0"}
        )
    return value


def _page(
    ctx: RequestContext, items: list[dict[str, Any]], default_size: int = 100
) -> tuple[list[dict[str, Any]], int, int, Response | None]:
    page = _int_param(ctx, "page", 0)
    if isinstance(page, Response):
        return [], 0, 0, page
    size = _int_param(ctx, "page_size", default_size)
    if isinstance(size, Response):
        return [], 0, 0, size
    size = max(size, 1)
    return items[page * size : (page + 1) * size], page, size, None


# --------------------------------------------------------------------------- files


_PUBLIC_FILE_FIELDS = (
    "id",
    "object",
    "bytes",
    "created_at",
    "filename",
    "purpose",
    "sample_type",
    "num_lines",
    "mimetype",
    "source",
    "signature",
    "expires_at",
    "visibility",
)


class Blob:
    """File content on disk: an anonymous temporary file (gone when the last reference goes),
    appended with :meth:`write` and read with ``pread`` (no shared file position, so several
    downloads of the same file can run at once)."""

    __slots__ = ("_file", "_last", "lines", "size")

    def __init__(self, content: bytes | memoryview = b"") -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the blob
        self.size = 0
        self.lines = 0
        self._last = b"\n"
        if content:
            self.write(content)

    def write(self, data: bytes | memoryview) -> None:
        if not data:
            return
        self._file.write(data)
        self.size += len(data)
        self.lines += (
            bytes(data).count(b"\n") if isinstance(data, memoryview) else data.count(b"\n")
        )
        self._last = bytes(data[-1:])

    def finish(self) -> None:
        """Flush what was written (call before reading)."""
        self._file.flush()

    @property
    def num_lines(self) -> int:
        return self.lines + (0 if self._last == b"\n" or not self.size else 1)

    def read(self, offset: int = 0, size: int | None = None) -> bytes:
        if size is None:
            size = self.size - offset
        return os.pread(self._file.fileno(), max(size, 0), offset)

    def chunks(self, size: int) -> Iterator[bytes]:
        for start in range(0, self.size, size):
            yield self.read(start, min(size, self.size - start))

    def iter_lines(self, block: int = 1 << 20) -> Iterator[bytes]:
        """The lines (with their ``\\n``), read a block at a time."""
        rest = b""
        for data in self.chunks(block):
            data = rest + data
            lines = data.split(b"\n")
            rest = lines.pop()
            for line in lines:
                yield line + b"\n"
        if rest:
            yield rest


def put_file(
    server: FakeMistralServer,
    content: bytes | Blob,
    *,
    filename: str,
    purpose: str = "fine-tune",
    sample_type: str | None = None,
    source: str = "upload",
    mimetype: str | None = None,
    visibility: str = "workspace",
    expiry: int | None = None,
) -> dict[str, Any]:
    """Store a file as if it had been uploaded; returns its record (without the content).
    ``content`` may be bytes or a :class:`Blob` already written (large contents)."""
    blob = content if isinstance(content, Blob) else Blob(content)
    blob.finish()
    if sample_type is None:
        sample_type = "batch_request" if purpose == "batch" else "instruct"
    if mimetype is None:
        mimetype = (
            "application/jsonl" if filename.endswith(".jsonl") else "application/octet-stream"
        )
    created = _now()
    record: dict[str, Any] = {
        "id": _uuid(),
        "object": "file",
        "bytes": blob.size,
        "created_at": created,
        "filename": filename,
        "purpose": purpose,
        "sample_type": sample_type,
        "num_lines": blob.num_lines,
        "mimetype": mimetype,
        "source": source,
        "signature": None,
        "expires_at": created + expiry * 3600 if expiry else None,
        "visibility": visibility,
        "blob": blob,
    }
    with server.lock:
        _state(server, "files")[record["id"]] = record
    return _public_file(record)


def _public_file(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _PUBLIC_FILE_FIELDS}


def _multipart_parts(
    content_type: str, body: bytes
) -> list[tuple[str, str | None, memoryview]] | None:
    """``(name, filename, content view)`` of each part of a ``multipart/form-data`` body.

    The parts are found with ``bytes.find`` on the body and returned as views of it: a large
    upload is not copied (the email parser would copy it several times)."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    head = BytesHeaderParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    )
    boundary = head.get_param("boundary", header="content-type")
    if not isinstance(boundary, str) or not boundary:
        return None
    delimiter = b"--" + boundary.encode("latin-1")
    view = memoryview(body)
    parts: list[tuple[str, str | None, memoryview]] = []
    start = body.find(delimiter)
    if start < 0:
        return None
    while True:
        start += len(delimiter)
        if body[start : start + 2] == b"--":
            break  # the closing delimiter
        header_end = body.find(b"\r\n\r\n", start)
        if header_end < 0:
            break
        end = body.find(b"\r\n" + delimiter, header_end + 4)
        if end < 0:
            break
        headers = BytesHeaderParser(policy=HTTP).parsebytes(
            body[start:header_end].lstrip(b"\r\n") + b"\r\n\r\n"
        )
        name = headers.get_param("name", header="content-disposition")
        if isinstance(name, str):
            parts.append((name, headers.get_filename(), view[header_end + 4 : end]))
        start = end + 2
    return parts


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]] | None:
    """``(name, filename, content)`` of each part of a ``multipart/form-data`` body."""
    parts = _multipart_parts(content_type, body)
    if parts is None:
        return None
    return [(name, filename, bytes(data)) for name, filename, data in parts]


def _upload(ctx: RequestContext) -> Response:
    parts = _multipart_parts(ctx.headers.get("content-type", ""), ctx.body)
    if parts is None:
        return validation_error(
            {"type": "missing", "loc": ["body", "file"], "msg": "Field required", "input": None}
        )
    fields: dict[str, str] = {}
    file_part: tuple[str, memoryview] | None = None
    for name, filename, data in parts:
        if name == "file":
            file_part = (filename or "upload", data)
        else:
            fields[name] = bytes(data).decode("utf-8", "replace")
    if file_part is None:
        return validation_error(
            {"type": "missing", "loc": ["body", "file"], "msg": "Field required", "input": None}
        )
    purpose = fields.get("purpose") or "fine-tune"
    visibility = fields.get("visibility") or "workspace"
    expiry: int | None = None
    if fields.get("expiry"):
        try:
            expiry = int(fields["expiry"])
        except ValueError:
            return validation_error(
                {
                    "type": "int_parsing",
                    "loc": ["body", "expiry"],
                    "msg": "Input should be a valid integer",
                }
            )
    record = put_file(
        ctx.server,
        Blob(file_part[1]),  # to disk at once: the request body is the only copy in memory
        filename=file_part[0],
        purpose=purpose,
        visibility=visibility,
        expiry=expiry,
    )
    return json_response(record)


def _list_files(ctx: RequestContext) -> Response:
    q = ctx.query_params
    with ctx.server.lock:
        records = [_public_file(r) for r in _state(ctx.server, "files").values()]
    if q.get("purpose"):
        records = [r for r in records if r["purpose"] == q["purpose"][-1]]
    if q.get("sample_type"):
        records = [r for r in records if r["sample_type"] in q["sample_type"]]
    if q.get("source"):
        records = [r for r in records if r["source"] in q["source"]]
    if q.get("mimetypes"):
        records = [r for r in records if r["mimetype"] in q["mimetypes"]]
    if q.get("search"):
        needle = q["search"][-1].lower()
        records = [r for r in records if needle in r["filename"].lower()]
    records.sort(key=lambda r: r["created_at"], reverse=True)
    page, _, _, err = _page(ctx, records)
    if err is not None:
        return err
    include_total = (q.get("include_total") or ["true"])[-1].lower() != "false"
    return json_response(
        {"data": page, "object": "list", "total": len(records) if include_total else None}
    )


def _file_record(ctx: RequestContext) -> dict[str, Any] | None:
    with ctx.server.lock:
        return _state(ctx.server, "files").get(ctx.params["file_id"])


def _retrieve_file(ctx: RequestContext) -> Response:
    record = _file_record(ctx)
    if record is None:
        return _not_found("File", ctx.params["file_id"])
    return json_response({**_public_file(record), "deleted": False})


def _delete_file(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        record = _state(ctx.server, "files").pop(ctx.params["file_id"], None)
    if record is None:
        return _not_found("File", ctx.params["file_id"])
    return json_response({"id": record["id"], "object": "file", "deleted": True})


def _content_response(ctx: RequestContext, record: Mapping[str, Any]) -> Response | StreamResponse:
    blob: Blob = record["blob"]
    raw_size = ctx.headers.get(HEADER_CHUNK_BYTES)
    raw_delay = ctx.headers.get(HEADER_DELAY_MS, "0")
    try:
        size = int(raw_size) if raw_size else max(1, min(64 * 1024, -(-blob.size // 4)))
        delay = float(raw_delay) / 1000
        if size < 1 or delay < 0:
            raise ValueError(raw_size)
    except ValueError:
        return error_response(400, f"bad {HEADER_CHUNK_BYTES} or {HEADER_DELAY_MS}")
    filename = quote(str(record["filename"]))
    return StreamResponse(
        blob.chunks(size),  # read from disk chunk by chunk as the answer is written
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"},
        content_type=str(record["mimetype"] or "application/octet-stream"),
        delay_s=delay,
        batch_size=1,
    )


def _download_file(ctx: RequestContext) -> Response | StreamResponse:
    record = _file_record(ctx)
    if record is None:
        return _not_found("File", ctx.params["file_id"])
    return _content_response(ctx, record)


def _signed_url(ctx: RequestContext) -> Response:
    record = _file_record(ctx)
    if record is None:
        return _not_found("File", ctx.params["file_id"])
    expiry = _int_param(ctx, "expiry", 24)
    if isinstance(expiry, Response):
        return expiry
    if not 1 <= expiry <= 168:
        return validation_error(
            {"type": "value_error", "loc": ["query", "expiry"], "msg": "expiry must be 1..168"}
        )
    url = f"{ctx.server.url}/fake-signed/files/{record['id']}?expiry={expiry}"
    return json_response({"url": url})


def _signed_download(ctx: RequestContext) -> Response | StreamResponse:
    return _download_file(ctx)


# --------------------------------------------------------------------------- libraries


def _iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def _create_library(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None or not isinstance(body.get("name"), str):
        return validation_error(
            {"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": body}
        )
    now = _iso(_now())
    library: dict[str, Any] = {
        "id": _uuid(),
        "name": body["name"],
        "created_at": now,
        "updated_at": now,
        "owner_id": "00000000-0000-4000-8000-000000000000",
        "owner_type": body.get("owner_type") or "Workspace",
        "total_size": 0,
        "nb_documents": 0,
        "chunk_size": body.get("chunk_size"),
        "emoji": None,
        "description": body.get("description"),
        "generated_description": None,
        "explicit_user_members_count": 0,
        "explicit_workspace_members_count": 0,
        "org_sharing_role": None,
        "generated_name": None,
    }
    with ctx.server.lock:
        _state(ctx.server, "libraries")[library["id"]] = library
    return json_response(library, 201)


def _pagination(total: int, page: int, size: int) -> dict[str, Any]:
    pages = -(-total // size) if total else 0
    return {
        "total_items": total,
        "total_pages": pages,
        "current_page": page,
        "page_size": size,
        "has_more": (page + 1) * size < total,
    }


def _list_libraries(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        libraries = [dict(lib) for lib in _state(ctx.server, "libraries").values()]
    search = ctx.query_params.get("search")
    if search:
        libraries = [lib for lib in libraries if search[-1].lower() in lib["name"].lower()]
    page, number, size, err = _page(ctx, libraries)
    if err is not None:
        return err
    return json_response(
        {
            "pagination": _pagination(len(libraries), number, size),
            "data": page,
            "next_page_token": None,
        }
    )


def _library(ctx: RequestContext) -> dict[str, Any] | None:
    with ctx.server.lock:
        return _state(ctx.server, "libraries").get(ctx.params["library_id"])


def _get_library(ctx: RequestContext) -> Response:
    library = _library(ctx)
    if library is None:
        return _not_found("Library", ctx.params["library_id"])
    return json_response(library)


def _delete_library(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        library = _state(ctx.server, "libraries").pop(ctx.params["library_id"], None)
        documents = _state(ctx.server, "documents")
        for doc_id in [
            d for d, doc in documents.items() if doc["library_id"] == ctx.params["library_id"]
        ]:
            del documents[doc_id]
    if library is None:
        return _not_found("Library", ctx.params["library_id"])
    return json_response(library)


def _public_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def _upload_document(ctx: RequestContext) -> Response:
    library = _library(ctx)
    if library is None:
        return _not_found("Library", ctx.params["library_id"])
    parts = parse_multipart(ctx.headers.get("content-type", ""), ctx.body) or []
    found = [(filename, data) for name, filename, data in parts if name == "file"]
    if not found:
        return validation_error(
            {"type": "missing", "loc": ["body", "file"], "msg": "Field required", "input": None}
        )
    filename, data = found[0]
    name = filename or "document"
    extension = name.rsplit(".", 1)[-1] if "." in name else None
    text = data.decode("utf-8", "replace")
    doc: dict[str, Any] = {
        "id": _uuid(),
        "library_id": library["id"],
        "hash": uuid.uuid5(uuid.NAMESPACE_OID, text).hex,
        "mime_type": "text/plain" if extension in ("txt", "md") else "application/octet-stream",
        "extension": extension,
        "size": len(data),
        "name": name,
        "summary": None,
        "created_at": _iso(_now()),
        "last_processed_at": None,
        "number_of_pages": 1,
        "process_status": "todo",
        "uploaded_by_id": None,
        "uploaded_by_type": "API",
        "tokens_processing_main_content": None,
        "tokens_processing_summary": None,
        "url": None,
        "attributes": None,
        "expires_at": None,
        "processing_status": "Todo",
        "tokens_processing_total": 0,
        "_text": text,
    }
    with ctx.server.lock:
        _state(ctx.server, "documents")[doc["id"]] = doc
        library["nb_documents"] += 1
        library["total_size"] += len(data)
    return json_response(_public_document(doc), 201)


def _document(ctx: RequestContext) -> dict[str, Any] | None:
    with ctx.server.lock:
        doc = _state(ctx.server, "documents").get(ctx.params["document_id"])
    if doc is None or doc["library_id"] != ctx.params["library_id"]:
        return None
    return doc


def _list_documents(ctx: RequestContext) -> Response:
    if _library(ctx) is None:
        return _not_found("Library", ctx.params["library_id"])
    with ctx.server.lock:
        docs = [
            _public_document(d)
            for d in _state(ctx.server, "documents").values()
            if d["library_id"] == ctx.params["library_id"]
        ]
    search = ctx.query_params.get("search")
    if search:
        docs = [d for d in docs if search[-1].lower() in d["name"].lower()]
    page, number, size, err = _page(ctx, docs)
    if err is not None:
        return err
    return json_response({"pagination": _pagination(len(docs), number, size), "data": page})


def _get_document(ctx: RequestContext) -> Response:
    doc = _document(ctx)
    if doc is None:
        return _not_found("Document", ctx.params["document_id"])
    return json_response(_public_document(doc))


def _delete_document(ctx: RequestContext) -> Response:
    doc = _document(ctx)
    if doc is None:
        return _not_found("Document", ctx.params["document_id"])
    with ctx.server.lock:
        _state(ctx.server, "documents").pop(doc["id"], None)
        library = _state(ctx.server, "libraries").get(doc["library_id"])
        if library is not None:
            library["nb_documents"] -= 1
            library["total_size"] -= doc["size"] or 0
    return Response(204, b"")


def _document_status(ctx: RequestContext) -> Response:
    doc = _document(ctx)
    if doc is None:
        return _not_found("Document", ctx.params["document_id"])
    with ctx.server.lock:  # one poll "processes" the document
        status = doc["process_status"]
        if status == "todo":
            doc["process_status"], doc["processing_status"] = "in_progress", "Running"
        elif status == "in_progress":
            doc["process_status"], doc["processing_status"] = "done", "Completed"
            doc["last_processed_at"] = _iso(_now())
            doc["tokens_processing_total"] = len(doc["_text"].split())
        answer = {
            "document_id": doc["id"],
            "process_status": doc["process_status"],
            "processing_status": doc["processing_status"],
        }
    return json_response(answer)


def _document_text(ctx: RequestContext) -> Response:
    doc = _document(ctx)
    if doc is None:
        return _not_found("Document", ctx.params["document_id"])
    return json_response({"text": doc["_text"]})


# --------------------------------------------------------------------------- jobs


def _statuses(ctx: RequestContext, key: str) -> list[str] | Response:
    raw = ctx.headers.get(HEADER_JOB_STATUSES)
    if raw is not None:
        statuses = [s.strip() for s in raw.split(",") if s.strip()]
    else:
        with ctx.server.lock:
            configured = ctx.server.state.get(key)
        statuses = (
            [str(s) for s in cast(list[Any], configured)]
            if configured
            else list(DEFAULT_JOB_STATUSES)
        )
    if not statuses:
        return error_response(400, f"{HEADER_JOB_STATUSES} must list at least one status")
    return statuses


def _advance(job: dict[str, Any], terminal: frozenset[str]) -> str | None:
    """Move ``job`` one step along its statuses; the new status when it changed."""
    steps: list[str] = job["_steps"]
    pos: int = job["_pos"] + 1
    if job["status"] in terminal or pos >= len(steps):
        return None
    job["_pos"] = pos
    status = steps[pos]
    job["status"] = status
    return status


def _public_job(job: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if not k.startswith("_")}


# -- fine-tuning


def _create_ft_job(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"type": "dict_type", "loc": ["body"], "msg": "Input should be an object"}
        )
    errors: list[dict[str, object]] = []
    if not isinstance(body.get("model"), str):
        errors.append({"type": "missing", "loc": ["body", "model"], "msg": "Field required"})
    if as_dict(body.get("hyperparameters")) is None:
        errors.append(
            {"type": "missing", "loc": ["body", "hyperparameters"], "msg": "Field required"}
        )
    if errors:
        return validation_error(*errors)
    training: list[str] = []
    for item in as_list(body.get("training_files")) or []:
        entry = as_dict(item)
        if entry is None or not isinstance(entry.get("file_id"), str):
            return validation_error(
                {
                    "type": "missing",
                    "loc": ["body", "training_files", "file_id"],
                    "msg": "Field required",
                }
            )
        training.append(entry["file_id"])
    validation = [str(v) for v in as_list(body.get("validation_files")) or []]
    with ctx.server.lock:
        files = _state(ctx.server, "files")
        missing = [f for f in training + validation if f not in files]
    if missing:
        return _not_found("File", missing[0])
    job_type = body.get("job_type") or "completion"
    hyper = dict(as_dict(body.get("hyperparameters")) or {})
    hyper.setdefault("learning_rate", 0.0001)
    if (ctx.query_params.get("dry_run") or ["false"])[-1].lower() == "true":
        return json_response(
            {
                "object": "job.metadata",
                "expected_duration_seconds": 60,
                "cost": 1.0,
                "cost_currency": "USD",
                "train_tokens_per_step": 1000,
                "train_tokens": 10000,
                "data_tokens": 1000,
                "estimated_start_time": None,
                "deprecated": True,
                "details": "dry run: no job was created",
                "epochs": hyper.get("epochs"),
                "training_steps": hyper.get("training_steps"),
            }
        )
    statuses = _statuses(ctx, "fine_tuning.statuses")
    if isinstance(statuses, Response):
        return statuses
    auto_start = body.get("auto_start")
    if auto_start is False:
        statuses = ["QUEUED", "VALIDATING", "VALIDATED"]
    now = _now()
    job: dict[str, Any] = {
        "id": _uuid(),
        "auto_start": auto_start is not False,
        "model": body["model"],
        "status": statuses[0],
        "created_at": now,
        "modified_at": now,
        "training_files": training,
        "validation_files": validation,
        "object": "job",
        "fine_tuned_model": None,
        "suffix": body.get("suffix"),
        "integrations": [],
        "trained_tokens": None,
        "metadata": None,
        "job_type": job_type,
        "hyperparameters": hyper,
        "_steps": statuses,
        "_pos": 0,
        "_events": [{"name": "status-updated", "data": {"status": statuses[0]}, "created_at": now}],
    }
    if job_type == "classifier":
        job["classifier_targets"] = [
            {"weight": 1.0, "loss_function": "single_class", **t}
            for t in map(as_dict, as_list(body.get("classifier_targets")) or [])
            if t is not None
        ]
    else:
        job["repositories"] = []
    with ctx.server.lock:
        _state(ctx.server, "fine_tuning_jobs")[job["id"]] = job
    return json_response(_public_job(job))


def _detailed(job: Mapping[str, Any]) -> dict[str, Any]:
    return {**_public_job(job), "events": list(job["_events"]), "checkpoints": []}


def _ft_step(job: dict[str, Any]) -> None:
    status = _advance(job, _FT_TERMINAL)
    if status is None:
        return
    now = _now()
    job["modified_at"] = now
    job["_events"].append({"name": "status-updated", "data": {"status": status}, "created_at": now})
    if status == "SUCCESS":
        suffix = job["suffix"] or "fake"
        job["fine_tuned_model"] = f"ft:{job['model']}:{suffix}:{job['id'][:8]}"
        job["trained_tokens"] = 10000


def _get_ft_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "fine_tuning_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Job", ctx.params["job_id"])
        answer = _detailed(job)
        _ft_step(job)
    return json_response(answer)


def _list_ft_jobs(ctx: RequestContext) -> Response:
    q = ctx.query_params
    with ctx.server.lock:
        jobs = [_public_job(j) for j in _state(ctx.server, "fine_tuning_jobs").values()]
    if q.get("model"):
        jobs = [j for j in jobs if j["model"] == q["model"][-1]]
    if q.get("status"):
        jobs = [j for j in jobs if j["status"] in q["status"]]
    if q.get("suffix"):
        jobs = [j for j in jobs if j["suffix"] == q["suffix"][-1]]
    jobs.sort(key=lambda j: j["created_at"], reverse=True)
    page, _, _, err = _page(ctx, jobs)
    if err is not None:
        return err
    return json_response({"data": page, "object": "list", "total": len(jobs)})


def _cancel_ft_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "fine_tuning_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Job", ctx.params["job_id"])
        if job["status"] not in _FT_TERMINAL:
            job["status"] = "CANCELLATION_REQUESTED"
            job["_steps"] = [*job["_steps"][: job["_pos"] + 1], "CANCELLED"]
        answer = _detailed(job)
    return json_response(answer)


def _start_ft_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "fine_tuning_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Job", ctx.params["job_id"])
        if job["status"] != "VALIDATED":
            return error_response(409, f"job {job['id']} is {job['status']}, not VALIDATED")
        job["_steps"] = [*job["_steps"][: job["_pos"] + 1], "QUEUED", "RUNNING", "SUCCESS"]
        _ft_step(job)
        answer = _detailed(job)
    return json_response(answer)


# -- batch


_HOLD_S = 10.0
"""How long a poll that would show ``SUCCESS`` waits for the output to be complete."""
_PROGRESS_EVERY = 1000
"""Lines between two updates of ``completed_requests`` while a job runs."""


def _check_input(blob: Blob) -> tuple[int, Response | None]:
    """Count the input lines of a batch file (read from disk), or the 400 for a bad one."""
    count = 0
    for number, raw in enumerate(blob.iter_lines(), 1):
        if not raw.strip():
            continue
        try:
            line = as_dict(json.loads(raw))
        except ValueError:
            line = None
        if line is None or as_dict(line.get("body")) is None:
            return 0, error_response(
                400, f"invalid JSONL line {number}: expected an object with 'body'"
            )
        count += 1
    return count, None


def _create_batch_job(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None or not isinstance(body.get("endpoint"), str):
        return validation_error(
            {"type": "missing", "loc": ["body", "endpoint"], "msg": "Field required", "input": body}
        )
    input_files = [str(f) for f in as_list(body.get("input_files")) or []]
    inline = [r for r in map(as_dict, as_list(body.get("requests")) or []) if r is not None]
    if not input_files and not inline:
        return error_response(400, "either input_files or requests must be given")
    with ctx.server.lock:
        files = _state(ctx.server, "files")
        missing = [f for f in input_files if f not in files]
        blobs = [cast(Blob, files[f]["blob"]) for f in input_files if f in files]
    if missing:
        return _not_found("File", missing[0])
    total = len(inline)
    for blob in blobs:
        count, problem = _check_input(blob)
        if problem is not None:
            return problem
        total += count
    statuses = _statuses(ctx, "batch.statuses")
    if isinstance(statuses, Response):
        return statuses
    job: dict[str, Any] = {
        "id": _uuid(),
        "object": "batch",
        "input_files": input_files,
        "metadata": body.get("metadata"),
        "endpoint": body["endpoint"],
        "model": body.get("model"),
        "agent_id": body.get("agent_id"),
        "output_file": None,
        "error_file": None,
        "errors": [],
        "outputs": None,
        "status": statuses[0],
        "created_at": _now(),
        "total_requests": total,
        "completed_requests": 0,
        "succeeded_requests": 0,
        "failed_requests": 0,
        "started_at": None,
        "completed_at": None,
        "_steps": statuses,
        "_pos": 0,
        "_inline": inline,
        "_inputs": blobs,  # the job keeps the input even if the file is deleted meanwhile
        "_worker": None,
        "_done": threading.Event(),
        "_stop": threading.Event(),
        "_auth": ctx.headers.get("authorization", ""),
    }
    with ctx.server.lock:
        _state(ctx.server, "batch_jobs")[job["id"]] = job
        _batch_entered(ctx.server, job)
    return json_response(_public_job(job))


def _route_for(server: FakeMistralServer, job: Mapping[str, Any]) -> Any:
    """The route serving the job's endpoint, resolved once per job (not once per line: the
    router tries every pattern), or None when ``server.handle`` must answer (404, 405, 401)."""
    sub = RequestContext(
        server, "POST", str(job["endpoint"]), "", {"authorization": str(job["_auth"])}, b""
    )
    route, match, _ = server.router.resolve("POST", sub.path)
    if route is None or (route.auth and not server._authorized(sub)):  # pyright: ignore[reportPrivateUsage]
        return None
    return route, match


def _answer(
    server: FakeMistralServer, job: Mapping[str, Any], body: dict[str, Any], route: Any
) -> Response | StreamResponse:
    sub = RequestContext(
        server,
        "POST",
        str(job["endpoint"]),
        "",
        {"authorization": str(job["_auth"]), "content-type": "application/json"},
        dumps(body),
    )
    if route is None:
        return server.handle(sub)
    sub.match = route[1]
    try:
        return route[0].handler(sub)
    except Exception as exc:  # as server.handle does
        server.errors.append(exc)
        return error_response(500, f"fake server handler error: {exc!r}", type="internal_error")


def _run_line(
    server: FakeMistralServer,
    job: Mapping[str, Any],
    index: int,
    line: Mapping[str, Any],
    route: Any = None,
) -> tuple[bytes, bool]:
    """The output line (JSONL, with its newline) for one input line, and whether it failed."""
    custom_id = line.get("custom_id")
    body = dict(as_dict(line.get("body")) or {})
    if job["model"] is not None:
        body.setdefault("model", job["model"])
    model = body.get("model")
    status: int
    answer: Any
    raw: bytes | None = None
    if isinstance(model, str) and model not in _KNOWN_MODELS and not model.startswith("ft:"):
        status = 400
        answer = {
            "object": "error",
            "message": f"Invalid model: {model}",
            "type": "invalid_model",
            "param": None,
            "code": "1500",
        }
    elif body.get("stream") is True:
        status, answer = 400, {"object": "error", "message": "stream is not supported in batch"}
    else:
        response = _answer(server, job, body, route)
        if isinstance(response, StreamResponse):
            status, answer = 500, {"object": "error", "message": "unexpected stream"}
        else:
            status = response.status
            if status < 400 and response.content_type.startswith("application/json"):
                raw = response.body  # already JSON: spliced in as is (no parse, no dump)
                answer = None
            else:
                try:
                    answer = json.loads(response.body) if response.body else None
                except ValueError:
                    answer = response.body.decode("utf-8", "replace")
    error: dict[str, Any] | None = None
    if status >= 400:
        answer_obj = as_dict(answer)
        message = answer_obj.get("message") if answer_obj is not None else None
        error = {"message": str(message or answer), "code": status}
    encoded = b"".join(
        (
            b'{"id":',
            dumps(f"batch-{job['id'][:8]}-{index}"),
            b',"custom_id":',
            dumps(custom_id),
            b',"response":{"status_code":',
            str(status).encode(),
            b',"body":',
            raw if raw is not None else dumps(answer),
            b'},"error":',
            dumps(error),
            b"}\n",
        )
    )
    return encoded, error is not None


def _input_lines(job: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    yield from cast(list[dict[str, Any]], job["_inline"])
    for blob in cast(list[Blob], job["_inputs"]):
        for raw in blob.iter_lines():
            if raw.strip():
                yield cast(dict[str, Any], json.loads(raw))


def _work(server: FakeMistralServer, job: dict[str, Any]) -> None:
    """Run every input line of ``job`` and write the output and error files, streaming: one
    line in memory at a time (the background thread of a batch job)."""
    output, errors = Blob(), Blob()
    done = failed = 0
    stop: threading.Event = job["_stop"]
    route = _route_for(server, job)
    try:
        for index, line in enumerate(_input_lines(job)):
            if stop.is_set():
                return
            encoded, line_failed = _run_line(server, job, index, line, route)
            output.write(encoded)
            done += 1
            if line_failed:
                errors.write(encoded)
                failed += 1
            if done % _PROGRESS_EVERY == 0:
                with server.lock:
                    job["completed_requests"] = done
                    job["failed_requests"] = failed
                    job["succeeded_requests"] = done - failed
        short = job["id"][:8]
        out = put_file(
            server,
            output,
            filename=f"batch-{short}-output.jsonl",
            purpose="batch",
            sample_type="batch_result",
            source="mistral",
        )
        err = None
        if failed:
            err = put_file(
                server,
                errors,
                filename=f"batch-{short}-error.jsonl",
                purpose="batch",
                sample_type="batch_error",
                source="mistral",
            )
        with server.lock:
            job["completed_requests"] = done
            job["failed_requests"] = failed
            job["succeeded_requests"] = done - failed
            job["_output"] = output
            if job["status"] == "SUCCESS":
                _publish(job, out["id"], None if err is None else err["id"], failed)
            else:  # not published yet: the poll that reaches SUCCESS does it
                job["_files"] = (out["id"], None if err is None else err["id"], failed)
    finally:
        job["_done"].set()


def _publish(job: dict[str, Any], output_id: str, error_id: str | None, failed: int) -> None:
    job["output_file"] = output_id
    job["error_file"] = error_id
    if failed:
        job["errors"] = [{"message": f"{failed} request(s) failed", "count": failed}]
    job["completed_at"] = _now()


def _start(server: FakeMistralServer, job: dict[str, Any]) -> None:
    if job["_worker"] is None:
        worker = threading.Thread(
            target=_work, args=(server, job), name=f"fake-batch-{job['id'][:8]}", daemon=True
        )
        job["_worker"] = worker
        worker.start()


def _batch_entered(server: FakeMistralServer, job: dict[str, Any]) -> None:
    """Side effects of the status ``job`` just entered (call with the lock held)."""
    status = job["status"]
    now = _now()
    if status == "RUNNING" and job["started_at"] is None:
        job["started_at"] = now
        _start(server, job)
    if status not in _BATCH_TERMINAL:
        return
    if status != "SUCCESS":
        job["_stop"].set()
        job["completed_at"] = now
        return
    if job["started_at"] is None:
        job["started_at"] = now
    _start(server, job)
    files = job.pop("_files", None)
    if files is not None:  # the worker finished before SUCCESS
        _publish(job, *files)


def _batch_view(ctx: RequestContext, job: Mapping[str, Any]) -> dict[str, Any]:
    answer = _public_job(job)
    inline = (ctx.query_params.get("inline") or ["false"])[-1].lower() == "true"
    output = job.get("_output")
    if inline and job["output_file"] is not None and isinstance(output, Blob):
        answer["outputs"] = [json.loads(raw) for raw in output.iter_lines() if raw.strip()]
    return answer


def _get_batch_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "batch_jobs").get(ctx.params["job_id"])
    if job is None:
        return _not_found("Batch job", ctx.params["job_id"])
    if job["status"] == "SUCCESS":
        job["_done"].wait(_HOLD_S)  # outside the lock: the worker takes it
    with ctx.server.lock:
        if job["status"] == "SUCCESS" and job["output_file"] is None:
            # The output is still being written: the job is not done yet for its owner.
            return json_response({**_public_job(job), "status": "RUNNING", "completed_at": None})
        answer = _batch_view(ctx, job)
        if _advance(job, _BATCH_TERMINAL) is not None:
            _batch_entered(ctx.server, job)
    return json_response(answer)


def _list_batch_jobs(ctx: RequestContext) -> Response:
    q = ctx.query_params
    with ctx.server.lock:
        jobs = [_public_job(j) for j in _state(ctx.server, "batch_jobs").values()]
    if q.get("model"):
        jobs = [j for j in jobs if j["model"] == q["model"][-1]]
    if q.get("status"):
        jobs = [j for j in jobs if j["status"] in q["status"]]
    order = (q.get("order_by") or ["-created"])[-1]
    jobs.sort(key=lambda j: j["created_at"], reverse=order.startswith("-"))
    page, _, _, err = _page(ctx, jobs)
    if err is not None:
        return err
    return json_response({"data": page, "object": "list", "total": len(jobs)})


def _cancel_batch_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "batch_jobs").get(ctx.params["job_id"])
        if job is None:
            return _not_found("Batch job", ctx.params["job_id"])
        if job["status"] not in _BATCH_TERMINAL:
            job["status"] = "CANCELLATION_REQUESTED"
            job["_steps"] = [*job["_steps"][: job["_pos"] + 1], "CANCELLED"]
            job["_stop"].set()
        answer = _public_job(job)
    return json_response(answer)


def _delete_batch_job(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        job = _state(ctx.server, "batch_jobs").pop(ctx.params["job_id"], None)
    if job is None:
        return _not_found("Batch job", ctx.params["job_id"])
    return json_response({"id": job["id"], "object": "batch", "deleted": True})


# --------------------------------------------------------------------------- install


def install(server: FakeMistralServer) -> None:
    """Add this flow's routes to server."""
    add = server.add_route
    file_id = r"(?P<file_id>[^/]+)"
    add("POST", r"/v1/files", _upload)
    add("GET", r"/v1/files", _list_files)
    add("GET", rf"/v1/files/{file_id}", _retrieve_file)
    add("DELETE", rf"/v1/files/{file_id}", _delete_file)
    add("GET", rf"/v1/files/{file_id}/content", _download_file)
    add("GET", rf"/v1/files/{file_id}/url", _signed_url)
    add("GET", rf"/fake-signed/files/{file_id}", _signed_download, auth=False)

    lib = r"/v1/libraries/(?P<library_id>[^/]+)"
    doc = lib + r"/documents/(?P<document_id>[^/]+)"
    add("POST", r"/v1/libraries", _create_library)
    add("GET", r"/v1/libraries", _list_libraries)
    add("GET", lib, _get_library)
    add("DELETE", lib, _delete_library)
    add("POST", lib + "/documents", _upload_document)
    add("GET", lib + "/documents", _list_documents)
    add("GET", doc, _get_document)
    add("DELETE", doc, _delete_document)
    add("GET", doc + "/status", _document_status)
    add("GET", doc + "/text_content", _document_text)

    ft = r"/v1/fine_tuning/jobs/(?P<job_id>[^/]+)"
    add("POST", r"/v1/fine_tuning/jobs", _create_ft_job)
    add("GET", r"/v1/fine_tuning/jobs", _list_ft_jobs)
    add("GET", ft, _get_ft_job)
    add("POST", ft + "/cancel", _cancel_ft_job)
    add("POST", ft + "/start", _start_ft_job)

    batch = r"/v1/batch/jobs/(?P<job_id>[^/]+)"
    add("POST", r"/v1/batch/jobs", _create_batch_job)
    add("GET", r"/v1/batch/jobs", _list_batch_jobs)
    add("GET", batch, _get_batch_job)
    add("DELETE", batch, _delete_batch_job)
    add("POST", batch + "/cancel", _cancel_batch_job)
