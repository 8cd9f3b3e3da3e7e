# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-context distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mistralai.api.context._generated import models
from mistralai.core.runtime import (
    UNSET,
    CursorPaging,
    EventStream,
    EventStreamAsync,
    Operation,
    OptionalNullable,
    RawResource,
    Resource,
    RetryConfig,
    StreamOperation,
    paginate,
    paginate_async,
    raw_method,
)

__all__ = [
    "BetaContext",
    "ContextSearchIndexes",
    "ContextSearchIndexesWithRawResponse",
]

_CONTEXT_SEARCH_INDEXES_CREATE: Operation[models.ManagedIndexResponse] = Operation(
    operation_id="create_index_v1_context_search_indexes_post",
    method="POST",
    path="/v1/context/search-indexes",
    namespace="beta.context",
    retry_safe=False,
    response=lambda: models.ManagedIndexResponse,
    body=lambda: models.CreateManagedIndexRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
    omit_none=frozenset({"schema"}),
)
_CONTEXT_SEARCH_INDEXES_LIST: Operation[models.ListManagedIndexesResponse] = Operation(
    operation_id="list_indexes_v1_context_search_indexes_get",
    method="GET",
    path="/v1/context/search-indexes",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.ListManagedIndexesResponse,
)
_CONTEXT_SEARCH_INDEXES_LIST_PAGING = CursorPaging(
    items="data", cursor="next_page_token", param="page_token"
)
_CONTEXT_SEARCH_INDEXES_GET: Operation[models.ManagedIndexResponse] = Operation(
    operation_id="get_index_v1_context_search_indexes__index_name__get",
    method="GET",
    path="/v1/context/search-indexes/{index_name}",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.ManagedIndexResponse,
)
_CONTEXT_SEARCH_INDEXES_UPDATE: Operation[models.ManagedIndexResponse] = Operation(
    operation_id="update_index_v1_context_search_indexes__index_name__put",
    method="PUT",
    path="/v1/context/search-indexes/{index_name}",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.ManagedIndexResponse,
    body=lambda: models.UpdateManagedIndexRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)
_CONTEXT_SEARCH_INDEXES_DELETE: Operation[models.DeleteManagedIndexResponse] = Operation(
    operation_id="delete_index_v1_context_search_indexes__index_name__delete",
    method="DELETE",
    path="/v1/context/search-indexes/{index_name}",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.DeleteManagedIndexResponse,
)
_CONTEXT_SEARCH_INDEXES_INGEST_DOCUMENTS: Operation[models.IngestDocumentsResponse] = Operation(
    operation_id="ingest_documents_v1_context_search_indexes__index_name__documents_post",
    method="POST",
    path="/v1/context/search-indexes/{index_name}/documents",
    namespace="beta.context",
    retry_safe=False,
    response=lambda: models.IngestDocumentsResponse,
    body=lambda: models.IngestDocumentsRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)
_CONTEXT_SEARCH_INDEXES_DELETE_DOCUMENTS: Operation[models.DeleteDocumentsResponse] = Operation(
    operation_id="delete_documents_v1_context_search_indexes__index_name__documents_delete",
    method="DELETE",
    path="/v1/context/search-indexes/{index_name}/documents",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.DeleteDocumentsResponse,
    body=lambda: models.DeleteDocumentsRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)
_CONTEXT_SEARCH_INDEXES_SEARCH: Operation[models.SearchResponse] = Operation(
    operation_id="search_index_v1_context_search_indexes__index_name__search_post",
    method="POST",
    path="/v1/context/search-indexes/{index_name}/search",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.SearchResponse,
    body=lambda: models.SearchRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)
_CONTEXT_SEARCH_INDEXES_NAVIGATE: Operation[models.NavigationResponse] = Operation(
    operation_id="navigate_index_v1_context_search_indexes__index_name__navigate_post",
    method="POST",
    path="/v1/context/search-indexes/{index_name}/navigate",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.NavigationResponse,
    body=lambda: models.NavigateRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)
_CONTEXT_SEARCH_INDEXES_READ: Operation[models.NavigationResponse] = Operation(
    operation_id="read_index_v1_context_search_indexes__index_name__read_post",
    method="POST",
    path="/v1/context/search-indexes/{index_name}/read",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.NavigationResponse,
    body=lambda: models.ReadRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)
