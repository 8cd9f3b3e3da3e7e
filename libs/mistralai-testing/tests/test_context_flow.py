"""Context search indexes through the real client: indexes, documents, search and summaries."""

from __future__ import annotations

import pytest

from mistralai.api.context import models
from mistralai.api.context._fake_routes import CHUNK_WORDS
from mistralai.core import Mistral
from mistralai.core.errors import ConflictError, NotFoundError

CONFIG = {"embedding": {"type": "mistral", "name": "mistral-embed", "dimensions": 1024}}
FOX = (
    "The quick brown fox jumps over the lazy dog. The dog sleeps in the sun while "
    "the fox runs into the dark forest to find its den."
)
TIDES = "Tides rise and fall twice a day because of the moon and the sun."


def test_index_lifecycle_and_paging(client: Mistral) -> None:
    indexes = client.beta.context.search_indexes
    created = indexes.create(name="docs", config=CONFIG)
    assert created.name == "docs" and created.status == "ready"
    indexes.create(name="notes", config=CONFIG)
    indexes.create(name="archive", config=CONFIG)
    with pytest.raises(ConflictError):
        indexes.create(name="docs", config=CONFIG)

    names: list[str] = []
    token: str | None = None
    pages = 0
    while True:
        page = indexes.list(page_size=2, page_token=token)
        names += [i.name for i in page.data]
        pages += 1
        token = page.next_page_token
        if token is None:
            break
    assert (names, pages) == (["docs", "notes", "archive"], 2)
    assert [i.name for i in indexes.list(name="not").data] == ["notes"]

    got = indexes.get(index_name="docs")
    assert got.id == created.id
    schema = {"document_fields": {"title": {"type": "keyword"}}}
    updated = indexes.update(index_name="docs", schema=schema)
    assert updated.schema_.document_fields is not None
    assert list(updated.schema_.document_fields) == ["title"]

    deleted = indexes.delete(index_name="docs")
    assert (deleted.name, deleted.status) == ("docs", "deleting")
    for call in (indexes.get, indexes.delete):
        with pytest.raises(NotFoundError):
            call(index_name="docs")
    assert [i.name for i in indexes.list().data] == ["notes", "archive"]


