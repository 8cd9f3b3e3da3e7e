# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (GetDeploymentSummariesResponse, GetDeploymentSummariesResponseDeployment, GetDeploymentSummariesResponseVespaDeployment...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "GetDeploymentSummariesResponse",
    "GetDeploymentSummariesResponseDeployment",
    "GetDeploymentSummariesResponseDeploymentStatus",
    "GetDeploymentSummariesResponseVespaDeployment",
    "GetDeploymentSummariesResponseVespaIndex",
]

GetDeploymentSummariesResponseDeploymentStatus: TypeAlias = Literal["online", "offline"] | str


class GetDeploymentSummariesResponseVespaIndex(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    document_count: int | None


class GetDeploymentSummariesResponseVespaDeployment(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "vespa"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["vespa"] = "vespa"
    indexes: list[GetDeploymentSummariesResponseVespaIndex]


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


class GetDeploymentSummariesResponse(BaseModel):
    __mistral_keep__ = frozenset()
    deployments: list[GetDeploymentSummariesResponseDeployment]
