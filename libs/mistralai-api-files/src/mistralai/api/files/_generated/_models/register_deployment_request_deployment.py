# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (RegisterDeploymentRequestDeployment, RegisterDeploymentRequestVespaDeployment, RegisterDeploymentRequestVespaField...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "RegisterDeploymentRequestDeployment",
    "RegisterDeploymentRequestDeploymentStatus",
    "RegisterDeploymentRequestVespaDeployment",
    "RegisterDeploymentRequestVespaField",
    "RegisterDeploymentRequestVespaIndex",
    "SchemaFieldDataType",
    "SchemaFieldIndex",
    "SchemaFieldRankingType",
    "SchemaFieldStorage",
]

RegisterDeploymentRequestDeploymentStatus: TypeAlias = Literal["online", "offline"] | str

SchemaFieldDataType: TypeAlias = (
    Literal["int", "bool", "string", "embedding", "long", "float"] | str
)

SchemaFieldIndex: TypeAlias = Literal["ann", "bm25", "attribute"] | str

SchemaFieldRankingType: TypeAlias = (
    Literal["count", "embedding", "timestamp", "text", "string", "bool", "int", "language"] | str
)

SchemaFieldStorage: TypeAlias = Literal["in_memory", "on_disk"] | str


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


class RegisterDeploymentRequestVespaDeployment(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "vespa"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["vespa"] = "vespa"
    vespa_version: str
    indexes: list[RegisterDeploymentRequestVespaIndex]
    query_url: str


class RegisterDeploymentRequestDeployment(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    status: RegisterDeploymentRequestDeploymentStatus = "offline"
    deployment: RegisterDeploymentRequestVespaDeployment
