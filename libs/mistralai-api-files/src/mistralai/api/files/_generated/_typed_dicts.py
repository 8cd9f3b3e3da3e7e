# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-files distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.files._generated._models.create_library_request import OwnerType
from mistralai.api.files._generated._models.entity_type import EntityType
from mistralai.api.files._generated._models.register_deployment_request_deployment import (
    RegisterDeploymentRequestDeploymentStatus,
    SchemaFieldDataType,
    SchemaFieldIndex,
    SchemaFieldRankingType,
    SchemaFieldStorage,
)
from mistralai.api.files._generated._models.register_search_index_request_index import (
    RegisterSearchIndexRequestIndexStatus,
    RegisterSearchIndexRequestVespaSchemaFieldIndexType,
    RegisterSearchIndexRequestVespaSchemaFieldRanking,
    RegisterSearchIndexRequestVespaSchemaFieldStorage,
    RegisterSearchIndexRequestVespaSchemaFieldType,
)
from mistralai.api.files._generated._models.sharing_request import ShareEnum
from mistralai.core.runtime import FileInput

__all__ = [
    "CreateIngestionPipelineConfigurationRequestTypedDict",
    "CreateLibraryRequestTypedDict",
    "DocumentUpload2TypedDict",
    "IngestFromBlobStorageRequestTypedDict",
    "IngestionPipelineTargetIndexRefTypedDict",
    "MetricsDataTypedDict",
    "RegisterDeploymentRequestDeploymentTypedDict",
    "RegisterDeploymentRequestVespaDeploymentTypedDict",
    "RegisterDeploymentRequestVespaFieldTypedDict",
    "RegisterDeploymentRequestVespaIndexTypedDict",
    "RegisterSearchIndexRequestIndexTypedDict",
    "RegisterSearchIndexRequestVespaIndexTypedDict",
    "RegisterSearchIndexRequestVespaSchemaFieldTypedDict",
    "RegisterSearchIndexRequestVespaSchemaModelTypedDict",
    "SharingDeleteTypedDict",
    "SharingRequestTypedDict",
    "UpdateDocumentRequestTypedDict",
    "UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict",
    "UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict",
    "UpdateIndexMetricsRequestSchemaMetricsTypedDict",
    "UpdateIndexSummaryRequestSummaryTypedDict",
    "UpdateLibraryRequestTypedDict",
    "UpdateMetricsRequestDeploymentMetricsOfflineTypedDict",
    "UpdateMetricsRequestDeploymentMetricsOnlineTypedDict",
    "UpdateMetricsRequestIndexMetricsTypedDict",
    "UpdateRunInfoTypedDict",
    "UpdateSchemaSummaryRequestSummaryTypedDict",
]


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


MetricsDataTypedDict: TypeAlias = (
    UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict
    | UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict
)
