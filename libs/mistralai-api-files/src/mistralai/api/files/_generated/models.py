# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.files._generated._models.create_ingestion_pipeline_configuration_request import (
        CreateIngestionPipelineConfigurationRequest,
        IngestionPipelineTargetIndexRef,
    )
    from mistralai.api.files._generated._models.create_library_request import (
        CreateLibraryRequest,
        OwnerType,
    )
    from mistralai.api.files._generated._models.document import Document
    from mistralai.api.files._generated._models.document_text_content import DocumentTextContent
    from mistralai.api.files._generated._models.document_upload2 import DocumentUpload2
    from mistralai.api.files._generated._models.entity_type import EntityType
    from mistralai.api.files._generated._models.get_deployment_summaries_response import (
        GetDeploymentSummariesResponse,
        GetDeploymentSummariesResponseDeployment,
        GetDeploymentSummariesResponseDeploymentStatus,
        GetDeploymentSummariesResponseVespaDeployment,
        GetDeploymentSummariesResponseVespaIndex,
    )
    from mistralai.api.files._generated._models.get_file_response import GetFileResponse
    from mistralai.api.files._generated._models.get_search_index_detail_response_index import (
        GetSearchIndexDetailResponseIndex,
        GetSearchIndexDetailResponseIndexStatus,
        GetSearchIndexDetailResponseSchemaModel,
    )
    from mistralai.api.files._generated._models.get_search_index_schema_detail_response_schema_model import (
        GetSearchIndexSchemaDetailResponseField,
        GetSearchIndexSchemaDetailResponseFieldIndexType,
        GetSearchIndexSchemaDetailResponseFieldStorage,
        GetSearchIndexSchemaDetailResponseFieldType,
        GetSearchIndexSchemaDetailResponseSchemaModel,
    )
    from mistralai.api.files._generated._models.get_search_index_schema_sd_file_response_sd_file import (
        GetSearchIndexSchemaSDFileResponseSDFile,
    )
    from mistralai.api.files._generated._models.get_search_index_summary_response_index import (
        GetSearchIndexSummaryResponseIndex,
        GetSearchIndexSummaryResponseIndexStatus,
        GetSearchIndexSummaryResponseVespaIndex,
        GetSearchIndexSummaryResponseVespaSchemaModel,
    )
    from mistralai.api.files._generated._models.get_signed_url_response import (
        GetSignedURLResponse,
        GetSignedUrlResponse,
    )
    from mistralai.api.files._generated._models.ingest_from_blob_storage_request import (
        IngestFromBlobStorageRequest,
    )
    from mistralai.api.files._generated._models.ingestion_pipeline_configuration import (
        IngestionPipelineConfiguration,
    )
    from mistralai.api.files._generated._models.library import Library
    from mistralai.api.files._generated._models.list_documents_response import ListDocumentsResponse
    from mistralai.api.files._generated._models.list_files_response import (
        FileSchema,
        ListFilesResponse,
    )
    from mistralai.api.files._generated._models.list_libraries_response import ListLibrariesResponse
    from mistralai.api.files._generated._models.list_sharing_response import ListSharingResponse
    from mistralai.api.files._generated._models.metrics_data import (
        MetricsData,
        UpdateIndexMetricsRequestIndexMetricsOffline,
        UpdateIndexMetricsRequestIndexMetricsOnline,
        UpdateIndexMetricsRequestSchemaMetrics,
    )
    from mistralai.api.files._generated._models.pagination_info import PaginationInfo
    from mistralai.api.files._generated._models.process_status import ProcessStatus
    from mistralai.api.files._generated._models.processing_status import ProcessingStatus
    from mistralai.api.files._generated._models.register_deployment_request_deployment import (
        RegisterDeploymentRequestDeployment,
        RegisterDeploymentRequestDeploymentStatus,
        RegisterDeploymentRequestVespaDeployment,
        RegisterDeploymentRequestVespaField,
        RegisterDeploymentRequestVespaIndex,
        SchemaFieldDataType,
        SchemaFieldIndex,
        SchemaFieldRankingType,
        SchemaFieldStorage,
    )
    from mistralai.api.files._generated._models.register_search_index_request_index import (
        RegisterSearchIndexRequestIndex,
        RegisterSearchIndexRequestIndexStatus,
        RegisterSearchIndexRequestVespaIndex,
        RegisterSearchIndexRequestVespaSchemaField,
        RegisterSearchIndexRequestVespaSchemaFieldIndexType,
        RegisterSearchIndexRequestVespaSchemaFieldRanking,
        RegisterSearchIndexRequestVespaSchemaFieldStorage,
        RegisterSearchIndexRequestVespaSchemaFieldType,
        RegisterSearchIndexRequestVespaSchemaModel,
    )
    from mistralai.api.files._generated._models.register_search_index_response_index import (
        RegisterSearchIndexResponseIndex,
    )
    from mistralai.api.files._generated._models.request_upload_url_response import (
        RequestUploadURLResponse,
    )
    from mistralai.api.files._generated._models.sharing import Sharing
    from mistralai.api.files._generated._models.sharing_delete import SharingDelete
    from mistralai.api.files._generated._models.sharing_request import ShareEnum, SharingRequest
    from mistralai.api.files._generated._models.update_document_request import UpdateDocumentRequest
    from mistralai.api.files._generated._models.update_index_summary_request_summary import (
        UpdateIndexSummaryRequestSummary,
    )
    from mistralai.api.files._generated._models.update_library_request import UpdateLibraryRequest
    from mistralai.api.files._generated._models.update_metrics_request_deployment_metrics_offline import (
        UpdateMetricsRequestDeploymentMetricsOffline,
        UpdateMetricsRequestDeploymentMetricsOnline,
        UpdateMetricsRequestIndexMetrics,
    )
    from mistralai.api.files._generated._models.update_run_info import UpdateRunInfo
    from mistralai.api.files._generated._models.update_schema_summary_request_summary import (
        UpdateSchemaSummaryRequestSummary,
    )
    from mistralai.api.files._generated._models.vespa_get_retrievable_response_retrievable import (
        VespaGetRetrievableResponseRetrievable,
    )
    from mistralai.api.files._generated._typed_dicts import (
        CreateIngestionPipelineConfigurationRequestTypedDict,
        CreateLibraryRequestTypedDict,
        DocumentUpload2TypedDict,
        IngestFromBlobStorageRequestTypedDict,
        IngestionPipelineTargetIndexRefTypedDict,
        MetricsDataTypedDict,
        RegisterDeploymentRequestDeploymentTypedDict,
        RegisterDeploymentRequestVespaDeploymentTypedDict,
        RegisterDeploymentRequestVespaFieldTypedDict,
        RegisterDeploymentRequestVespaIndexTypedDict,
        RegisterSearchIndexRequestIndexTypedDict,
        RegisterSearchIndexRequestVespaIndexTypedDict,
        RegisterSearchIndexRequestVespaSchemaFieldTypedDict,
        RegisterSearchIndexRequestVespaSchemaModelTypedDict,
        SharingDeleteTypedDict,
        SharingRequestTypedDict,
        UpdateDocumentRequestTypedDict,
        UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict,
        UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict,
        UpdateIndexMetricsRequestSchemaMetricsTypedDict,
        UpdateIndexSummaryRequestSummaryTypedDict,
        UpdateLibraryRequestTypedDict,
        UpdateMetricsRequestDeploymentMetricsOfflineTypedDict,
        UpdateMetricsRequestDeploymentMetricsOnlineTypedDict,
        UpdateMetricsRequestIndexMetricsTypedDict,
        UpdateRunInfoTypedDict,
        UpdateSchemaSummaryRequestSummaryTypedDict,
    )
    from mistralai.core.models import (
        CreateFileResponse,
        DeleteFileResponse,
        FilePurpose,
        FilesAPIRoutesUploadFileFileVisibility,
        FilesAPIRoutesUploadFileMultiPartBodyParams,
        FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict,
        FileVisibility,
        HTTPValidationError,
        SampleType,
        Source,
        ValidationError,
    )

