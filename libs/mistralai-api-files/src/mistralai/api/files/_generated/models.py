# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    Required,
    TypeAlias,
)

from pydantic import Field, Tag
from typing_extensions import TypedDict

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
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    File,
    FileInput,
    PagedModel,
    UnknownVariant,
    open_discriminator,
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


class FileSchema(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    size_bytes: int = Field(validation_alias="bytes", serialization_alias="bytes")
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`)."""
    sample_type: SampleType
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | None = None


class DocumentTextContent(BaseModel):
    __mistral_keep__ = frozenset()
    text: str


class PaginationInfo(BaseModel):
    __mistral_keep__ = frozenset()
    total_items: int
    total_pages: int
    current_page: int
    page_size: int
    has_more: bool


class SharingDelete(BaseModel):
    __mistral_keep__ = frozenset()
    org_id: str | None = None
    share_with_uuid: str
    """The id of the entity (user, workspace or organization) to share with"""
    share_with_type: EntityType


class CreateIngestionPipelineConfigurationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    pipeline_composition: dict[str, str] | None = None
    target_indexes: list[IngestionPipelineTargetIndexRef] | None = None


class GetDeploymentSummariesResponse(BaseModel):
    __mistral_keep__ = frozenset()
    deployments: list[GetDeploymentSummariesResponseDeployment]


class GetDeploymentSummariesResponseDeployment(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    creator_id: str
    document_count: int
    status: GetDeploymentSummariesResponseDeploymentStatus
    created_at: datetime
    modified_at: datetime
    deployment: GetDeploymentSummariesResponseVespaDeployment


class GetDeploymentSummariesResponseVespaDeployment(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "vespa"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["vespa"] = "vespa"
    indexes: list[GetDeploymentSummariesResponseVespaIndex]


class GetDeploymentSummariesResponseVespaIndex(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    document_count: int | None


class IngestionPipelineConfiguration(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    author_id: str
    name: str
    created_at: datetime
    modified_at: datetime
    last_run_time: datetime | None
    last_run_chunks_count: int
    total_chunks_count: int
    pipeline_composition: dict[str, str] | None


class RegisterDeploymentRequestDeployment(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    status: RegisterDeploymentRequestDeploymentStatus = "offline"
    deployment: RegisterDeploymentRequestVespaDeployment


class RegisterDeploymentRequestVespaDeployment(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "vespa"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["vespa"] = "vespa"
    vespa_version: str
    indexes: list[RegisterDeploymentRequestVespaIndex]
    query_url: str


class RegisterDeploymentRequestVespaField(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    type: SchemaFieldDataType
    storage: SchemaFieldStorage
    ranking: SchemaFieldRankingType
    index_type: SchemaFieldIndex | None
    multidimensional: bool


class RegisterDeploymentRequestVespaIndex(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    fields_: list[RegisterDeploymentRequestVespaField] = Field(
        validation_alias="fields", serialization_alias="fields"
    )
    sd: str


class RegisterSearchIndexResponseIndex(BaseModel):
    __mistral_keep__ = frozenset()
    id: str


class UpdateMetricsRequestDeploymentMetricsOffline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "offline"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["offline"] = "offline"
    clear_metrics: bool = False


class UpdateMetricsRequestDeploymentMetricsOnline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "online"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["online"] = "online"
    document_count: int
    index_metrics: list[UpdateMetricsRequestIndexMetrics]


class UpdateMetricsRequestIndexMetrics(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    document_count: int


class UpdateRunInfo(BaseModel):
    __mistral_keep__ = frozenset()
    execution_time: datetime
    chunks_count: int


class ListFilesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[FileSchema]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[FileSchema]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[FileSchema]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[FileSchema]
    object: str
    total: int | None = None


class GetFileResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The unique identifier of the file."""
    object: str
    """The object type, which is always "file"."""
    size_bytes: int = Field(validation_alias="bytes", serialization_alias="bytes")
    """The size of the file, in bytes."""
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""
    filename: str
    """The name of the uploaded file."""
    purpose: FilePurpose
    """The intended purpose of the uploaded file, currently supports fine-tuning (`fine-tune`), OCR (`ocr`), Audio/Transcription (`audio`) and batch inference (`batch`)."""
    sample_type: SampleType
    num_lines: int | None = None
    mimetype: str | None = None
    source: Source
    signature: str | None = None
    expires_at: int | None = None
    visibility: FileVisibility | None = None
    deleted: bool


class GetSignedURLResponse(BaseModel):
    __mistral_keep__ = frozenset()
    url: str


class Document(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    library_id: str
    hash: str | None
    mime_type: str | None
    extension: str | None
    size: int | None
    name: str
    summary: str | None = None
    created_at: datetime
    last_processed_at: datetime | None = None
    number_of_pages: int | None = None
    process_status: ProcessStatus
    """Processing status of the document."""
    uploaded_by_id: str | None
    uploaded_by_type: str
    tokens_processing_main_content: int | None = None
    tokens_processing_summary: int | None = None
    url: str | None = None
    attributes: dict[str, Any] | None = None
    expires_at: datetime | None = None
    """If set, the document will be automatically deleted after this date."""
    processing_status: str
    tokens_processing_total: int


class UpdateDocumentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"name"})
    name: str | None = None
    attributes: (
        dict[
            str,
            bool | str | int | float | datetime | list[str] | list[int] | list[float] | list[bool],
        ]
        | None
    ) = None
    expires_at: datetime | None = None
    """If set, the document will be automatically deleted after this date."""


class CreateLibraryRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str | None = None
    chunk_size: int | None = None
    """The size of the chunks (in characters) to split document text into. Must be between 256 and 32768."""
    owner_type: OwnerType | None = None
    """Determines who owns the created library. 'User' creates a private library accessible only to its owner. 'Workspace' creates a library shared with the workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the 'Private and shared connectors' connector access scope can create ..."""


class UpdateLibraryRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"name"})
    name: str | None = None
    description: str | None = None


class Library(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    created_at: datetime
    updated_at: datetime
    owner_id: str | None
    owner_type: str
    total_size: int
    nb_documents: int
    chunk_size: int | None
    emoji: str | None = None
    description: str | None = None
    generated_description: str | None = None
    explicit_user_members_count: int | None = None
    explicit_workspace_members_count: int | None = None
    org_sharing_role: str | None = None
    generated_name: str | None = None
    """Generated Name"""


class ListDocumentsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Document]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Document]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Document]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    pagination: PaginationInfo
    data: list[Document]


class ListLibrariesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Library]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Library]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Library]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    pagination: PaginationInfo | None = None
    """Deprecated: offset pagination metadata. Only populated for callers using the deprecated `page` parameter; omitted when `page_token` is used. While RBAC filtering is being rolled out `total_items` is a rough estimate (candidate count before per-library checks). Use `next_page_token` instead — this ..."""
    data: list[Library]
    next_page_token: str | None = None
    """Opaque continuation token for the next page. Pass it back as `page_token` to fetch the next page. Null when there are no more results. Prefer this over the deprecated offset `page` parameter."""


class ListSharingResponse(BaseModel):
    __mistral_keep__ = frozenset()
    data: list[Sharing]


class ProcessingStatus(BaseModel):
    __mistral_keep__ = frozenset()
    document_id: str
    process_status: ProcessStatus
    """Processing status of the document."""
    processing_status: str


class SharingRequest(BaseModel):
    __mistral_keep__ = frozenset()
    org_id: str | None = None
    level: ShareEnum
    share_with_uuid: str
    """The id of the entity (user, workspace or organization) to share with"""
    share_with_type: EntityType


class Sharing(BaseModel):
    __mistral_keep__ = frozenset()
    library_id: str
    user_id: str | None = None
    org_id: str
    role: str
    share_with_type: str
    share_with_uuid: str | None


class RequestUploadURLResponse(BaseModel):
    __mistral_keep__ = frozenset()
    signed_url: str


class IngestFromBlobStorageRequest(BaseModel):
    """Request body for ingesting a document from blob storage."""

    __mistral_keep__ = frozenset()
    filename: str
    signed_url: str


class GetSearchIndexSummaryResponseVespaSchemaModel(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    document_count: int | None


class GetSearchIndexSummaryResponseVespaIndex(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "vespa"}
    __mistral_keep__ = frozenset({"type"})
    k8s_cluster: str
    k8s_namespace: str
    vespa_instance_name: str
    schemas: list[GetSearchIndexSummaryResponseVespaSchemaModel]
    type: Literal["vespa"] = "vespa"


class GetSearchIndexSummaryResponseIndex(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    creator_id: str
    document_count: int
    status: GetSearchIndexSummaryResponseIndexStatus
    created_at: datetime
    modified_at: datetime
    index: GetSearchIndexSummaryResponseVespaIndex


class GetSearchIndexDetailResponseSchemaModel(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    id: str
    document_count: int | None
    last_modified: datetime
    latency_p95_s_threshold: float | None


class GetSearchIndexDetailResponseIndex(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    creator_id: str
    document_count: int
    status: GetSearchIndexDetailResponseIndexStatus
    created_at: datetime
    modified_at: datetime
    vespa_version: str | None
    summary: str | None
    schemas: list[GetSearchIndexDetailResponseSchemaModel]


class GetSearchIndexSchemaDetailResponseField(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    type: GetSearchIndexSchemaDetailResponseFieldType
    storage: GetSearchIndexSchemaDetailResponseFieldStorage
    index_type: GetSearchIndexSchemaDetailResponseFieldIndexType | None


class GetSearchIndexSchemaDetailResponseSchemaModel(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    summary: str | None
    embedding_dimensions: int | None
    fields_: list[GetSearchIndexSchemaDetailResponseField] = Field(
        validation_alias="fields", serialization_alias="fields"
    )


class GetSearchIndexSchemaSDFileResponseSDFile(BaseModel):
    __mistral_keep__ = frozenset()
    content: str | None


class VespaGetRetrievableResponseRetrievable(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    fields_: dict[str, Any] = Field(validation_alias="fields", serialization_alias="fields")


class UpdateIndexSummaryRequestSummary(BaseModel):
    __mistral_keep__ = frozenset()
    summary: str


class UpdateSchemaSummaryRequestSummary(BaseModel):
    __mistral_keep__ = frozenset()
    summary: str


class RegisterSearchIndexRequestVespaSchemaField(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    type: RegisterSearchIndexRequestVespaSchemaFieldType
    storage: RegisterSearchIndexRequestVespaSchemaFieldStorage
    ranking: RegisterSearchIndexRequestVespaSchemaFieldRanking
    index_type: RegisterSearchIndexRequestVespaSchemaFieldIndexType | None
    multidimensional: bool


class RegisterSearchIndexRequestVespaSchemaModel(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    fields_: list[RegisterSearchIndexRequestVespaSchemaField] = Field(
        validation_alias="fields", serialization_alias="fields"
    )
    sd: str


class RegisterSearchIndexRequestVespaIndex(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "vespa"}
    __mistral_keep__ = frozenset({"type"})
    k8s_cluster: str
    k8s_namespace: str
    vespa_instance_name: str
    vespa_version: str
    schemas: list[RegisterSearchIndexRequestVespaSchemaModel]
    query_url: str
    type: Literal["vespa"] = "vespa"


class RegisterSearchIndexRequestIndex(BaseModel):
    __mistral_keep__ = frozenset({"status"})
    name: str
    index: RegisterSearchIndexRequestVespaIndex
    status: RegisterSearchIndexRequestIndexStatus = "offline"


class UpdateIndexMetricsRequestSchemaMetrics(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    document_count: int


class UpdateIndexMetricsRequestIndexMetricsOnline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "online"}
    __mistral_keep__ = frozenset({"status"})
    document_count: int
    schema_metrics: list[UpdateIndexMetricsRequestSchemaMetrics]
    status: Literal["online"] = "online"


class UpdateIndexMetricsRequestIndexMetricsOffline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "offline"}
    __mistral_keep__ = frozenset({"status", "clear_metrics"})
    status: Literal["offline"] = "offline"
    clear_metrics: bool = False


class IngestionPipelineTargetIndexRef(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    type: Literal["vespa"] | None = "vespa"


class DocumentUpload2(BaseModel):
    __mistral_keep__ = frozenset()
    file: File


class SharingDeleteTypedDict(TypedDict):
    """Dict form of :class:`SharingDelete`."""

    org_id: NotRequired[str | None]
    share_with_uuid: Required[str]
    share_with_type: Required[EntityType]


class CreateIngestionPipelineConfigurationRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateIngestionPipelineConfigurationRequest`."""

    name: Required[str]
    pipeline_composition: NotRequired[Mapping[str, str] | None]
    target_indexes: NotRequired[Sequence[IngestionPipelineTargetIndexRefTypedDict] | None]


class RegisterDeploymentRequestDeploymentTypedDict(TypedDict):
    """Dict form of :class:`RegisterDeploymentRequestDeployment`."""

    name: Required[str]
    status: NotRequired[RegisterDeploymentRequestDeploymentStatus]
    deployment: Required[RegisterDeploymentRequestVespaDeploymentTypedDict]


class RegisterDeploymentRequestVespaDeploymentTypedDict(TypedDict):
    """Dict form of :class:`RegisterDeploymentRequestVespaDeployment`."""

    type: NotRequired[Literal["vespa"]]
    vespa_version: Required[str]
    indexes: Required[Sequence[RegisterDeploymentRequestVespaIndexTypedDict]]
    query_url: Required[str]


class RegisterDeploymentRequestVespaFieldTypedDict(TypedDict):
    """Dict form of :class:`RegisterDeploymentRequestVespaField`."""

    name: Required[str]
    type: Required[SchemaFieldDataType]
    storage: Required[SchemaFieldStorage]
    ranking: Required[SchemaFieldRankingType]
    index_type: Required[SchemaFieldIndex | None]
    multidimensional: Required[bool]


class RegisterDeploymentRequestVespaIndexTypedDict(TypedDict):
    """Dict form of :class:`RegisterDeploymentRequestVespaIndex`."""

    name: Required[str]
    fields_: Required[Sequence[RegisterDeploymentRequestVespaFieldTypedDict]]
    sd: Required[str]


class UpdateMetricsRequestDeploymentMetricsOfflineTypedDict(TypedDict):
    """Dict form of :class:`UpdateMetricsRequestDeploymentMetricsOffline`."""

    status: NotRequired[Literal["offline"]]
    clear_metrics: NotRequired[bool]


class UpdateMetricsRequestDeploymentMetricsOnlineTypedDict(TypedDict):
    """Dict form of :class:`UpdateMetricsRequestDeploymentMetricsOnline`."""

    status: NotRequired[Literal["online"]]
    document_count: Required[int]
    index_metrics: Required[Sequence[UpdateMetricsRequestIndexMetricsTypedDict]]


class UpdateMetricsRequestIndexMetricsTypedDict(TypedDict):
    """Dict form of :class:`UpdateMetricsRequestIndexMetrics`."""

    name: Required[str]
    document_count: Required[int]


class UpdateRunInfoTypedDict(TypedDict):
    """Dict form of :class:`UpdateRunInfo`."""

    execution_time: Required[datetime]
    chunks_count: Required[int]


class UpdateDocumentRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateDocumentRequest`."""

    name: NotRequired[str]
    attributes: NotRequired[
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
        | None
    ]
    expires_at: NotRequired[datetime | None]


class CreateLibraryRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateLibraryRequest`."""

    name: Required[str]
    description: NotRequired[str | None]
    chunk_size: NotRequired[int | None]
    owner_type: NotRequired[OwnerType | None]


class UpdateLibraryRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateLibraryRequest`."""

    name: NotRequired[str]
    description: NotRequired[str | None]


class SharingRequestTypedDict(TypedDict):
    """Dict form of :class:`SharingRequest`."""

    org_id: NotRequired[str | None]
    level: Required[ShareEnum]
    share_with_uuid: Required[str]
    share_with_type: Required[EntityType]


class IngestFromBlobStorageRequestTypedDict(TypedDict):
    """Dict form of :class:`IngestFromBlobStorageRequest`."""

    filename: Required[str]
    signed_url: Required[str]


class UpdateIndexSummaryRequestSummaryTypedDict(TypedDict):
    """Dict form of :class:`UpdateIndexSummaryRequestSummary`."""

    summary: Required[str]


class UpdateSchemaSummaryRequestSummaryTypedDict(TypedDict):
    """Dict form of :class:`UpdateSchemaSummaryRequestSummary`."""

    summary: Required[str]


class RegisterSearchIndexRequestVespaSchemaFieldTypedDict(TypedDict):
    """Dict form of :class:`RegisterSearchIndexRequestVespaSchemaField`."""

    name: Required[str]
    type: Required[RegisterSearchIndexRequestVespaSchemaFieldType]
    storage: Required[RegisterSearchIndexRequestVespaSchemaFieldStorage]
    ranking: Required[RegisterSearchIndexRequestVespaSchemaFieldRanking]
    index_type: Required[RegisterSearchIndexRequestVespaSchemaFieldIndexType | None]
    multidimensional: Required[bool]


class RegisterSearchIndexRequestVespaSchemaModelTypedDict(TypedDict):
    """Dict form of :class:`RegisterSearchIndexRequestVespaSchemaModel`."""

    name: Required[str]
    fields_: Required[Sequence[RegisterSearchIndexRequestVespaSchemaFieldTypedDict]]
    sd: Required[str]


class RegisterSearchIndexRequestVespaIndexTypedDict(TypedDict):
    """Dict form of :class:`RegisterSearchIndexRequestVespaIndex`."""

    k8s_cluster: Required[str]
    k8s_namespace: Required[str]
    vespa_instance_name: Required[str]
    vespa_version: Required[str]
    schemas: Required[Sequence[RegisterSearchIndexRequestVespaSchemaModelTypedDict]]
    query_url: Required[str]
    type: NotRequired[Literal["vespa"]]


class RegisterSearchIndexRequestIndexTypedDict(TypedDict):
    """Dict form of :class:`RegisterSearchIndexRequestIndex`."""

    name: Required[str]
    index: Required[RegisterSearchIndexRequestVespaIndexTypedDict]
    status: NotRequired[RegisterSearchIndexRequestIndexStatus]


class UpdateIndexMetricsRequestSchemaMetricsTypedDict(TypedDict):
    """Dict form of :class:`UpdateIndexMetricsRequestSchemaMetrics`."""

    name: Required[str]
    document_count: Required[int]


class UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict(TypedDict):
    """Dict form of :class:`UpdateIndexMetricsRequestIndexMetricsOnline`."""

    document_count: Required[int]
    schema_metrics: Required[Sequence[UpdateIndexMetricsRequestSchemaMetricsTypedDict]]
    status: NotRequired[Literal["online"]]


class UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict(TypedDict):
    """Dict form of :class:`UpdateIndexMetricsRequestIndexMetricsOffline`."""

    status: NotRequired[Literal["offline"]]
    clear_metrics: NotRequired[bool]


class IngestionPipelineTargetIndexRefTypedDict(TypedDict):
    """Dict form of :class:`IngestionPipelineTargetIndexRef`."""

    name: Required[str]
    type: NotRequired[Literal["vespa"] | None]


class DocumentUpload2TypedDict(TypedDict):
    """Dict form of :class:`DocumentUpload2`."""

    file: Required[FileInput]


ProcessStatus: TypeAlias = (
    Literal[
        "self_managed",
        "missing_content",
        "noop",
        "done",
        "todo",
        "in_progress",
        "error",
        "waiting_for_capacity",
    ]
    | str
)

ShareEnum: TypeAlias = Literal["Viewer", "Editor"] | str

EntityType: TypeAlias = Literal["User", "Workspace", "Org"] | str
"""The type of entity, used to share a library."""

GetDeploymentSummariesResponseDeploymentStatus: TypeAlias = Literal["online", "offline"] | str

RegisterDeploymentRequestDeploymentStatus: TypeAlias = Literal["online", "offline"] | str

SchemaFieldDataType: TypeAlias = (
    Literal["int", "bool", "string", "embedding", "long", "float"] | str
)

SchemaFieldIndex: TypeAlias = Literal["ann", "bm25", "attribute"] | str

SchemaFieldRankingType: TypeAlias = (
    Literal["count", "embedding", "timestamp", "text", "string", "bool", "int", "language"] | str
)

SchemaFieldStorage: TypeAlias = Literal["in_memory", "on_disk"] | str

OwnerType: TypeAlias = Literal["User", "Workspace"] | str

GetSearchIndexSummaryResponseIndexStatus: TypeAlias = Literal["online", "offline"] | str

GetSearchIndexDetailResponseIndexStatus: TypeAlias = Literal["online", "offline"] | str

GetSearchIndexSchemaDetailResponseFieldType: TypeAlias = (
    Literal["int", "bool", "string", "embedding", "long", "float"] | str
)

GetSearchIndexSchemaDetailResponseFieldStorage: TypeAlias = Literal["in_memory", "on_disk"] | str

GetSearchIndexSchemaDetailResponseFieldIndexType: TypeAlias = (
    Literal["ann", "bm25", "attribute"] | str
)

RegisterSearchIndexRequestVespaSchemaFieldType: TypeAlias = (
    Literal["int", "bool", "string", "embedding", "long", "float"] | str
)

RegisterSearchIndexRequestVespaSchemaFieldStorage: TypeAlias = Literal["in_memory", "on_disk"] | str

RegisterSearchIndexRequestVespaSchemaFieldRanking: TypeAlias = (
    Literal["count", "embedding", "timestamp", "text", "string", "bool", "int", "language"] | str
)

RegisterSearchIndexRequestVespaSchemaFieldIndexType: TypeAlias = (
    Literal["ann", "bm25", "attribute"] | str
)

RegisterSearchIndexRequestIndexStatus: TypeAlias = Literal["online", "offline"] | str

MetricsData: TypeAlias = Annotated[
    Annotated[UpdateIndexMetricsRequestIndexMetricsOnline, Tag("online")]
    | Annotated[UpdateIndexMetricsRequestIndexMetricsOffline, Tag("offline")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("status", frozenset({"online", "offline"})),
]

MetricsDataTypedDict: TypeAlias = (
    UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict
    | UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict
)

# names of the official 2.x SDK for the same schemas
GetSignedUrlResponse = GetSignedURLResponse
