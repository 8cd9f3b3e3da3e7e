# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (RegisterSearchIndexRequestIndex, RegisterSearchIndexRequestVespaIndex, RegisterSearchIndexRequestVespaSchemaField...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "RegisterSearchIndexRequestIndex",
    "RegisterSearchIndexRequestIndexStatus",
    "RegisterSearchIndexRequestVespaIndex",
    "RegisterSearchIndexRequestVespaSchemaField",
    "RegisterSearchIndexRequestVespaSchemaFieldIndexType",
    "RegisterSearchIndexRequestVespaSchemaFieldRanking",
    "RegisterSearchIndexRequestVespaSchemaFieldStorage",
    "RegisterSearchIndexRequestVespaSchemaFieldType",
    "RegisterSearchIndexRequestVespaSchemaModel",
]

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


RegisterSearchIndexRequestIndexStatus: TypeAlias = Literal["online", "offline"] | str


class RegisterSearchIndexRequestIndex(BaseModel):
    __mistral_keep__ = frozenset({"status"})
    name: str
    index: RegisterSearchIndexRequestVespaIndex
    status: RegisterSearchIndexRequestIndexStatus = "offline"
