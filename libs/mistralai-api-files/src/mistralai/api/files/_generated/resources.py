# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-files distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from mistralai.api.files import _upload
from mistralai.api.files._generated import models
from mistralai.api.files._transfer import UploadProgress, UploadSource
from mistralai.core.runtime import (
    UNSET,
    CursorPaging,
    FileInput,
    Operation,
    OptionalNullable,
    PagePaging,
    RawResource,
    Resource,
    RetryConfig,
    paginate,
    paginate_async,
    raw_method,
)

__all__ = [
    "Accesses",
    "AccessesWithRawResponse",
    "Documents",
    "DocumentsWithRawResponse",
    "Files",
    "FilesWithRawResponse",
    "IngestionPipelineConfigurations",
    "IngestionPipelineConfigurationsWithRawResponse",
    "Libraries",
    "LibrariesWithRawResponse",
    "Rag",
    "SearchIndexes",
    "SearchIndexesWithRawResponse",
]

_LIBRARIES_LIST: Operation[models.ListLibrariesResponse] = Operation(
    operation_id="libraries_list_v1",
    method="GET",
    path="/v1/libraries",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.ListLibrariesResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_LIBRARIES_LIST_PAGING = CursorPaging(items="data", cursor="next_page_token", param="page_token")
_LIBRARIES_CREATE: Operation[models.Library] = Operation(
    operation_id="libraries_create_v1",
    method="POST",
    path="/v1/libraries",
    namespace="beta.libraries",
    retry_safe=False,
    response=lambda: models.Library,
    body=lambda: models.CreateLibraryRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_LIBRARIES_GET: Operation[models.Library] = Operation(
    operation_id="libraries_get_v1",
    method="GET",
    path="/v1/libraries/{library_id}",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Library,
)
_LIBRARIES_DELETE: Operation[models.Library] = Operation(
    operation_id="libraries_delete_v1",
    method="DELETE",
    path="/v1/libraries/{library_id}",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Library,
)
_LIBRARIES_UPDATE: Operation[models.Library] = Operation(
    operation_id="libraries_patch_v1",
    method="PATCH",
    path="/v1/libraries/{library_id}",
    namespace="beta.libraries",
    retry_safe=False,
    response=lambda: models.Library,
    body=lambda: models.UpdateLibraryRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
    omit_none=frozenset({"name"}),
)
_LIBRARIES_LIBRARIES_UPDATE_V1: Operation[models.Library] = Operation(
    operation_id="libraries_update_v1",
    method="PUT",
    path="/v1/libraries/{library_id}",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Library,
    body=lambda: models.UpdateLibraryRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
    omit_none=frozenset({"name"}),
)
_ACCESSES_LIST: Operation[models.ListSharingResponse] = Operation(
    operation_id="libraries_share_list_v1",
    method="GET",
    path="/v1/libraries/{library_id}/share",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.ListSharingResponse,
)
_ACCESSES_UPDATE_OR_CREATE: Operation[models.Sharing] = Operation(
    operation_id="libraries_share_create_v1",
    method="PUT",
    path="/v1/libraries/{library_id}/share",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Sharing,
    body=lambda: models.SharingRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_ACCESSES_DELETE: Operation[models.Sharing] = Operation(
    operation_id="libraries_share_delete_v1",
    method="DELETE",
    path="/v1/libraries/{library_id}/share",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Sharing,
    body=lambda: models.SharingDelete,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_DOCUMENTS_LIST: Operation[models.ListDocumentsResponse] = Operation(
    operation_id="libraries_documents_list_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.ListDocumentsResponse,
    omit_none=frozenset({"page_size", "page", "sort_by", "sort_order"}),
)
_DOCUMENTS_LIST_PAGING = PagePaging(
    items="data",
    param="page",
    start=0,
    total="pagination.total_items",
    total_pages="pagination.total_pages",
    more="pagination.has_more",
)
_DOCUMENTS_UPLOAD: Operation[models.Document] = Operation(
    operation_id="libraries_documents_upload_v1",
    method="POST",
    path="/v1/libraries/{library_id}/documents",
    namespace="beta.libraries",
    retry_safe=False,
    response=lambda: models.Document,
    body=lambda: models.DocumentUpload2,
    body_kind="multipart",
)
_DOCUMENTS_GET: Operation[models.Document] = Operation(
    operation_id="libraries_documents_get_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents/{document_id}",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Document,
)
_DOCUMENTS_UPDATE: Operation[models.Document] = Operation(
    operation_id="libraries_documents_patch_v1",
    method="PATCH",
    path="/v1/libraries/{library_id}/documents/{document_id}",
    namespace="beta.libraries",
    retry_safe=False,
    response=lambda: models.Document,
    body=lambda: models.UpdateDocumentRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
    omit_none=frozenset({"name"}),
)
_DOCUMENTS_LIBRARIES_DOCUMENTS_UPDATE_V1: Operation[models.Document] = Operation(
    operation_id="libraries_documents_update_v1",
    method="PUT",
    path="/v1/libraries/{library_id}/documents/{document_id}",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.Document,
    body=lambda: models.UpdateDocumentRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
    omit_none=frozenset({"name"}),
)
_DOCUMENTS_DELETE: Operation[None] = Operation(
    operation_id="libraries_documents_delete_v1",
    method="DELETE",
    path="/v1/libraries/{library_id}/documents/{document_id}",
    namespace="beta.libraries",
    retry_safe=True,
    response=None,
)
_DOCUMENTS_TEXT_CONTENT: Operation[models.DocumentTextContent] = Operation(
    operation_id="libraries_documents_get_text_content_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents/{document_id}/text_content",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.DocumentTextContent,
)
_DOCUMENTS_STATUS: Operation[models.ProcessingStatus] = Operation(
    operation_id="libraries_documents_get_status_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents/{document_id}/status",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.ProcessingStatus,
)
_DOCUMENTS_GET_SIGNED_URL: Operation[str] = Operation(
    operation_id="libraries_documents_get_signed_url_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents/{document_id}/signed-url",
    namespace="beta.libraries",
    retry_safe=True,
    response=str,
)
_DOCUMENTS_EXTRACTED_TEXT_SIGNED_URL: Operation[str] = Operation(
    operation_id="libraries_documents_get_extracted_text_signed_url_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url",
    namespace="beta.libraries",
    retry_safe=True,
    response=str,
)
_DOCUMENTS_REPROCESS: Operation[None] = Operation(
    operation_id="libraries_documents_reprocess_v1",
    method="POST",
    path="/v1/libraries/{library_id}/documents/{document_id}/reprocess",
    namespace="beta.libraries",
    retry_safe=False,
    response=None,
)
_DOCUMENTS_GET_SIGNED_UPLOAD_URL: Operation[models.RequestUploadURLResponse] = Operation(
    operation_id="libraries_documents_get_signed_upload_url_v1",
    method="GET",
    path="/v1/libraries/{library_id}/documents/signed-upload-url",
    namespace="beta.libraries",
    retry_safe=True,
    response=lambda: models.RequestUploadURLResponse,
)
_DOCUMENTS_INGEST_FROM_BLOB_STORAGE: Operation[models.Document] = Operation(
    operation_id="libraries_documents_ingest_from_blob_storage_v1",
    method="POST",
    path="/v1/libraries/{library_id}/documents/ingest-from-blob-storage",
    namespace="beta.libraries",
    retry_safe=False,
    response=lambda: models.Document,
    body=lambda: models.IngestFromBlobStorageRequest,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_INGESTION_PIPELINE_CONFIGURATIONS_LIST: Operation[list[models.IngestionPipelineConfiguration]] = (
    Operation(
        operation_id="get_configs_v1_rag_ingestion_pipeline_configurations_get",
        method="GET",
        path="/v1/rag/ingestion_pipeline_configurations",
        namespace="beta.rag",
        retry_safe=True,
        response=lambda: list[models.IngestionPipelineConfiguration],
    )
)
_INGESTION_PIPELINE_CONFIGURATIONS_REGISTER: Operation[models.IngestionPipelineConfiguration] = (
    Operation(
        operation_id="register_config_v1_rag_ingestion_pipeline_configurations_put",
        method="PUT",
        path="/v1/rag/ingestion_pipeline_configurations",
        namespace="beta.rag",
        retry_safe=True,
        response=lambda: models.IngestionPipelineConfiguration,
        body=lambda: models.CreateIngestionPipelineConfigurationRequest,
        body_kind="json",
        wire="mistralai.api.files._generated.wire",
    )
)
_INGESTION_PIPELINE_CONFIGURATIONS_UPDATE_RUN_INFO: Operation[
    models.IngestionPipelineConfiguration
] = Operation(
    operation_id="update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put",
    method="PUT",
    path="/v1/rag/ingestion_pipeline_configurations/{id}/run_info",
    namespace="beta.rag",
    retry_safe=True,
    response=lambda: models.IngestionPipelineConfiguration,
    body=lambda: models.UpdateRunInfo,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_SEARCH_INDEXES_GET_DEPLOYMENT_SUMMARIES: Operation[models.GetDeploymentSummariesResponse] = (
    Operation(
        operation_id="get_deployment_summaries_v1_rag_deployments_get",
        method="GET",
        path="/v1/rag/deployments",
        namespace="beta.rag",
        retry_safe=True,
        response=lambda: models.GetDeploymentSummariesResponse,
    )
)
_SEARCH_INDEXES_REGISTER_DEPLOYMENT: Operation[models.RegisterSearchIndexResponseIndex] = Operation(
    operation_id="register_deployment_v1_rag_deployments_put",
    method="PUT",
    path="/v1/rag/deployments",
    namespace="beta.rag",
    retry_safe=True,
    response=lambda: models.RegisterSearchIndexResponseIndex,
    body=lambda: models.RegisterDeploymentRequestDeployment,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
    omit_none=frozenset({"status"}),
)
_SEARCH_INDEXES_UNREGISTER_DEPLOYMENT: Operation[Any] = Operation(
    operation_id="unregister_deployment_v1_rag_deployments__deployment_id__delete",
    method="DELETE",
    path="/v1/rag/deployments/{deployment_id}",
    namespace="beta.rag",
    retry_safe=True,
    response=Any,
)
_SEARCH_INDEXES_UPDATE_DEPLOYMENT_METRICS: Operation[Any] = Operation(
    operation_id="update_index_metrics_v1_rag_deployments__deployment_id__metrics_put",
    method="PUT",
    path="/v1/rag/deployments/{deployment_id}/metrics",
    namespace="beta.rag",
    retry_safe=True,
    response=Any,
    body=lambda: (
        models.UpdateMetricsRequestDeploymentMetricsOnline
        | models.UpdateMetricsRequestDeploymentMetricsOffline
    ),
    body_kind="json",
    body_fields=False,
    wire="mistralai.api.files._generated.wire",
)
_SEARCH_INDEXES_REGISTER: Operation[models.RegisterSearchIndexResponseIndex] = Operation(
    operation_id="register_search_index_v1_rag_indexes_put",
    method="PUT",
    path="/v1/rag/indexes",
    namespace="beta.rag",
    retry_safe=True,
    response=lambda: models.RegisterSearchIndexResponseIndex,
    body=lambda: models.RegisterSearchIndexRequestIndex,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
    omit_none=frozenset({"status"}),
)
_SEARCH_INDEXES_GET_INDEX_SUMMARIES: Operation[list[models.GetSearchIndexSummaryResponseIndex]] = (
    Operation(
        operation_id="get_index_summaries_v1_rag_indexes_summary_get",
        method="GET",
        path="/v1/rag/indexes/summary",
        namespace="beta.rag",
        retry_safe=True,
        response=lambda: list[models.GetSearchIndexSummaryResponseIndex],
    )
)
_SEARCH_INDEXES_UNREGISTER: Operation[Any] = Operation(
    operation_id="unregister_search_index_v1_rag_indexes_index__index_id__delete",
    method="DELETE",
    path="/v1/rag/indexes/index/{index_id}",
    namespace="beta.rag",
    retry_safe=True,
    response=Any,
)
_SEARCH_INDEXES_GET_INDEX_DETAIL: Operation[models.GetSearchIndexDetailResponseIndex] = Operation(
    operation_id="get_index_details_v1_rag_indexes_index__index_id__detail_get",
    method="GET",
    path="/v1/rag/indexes/index/{index_id}/detail",
    namespace="beta.rag",
    retry_safe=True,
    response=lambda: models.GetSearchIndexDetailResponseIndex,
)
_SEARCH_INDEXES_SET_INDEX_SUMMARY: Operation[Any] = Operation(
    operation_id="set_index_summary_v1_rag_indexes_index__index_id__summary_field_put",
    method="PUT",
    path="/v1/rag/indexes/index/{index_id}/summary_field",
    namespace="beta.rag",
    retry_safe=True,
    response=Any,
    body=lambda: models.UpdateIndexSummaryRequestSummary,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_SEARCH_INDEXES_UPDATE_INDEX_METRICS: Operation[Any] = Operation(
    operation_id="update_index_metrics_v1_rag_indexes_index__index_id__metrics_put",
    method="PUT",
    path="/v1/rag/indexes/index/{index_id}/metrics",
    namespace="beta.rag",
    retry_safe=True,
    response=Any,
    body=lambda: models.MetricsData,
    body_kind="json",
    body_fields=False,
    wire="mistralai.api.files._generated.wire",
)
_SEARCH_INDEXES_GET_INDEX_SCHEMA_DETAIL: Operation[
    models.GetSearchIndexSchemaDetailResponseSchemaModel
] = Operation(
    operation_id="get_index_schema_detail_v1_rag_indexes_index__index_id__schemas_schema__schema_id__detail_get",
    method="GET",
    path="/v1/rag/indexes/index/{index_id}/schemas/schema/{schema_id}/detail",
    namespace="beta.rag",
    retry_safe=True,
    response=lambda: models.GetSearchIndexSchemaDetailResponseSchemaModel,
)
_SEARCH_INDEXES_SET_SCHEMA_SUMMARY: Operation[Any] = Operation(
    operation_id="set_schema_summary_v1_rag_indexes_index__index_id__schemas_schema__schema_id__summary_field_put",
    method="PUT",
    path="/v1/rag/indexes/index/{index_id}/schemas/schema/{schema_id}/summary_field",
    namespace="beta.rag",
    retry_safe=True,
    response=Any,
    body=lambda: models.UpdateSchemaSummaryRequestSummary,
    body_kind="json",
    wire="mistralai.api.files._generated.wire",
)
_SEARCH_INDEXES_GET_INDEX_SCHEMA_FILE: Operation[
    models.GetSearchIndexSchemaSDFileResponseSDFile
] = Operation(
    operation_id="get_index_schema_file_v1_rag_indexes_index__index_id__schemas_schema__schema_id__file_get",
    method="GET",
    path="/v1/rag/indexes/index/{index_id}/schemas/schema/{schema_id}/file",
    namespace="beta.rag",
    retry_safe=True,
    response=lambda: models.GetSearchIndexSchemaSDFileResponseSDFile,
)
_SEARCH_INDEXES_DOCUMENTS_FETCH: Operation[list[models.VespaGetRetrievableResponseRetrievable]] = (
    Operation(
        operation_id="document_fetch_v1_rag_indexes_index__index_id__schemas_schema__schema_id__retrievables_get",
        method="GET",
        path="/v1/rag/indexes/index/{index_id}/schemas/schema/{schema_id}/retrievables",
        namespace="beta.rag",
        retry_safe=True,
        response=lambda: list[models.VespaGetRetrievableResponseRetrievable],
    )
)
_SEARCH_INDEXES_DOCUMENT_LOOKUP: Operation[models.VespaGetRetrievableResponseRetrievable] = (
    Operation(
        operation_id="document_lookup_v1_rag_indexes_index__index_id__schemas_schema__schema_id__retrievables_retrievable__document_id__get",
        method="GET",
        path="/v1/rag/indexes/index/{index_id}/schemas/schema/{schema_id}/retrievables/retrievable/{document_id}",
        namespace="beta.rag",
        retry_safe=True,
        response=lambda: models.VespaGetRetrievableResponseRetrievable,
    )
)
_FILES_UPLOAD: Operation[models.CreateFileResponse] = Operation(
    operation_id="files_api_routes_upload_file",
    method="POST",
    path="/v1/files",
    namespace="files",
    retry_safe=False,
    response=lambda: models.CreateFileResponse,
    body=lambda: models.FilesAPIRoutesUploadFileMultiPartBodyParams,
    body_kind="multipart",
    omit_none=frozenset({"visibility", "purpose"}),
)
_FILES_LIST: Operation[models.ListFilesResponse] = Operation(
    operation_id="files_api_routes_list_files",
    method="GET",
    path="/v1/files",
    namespace="files",
    retry_safe=True,
    response=lambda: models.ListFilesResponse,
    omit_none=frozenset({"page", "page_size", "include_total"}),
)
_FILES_LIST_PAGING = PagePaging(items="data", param="page", start=0, total="total")
_FILES_RETRIEVE: Operation[models.GetFileResponse] = Operation(
    operation_id="files_api_routes_retrieve_file",
    method="GET",
    path="/v1/files/{file_id}",
    namespace="files",
    retry_safe=True,
    response=lambda: models.GetFileResponse,
)
_FILES_DELETE: Operation[models.DeleteFileResponse] = Operation(
    operation_id="files_api_routes_delete_file",
    method="DELETE",
    path="/v1/files/{file_id}",
    namespace="files",
    retry_safe=True,
    response=lambda: models.DeleteFileResponse,
)
_FILES_DOWNLOAD: Operation[bytes] = Operation(
    operation_id="files_api_routes_download_file",
    method="GET",
    path="/v1/files/{file_id}/content",
    namespace="files",
    retry_safe=True,
    response=bytes,
    accept="application/octet-stream",
)
_FILES_GET_SIGNED_URL: Operation[models.GetSignedURLResponse] = Operation(
    operation_id="files_api_routes_get_signed_url",
    method="GET",
    path="/v1/files/{file_id}/url",
    namespace="files",
    retry_safe=True,
    response=lambda: models.GetSignedURLResponse,
    omit_none=frozenset({"expiry"}),
)


class Libraries(Resource):
    """Operations of ``beta.libraries``."""

    __slots__ = (
        "_ns_accesses",
        "_ns_documents",
    )
    _ns_accesses: Accesses
    _ns_documents: Documents

    @property
    def accesses(self) -> Accesses:
        """Operations of ``beta.libraries.accesses``."""
        try:
            return self._ns_accesses
        except AttributeError:
            self._ns_accesses = Accesses(self._client)
            return self._ns_accesses

    @property
    def documents(self) -> Documents:
        """Operations of ``beta.libraries.documents``."""
        try:
            return self._ns_documents
        except AttributeError:
            self._ns_documents = Documents(self._client)
            return self._ns_documents

    @property
    def with_raw_response(self) -> LibrariesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return LibrariesWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | None = 100,
        page_token: OptionalNullable[str] = UNSET,
        page: int | None = 0,
        search: OptionalNullable[str] = UNSET,
        filter_owned_by_me: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListLibrariesResponse:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page_token: Continuation token from a previous response's next_page_token. Preferred over `page`.
        :param page: Deprecated: use page_token. Offset paging re-scans earlier pages and is being phased out.
        :param search: Case-insensitive search on the library name.
        :param filter_owned_by_me: Deprecated: this parameter will be removed in a future version.
        """
        return paginate(
            self._client,
            _LIBRARIES_LIST,
            _LIBRARIES_LIST_PAGING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "page": page,
                "search": search,
                "filter_owned_by_me": filter_owned_by_me,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = 100,
        page_token: OptionalNullable[str] = UNSET,
        page: int | None = 0,
        search: OptionalNullable[str] = UNSET,
        filter_owned_by_me: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListLibrariesResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _LIBRARIES_LIST,
            _LIBRARIES_LIST_PAGING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "page": page,
                "search": search,
                "filter_owned_by_me": filter_owned_by_me,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        name: str,
        description: OptionalNullable[str] = UNSET,
        chunk_size: OptionalNullable[int] = UNSET,
        owner_type: OptionalNullable[models.OwnerType] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the possibility to share it with others. When first created this will only be accessible by you.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param description:
        :param chunk_size: The size of the chunks (in characters) to split document text into. Must be between 256 and 32768.
        :param owner_type: Determines who owns the created library. 'User' creates a private library accessible only to its owner. 'Workspace' creates a library shared with the workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the 'Private and shared connectors' connector access scope can create private, user-owned libraries.
        """
        return self._client.request(
            _LIBRARIES_CREATE,
            body={
                "name": name,
                "description": description,
                "chunk_size": chunk_size,
                "owner_type": owner_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: OptionalNullable[str] = UNSET,
        chunk_size: OptionalNullable[int] = UNSET,
        owner_type: OptionalNullable[models.OwnerType] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _LIBRARIES_CREATE,
            body={
                "name": name,
                "description": description,
                "chunk_size": chunk_size,
                "owner_type": owner_type,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        library_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        """
        return self._client.request(
            _LIBRARIES_GET,
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        library_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _LIBRARIES_GET,
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        library_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to that library. Warning: the response will change from 200 (returning the deleted library) to 204 No Content in a future version.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        """
        return self._client.request(
            _LIBRARIES_DELETE,
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        library_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _LIBRARIES_DELETE,
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        library_id: str,
        name: str | None = None,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Update a library.

        Given a library id, you can update the name and description.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param name:
        :param description:
        """
        return self._client.request(
            _LIBRARIES_UPDATE,
            path={"library_id": library_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        library_id: str,
        name: str | None = None,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _LIBRARIES_UPDATE,
            path={"library_id": library_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def libraries_update_v1(
        self,
        *,
        library_id: str,
        name: str | None = None,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Update a library.

        Given a library id, you can update the name and description.

        .. deprecated:: the API marks this operation as deprecated.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param name:
        :param description:
        """
        return self._client.request(
            _LIBRARIES_LIBRARIES_UPDATE_V1,
            path={"library_id": library_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def libraries_update_v1_async(
        self,
        *,
        library_id: str,
        name: str | None = None,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Library:
        """Async twin of :meth:`libraries_update_v1`."""
        return await self._client.request_async(
            _LIBRARIES_LIBRARIES_UPDATE_V1,
            path={"library_id": library_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Accesses(Resource):
    """Operations of ``beta.libraries.accesses``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AccessesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return AccessesWithRawResponse(self)

    def list(
        self,
        *,
        library_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListSharingResponse:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        """
        return self._client.request(
            _ACCESSES_LIST,
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        library_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListSharingResponse:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _ACCESSES_LIST,
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_or_create(
        self,
        *,
        library_id: str,
        level: models.ShareEnum,
        share_with_uuid: str,
        share_with_type: models.EntityType,
        org_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Sharing:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to be owner of the library to share a library. An owner cannot change their own role. A library cannot be shared outside of the organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param level:
        :param share_with_uuid: The id of the entity (user, workspace or organization) to share with
        :param share_with_type:
        :param org_id:
        """
        return self._client.request(
            _ACCESSES_UPDATE_OR_CREATE,
            path={"library_id": library_id},
            body={
                "level": level,
                "share_with_uuid": share_with_uuid,
                "share_with_type": share_with_type,
                "org_id": org_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_or_create_async(
        self,
        *,
        library_id: str,
        level: models.ShareEnum,
        share_with_uuid: str,
        share_with_type: models.EntityType,
        org_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Sharing:
        """Async twin of :meth:`update_or_create`."""
        return await self._client.request_async(
            _ACCESSES_UPDATE_OR_CREATE,
            path={"library_id": library_id},
            body={
                "level": level,
                "share_with_uuid": share_with_uuid,
                "share_with_type": share_with_type,
                "org_id": org_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        library_id: str,
        share_with_uuid: str,
        share_with_type: models.EntityType,
        org_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Sharing:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete their own access. You have to be the owner of the library to delete an access other than yours. Warning: the response will change from 200 (returning the deleted sharing) to 204 No Content in a future version.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param share_with_uuid: The id of the entity (user, workspace or organization) to share with
        :param share_with_type:
        :param org_id:
        """
        return self._client.request(
            _ACCESSES_DELETE,
            path={"library_id": library_id},
            body={
                "share_with_uuid": share_with_uuid,
                "share_with_type": share_with_type,
                "org_id": org_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        library_id: str,
        share_with_uuid: str,
        share_with_type: models.EntityType,
        org_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Sharing:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _ACCESSES_DELETE,
            path={"library_id": library_id},
            body={
                "share_with_uuid": share_with_uuid,
                "share_with_type": share_with_type,
                "org_id": org_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Documents(Resource):
    """Operations of ``beta.libraries.documents``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return DocumentsWithRawResponse(self)

    def list(
        self,
        *,
        library_id: str,
        search: OptionalNullable[str] = UNSET,
        page_size: int | None = 100,
        page: int | None = 0,
        filters_attributes: OptionalNullable[str] = UNSET,
        sort_by: str | None = "created_at",
        sort_order: str | None = "desc",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDocumentsResponse:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param search:
        :param page_size:
        :param page:
        :param filters_attributes: Deprecated: this parameter will be removed in a future version.
        :param sort_by:
        :param sort_order:
        """
        return paginate(
            self._client,
            _DOCUMENTS_LIST,
            _DOCUMENTS_LIST_PAGING,
            {
                "search": search,
                "page_size": page_size,
                "page": page,
                "filters_attributes": filters_attributes,
                "sort_by": sort_by,
                "sort_order": sort_order,
            },
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        library_id: str,
        search: OptionalNullable[str] = UNSET,
        page_size: int | None = 100,
        page: int | None = 0,
        filters_attributes: OptionalNullable[str] = UNSET,
        sort_by: str | None = "created_at",
        sort_order: str | None = "desc",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDocumentsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _DOCUMENTS_LIST,
            _DOCUMENTS_LIST_PAGING,
            {
                "search": search,
                "page_size": page_size,
                "page": page,
                "filters_attributes": filters_attributes,
                "sort_by": sort_by,
                "sort_order": sort_order,
            },
            path={"library_id": library_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def upload(
        self,
        *,
        library_id: str,
        file: FileInput,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it status will change it has been processed. The processing has to be completed in order be discoverable for the library search

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param file:
        """
        return self._client.request(
            _DOCUMENTS_UPLOAD,
            path={"library_id": library_id},
            body={"file": file},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def upload_async(
        self,
        *,
        library_id: str,
        file: FileInput,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Async twin of :meth:`upload`."""
        return await self._client.request_async(
            _DOCUMENTS_UPLOAD,
            path={"library_id": library_id},
            body={"file": file},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that document.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        """
        return self._client.request(
            _DOCUMENTS_GET,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _DOCUMENTS_GET,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | None = None,
        attributes: OptionalNullable[
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
        ] = UNSET,
        expires_at: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of that document.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        :param name:
        :param attributes:
        :param expires_at: If set, the document will be automatically deleted after this date.
        """
        return self._client.request(
            _DOCUMENTS_UPDATE,
            path={"library_id": library_id, "document_id": document_id},
            body={"name": name, "attributes": attributes, "expires_at": expires_at},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | None = None,
        attributes: OptionalNullable[
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
        ] = UNSET,
        expires_at: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _DOCUMENTS_UPDATE,
            path={"library_id": library_id, "document_id": document_id},
            body={"name": name, "attributes": attributes, "expires_at": expires_at},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def libraries_documents_update_v1(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | None = None,
        attributes: OptionalNullable[
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
        ] = UNSET,
        expires_at: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        .. deprecated:: the API marks this operation as deprecated.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        :param name:
        :param attributes:
        :param expires_at: If set, the document will be automatically deleted after this date.
        """
        return self._client.request(
            _DOCUMENTS_LIBRARIES_DOCUMENTS_UPDATE_V1,
            path={"library_id": library_id, "document_id": document_id},
            body={"name": name, "attributes": attributes, "expires_at": expires_at},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def libraries_documents_update_v1_async(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | None = None,
        attributes: OptionalNullable[
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
        ] = UNSET,
        expires_at: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Async twin of :meth:`libraries_documents_update_v1`."""
        return await self._client.request_async(
            _DOCUMENTS_LIBRARIES_DOCUMENTS_UPDATE_V1,
            path={"library_id": library_id, "document_id": document_id},
            body={"name": name, "attributes": attributes, "expires_at": expires_at},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will be deleted from the library and the search index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        """
        return self._client.request(
            _DOCUMENTS_DELETE,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _DOCUMENTS_DELETE,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def text_content(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: OptionalNullable[int] = UNSET,
        page_end: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DocumentTextContent:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of that document if it exists. For documents like pdf, docx and pptx the text content results from our processing using Mistral OCR.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        :param page_start:
        :param page_end:
        """
        return self._client.request(
            _DOCUMENTS_TEXT_CONTENT,
            path={"library_id": library_id, "document_id": document_id},
            query={"page_start": page_start, "page_end": page_end},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def text_content_async(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: OptionalNullable[int] = UNSET,
        page_end: OptionalNullable[int] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DocumentTextContent:
        """Async twin of :meth:`text_content`."""
        return await self._client.request_async(
            _DOCUMENTS_TEXT_CONTENT,
            path={"library_id": library_id, "document_id": document_id},
            query={"page_start": page_start, "page_end": page_end},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def status(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ProcessingStatus:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that document.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        """
        return self._client.request(
            _DOCUMENTS_STATUS,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def status_async(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ProcessingStatus:
        """Async twin of :meth:`status`."""
        return await self._client.request_async(
            _DOCUMENTS_STATUS,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_signed_url(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific document.The url will expire after 30 minutes and can be accessed by anyone with the link.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        """
        return self._client.request(
            _DOCUMENTS_GET_SIGNED_URL,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_signed_url_async(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Async twin of :meth:`get_signed_url`."""
        return await self._client.request_async(
            _DOCUMENTS_GET_SIGNED_URL,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def extracted_text_signed_url(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text extracted. For documents that are sent to the OCR this returns the result of the OCR queries.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        """
        return self._client.request(
            _DOCUMENTS_EXTRACTED_TEXT_SIGNED_URL,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def extracted_text_signed_url_async(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Async twin of :meth:`extracted_text_signed_url`."""
        return await self._client.request_async(
            _DOCUMENTS_EXTRACTED_TEXT_SIGNED_URL,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def reprocess(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be billed again.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param document_id:
        """
        return self._client.request(
            _DOCUMENTS_REPROCESS,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def reprocess_async(
        self,
        *,
        library_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`reprocess`."""
        return await self._client.request_async(
            _DOCUMENTS_REPROCESS,
            path={"library_id": library_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_signed_upload_url(
        self,
        *,
        library_id: str,
        extension: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RequestUploadURLResponse:
        """Get a signed URL for direct upload to blob storage.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param extension:
        """
        return self._client.request(
            _DOCUMENTS_GET_SIGNED_UPLOAD_URL,
            path={"library_id": library_id},
            query={"extension": extension},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_signed_upload_url_async(
        self,
        *,
        library_id: str,
        extension: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RequestUploadURLResponse:
        """Async twin of :meth:`get_signed_upload_url`."""
        return await self._client.request_async(
            _DOCUMENTS_GET_SIGNED_UPLOAD_URL,
            path={"library_id": library_id},
            query={"extension": extension},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def ingest_from_blob_storage(
        self,
        *,
        library_id: str,
        filename: str,
        signed_url: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Ingest a document from blob storage of the document library.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param library_id:
        :param filename:
        :param signed_url:
        """
        return self._client.request(
            _DOCUMENTS_INGEST_FROM_BLOB_STORAGE,
            path={"library_id": library_id},
            body={"filename": filename, "signed_url": signed_url},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def ingest_from_blob_storage_async(
        self,
        *,
        library_id: str,
        filename: str,
        signed_url: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Async twin of :meth:`ingest_from_blob_storage`."""
        return await self._client.request_async(
            _DOCUMENTS_INGEST_FROM_BLOB_STORAGE,
            path={"library_id": library_id},
            body={"filename": filename, "signed_url": signed_url},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Rag(Resource):
    """Operations of ``beta.rag``."""

    __slots__ = (
        "_ns_ingestion_pipeline_configurations",
        "_ns_search_indexes",
    )
    _ns_ingestion_pipeline_configurations: IngestionPipelineConfigurations
    _ns_search_indexes: SearchIndexes

    @property
    def ingestion_pipeline_configurations(self) -> IngestionPipelineConfigurations:
        """Operations of ``beta.rag.ingestion_pipeline_configurations``."""
        try:
            return self._ns_ingestion_pipeline_configurations
        except AttributeError:
            self._ns_ingestion_pipeline_configurations = IngestionPipelineConfigurations(
                self._client
            )
            return self._ns_ingestion_pipeline_configurations

    @property
    def search_indexes(self) -> SearchIndexes:
        """Operations of ``beta.rag.search_indexes``."""
        try:
            return self._ns_search_indexes
        except AttributeError:
            self._ns_search_indexes = SearchIndexes(self._client)
            return self._ns_search_indexes


class IngestionPipelineConfigurations(Resource):
    """Operations of ``beta.rag.ingestion_pipeline_configurations``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> IngestionPipelineConfigurationsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return IngestionPipelineConfigurationsWithRawResponse(self)

    def list(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations.

        For the current workspace, lists all of the registered ingestion pipeline configurations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _INGESTION_PIPELINE_CONFIGURATIONS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.IngestionPipelineConfiguration]:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _INGESTION_PIPELINE_CONFIGURATIONS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def register(
        self,
        *,
        name: str,
        pipeline_composition: OptionalNullable[Mapping[str, str]] = UNSET,
        target_indexes: OptionalNullable[
            Sequence[
                models.IngestionPipelineTargetIndexRef
                | models.IngestionPipelineTargetIndexRefTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.IngestionPipelineConfiguration:
        """Register Config.

        Register an ingestion configuration.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param pipeline_composition:
        :param target_indexes:
        """
        return self._client.request(
            _INGESTION_PIPELINE_CONFIGURATIONS_REGISTER,
            body={
                "name": name,
                "pipeline_composition": pipeline_composition,
                "target_indexes": target_indexes,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def register_async(
        self,
        *,
        name: str,
        pipeline_composition: OptionalNullable[Mapping[str, str]] = UNSET,
        target_indexes: OptionalNullable[
            Sequence[
                models.IngestionPipelineTargetIndexRef
                | models.IngestionPipelineTargetIndexRefTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.IngestionPipelineConfiguration:
        """Async twin of :meth:`register`."""
        return await self._client.request_async(
            _INGESTION_PIPELINE_CONFIGURATIONS_REGISTER,
            body={
                "name": name,
                "pipeline_composition": pipeline_composition,
                "target_indexes": target_indexes,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_run_info(
        self,
        *,
        id: str,
        execution_time: datetime,
        chunks_count: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.IngestionPipelineConfiguration:
        """Update Run Info.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param id:
        :param execution_time:
        :param chunks_count:
        """
        return self._client.request(
            _INGESTION_PIPELINE_CONFIGURATIONS_UPDATE_RUN_INFO,
            path={"id": id},
            body={"execution_time": execution_time, "chunks_count": chunks_count},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_run_info_async(
        self,
        *,
        id: str,
        execution_time: datetime,
        chunks_count: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.IngestionPipelineConfiguration:
        """Async twin of :meth:`update_run_info`."""
        return await self._client.request_async(
            _INGESTION_PIPELINE_CONFIGURATIONS_UPDATE_RUN_INFO,
            path={"id": id},
            body={"execution_time": execution_time, "chunks_count": chunks_count},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class SearchIndexes(Resource):
    """Operations of ``beta.rag.search_indexes``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SearchIndexesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return SearchIndexesWithRawResponse(self)

    def get_deployment_summaries(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetDeploymentSummariesResponse:
        """Get Deployment Summaries.

        Fetch all indexes available to a user

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _SEARCH_INDEXES_GET_DEPLOYMENT_SUMMARIES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_deployment_summaries_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetDeploymentSummariesResponse:
        """Async twin of :meth:`get_deployment_summaries`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_GET_DEPLOYMENT_SUMMARIES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def register_deployment(
        self,
        *,
        name: str,
        deployment: models.RegisterDeploymentRequestVespaDeployment
        | models.RegisterDeploymentRequestVespaDeploymentTypedDict,
        status: models.RegisterDeploymentRequestDeploymentStatus | None = "offline",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param deployment:
        :param status:
        """
        return self._client.request(
            _SEARCH_INDEXES_REGISTER_DEPLOYMENT,
            body={"name": name, "deployment": deployment, "status": status},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def register_deployment_async(
        self,
        *,
        name: str,
        deployment: models.RegisterDeploymentRequestVespaDeployment
        | models.RegisterDeploymentRequestVespaDeploymentTypedDict,
        status: models.RegisterDeploymentRequestDeploymentStatus | None = "offline",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RegisterSearchIndexResponseIndex:
        """Async twin of :meth:`register_deployment`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_REGISTER_DEPLOYMENT,
            body={"name": name, "deployment": deployment, "status": status},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unregister_deployment(
        self,
        *,
        deployment_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Unregister Deployment.

        Delete all information about a deployment

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param deployment_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_UNREGISTER_DEPLOYMENT,
            path={"deployment_id": deployment_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unregister_deployment_async(
        self,
        *,
        deployment_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`unregister_deployment`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_UNREGISTER_DEPLOYMENT,
            path={"deployment_id": deployment_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_deployment_metrics(
        self,
        *,
        deployment_id: str,
        request: models.UpdateMetricsRequestDeploymentMetricsOnline
        | models.UpdateMetricsRequestDeploymentMetricsOnlineTypedDict
        | models.UpdateMetricsRequestDeploymentMetricsOffline
        | models.UpdateMetricsRequestDeploymentMetricsOfflineTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Update Index Metrics.

        Update the metrics for a given index

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param deployment_id:
        :param request: The request body.
        """
        return self._client.request(
            _SEARCH_INDEXES_UPDATE_DEPLOYMENT_METRICS,
            path={"deployment_id": deployment_id},
            body=request,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_deployment_metrics_async(
        self,
        *,
        deployment_id: str,
        request: models.UpdateMetricsRequestDeploymentMetricsOnline
        | models.UpdateMetricsRequestDeploymentMetricsOnlineTypedDict
        | models.UpdateMetricsRequestDeploymentMetricsOffline
        | models.UpdateMetricsRequestDeploymentMetricsOfflineTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`update_deployment_metrics`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_UPDATE_DEPLOYMENT_METRICS,
            path={"deployment_id": deployment_id},
            body=request,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def register(
        self,
        *,
        name: str,
        index: models.RegisterSearchIndexRequestVespaIndex
        | models.RegisterSearchIndexRequestVespaIndexTypedDict,
        status: models.RegisterSearchIndexRequestIndexStatus | None = "offline",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param index:
        :param status:
        """
        return self._client.request(
            _SEARCH_INDEXES_REGISTER,
            body={"name": name, "index": index, "status": status},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def register_async(
        self,
        *,
        name: str,
        index: models.RegisterSearchIndexRequestVespaIndex
        | models.RegisterSearchIndexRequestVespaIndexTypedDict,
        status: models.RegisterSearchIndexRequestIndexStatus | None = "offline",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RegisterSearchIndexResponseIndex:
        """Async twin of :meth:`register`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_REGISTER,
            body={"name": name, "index": index, "status": status},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_index_summaries(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.GetSearchIndexSummaryResponseIndex]:
        """Get Index Summaries.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _SEARCH_INDEXES_GET_INDEX_SUMMARIES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_index_summaries_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.GetSearchIndexSummaryResponseIndex]:
        """Async twin of :meth:`get_index_summaries`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_GET_INDEX_SUMMARIES,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unregister(
        self,
        *,
        index_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Unregister Search Index.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_UNREGISTER,
            path={"index_id": index_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unregister_async(
        self,
        *,
        index_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`unregister`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_UNREGISTER,
            path={"index_id": index_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_index_detail(
        self,
        *,
        index_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSearchIndexDetailResponseIndex:
        """Get Index Details.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_GET_INDEX_DETAIL,
            path={"index_id": index_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_index_detail_async(
        self,
        *,
        index_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSearchIndexDetailResponseIndex:
        """Async twin of :meth:`get_index_detail`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_GET_INDEX_DETAIL,
            path={"index_id": index_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def set_index_summary(
        self,
        *,
        index_id: str,
        summary: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Set Index Summary.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param summary:
        """
        return self._client.request(
            _SEARCH_INDEXES_SET_INDEX_SUMMARY,
            path={"index_id": index_id},
            body={"summary": summary},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def set_index_summary_async(
        self,
        *,
        index_id: str,
        summary: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`set_index_summary`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_SET_INDEX_SUMMARY,
            path={"index_id": index_id},
            body={"summary": summary},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_index_metrics(
        self,
        *,
        index_id: str,
        request_body: models.MetricsData | models.MetricsDataTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Update Index Metrics.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param request_body: The request body.
        """
        return self._client.request(
            _SEARCH_INDEXES_UPDATE_INDEX_METRICS,
            path={"index_id": index_id},
            body=request_body,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_index_metrics_async(
        self,
        *,
        index_id: str,
        request_body: models.MetricsData | models.MetricsDataTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`update_index_metrics`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_UPDATE_INDEX_METRICS,
            path={"index_id": index_id},
            body=request_body,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_index_schema_detail(
        self,
        *,
        index_id: str,
        schema_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSearchIndexSchemaDetailResponseSchemaModel:
        """Get Index Schema Detail.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param schema_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_GET_INDEX_SCHEMA_DETAIL,
            path={"index_id": index_id, "schema_id": schema_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_index_schema_detail_async(
        self,
        *,
        index_id: str,
        schema_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSearchIndexSchemaDetailResponseSchemaModel:
        """Async twin of :meth:`get_index_schema_detail`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_GET_INDEX_SCHEMA_DETAIL,
            path={"index_id": index_id, "schema_id": schema_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def set_schema_summary(
        self,
        *,
        index_id: str,
        schema_id: str,
        summary: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Set Schema Summary.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param schema_id:
        :param summary:
        """
        return self._client.request(
            _SEARCH_INDEXES_SET_SCHEMA_SUMMARY,
            path={"index_id": index_id, "schema_id": schema_id},
            body={"summary": summary},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def set_schema_summary_async(
        self,
        *,
        index_id: str,
        schema_id: str,
        summary: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`set_schema_summary`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_SET_SCHEMA_SUMMARY,
            path={"index_id": index_id, "schema_id": schema_id},
            body={"summary": summary},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_index_schema_file(
        self,
        *,
        index_id: str,
        schema_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSearchIndexSchemaSDFileResponseSDFile:
        """Get Index Schema File.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param schema_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_GET_INDEX_SCHEMA_FILE,
            path={"index_id": index_id, "schema_id": schema_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_index_schema_file_async(
        self,
        *,
        index_id: str,
        schema_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSearchIndexSchemaSDFileResponseSDFile:
        """Async twin of :meth:`get_index_schema_file`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_GET_INDEX_SCHEMA_FILE,
            path={"index_id": index_id, "schema_id": schema_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def documents_fetch(
        self,
        *,
        index_id: str,
        schema_id: str,
        group_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.VespaGetRetrievableResponseRetrievable]:
        """Document Fetch.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param schema_id:
        :param group_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_DOCUMENTS_FETCH,
            path={"index_id": index_id, "schema_id": schema_id},
            query={"group_id": group_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def documents_fetch_async(
        self,
        *,
        index_id: str,
        schema_id: str,
        group_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.VespaGetRetrievableResponseRetrievable]:
        """Async twin of :meth:`documents_fetch`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_DOCUMENTS_FETCH,
            path={"index_id": index_id, "schema_id": schema_id},
            query={"group_id": group_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def document_lookup(
        self,
        *,
        index_id: str,
        schema_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VespaGetRetrievableResponseRetrievable:
        """Document Lookup.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param index_id:
        :param schema_id:
        :param document_id:
        """
        return self._client.request(
            _SEARCH_INDEXES_DOCUMENT_LOOKUP,
            path={"index_id": index_id, "schema_id": schema_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def document_lookup_async(
        self,
        *,
        index_id: str,
        schema_id: str,
        document_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.VespaGetRetrievableResponseRetrievable:
        """Async twin of :meth:`document_lookup`."""
        return await self._client.request_async(
            _SEARCH_INDEXES_DOCUMENT_LOOKUP,
            path={"index_id": index_id, "schema_id": schema_id, "document_id": document_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Files(Resource):
    """Operations of ``files``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return FilesWithRawResponse(self)

    def upload(
        self,
        *,
        file: UploadSource,
        expiry: OptionalNullable[int] = UNSET,
        visibility: models.FilesAPIRoutesUploadFileFileVisibility | None = "workspace",
        purpose: models.FilePurpose | None = None,
        progress: UploadProgress | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateFileResponse:
        """Upload File.

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only supports .jsonl files.

        Please contact us if you need to increase these storage limits.

        Raises ``UploadFileNotFoundError`` when ``file`` is a path that does not exist and ``RequestValidationError`` when it is not something that can be uploaded (nothing sent).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param file: a path (``str`` or path-like), ``bytes``, a binary file object (read from its current position), a ``File`` or its dict form (``file_name``, ``content``, ``content_type``). The content is streamed from disk, never read whole into memory. A stream that cannot seek back is not sent twice: when a retry would need it again, ``MistralError`` is raised instead.
        :param expiry:
        :param visibility:
        :param purpose:
        :param progress: ``progress(bytes_sent, total_bytes)`` called as the body is sent, ending with ``bytes_sent == total_bytes`` (a retried attempt starts again from 0).
        """
        return _upload.send(
            self._client,
            _FILES_UPLOAD,
            body={"file": file, "expiry": expiry, "visibility": visibility, "purpose": purpose},
            progress=progress,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def upload_async(
        self,
        *,
        file: UploadSource,
        expiry: OptionalNullable[int] = UNSET,
        visibility: models.FilesAPIRoutesUploadFileFileVisibility | None = "workspace",
        purpose: models.FilePurpose | None = None,
        progress: UploadProgress | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateFileResponse:
        """Async twin of :meth:`upload`."""
        return await _upload.send_async(
            self._client,
            _FILES_UPLOAD,
            body={"file": file, "expiry": expiry, "visibility": visibility, "purpose": purpose},
            progress=progress,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        include_total: bool | None = True,
        sample_type: OptionalNullable[Sequence[models.SampleType]] = UNSET,
        source: OptionalNullable[Sequence[models.Source]] = UNSET,
        search: OptionalNullable[str] = UNSET,
        purpose: OptionalNullable[models.FilePurpose] = UNSET,
        mimetypes: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListFilesResponse:
        """List Files.

        Returns a list of files that belong to the user's organization.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page:
        :param page_size:
        :param include_total:
        :param sample_type:
        :param source:
        :param search:
        :param purpose:
        :param mimetypes:
        """
        return paginate(
            self._client,
            _FILES_LIST,
            _FILES_LIST_PAGING,
            {
                "page": page,
                "page_size": page_size,
                "include_total": include_total,
                "sample_type": sample_type,
                "source": source,
                "search": search,
                "purpose": purpose,
                "mimetypes": mimetypes,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        include_total: bool | None = True,
        sample_type: OptionalNullable[Sequence[models.SampleType]] = UNSET,
        source: OptionalNullable[Sequence[models.Source]] = UNSET,
        search: OptionalNullable[str] = UNSET,
        purpose: OptionalNullable[models.FilePurpose] = UNSET,
        mimetypes: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListFilesResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _FILES_LIST,
            _FILES_LIST_PAGING,
            {
                "page": page,
                "page_size": page_size,
                "include_total": include_total,
                "sample_type": sample_type,
                "source": source,
                "search": search,
                "purpose": purpose,
                "mimetypes": mimetypes,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def retrieve(
        self,
        *,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetFileResponse:
        """Retrieve File.

        Returns information about a specific file.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param file_id:
        """
        return self._client.request(
            _FILES_RETRIEVE,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def retrieve_async(
        self,
        *,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetFileResponse:
        """Async twin of :meth:`retrieve`."""
        return await self._client.request_async(
            _FILES_RETRIEVE,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteFileResponse:
        """Delete File.

        Delete a file.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param file_id:
        """
        return self._client.request(
            _FILES_DELETE,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteFileResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _FILES_DELETE,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def download(
        self,
        *,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Download File.

        Download a file

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param file_id:
        """
        return self._client.request(
            _FILES_DOWNLOAD,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def download_async(
        self,
        *,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Async twin of :meth:`download`."""
        return await self._client.request_async(
            _FILES_DOWNLOAD,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_signed_url(
        self,
        *,
        file_id: str,
        expiry: int | None = 24,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSignedURLResponse:
        """Get Signed Url.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param file_id:
        :param expiry: Number of hours before the URL becomes invalid. Defaults to 24h. Must be between 1h and 168h.
        """
        return self._client.request(
            _FILES_GET_SIGNED_URL,
            path={"file_id": file_id},
            query={"expiry": expiry},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_signed_url_async(
        self,
        *,
        file_id: str,
        expiry: int | None = 24,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSignedURLResponse:
        """Async twin of :meth:`get_signed_url`."""
        return await self._client.request_async(
            _FILES_GET_SIGNED_URL,
            path={"file_id": file_id},
            query={"expiry": expiry},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class LibrariesWithRawResponse(RawResource):
    """``beta.libraries.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Libraries.list)
    list_async = raw_method(Libraries.list_async)
    create = raw_method(Libraries.create)
    create_async = raw_method(Libraries.create_async)
    get = raw_method(Libraries.get)
    get_async = raw_method(Libraries.get_async)
    delete = raw_method(Libraries.delete)
    delete_async = raw_method(Libraries.delete_async)
    update = raw_method(Libraries.update)
    update_async = raw_method(Libraries.update_async)
    libraries_update_v1 = raw_method(Libraries.libraries_update_v1)
    libraries_update_v1_async = raw_method(Libraries.libraries_update_v1_async)


class AccessesWithRawResponse(RawResource):
    """``beta.libraries.accesses.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Accesses.list)
    list_async = raw_method(Accesses.list_async)
    update_or_create = raw_method(Accesses.update_or_create)
    update_or_create_async = raw_method(Accesses.update_or_create_async)
    delete = raw_method(Accesses.delete)
    delete_async = raw_method(Accesses.delete_async)


class DocumentsWithRawResponse(RawResource):
    """``beta.libraries.documents.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Documents.list)
    list_async = raw_method(Documents.list_async)
    upload = raw_method(Documents.upload)
    upload_async = raw_method(Documents.upload_async)
    get = raw_method(Documents.get)
    get_async = raw_method(Documents.get_async)
    update = raw_method(Documents.update)
    update_async = raw_method(Documents.update_async)
    libraries_documents_update_v1 = raw_method(Documents.libraries_documents_update_v1)
    libraries_documents_update_v1_async = raw_method(Documents.libraries_documents_update_v1_async)
    delete = raw_method(Documents.delete)
    delete_async = raw_method(Documents.delete_async)
    text_content = raw_method(Documents.text_content)
    text_content_async = raw_method(Documents.text_content_async)
    status = raw_method(Documents.status)
    status_async = raw_method(Documents.status_async)
    get_signed_url = raw_method(Documents.get_signed_url)
    get_signed_url_async = raw_method(Documents.get_signed_url_async)
    extracted_text_signed_url = raw_method(Documents.extracted_text_signed_url)
    extracted_text_signed_url_async = raw_method(Documents.extracted_text_signed_url_async)
    reprocess = raw_method(Documents.reprocess)
    reprocess_async = raw_method(Documents.reprocess_async)
    get_signed_upload_url = raw_method(Documents.get_signed_upload_url)
    get_signed_upload_url_async = raw_method(Documents.get_signed_upload_url_async)
    ingest_from_blob_storage = raw_method(Documents.ingest_from_blob_storage)
    ingest_from_blob_storage_async = raw_method(Documents.ingest_from_blob_storage_async)


class IngestionPipelineConfigurationsWithRawResponse(RawResource):
    """``beta.rag.ingestion_pipeline_configurations.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(IngestionPipelineConfigurations.list)
    list_async = raw_method(IngestionPipelineConfigurations.list_async)
    register = raw_method(IngestionPipelineConfigurations.register)
    register_async = raw_method(IngestionPipelineConfigurations.register_async)
    update_run_info = raw_method(IngestionPipelineConfigurations.update_run_info)
    update_run_info_async = raw_method(IngestionPipelineConfigurations.update_run_info_async)


class SearchIndexesWithRawResponse(RawResource):
    """``beta.rag.search_indexes.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_deployment_summaries = raw_method(SearchIndexes.get_deployment_summaries)
    get_deployment_summaries_async = raw_method(SearchIndexes.get_deployment_summaries_async)
    register_deployment = raw_method(SearchIndexes.register_deployment)
    register_deployment_async = raw_method(SearchIndexes.register_deployment_async)
    unregister_deployment = raw_method(SearchIndexes.unregister_deployment)
    unregister_deployment_async = raw_method(SearchIndexes.unregister_deployment_async)
    update_deployment_metrics = raw_method(SearchIndexes.update_deployment_metrics)
    update_deployment_metrics_async = raw_method(SearchIndexes.update_deployment_metrics_async)
    register = raw_method(SearchIndexes.register)
    register_async = raw_method(SearchIndexes.register_async)
    get_index_summaries = raw_method(SearchIndexes.get_index_summaries)
    get_index_summaries_async = raw_method(SearchIndexes.get_index_summaries_async)
    unregister = raw_method(SearchIndexes.unregister)
    unregister_async = raw_method(SearchIndexes.unregister_async)
    get_index_detail = raw_method(SearchIndexes.get_index_detail)
    get_index_detail_async = raw_method(SearchIndexes.get_index_detail_async)
    set_index_summary = raw_method(SearchIndexes.set_index_summary)
    set_index_summary_async = raw_method(SearchIndexes.set_index_summary_async)
    update_index_metrics = raw_method(SearchIndexes.update_index_metrics)
    update_index_metrics_async = raw_method(SearchIndexes.update_index_metrics_async)
    get_index_schema_detail = raw_method(SearchIndexes.get_index_schema_detail)
    get_index_schema_detail_async = raw_method(SearchIndexes.get_index_schema_detail_async)
    set_schema_summary = raw_method(SearchIndexes.set_schema_summary)
    set_schema_summary_async = raw_method(SearchIndexes.set_schema_summary_async)
    get_index_schema_file = raw_method(SearchIndexes.get_index_schema_file)
    get_index_schema_file_async = raw_method(SearchIndexes.get_index_schema_file_async)
    documents_fetch = raw_method(SearchIndexes.documents_fetch)
    documents_fetch_async = raw_method(SearchIndexes.documents_fetch_async)
    document_lookup = raw_method(SearchIndexes.document_lookup)
    document_lookup_async = raw_method(SearchIndexes.document_lookup_async)


class FilesWithRawResponse(RawResource):
    """``files.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    upload = raw_method(Files.upload)
    upload_async = raw_method(Files.upload_async)
    list = raw_method(Files.list)
    list_async = raw_method(Files.list_async)
    retrieve = raw_method(Files.retrieve)
    retrieve_async = raw_method(Files.retrieve_async)
    delete = raw_method(Files.delete)
    delete_async = raw_method(Files.delete_async)
    download = raw_method(Files.download)
    download_async = raw_method(Files.download_async)
    get_signed_url = raw_method(Files.get_signed_url)
    get_signed_url_async = raw_method(Files.get_signed_url_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "libraries_list_v1": _LIBRARIES_LIST,
    "libraries_create_v1": _LIBRARIES_CREATE,
    "libraries_get_v1": _LIBRARIES_GET,
    "libraries_delete_v1": _LIBRARIES_DELETE,
    "libraries_patch_v1": _LIBRARIES_UPDATE,
    "libraries_update_v1": _LIBRARIES_LIBRARIES_UPDATE_V1,
    "libraries_share_list_v1": _ACCESSES_LIST,
    "libraries_share_create_v1": _ACCESSES_UPDATE_OR_CREATE,
    "libraries_share_delete_v1": _ACCESSES_DELETE,
    "libraries_documents_list_v1": _DOCUMENTS_LIST,
    "libraries_documents_upload_v1": _DOCUMENTS_UPLOAD,
    "libraries_documents_get_v1": _DOCUMENTS_GET,
    "libraries_documents_patch_v1": _DOCUMENTS_UPDATE,
    "libraries_documents_update_v1": _DOCUMENTS_LIBRARIES_DOCUMENTS_UPDATE_V1,
    "libraries_documents_delete_v1": _DOCUMENTS_DELETE,
    "libraries_documents_get_text_content_v1": _DOCUMENTS_TEXT_CONTENT,
    "libraries_documents_get_status_v1": _DOCUMENTS_STATUS,
    "libraries_documents_get_signed_url_v1": _DOCUMENTS_GET_SIGNED_URL,
    "libraries_documents_get_extracted_text_signed_url_v1": _DOCUMENTS_EXTRACTED_TEXT_SIGNED_URL,
    "libraries_documents_reprocess_v1": _DOCUMENTS_REPROCESS,
    "libraries_documents_get_signed_upload_url_v1": _DOCUMENTS_GET_SIGNED_UPLOAD_URL,
    "libraries_documents_ingest_from_blob_storage_v1": _DOCUMENTS_INGEST_FROM_BLOB_STORAGE,
    "get_configs_v1_rag_ingestion_pipeline_configurations_get": _INGESTION_PIPELINE_CONFIGURATIONS_LIST,
    "register_config_v1_rag_ingestion_pipeline_configurations_put": _INGESTION_PIPELINE_CONFIGURATIONS_REGISTER,
    "update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put": _INGESTION_PIPELINE_CONFIGURATIONS_UPDATE_RUN_INFO,
    "get_deployment_summaries_v1_rag_deployments_get": _SEARCH_INDEXES_GET_DEPLOYMENT_SUMMARIES,
    "register_deployment_v1_rag_deployments_put": _SEARCH_INDEXES_REGISTER_DEPLOYMENT,
    "unregister_deployment_v1_rag_deployments__deployment_id__delete": _SEARCH_INDEXES_UNREGISTER_DEPLOYMENT,
    "update_index_metrics_v1_rag_deployments__deployment_id__metrics_put": _SEARCH_INDEXES_UPDATE_DEPLOYMENT_METRICS,
    "register_search_index_v1_rag_indexes_put": _SEARCH_INDEXES_REGISTER,
    "get_index_summaries_v1_rag_indexes_summary_get": _SEARCH_INDEXES_GET_INDEX_SUMMARIES,
    "unregister_search_index_v1_rag_indexes_index__index_id__delete": _SEARCH_INDEXES_UNREGISTER,
    "get_index_details_v1_rag_indexes_index__index_id__detail_get": _SEARCH_INDEXES_GET_INDEX_DETAIL,
    "set_index_summary_v1_rag_indexes_index__index_id__summary_field_put": _SEARCH_INDEXES_SET_INDEX_SUMMARY,
    "update_index_metrics_v1_rag_indexes_index__index_id__metrics_put": _SEARCH_INDEXES_UPDATE_INDEX_METRICS,
    "get_index_schema_detail_v1_rag_indexes_index__index_id__schemas_schema__schema_id__detail_get": _SEARCH_INDEXES_GET_INDEX_SCHEMA_DETAIL,
    "set_schema_summary_v1_rag_indexes_index__index_id__schemas_schema__schema_id__summary_field_put": _SEARCH_INDEXES_SET_SCHEMA_SUMMARY,
    "get_index_schema_file_v1_rag_indexes_index__index_id__schemas_schema__schema_id__file_get": _SEARCH_INDEXES_GET_INDEX_SCHEMA_FILE,
    "document_fetch_v1_rag_indexes_index__index_id__schemas_schema__schema_id__retrievables_get": _SEARCH_INDEXES_DOCUMENTS_FETCH,
    "document_lookup_v1_rag_indexes_index__index_id__schemas_schema__schema_id__retrievables_retrievable__document_id__get": _SEARCH_INDEXES_DOCUMENT_LOOKUP,
    "files_api_routes_upload_file": _FILES_UPLOAD,
    "files_api_routes_list_files": _FILES_LIST,
    "files_api_routes_retrieve_file": _FILES_RETRIEVE,
    "files_api_routes_delete_file": _FILES_DELETE,
    "files_api_routes_download_file": _FILES_DOWNLOAD,
    "files_api_routes_get_signed_url": _FILES_GET_SIGNED_URL,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
