"""The fake server's routes for files, libraries and documents (installed by mistralai-testing's
fake server through this package's ``mistralai.testing.routes`` entry point; never imported by
the SDK itself).

Everything lives in ``server.state`` under ``server.lock``:

- ``state["files"]``: the fake server's stored files (:func:`mistralai.testing.file_store`:
  metadata and the content in a :class:`mistralai.testing.Blob`, an anonymous temporary file on
  disk), filled by ``POST /v1/files`` (multipart), by the routes of other domains (batch jobs
  write their output and error files there) and by :func:`mistralai.testing.put_file`.
  ``GET /v1/files/{id}/content`` streams the content in several HTTP chunks
  (``x-fake-chunk-bytes: N`` sets the chunk size, ``x-fake-chunk-delay-ms`` a pause between
  chunks), so ``server.inject_stream_cut(after_chunks=N)`` cuts a download mid-way.
- ``state["libraries"]`` / ``state["documents"]``: libraries and their documents (a document is
  processed on its first status poll).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from mistralai.testing import (
    Blob,
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    error_response,
    file_store,
    json_response,
    multipart_parts,
    next_timestamp,
    page_slice,
    parse_multipart,
    public_file,
    put_file,
    query_count,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["HEADER_CHUNK_BYTES", "HEADER_DELAY_MS", "install"]

HEADER_CHUNK_BYTES = "x-fake-chunk-bytes"
HEADER_DELAY_MS = "x-fake-chunk-delay-ms"


def _uuid() -> str:
    return str(uuid.uuid4())


def _not_found(what: str, ident: str) -> Response:
    return error_response(404, f"{what} not found: {ident}", type="not_found")


def _state(server: FakeMistralServer, key: str) -> dict[str, dict[str, Any]]:
    return cast(dict[str, dict[str, Any]], server.state.setdefault(key, {}))


# --------------------------------------------------------------------------- files


def _upload(ctx: RequestContext) -> Response:
    parts = multipart_parts(ctx.headers.get("content-type", ""), ctx.body)
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
        records = [public_file(r) for r in file_store(ctx.server).values()]
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
    page, _, _, err = page_slice(ctx, records)
    if err is not None:
        return err
    include_total = (q.get("include_total") or ["true"])[-1].lower() != "false"
    return json_response(
        {"data": page, "object": "list", "total": len(records) if include_total else None}
    )


def _file_record(ctx: RequestContext) -> dict[str, Any] | None:
    with ctx.server.lock:
        return file_store(ctx.server).get(ctx.params["file_id"])


def _retrieve_file(ctx: RequestContext) -> Response:
    record = _file_record(ctx)
    if record is None:
        return _not_found("File", ctx.params["file_id"])
    return json_response({**public_file(record), "deleted": False})


def _delete_file(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        record = file_store(ctx.server).pop(ctx.params["file_id"], None)
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
    expiry = query_count(ctx, "expiry", 24)
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
    now = _iso(next_timestamp())
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
    page, number, size, err = page_slice(ctx, libraries)
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
        "created_at": _iso(next_timestamp()),
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
    page, number, size, err = page_slice(ctx, docs)
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
            doc["last_processed_at"] = _iso(next_timestamp())
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


# --------------------------------------------------------------------------- install


def install(server: FakeMistralServer) -> None:
    """Add the files, libraries and documents routes to ``server``."""
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
