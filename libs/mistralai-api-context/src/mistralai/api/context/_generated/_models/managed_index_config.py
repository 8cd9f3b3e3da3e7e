# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (CustomEmbeddingModel, ManagedIndexConfig, MistralEmbeddingModel...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "CustomEmbeddingModel",
    "CustomEmbeddingModelDistanceMetric",
    "CustomEmbeddingModelDtype",
    "ManagedIndexConfig",
    "MistralEmbeddingModel",
    "MistralEmbeddingModelDistanceMetric",
    "MistralEmbeddingModelDtype",
]

CustomEmbeddingModelDtype: TypeAlias = Literal["float16", "float32"] | str

CustomEmbeddingModelDistanceMetric: TypeAlias = Literal["cosine", "inner_product", "l2"] | str


class CustomEmbeddingModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "custom"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    dimensions: int
    type: Literal["custom"] = "custom"
    dtype: CustomEmbeddingModelDtype | str | None = None
    distance_metric: CustomEmbeddingModelDistanceMetric | str | None = None


MistralEmbeddingModelDistanceMetric: TypeAlias = Literal["cosine", "inner_product", "l2"] | str

MistralEmbeddingModelDtype: TypeAlias = Literal["float16", "float32"] | str


class MistralEmbeddingModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "mistral"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    dimensions: int
    type: Literal["mistral"] = "mistral"
    dtype: MistralEmbeddingModelDtype | str | None = None
    distance_metric: MistralEmbeddingModelDistanceMetric | str | None = None


class ManagedIndexConfig(BaseModel):
    __mistral_keep__ = frozenset()
    embedding: CustomEmbeddingModel | MistralEmbeddingModel
