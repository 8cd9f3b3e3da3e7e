# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (GetSearchIndexDetailResponseIndex, GetSearchIndexDetailResponseSchemaModel...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSearchIndexDetailResponseIndex",
    "GetSearchIndexDetailResponseIndexStatus",
    "GetSearchIndexDetailResponseSchemaModel",
]


class GetSearchIndexDetailResponseSchemaModel(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    id: str
    document_count: int | None
    last_modified: datetime
    latency_p95_s_threshold: float | None


GetSearchIndexDetailResponseIndexStatus: TypeAlias = Literal["online", "offline"] | str


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
