# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (GetSearchIndexSummaryResponseIndex, GetSearchIndexSummaryResponseVespaIndex, GetSearchIndexSummaryResponseVespaSchemaModel...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "GetSearchIndexSummaryResponseIndex",
    "GetSearchIndexSummaryResponseIndexStatus",
    "GetSearchIndexSummaryResponseVespaIndex",
    "GetSearchIndexSummaryResponseVespaSchemaModel",
]


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


GetSearchIndexSummaryResponseIndexStatus: TypeAlias = Literal["online", "offline"] | str


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
