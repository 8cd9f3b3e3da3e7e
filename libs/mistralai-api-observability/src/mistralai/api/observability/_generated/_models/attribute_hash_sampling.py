# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (AttributeHashSampling, PipelineConfigSelector, ProbabilisticSampling...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AttributeHashSampling",
    "PipelineConfigSelector",
    "PipelineConfigSelectorSourceKind",
    "ProbabilisticSampling",
]


class AttributeHashSampling(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "attribute_hash"}
    __mistral_keep__ = frozenset({"type"})
    attribute: str
    percentage: float
    type: Literal["attribute_hash"] = "attribute_hash"


PipelineConfigSelectorSourceKind: TypeAlias = Literal["span", "log", "metric"] | str


class PipelineConfigSelector(BaseModel):
    __mistral_keep__ = frozenset()
    source_kind: PipelineConfigSelectorSourceKind | str
    filter: str | None = None


class ProbabilisticSampling(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "probabilistic"}
    __mistral_keep__ = frozenset({"type"})
    percentage: float
    type: Literal["probabilistic"] = "probabilistic"
