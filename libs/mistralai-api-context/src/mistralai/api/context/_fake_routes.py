"""Fake-server routes for context search indexes: managed indexes, their documents, and search.

- ``POST/GET /v1/context/search-indexes`` (``page_size``/``page_token`` paging, filters
  ``name``, ``status``, ``creator_id``), ``GET/PUT/DELETE /v1/context/search-indexes/{name}``:
  indexes are ``ready`` at once; a second index of the same name is a 409; the create answer is
  the index (202).
- ``POST/DELETE .../documents``: a document is a JSON object with ``content`` (or ``text``) and
  an optional ``id``/``document_id``; without text it is rejected (reported per position, the
  others are accepted). Its text is cut into chunks of :data:`CHUNK_WORDS` words, with character
  offsets; the document's other fields become the chunks' ``metadata``.
- ``POST .../search`` (keyword, nearest-neighbour and RRF retrievers alike): chunks scored by
  how many query words they contain (case-insensitive substring match), best first.
- ``POST .../navigate`` (chunks after ``end_offset`` or before ``start_offset``), ``.../read``
  (chunks within the offsets), ``.../grep`` (chunks containing ``pattern``: the phrase, or any
  of its terms with ``mode="term"``), ``GET .../chunks/{chunk_id}``.
- ``GET/PUT/POST .../summary_field/{language}``: the summary is 404 until set or generated; the
  POST answers ``application/jsonl``: ``{"content": ...}`` lines, then a ``{"status",
  "translated"}`` line (an existing summary is sent back unless ``force=true``).

This package's ``mistralai.testing.routes`` entry point names this module: mistralai-testing's
fake server installs it; the SDK never imports it (mistralai-testing is no dependency).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from mistralai.testing import (
    USER_ID,
    Record,
    RequestContext,
    Response,
    as_dict,
    as_list,
    error_response,
    json_body,
    json_response,
    new_id,
    not_found,
    now_iso,
    page_token,
    query_bool,
    query_str,
    require,
    store,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["CHUNK_WORDS", "install"]

CHUNK_WORDS = 8
"""Words per chunk of an ingested document."""

_INDEXES = "context_indexes"
_SUMMARY_LANGUAGES = frozenset({"en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"})


def _index_or_404(ctx: RequestContext) -> Record | Response:
    """The index of the path; call with the lock held."""
    name = ctx.params["index_name"]
    index = store(ctx.server, _INDEXES).get(name)
    return not_found("Index", name) if index is None else index


def _public(index: Record) -> Record:
    return {k: v for k, v in index.items() if not k.startswith("_")}


# --------------------------------------------------------------------------- indexes


def _create(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "name", "config")) is not None:
        return error
    name = str(body["name"])
    now = now_iso()
    index: Record = {
        "id": new_id(),
        "name": name,
        "creator_id": USER_ID,
        "status": "ready",
        "schema": body.get("schema") or {"document_fields": {}, "chunk_fields": {}},
        "config": body["config"],
        "status_message": None,
        "created_at": now,
        "modified_at": now,
        "_chunks": {},  # chunk id -> chunk, in ingestion order
        "_documents": {},  # document id -> its chunk ids
        "_summaries": {},  # language -> summary
    }
    with ctx.server.lock:
        indexes = store(ctx.server, _INDEXES)
        if name in indexes:
            return error_response(409, f"Index '{name}' already exists", type="conflict")
        indexes[name] = index
    return json_response(_public(index), 202)


def _list(ctx: RequestContext) -> Response:
    name = query_str(ctx, "name")
    status = query_str(ctx, "status")
    creator_id = query_str(ctx, "creator_id")
    with ctx.server.lock:
        indexes = [_public(i) for i in store(ctx.server, _INDEXES).values()]
    found = [
        i
        for i in indexes
        if (name is None or name in i["name"])
        and (status is None or i["status"] == status)
        and (creator_id is None or i["creator_id"] == creator_id)
    ]
    paged = page_token(ctx, found)
    if isinstance(paged, Response):
        return paged
    page, token = paged
    return json_response({"data": page, "next_page_token": token})


def _get(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        index = _index_or_404(ctx)
        return index if isinstance(index, Response) else json_response(_public(index))


def _update(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "schema")) is not None:
        return error
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        index["schema"] = body["schema"]
        index["modified_at"] = now_iso()
        return json_response(_public(index), 202)


def _delete(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        del store(ctx.server, _INDEXES)[index["name"]]
    return json_response({"id": index["id"], "name": index["name"], "status": "deleting"}, 202)


# --------------------------------------------------------------------------- documents


def _chunks_of(document_id: str, text: str, metadata: Record) -> list[Record]:
    """``text`` cut every :data:`CHUNK_WORDS` words; offsets are character offsets."""
    chunks: list[Record] = []
    words: list[tuple[int, int]] = []
    position = 0
    for word in text.split():
        start = text.index(word, position)
        position = start + len(word)
        words.append((start, position))
    for number, first in enumerate(range(0, len(words), CHUNK_WORDS)):
        span = words[first : first + CHUNK_WORDS]
        start, end = span[0][0], span[-1][1]
        chunks.append(
            {
                "id": f"{document_id}:{number}",
                "source_id": document_id,
                "locator": f"{document_id}#chunk={number}",
                "start_offset": start,
                "end_offset": end,
                "chunk_type": "text",
                "content": text[start:end],
                "parent_ref": document_id,
                "metadata": metadata,
            }
        )
    return chunks


def _ingest(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    documents = as_list(body.get("documents"))
    if documents is None:
        return validation_error(
            {"loc": ["body", "documents"], "msg": "expected a list", "type": "list_type"}
        )
    results: list[Record] = []
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        for position, raw in enumerate(documents):
            document = as_dict(raw) or {}
            text = document.get("content", document.get("text"))
            if not isinstance(text, str) or not text.strip():
                results.append(
                    {
                        "status": "rejected",
                        "position": position,
                        "errors": [
                            {
                                "location": ["documents", position, "content"],
                                "type": "missing",
                                "message": "a document needs a non-empty 'content' text",
                            }
                        ],
                    }
                )
                continue
            document_id = str(document.get("id") or document.get("document_id") or new_id())
            metadata = {
                k: v
                for k, v in document.items()
                if k not in ("id", "document_id", "content", "text")
            }
            _drop_document(index, document_id)  # re-ingesting a document replaces it
            chunks = _chunks_of(document_id, text, metadata)
            index["_chunks"].update((c["id"], c) for c in chunks)
            index["_documents"][document_id] = [c["id"] for c in chunks]
            results.append(
                {
                    "status": "accepted",
                    "position": position,
                    "document_id": document_id,
                    "chunk_count": len(chunks),
                }
            )
    accepted = sum(1 for r in results if r["status"] == "accepted")
    return json_response(
        {"accepted": accepted, "rejected": len(results) - accepted, "results": results}
    )


def _drop_document(index: Record, document_id: str) -> bool:
    chunk_ids: list[str] | None = index["_documents"].pop(document_id, None)
    for chunk_id in chunk_ids or ():
        index["_chunks"].pop(chunk_id, None)
    return chunk_ids is not None


def _delete_documents(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    document_ids = as_list(body.get("document_ids"))
    if document_ids is None:
        return validation_error(
            {"loc": ["body", "document_ids"], "msg": "expected a list", "type": "list_type"}
        )
    deleted: list[str] = []
    missing: list[str] = []
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        for document_id in map(str, document_ids):
            (deleted if _drop_document(index, document_id) else missing).append(document_id)
    return json_response({"deleted_document_ids": deleted, "missing": missing})


# --------------------------------------------------------------------------- search


def _query_words(retriever: Record) -> tuple[list[str], int | None]:
    """The words a retriever looks for (RRF: those of its retrievers) and its ``top_k``."""
    words = str(retriever.get("query") or "").lower().split()
    for inner in as_list(retriever.get("retrievers")) or []:
        words += _query_words(as_dict(inner) or {})[0]
    top_k = retriever.get("top_k")
    return words, top_k if isinstance(top_k, int) else None


def _search(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    retriever = as_dict(body.get("retriever"))
    if retriever is None:
        return validation_error(
            {"loc": ["body", "retriever"], "msg": "Field required", "type": "missing"}
        )
    words, top_k = _query_words(retriever)
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        chunks: list[Record] = list(index["_chunks"].values())
        name = index["name"]
    hits: list[Record] = []
    for chunk in chunks:
        content = str(chunk["content"]).lower()
        score = sum(1 for word in words if word in content)
        if score:
            distance = 1.0 / (1 + score)
            hits.append(
                {"chunk": chunk, "score": float(score), "index_name": name, "distance": distance}
            )
    hits.sort(key=lambda h: -h["score"])
    return json_response({"hits": hits[: top_k or 10]})


def _source_chunks(ctx: RequestContext, body: Record) -> list[Record] | Response:
    """The chunks of ``body["source_id"]`` in order (404 for an unknown index or source)."""
    source_id = str(body["source_id"])
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        chunk_ids: list[str] | None = index["_documents"].get(source_id)
        if chunk_ids is None:
            return not_found("Source", source_id)
        return [index["_chunks"][chunk_id] for chunk_id in chunk_ids]


def _navigation(chunks: list[Record], body: Record, default_top_k: int) -> Response:
    top_k = body.get("top_k")
    return json_response({"chunks": chunks[: top_k if isinstance(top_k, int) else default_top_k]})


def _navigate(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    error = require(body, "source_id", "start_offset", "end_offset", "direction")
    if error is not None:
        return error
    chunks = _source_chunks(ctx, body)
    if isinstance(chunks, Response):
        return chunks
    if body["direction"] == "next":
        found = [c for c in chunks if c["start_offset"] >= body["end_offset"]]
    else:  # the closest chunk first
        found = [c for c in reversed(chunks) if c["end_offset"] <= body["start_offset"]]
    return _navigation(found, body, 1)


def _read(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "source_id")) is not None:
        return error
    chunks = _source_chunks(ctx, body)
    if isinstance(chunks, Response):
        return chunks
    start = body.get("start_offset")
    end = body.get("end_offset")
    found = [
        c
        for c in chunks
        if (start is None or c["end_offset"] > start) and (end is None or c["start_offset"] < end)
    ]
    return _navigation(found, body, len(found))


def _grep(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "source_id", "pattern")) is not None:
        return error
    chunks = _source_chunks(ctx, body)
    if isinstance(chunks, Response):
        return chunks
    pattern = str(body["pattern"]).lower()
    terms = pattern.split() if body.get("mode") == "term" else [pattern]
    found = [c for c in chunks if any(term in str(c["content"]).lower() for term in terms)]
    return _navigation(found, body, len(found))


def _get_chunk(ctx: RequestContext) -> Response:
    chunk_id = ctx.params["chunk_id"]
    with ctx.server.lock:
        index = _index_or_404(ctx)
        if isinstance(index, Response):
            return index
        chunk: Record | None = index["_chunks"].get(chunk_id)
    return not_found("Chunk", chunk_id) if chunk is None else json_response({"chunks": [chunk]})


# --------------------------------------------------------------------------- summaries


def _summary_target(ctx: RequestContext) -> tuple[Record, str] | Response:
    language = ctx.params["language"]
    if language not in _SUMMARY_LANGUAGES:
        return validation_error(
            {"loc": ["path", "language"], "msg": "unsupported language", "type": "enum"}
        )
    index = _index_or_404(ctx)
    return index if isinstance(index, Response) else (index, language)


def _get_summary(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        target = _summary_target(ctx)
        if isinstance(target, Response):
            return target
        index, language = target
        summary: Record | None = index["_summaries"].get(language)
    if summary is None:
        return not_found("Summary", f"{index['name']}/{language}")
    return json_response(summary)


def _set_summary(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "content", "status", "translated")) is not None:
        return error
    summary = {k: body[k] for k in ("content", "status", "translated")}
    with ctx.server.lock:
        target = _summary_target(ctx)
        if isinstance(target, Response):
            return target
        index, language = target
        index["_summaries"][language] = summary
    return json_response(summary)


def _generate_summary(ctx: RequestContext) -> Response:
    force = bool(query_bool(ctx, "force"))
    with ctx.server.lock:
        target = _summary_target(ctx)
        if isinstance(target, Response):
            return target
        index, language = target
        summary: Record | None = index["_summaries"].get(language)
        if summary is None or force:
            contents = [str(c["content"]) for c in list(index["_chunks"].values())[:3]]
            text = " ".join(contents) or f"The index {index['name']} holds no document yet."
            summary = {"content": text, "status": "generated", "translated": language != "en"}
            index["_summaries"][language] = summary
    content = str(summary["content"])
    pieces = [content[i : i + 40] for i in range(0, len(content), 40)]
    lines: list[Any] = [{"content": piece} for piece in pieces]
    lines.append({"status": summary["status"], "translated": summary["translated"]})
    body = "".join(json.dumps(line) + "\n" for line in lines).encode()
    return Response(200, body, None, "application/jsonl")


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    base = r"/v1/context/search-indexes"
    server.add_route("POST", base, _create)
    server.add_route("GET", base, _list)
    index = base + r"/(?P<index_name>[^/]+)"
    server.add_route("GET", index, _get)
    server.add_route("PUT", index, _update)
    server.add_route("DELETE", index, _delete)
    server.add_route("POST", index + r"/documents", _ingest)
    server.add_route("DELETE", index + r"/documents", _delete_documents)
    server.add_route("POST", index + r"/search", _search)
    server.add_route("POST", index + r"/navigate", _navigate)
    server.add_route("POST", index + r"/read", _read)
    server.add_route("POST", index + r"/grep", _grep)
    server.add_route("GET", index + r"/chunks/(?P<chunk_id>[^/]+)", _get_chunk)
    summary = index + r"/summary_field/(?P<language>[^/]+)"
    server.add_route("GET", summary, _get_summary)
    server.add_route("PUT", summary, _set_summary)
    server.add_route("POST", summary, _generate_summary)
