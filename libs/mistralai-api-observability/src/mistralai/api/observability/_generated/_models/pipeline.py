# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (DetectionDefinitionV1, DetectionPattern, EvaluationBooleanResultSpec...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal, TypeAlias

from mistralai.api.observability._generated._models.attribute_hash_sampling import (
    AttributeHashSampling,
    PipelineConfigSelector,
    ProbabilisticSampling,
)
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "DetectionDefinitionV1",
    "DetectionPattern",
    "EvaluationBooleanResultSpec",
    "EvaluationCategoricalResultSpec",
    "EvaluationNumericResultSpec",
    "ExportDefinitionV1",
    "JudgeDefinitionV1",
    "ModerationDefinitionV1",
    "OTLPDestination",
    "Pipeline",
    "PipelineConfig",
    "PipelineConfigDefinition",
    "PipelineConfigHeader",
    "PipelineConfigPipelineKind",
    "PipelineConfigScope",
]


class DetectionPattern(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    regex: str
    category: str
    confidence: str


class DetectionDefinitionV1(BaseModel):
    __mistral_keep__ = frozenset()
    target_attributes: list[str]
    patterns: list[DetectionPattern]


class EvaluationBooleanResultSpec(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "boolean"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["boolean"] = "boolean"


class EvaluationCategoricalResultSpec(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "categorical"}
    __mistral_keep__ = frozenset({"type"})
    labels: list[str]
    type: Literal["categorical"] = "categorical"


class EvaluationNumericResultSpec(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "numeric"}
    __mistral_keep__ = frozenset({"type"})
    min: float
    max: float
    type: Literal["numeric"] = "numeric"


class PipelineConfigHeader(BaseModel):
    __mistral_keep__ = frozenset()
    value: str | None = None


class OTLPDestination(BaseModel):
    __mistral_keep__ = frozenset()
    protocol: str
    endpoint: str
    insecure: bool | None = False
    headers: dict[str, PipelineConfigHeader] | None = None


class ExportDefinitionV1(BaseModel):
    __mistral_keep__ = frozenset()
    destination: OTLPDestination


class JudgeDefinitionV1(BaseModel):
    """The fully materialized LLM judge behavior stored in a pipeline config."""

    __mistral_keep__ = frozenset()
    model: str
    prompt: str
    result_spec: (
        EvaluationBooleanResultSpec | EvaluationCategoricalResultSpec | EvaluationNumericResultSpec
    )
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    mapping: dict[str, str] | None = None
    use_cache: bool | None = True


class ModerationDefinitionV1(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = "mistral-moderation-latest"
    target_attributes: list[str] | None = None


PipelineConfigDefinition: TypeAlias = (
    ExportDefinitionV1 | DetectionDefinitionV1 | ModerationDefinitionV1 | JudgeDefinitionV1
)

PipelineConfigPipelineKind: TypeAlias = (
    Literal["detection-v1", "moderation-v1", "judge-v1", "export-v1"] | str
)

PipelineConfigScope: TypeAlias = Literal["workspace", "shared"] | str


class PipelineConfig(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    scope: PipelineConfigScope | str
    workspace_id: str
    name: str
    slug: str
    pipeline_kind: PipelineConfigPipelineKind | str
    selectors: list[PipelineConfigSelector]
    enabled: bool
    definition: PipelineConfigDefinition
    sampling: AttributeHashSampling | ProbabilisticSampling | None = None
    scorer_slug: str | None = None
    scorer_version: int | None = None


class Pipeline(BaseModel):
    """Pipeline response schema. Pipelines are hard-deleted — no deleted_at field."""

    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    workspace_id: str
    name: str
    slug: str
    description: str | None
    selectors: list[PipelineConfigSelector]
    enabled: bool
    creator_id: str | None
    pipeline_configs: list[PipelineConfig]
