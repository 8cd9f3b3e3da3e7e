# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (GetSearchIndexSchemaDetailResponseField, GetSearchIndexSchemaDetailResponseSchemaModel...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSearchIndexSchemaDetailResponseField",
    "GetSearchIndexSchemaDetailResponseFieldIndexType",
    "GetSearchIndexSchemaDetailResponseFieldStorage",
    "GetSearchIndexSchemaDetailResponseFieldType",
    "GetSearchIndexSchemaDetailResponseSchemaModel",
]

GetSearchIndexSchemaDetailResponseFieldType: TypeAlias = (
    Literal["int", "bool", "string", "embedding", "long", "float"] | str
)

GetSearchIndexSchemaDetailResponseFieldStorage: TypeAlias = Literal["in_memory", "on_disk"] | str

GetSearchIndexSchemaDetailResponseFieldIndexType: TypeAlias = (
    Literal["ann", "bm25", "attribute"] | str
)


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