_CONTEXT_SEARCH_INDEXES_GREP: Operation[models.NavigationResponse] = Operation(
    operation_id="grep_index_v1_context_search_indexes__index_name__grep_post",
    method="POST",
    path="/v1/context/search-indexes/{index_name}/grep",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.NavigationResponse,
    body=lambda: models.GrepRequest,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
    omit_none=frozenset({"mode"}),
)
_CONTEXT_SEARCH_INDEXES_GET_CHUNK: Operation[models.NavigationResponse] = Operation(
    operation_id="get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get",
    method="GET",
    path="/v1/context/search-indexes/{index_name}/chunks/{chunk_id}",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.NavigationResponse,
)
_CONTEXT_SEARCH_INDEXES_GET_INDEX_SUMMARY: Operation[models.GetSummaryResponseSummary] = Operation(
    operation_id="get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get",
    method="GET",
    path="/v1/context/search-indexes/{index_name}/summary_field/{language}",
    namespace="beta.context",
    retry_safe=True,
    response=lambda: models.GetSummaryResponseSummary,
)
_CONTEXT_SEARCH_INDEXES_GENERATE_INDEX_SUMMARY: StreamOperation[
    models.SummaryChunk | models.SummaryError | models.SummaryMetadata
] = StreamOperation(
    event=lambda: models.SummaryChunk | models.SummaryError | models.SummaryMetadata,
    framing="jsonl",
    operation_id="generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post",
    method="POST",
    path="/v1/context/search-indexes/{index_name}/summary_field/{language}",
    namespace="beta.context",
    retry_safe=False,
)
_CONTEXT_SEARCH_INDEXES_SET_INDEX_SUMMARY: Operation[Any] = Operation(
    operation_id="set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put",
    method="PUT",
    path="/v1/context/search-indexes/{index_name}/summary_field/{language}",
    namespace="beta.context",
    retry_safe=True,
    response=Any,
    body=lambda: models.UpdateSummaryRequestSummary,
    body_kind="json",
    wire="mistralai.api.context._generated.wire",
)


class BetaContext(Resource):
    """Operations of ``beta.context``."""

    __slots__ = ("_ns_search_indexes",)
    _ns_search_indexes: ContextSearchIndexes

    @property
    def search_indexes(self) -> ContextSearchIndexes:
        """Operations of ``beta.context.search_indexes``."""
        try:
            return self._ns_search_indexes
        except AttributeError:
            self._ns_search_indexes = ContextSearchIndexes(self._client)
            return self._ns_search_indexes