def test_documents_search_and_navigation(client: Mistral) -> None:
    indexes = client.beta.context.search_indexes
    indexes.create(name="kb", config=CONFIG)
    ingested = indexes.ingest_documents(
        index_name="kb",
        documents=[
            {"id": "fox", "content": FOX, "title": "Fox"},
            {"id": "tides", "text": TIDES},
            {"title": "no text"},
        ],
    )
    assert (ingested.accepted, ingested.rejected) == (2, 1)
    accepted, tides, rejected = ingested.results
    assert isinstance(accepted, models.AcceptedDocumentResponse)
    assert accepted.document_id == "fox"
    assert accepted.chunk_count == -(-len(FOX.split()) // CHUNK_WORDS)
    assert isinstance(tides, models.AcceptedDocumentResponse)
    assert isinstance(rejected, models.RejectedDocumentResponse) and rejected.position == 2
    assert rejected.errors[0].location == ["documents", 2, "content"]

    hits = indexes.search(index_name="kb", retriever={"type": "keyword", "query": "moon"}).hits
    assert [h.chunk.source_id for h in hits] == ["tides"]
    assert "moon" in hits[0].chunk.content and hits[0].index_name == "kb"
    # More matching words score higher; RRF merges what its retrievers look for.
    rrf = {
        "type": "rrf",
        "retrievers": [
            {"type": "keyword", "query": "fox forest"},
            {"type": "nearest_neighbour", "query": "den"},
        ],
        "top_k": 1,
    }
    best = indexes.search(index_name="kb", retriever=rrf).hits
    # "the fox runs into the dark forest to" holds two of the words, every other chunk one
    assert [h.chunk.id for h in best] == ["fox:2"]
    assert best[0].chunk.metadata == {"title": "Fox"}

    chunks = indexes.read(index_name="kb", source_id="fox").chunks
    assert " ".join(c.content for c in chunks) == FOX
    first = chunks[0]
    assert first.start_offset == 0 and first.end_offset is not None
    after = indexes.navigate(
        index_name="kb",
        source_id="fox",
        start_offset=first.start_offset,
        end_offset=first.end_offset,
        direction="next",
    ).chunks
    assert [c.id for c in after] == [chunks[1].id]
    before = indexes.navigate(
        index_name="kb",
        source_id="fox",
        start_offset=chunks[2].start_offset or 0,
        end_offset=chunks[2].end_offset or 0,
        direction="previous",
        top_k=2,
    ).chunks
    assert [c.id for c in before] == [chunks[1].id, chunks[0].id]
    window = indexes.read(index_name="kb", source_id="fox", start_offset=0, end_offset=10).chunks
    assert [c.id for c in window] == [first.id]

    grep = indexes.grep(index_name="kb", source_id="fox", pattern="dark forest").chunks
    assert len(grep) == 1 and "dark forest" in grep[0].content
    terms = indexes.grep(index_name="kb", source_id="fox", pattern="lazy den", mode="term")
    assert len(terms.chunks) == 2
    assert indexes.get_chunk(index_name="kb", chunk_id=first.id).chunks == [first]
    with pytest.raises(NotFoundError):
        indexes.get_chunk(index_name="kb", chunk_id="fox:99")
    with pytest.raises(NotFoundError):
        indexes.read(index_name="kb", source_id="unknown")

    removed = indexes.delete_documents(index_name="kb", document_ids=["fox", "unknown"])
    assert (removed.deleted_document_ids, removed.missing) == (["fox"], ["unknown"])
    assert indexes.search(index_name="kb", retriever={"type": "keyword", "query": "fox"}).hits == []


def test_summaries(client: Mistral) -> None:
    indexes = client.beta.context.search_indexes
    indexes.create(name="kb", config=CONFIG)
    indexes.ingest_documents(index_name="kb", documents=[{"id": "tides", "content": TIDES}])
    with pytest.raises(NotFoundError):
        indexes.get_index_summary(index_name="kb", language="en")

    # a JSON Lines stream: typed events, one per line, the last one the summary's status
    with indexes.generate_index_summary(index_name="kb", language="en") as stream:
        events = list(stream)
    last = events[-1].model_dump(exclude_none=True)
    assert last == {"status": "generated", "translated": False}, last
    assert "".join(getattr(e, "content", "") for e in events[:-1]) == TIDES
    summary = indexes.get_index_summary(index_name="kb", language="en")
    assert (summary.content, summary.status) == (TIDES, "generated")

    indexes.set_index_summary(
        index_name="kb",
        language="en",
        content="About tides.",
        status="handwritten",
        translated=False,
    )
    assert indexes.get_index_summary(index_name="kb", language="en").content == "About tides."
    # Without force an existing summary comes back as is; with force it is generated again.
    with indexes.generate_index_summary(index_name="kb", language="en") as kept:
        first = next(iter(kept))
    assert getattr(first, "content", None) == "About tides."
    with indexes.generate_index_summary(index_name="kb", language="en", force=True) as stream:
        list(stream)
    assert indexes.get_index_summary(index_name="kb", language="en").status == "generated"


async def test_context_async(client: Mistral) -> None:
    indexes = client.beta.context.search_indexes
    await indexes.create_async(name="kb", config=CONFIG)
    await indexes.ingest_documents_async(index_name="kb", documents=[{"id": "t", "content": TIDES}])
    hits = await indexes.search_async(
        index_name="kb", retriever={"type": "keyword", "query": "sun"}
    )
    assert [h.chunk.source_id for h in hits.hits] == ["t"]
    page = await indexes.list_async()
    assert [i.name for i in page.data] == ["kb"]
    await indexes.delete_async(index_name="kb")
    with pytest.raises(NotFoundError):
        await indexes.get_async(index_name="kb")