__all__ = [
    "CreateFileResponse",
    "CreateIngestionPipelineConfigurationRequest",
    "CreateIngestionPipelineConfigurationRequestTypedDict",
    "CreateLibraryRequest",
    "CreateLibraryRequestTypedDict",
    "DeleteFileResponse",
    "Document",
    "DocumentTextContent",
    "DocumentUpload2",
    "DocumentUpload2TypedDict",
    "EntityType",
    "FilePurpose",
    "FileSchema",
    "FileVisibility",
    "FilesAPIRoutesUploadFileFileVisibility",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "GetDeploymentSummariesResponse",
    "GetDeploymentSummariesResponseDeployment",
    "GetDeploymentSummariesResponseDeploymentStatus",
    "GetDeploymentSummariesResponseVespaDeployment",
    "GetDeploymentSummariesResponseVespaIndex",
    "GetFileResponse",
    "GetSearchIndexDetailResponseIndex",
    "GetSearchIndexDetailResponseIndexStatus",
    "GetSearchIndexDetailResponseSchemaModel",
    "GetSearchIndexSchemaDetailResponseField",
    "GetSearchIndexSchemaDetailResponseFieldIndexType",
    "GetSearchIndexSchemaDetailResponseFieldStorage",
    "GetSearchIndexSchemaDetailResponseFieldType",
    "GetSearchIndexSchemaDetailResponseSchemaModel",
    "GetSearchIndexSchemaSDFileResponseSDFile",
    "GetSearchIndexSummaryResponseIndex",
    "GetSearchIndexSummaryResponseIndexStatus",
    "GetSearchIndexSummaryResponseVespaIndex",
    "GetSearchIndexSummaryResponseVespaSchemaModel",
    "GetSignedURLResponse",
    "GetSignedUrlResponse",
    "HTTPValidationError",
    "IngestFromBlobStorageRequest",
    "IngestFromBlobStorageRequestTypedDict",
    "IngestionPipelineConfiguration",
    "IngestionPipelineTargetIndexRef",
    "IngestionPipelineTargetIndexRefTypedDict",
    "Library",
    "ListDocumentsResponse",
    "ListFilesResponse",
    "ListLibrariesResponse",
    "ListSharingResponse",
    "MetricsData",
    "MetricsDataTypedDict",
    "OwnerType",
    "PaginationInfo",
    "ProcessStatus",
    "ProcessingStatus",
    "RegisterDeploymentRequestDeployment",
    "RegisterDeploymentRequestDeploymentStatus",
    "RegisterDeploymentRequestDeploymentTypedDict",
    "RegisterDeploymentRequestVespaDeployment",
    "RegisterDeploymentRequestVespaDeploymentTypedDict",
    "RegisterDeploymentRequestVespaField",
    "RegisterDeploymentRequestVespaFieldTypedDict",
    "RegisterDeploymentRequestVespaIndex",
    "RegisterDeploymentRequestVespaIndexTypedDict",
    "RegisterSearchIndexRequestIndex",
    "RegisterSearchIndexRequestIndexStatus",
    "RegisterSearchIndexRequestIndexTypedDict",
    "RegisterSearchIndexRequestVespaIndex",
    "RegisterSearchIndexRequestVespaIndexTypedDict",
    "RegisterSearchIndexRequestVespaSchemaField",
    "RegisterSearchIndexRequestVespaSchemaFieldIndexType",
    "RegisterSearchIndexRequestVespaSchemaFieldRanking",
    "RegisterSearchIndexRequestVespaSchemaFieldStorage",
    "RegisterSearchIndexRequestVespaSchemaFieldType",
    "RegisterSearchIndexRequestVespaSchemaFieldTypedDict",
    "RegisterSearchIndexRequestVespaSchemaModel",
    "RegisterSearchIndexRequestVespaSchemaModelTypedDict",
    "RegisterSearchIndexResponseIndex",
    "RequestUploadURLResponse",
    "SampleType",
    "SchemaFieldDataType",
    "SchemaFieldIndex",
    "SchemaFieldRankingType",
    "SchemaFieldStorage",
    "ShareEnum",
    "Sharing",
    "SharingDelete",
    "SharingDeleteTypedDict",
    "SharingRequest",
    "SharingRequestTypedDict",
    "Source",
    "UpdateDocumentRequest",
    "UpdateDocumentRequestTypedDict",
    "UpdateIndexMetricsRequestIndexMetricsOffline",
    "UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict",
    "UpdateIndexMetricsRequestIndexMetricsOnline",
    "UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict",
    "UpdateIndexMetricsRequestSchemaMetrics",
    "UpdateIndexMetricsRequestSchemaMetricsTypedDict",
    "UpdateIndexSummaryRequestSummary",
    "UpdateIndexSummaryRequestSummaryTypedDict",
    "UpdateLibraryRequest",
    "UpdateLibraryRequestTypedDict",
    "UpdateMetricsRequestDeploymentMetricsOffline",
    "UpdateMetricsRequestDeploymentMetricsOfflineTypedDict",
    "UpdateMetricsRequestDeploymentMetricsOnline",
    "UpdateMetricsRequestDeploymentMetricsOnlineTypedDict",
    "UpdateMetricsRequestIndexMetrics",
    "UpdateMetricsRequestIndexMetricsTypedDict",
    "UpdateRunInfo",
    "UpdateRunInfoTypedDict",
    "UpdateSchemaSummaryRequestSummary",
    "UpdateSchemaSummaryRequestSummaryTypedDict",
    "ValidationError",
    "VespaGetRetrievableResponseRetrievable",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.create_ingestion_pipeline_configuration_request": "CreateIngestionPipelineConfigurationRequest IngestionPipelineTargetIndexRef",
            "._models.create_library_request": "CreateLibraryRequest OwnerType",
            "._models.document": "Document",
            "._models.document_text_content": "DocumentTextContent",
            "._models.document_upload2": "DocumentUpload2",
            "._models.entity_type": "EntityType",
            "._models.get_deployment_summaries_response": (
                "GetDeploymentSummariesResponse GetDeploymentSummariesResponseDeployment "
                "GetDeploymentSummariesResponseDeploymentStatus "
                "GetDeploymentSummariesResponseVespaDeployment "
                "GetDeploymentSummariesResponseVespaIndex"
            ),
            "._models.get_file_response": "GetFileResponse",
            "._models.get_search_index_detail_response_index": (
                "GetSearchIndexDetailResponseIndex GetSearchIndexDetailResponseIndexStatus "
                "GetSearchIndexDetailResponseSchemaModel"
            ),
            "._models.get_search_index_schema_detail_response_schema_model": (
                "GetSearchIndexSchemaDetailResponseField "
                "GetSearchIndexSchemaDetailResponseFieldIndexType "
                "GetSearchIndexSchemaDetailResponseFieldStorage "
                "GetSearchIndexSchemaDetailResponseFieldType "
                "GetSearchIndexSchemaDetailResponseSchemaModel"
            ),
            "._models.get_search_index_schema_sd_file_response_sd_file": "GetSearchIndexSchemaSDFileResponseSDFile",
            "._models.get_search_index_summary_response_index": (
                "GetSearchIndexSummaryResponseIndex GetSearchIndexSummaryResponseIndexStatus "
                "GetSearchIndexSummaryResponseVespaIndex "
                "GetSearchIndexSummaryResponseVespaSchemaModel"
            ),
            "._models.get_signed_url_response": "GetSignedURLResponse GetSignedUrlResponse",
            "._models.ingest_from_blob_storage_request": "IngestFromBlobStorageRequest",
            "._models.ingestion_pipeline_configuration": "IngestionPipelineConfiguration",
            "._models.library": "Library",
            "._models.list_documents_response": "ListDocumentsResponse",
            "._models.list_files_response": "FileSchema ListFilesResponse",
            "._models.list_libraries_response": "ListLibrariesResponse",
            "._models.list_sharing_response": "ListSharingResponse",
            "._models.metrics_data": (
                "MetricsData UpdateIndexMetricsRequestIndexMetricsOffline "
                "UpdateIndexMetricsRequestIndexMetricsOnline "
                "UpdateIndexMetricsRequestSchemaMetrics"
            ),
            "._models.pagination_info": "PaginationInfo",
            "._models.process_status": "ProcessStatus",
            "._models.processing_status": "ProcessingStatus",
            "._models.register_deployment_request_deployment": (
                "RegisterDeploymentRequestDeployment RegisterDeploymentRequestDeploymentStatus "
                "RegisterDeploymentRequestVespaDeployment RegisterDeploymentRequestVespaField "
                "RegisterDeploymentRequestVespaIndex SchemaFieldDataType SchemaFieldIndex "
                "SchemaFieldRankingType SchemaFieldStorage"
            ),
            "._models.register_search_index_request_index": (
                "RegisterSearchIndexRequestIndex RegisterSearchIndexRequestIndexStatus "
                "RegisterSearchIndexRequestVespaIndex RegisterSearchIndexRequestVespaSchemaField "
                "RegisterSearchIndexRequestVespaSchemaFieldIndexType "
                "RegisterSearchIndexRequestVespaSchemaFieldRanking "
                "RegisterSearchIndexRequestVespaSchemaFieldStorage "
                "RegisterSearchIndexRequestVespaSchemaFieldType "
                "RegisterSearchIndexRequestVespaSchemaModel"
            ),
            "._models.register_search_index_response_index": "RegisterSearchIndexResponseIndex",
            "._models.request_upload_url_response": "RequestUploadURLResponse",
            "._models.sharing": "Sharing",
            "._models.sharing_delete": "SharingDelete",
            "._models.sharing_request": "ShareEnum SharingRequest",
            "._models.update_document_request": "UpdateDocumentRequest",
            "._models.update_index_summary_request_summary": "UpdateIndexSummaryRequestSummary",
            "._models.update_library_request": "UpdateLibraryRequest",
            "._models.update_metrics_request_deployment_metrics_offline": (
                "UpdateMetricsRequestDeploymentMetricsOffline "
                "UpdateMetricsRequestDeploymentMetricsOnline UpdateMetricsRequestIndexMetrics"
            ),
            "._models.update_run_info": "UpdateRunInfo",
            "._models.update_schema_summary_request_summary": "UpdateSchemaSummaryRequestSummary",
            "._models.vespa_get_retrievable_response_retrievable": "VespaGetRetrievableResponseRetrievable",
            "._typed_dicts": (
                "CreateIngestionPipelineConfigurationRequestTypedDict "
                "CreateLibraryRequestTypedDict DocumentUpload2TypedDict "
                "IngestFromBlobStorageRequestTypedDict IngestionPipelineTargetIndexRefTypedDict "
                "MetricsDataTypedDict RegisterDeploymentRequestDeploymentTypedDict "
                "RegisterDeploymentRequestVespaDeploymentTypedDict "
                "RegisterDeploymentRequestVespaFieldTypedDict "
                "RegisterDeploymentRequestVespaIndexTypedDict "
                "RegisterSearchIndexRequestIndexTypedDict "
                "RegisterSearchIndexRequestVespaIndexTypedDict "
                "RegisterSearchIndexRequestVespaSchemaFieldTypedDict "
                "RegisterSearchIndexRequestVespaSchemaModelTypedDict SharingDeleteTypedDict "
                "SharingRequestTypedDict UpdateDocumentRequestTypedDict "
                "UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict "
                "UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict "
                "UpdateIndexMetricsRequestSchemaMetricsTypedDict "
                "UpdateIndexSummaryRequestSummaryTypedDict UpdateLibraryRequestTypedDict "
                "UpdateMetricsRequestDeploymentMetricsOfflineTypedDict "
                "UpdateMetricsRequestDeploymentMetricsOnlineTypedDict "
                "UpdateMetricsRequestIndexMetricsTypedDict UpdateRunInfoTypedDict "
                "UpdateSchemaSummaryRequestSummaryTypedDict"
            ),
            "mistralai.core.models": (
                "CreateFileResponse DeleteFileResponse FilePurpose FileVisibility "
                "FilesAPIRoutesUploadFileFileVisibility "
                "FilesAPIRoutesUploadFileMultiPartBodyParams "
                "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict HTTPValidationError "
                "SampleType Source ValidationError"
            ),
        },
    )