class ContextSearchIndexes(Resource):
    """Operations of ``beta.context.search_indexes``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ContextSearchIndexesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ContextSearchIndexesWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        config: models.ManagedIndexConfig | models.ManagedIndexConfigTypedDict,
        schema: models.ManagedIndexFields | models.ManagedIndexFieldsTypedDict | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedIndexResponse:
        """Create a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param config:
        :param schema:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_CREATE,
            body={"name": name, "config": config, "schema": schema},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        config: models.ManagedIndexConfig | models.ManagedIndexConfigTypedDict,
        schema: models.ManagedIndexFields | models.ManagedIndexFieldsTypedDict | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedIndexResponse:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_CREATE,
            body={"name": name, "config": config, "schema": schema},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        page_size: int | None = 20,
        page_token: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        status: OptionalNullable[models.ListIndexesV1ContextSearchIndexesGetStatus | str] = UNSET,
        creator_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListManagedIndexesResponse:
        """List managed indexes.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page_token:
        :param name:
        :param status:
        :param creator_id:
        """
        return paginate(
            self._client,
            _CONTEXT_SEARCH_INDEXES_LIST,
            _CONTEXT_SEARCH_INDEXES_LIST_PAGING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "name": name,
                "status": status,
                "creator_id": creator_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = 20,
        page_token: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        status: OptionalNullable[models.ListIndexesV1ContextSearchIndexesGetStatus | str] = UNSET,
        creator_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListManagedIndexesResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _CONTEXT_SEARCH_INDEXES_LIST,
            _CONTEXT_SEARCH_INDEXES_LIST_PAGING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "name": name,
                "status": status,
                "creator_id": creator_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        index_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedIndexResponse:
        """Get a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_GET,
            path={"index_name": index_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        index_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedIndexResponse:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_GET,
            path={"index_name": index_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        index_name: str,
        schema: models.ManagedIndexFields | models.ManagedIndexFieldsTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedIndexResponse:
        """Update a managed index schema.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param schema:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_UPDATE,
            path={"index_name": index_name},
            body={"schema": schema},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        index_name: str,
        schema: models.ManagedIndexFields | models.ManagedIndexFieldsTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedIndexResponse:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_UPDATE,
            path={"index_name": index_name},
            body={"schema": schema},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        index_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteManagedIndexResponse:
        """Delete a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_DELETE,
            path={"index_name": index_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        index_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteManagedIndexResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_DELETE,
            path={"index_name": index_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def ingest_documents(
        self,
        *,
        index_name: str,
        documents: Sequence[Mapping[str, Any]],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.IngestDocumentsResponse:
        """Ingest documents into a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param documents:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_INGEST_DOCUMENTS,
            path={"index_name": index_name},
            body={"documents": documents},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def ingest_documents_async(
        self,
        *,
        index_name: str,
        documents: Sequence[Mapping[str, Any]],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.IngestDocumentsResponse:
        """Async twin of :meth:`ingest_documents`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_INGEST_DOCUMENTS,
            path={"index_name": index_name},
            body={"documents": documents},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_documents(
        self,
        *,
        index_name: str,
        document_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteDocumentsResponse:
        """Delete documents from a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param document_ids:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_DELETE_DOCUMENTS,
            path={"index_name": index_name},
            body={"document_ids": document_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_documents_async(
        self,
        *,
        index_name: str,
        document_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteDocumentsResponse:
        """Async twin of :meth:`delete_documents`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_DELETE_DOCUMENTS,
            path={"index_name": index_name},
            body={"document_ids": document_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search(
        self,
        *,
        index_name: str,
        retriever: models.SearchRequestRetriever | models.SearchRequestRetrieverTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchResponse:
        """Search a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param retriever:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_SEARCH,
            path={"index_name": index_name},
            body={"retriever": retriever},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        index_name: str,
        retriever: models.SearchRequestRetriever | models.SearchRequestRetrieverTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchResponse:
        """Async twin of :meth:`search`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_SEARCH,
            path={"index_name": index_name},
            body={"retriever": retriever},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def navigate(
        self,
        *,
        index_name: str,
        source_id: str,
        start_offset: int,
        end_offset: int,
        direction: models.NavigateRequestDirection,
        top_k: int | None = 1,
        content_type: str | None = "content",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Navigate to adjacent chunks.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param source_id:
        :param start_offset:
        :param end_offset:
        :param direction:
        :param top_k:
        :param content_type:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_NAVIGATE,
            path={"index_name": index_name},
            body={
                "source_id": source_id,
                "start_offset": start_offset,
                "end_offset": end_offset,
                "direction": direction,
                "top_k": top_k,
                "content_type": content_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def navigate_async(
        self,
        *,
        index_name: str,
        source_id: str,
        start_offset: int,
        end_offset: int,
        direction: models.NavigateRequestDirection,
        top_k: int | None = 1,
        content_type: str | None = "content",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Async twin of :meth:`navigate`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_NAVIGATE,
            path={"index_name": index_name},
            body={
                "source_id": source_id,
                "start_offset": start_offset,
                "end_offset": end_offset,
                "direction": direction,
                "top_k": top_k,
                "content_type": content_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def read(
        self,
        *,
        index_name: str,
        source_id: str,
        start_offset: OptionalNullable[int] = UNSET,
        end_offset: OptionalNullable[int] = UNSET,
        top_k: int | None = 20,
        content_type: str | None = "content",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Read chunks within a span.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param source_id:
        :param start_offset:
        :param end_offset:
        :param top_k:
        :param content_type:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_READ,
            path={"index_name": index_name},
            body={
                "source_id": source_id,
                "start_offset": start_offset,
                "end_offset": end_offset,
                "top_k": top_k,
                "content_type": content_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def read_async(
        self,
        *,
        index_name: str,
        source_id: str,
        start_offset: OptionalNullable[int] = UNSET,
        end_offset: OptionalNullable[int] = UNSET,
        top_k: int | None = 20,
        content_type: str | None = "content",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Async twin of :meth:`read`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_READ,
            path={"index_name": index_name},
            body={
                "source_id": source_id,
                "start_offset": start_offset,
                "end_offset": end_offset,
                "top_k": top_k,
                "content_type": content_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def grep(
        self,
        *,
        index_name: str,
        source_id: str,
        pattern: str,
        mode: models.GrepRequestMode | None = None,
        top_k: int | None = 5,
        content_type: str | None = "content",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Grep for a pattern within a source.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param source_id:
        :param pattern:
        :param mode:
        :param top_k:
        :param content_type:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_GREP,
            path={"index_name": index_name},
            body={
                "source_id": source_id,
                "pattern": pattern,
                "mode": mode,
                "top_k": top_k,
                "content_type": content_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def grep_async(
        self,
        *,
        index_name: str,
        source_id: str,
        pattern: str,
        mode: models.GrepRequestMode | None = None,
        top_k: int | None = 5,
        content_type: str | None = "content",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Async twin of :meth:`grep`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_GREP,
            path={"index_name": index_name},
            body={
                "source_id": source_id,
                "pattern": pattern,
                "mode": mode,
                "top_k": top_k,
                "content_type": content_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_chunk(
        self,
        *,
        index_name: str,
        chunk_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Get a single chunk by id.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_name:
        :param chunk_id:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_GET_CHUNK,
            path={"index_name": index_name, "chunk_id": chunk_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_chunk_async(
        self,
        *,
        index_name: str,
        chunk_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.NavigationResponse:
        """Async twin of :meth:`get_chunk`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_GET_CHUNK,
            path={"index_name": index_name, "chunk_id": chunk_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_index_summary(
        self,
        *,
        language: models.GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage,
        index_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSummaryResponseSummary:
        """Get Managed Index Summary.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param language:
        :param index_name:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_GET_INDEX_SUMMARY,
            path={"language": language, "index_name": index_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_index_summary_async(
        self,
        *,
        language: models.GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage,
        index_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSummaryResponseSummary:
        """Async twin of :meth:`get_index_summary`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_GET_INDEX_SUMMARY,
            path={"language": language, "index_name": index_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def generate_index_summary(
        self,
        *,
        language: models.GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage,
        index_name: str,
        force: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.SummaryChunk | models.SummaryError | models.SummaryMetadata]:
        """Generate a summary field for a managed index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param language:
        :param index_name:
        :param force:
        """
        return self._client.stream(
            _CONTEXT_SEARCH_INDEXES_GENERATE_INDEX_SUMMARY,
            path={"language": language, "index_name": index_name},
            query={"force": force},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def generate_index_summary_async(
        self,
        *,
        language: models.GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage,
        index_name: str,
        force: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.SummaryChunk | models.SummaryError | models.SummaryMetadata]:
        """Async twin of :meth:`generate_index_summary`."""
        return await self._client.stream_async(
            _CONTEXT_SEARCH_INDEXES_GENERATE_INDEX_SUMMARY,
            path={"language": language, "index_name": index_name},
            query={"force": force},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def set_index_summary(
        self,
        *,
        language: models.SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage,
        index_name: str,
        content: str,
        status: models.UpdateSummaryRequestSummaryStatus,
        translated: bool,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Set Managed Index Summary.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param language:
        :param index_name:
        :param content:
        :param status:
        :param translated:
        """
        return self._client.request(
            _CONTEXT_SEARCH_INDEXES_SET_INDEX_SUMMARY,
            path={"language": language, "index_name": index_name},
            body={"content": content, "status": status, "translated": translated},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def set_index_summary_async(
        self,
        *,
        language: models.SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage,
        index_name: str,
        content: str,
        status: models.UpdateSummaryRequestSummaryStatus,
        translated: bool,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`set_index_summary`."""
        return await self._client.request_async(
            _CONTEXT_SEARCH_INDEXES_SET_INDEX_SUMMARY,
            path={"language": language, "index_name": index_name},
            body={"content": content, "status": status, "translated": translated},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ContextSearchIndexesWithRawResponse(RawResource):
    """``beta.context.search_indexes.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(ContextSearchIndexes.create)
    create_async = raw_method(ContextSearchIndexes.create_async)
    list = raw_method(ContextSearchIndexes.list)
    list_async = raw_method(ContextSearchIndexes.list_async)
    get = raw_method(ContextSearchIndexes.get)
    get_async = raw_method(ContextSearchIndexes.get_async)
    update = raw_method(ContextSearchIndexes.update)
    update_async = raw_method(ContextSearchIndexes.update_async)
    delete = raw_method(ContextSearchIndexes.delete)
    delete_async = raw_method(ContextSearchIndexes.delete_async)
    ingest_documents = raw_method(ContextSearchIndexes.ingest_documents)
    ingest_documents_async = raw_method(ContextSearchIndexes.ingest_documents_async)
    delete_documents = raw_method(ContextSearchIndexes.delete_documents)
    delete_documents_async = raw_method(ContextSearchIndexes.delete_documents_async)
    search = raw_method(ContextSearchIndexes.search)
    search_async = raw_method(ContextSearchIndexes.search_async)
    navigate = raw_method(ContextSearchIndexes.navigate)
    navigate_async = raw_method(ContextSearchIndexes.navigate_async)
    read = raw_method(ContextSearchIndexes.read)
    read_async = raw_method(ContextSearchIndexes.read_async)
    grep = raw_method(ContextSearchIndexes.grep)
    grep_async = raw_method(ContextSearchIndexes.grep_async)
    get_chunk = raw_method(ContextSearchIndexes.get_chunk)
    get_chunk_async = raw_method(ContextSearchIndexes.get_chunk_async)
    get_index_summary = raw_method(ContextSearchIndexes.get_index_summary)
    get_index_summary_async = raw_method(ContextSearchIndexes.get_index_summary_async)
    generate_index_summary = raw_method(ContextSearchIndexes.generate_index_summary)
    generate_index_summary_async = raw_method(ContextSearchIndexes.generate_index_summary_async)
    set_index_summary = raw_method(ContextSearchIndexes.set_index_summary)
    set_index_summary_async = raw_method(ContextSearchIndexes.set_index_summary_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "create_index_v1_context_search_indexes_post": _CONTEXT_SEARCH_INDEXES_CREATE,
    "list_indexes_v1_context_search_indexes_get": _CONTEXT_SEARCH_INDEXES_LIST,
    "get_index_v1_context_search_indexes__index_name__get": _CONTEXT_SEARCH_INDEXES_GET,
    "update_index_v1_context_search_indexes__index_name__put": _CONTEXT_SEARCH_INDEXES_UPDATE,
    "delete_index_v1_context_search_indexes__index_name__delete": _CONTEXT_SEARCH_INDEXES_DELETE,
    "ingest_documents_v1_context_search_indexes__index_name__documents_post": _CONTEXT_SEARCH_INDEXES_INGEST_DOCUMENTS,
    "delete_documents_v1_context_search_indexes__index_name__documents_delete": _CONTEXT_SEARCH_INDEXES_DELETE_DOCUMENTS,
    "search_index_v1_context_search_indexes__index_name__search_post": _CONTEXT_SEARCH_INDEXES_SEARCH,
    "navigate_index_v1_context_search_indexes__index_name__navigate_post": _CONTEXT_SEARCH_INDEXES_NAVIGATE,
    "read_index_v1_context_search_indexes__index_name__read_post": _CONTEXT_SEARCH_INDEXES_READ,
    "grep_index_v1_context_search_indexes__index_name__grep_post": _CONTEXT_SEARCH_INDEXES_GREP,
    "get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get": _CONTEXT_SEARCH_INDEXES_GET_CHUNK,
    "get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get": _CONTEXT_SEARCH_INDEXES_GET_INDEX_SUMMARY,
    "generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post": _CONTEXT_SEARCH_INDEXES_GENERATE_INDEX_SUMMARY,
    "set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put": _CONTEXT_SEARCH_INDEXES_SET_INDEX_SUMMARY,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
