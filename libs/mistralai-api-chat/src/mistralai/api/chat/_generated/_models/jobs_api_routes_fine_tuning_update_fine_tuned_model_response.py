# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ClassifierFineTunedModel, ClassifierTargetResult, CompletionFineTunedModel...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.core.models import FTClassifierLossFunction
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "ClassifierFineTunedModel",
    "ClassifierTargetResult",
    "CompletionFineTunedModel",
    "FineTunedModelCapabilities",
    "JobsAPIRoutesFineTuningUpdateFineTunedModelResponse",
]


class ClassifierTargetResult(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction


class FineTunedModelCapabilities(BaseModel):
    __mistral_keep__ = frozenset(
        {"completion_chat", "completion_fim", "function_calling", "fine_tuning", "classification"}
    )
    completion_chat: bool = True
    completion_fim: bool = False
    function_calling: bool = False
    fine_tuning: bool = False
    classification: bool = False


class ClassifierFineTunedModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "model",
        "model_type": "classifier",
    }
    __mistral_keep__ = frozenset({"object", "max_context_length", "model_type"})
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FineTunedModelCapabilities
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    job: str | None = None
    classifier_targets: list[ClassifierTargetResult]
    model_type: Literal["classifier"] = "classifier"


class CompletionFineTunedModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "object": "model",
        "model_type": "completion",
    }
    __mistral_keep__ = frozenset({"object", "max_context_length", "model_type"})
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    workspace_id: str
    root: str
    root_version: str
    archived: bool
    name: str | None = None
    description: str | None = None
    capabilities: FineTunedModelCapabilities
    max_context_length: int = 32768
    aliases: list[str] = Field(default=[])
    job: str | None = None
    model_type: Literal["completion"] = "completion"


JobsAPIRoutesFineTuningUpdateFineTunedModelResponse: TypeAlias = Annotated[
    Annotated[ClassifierFineTunedModel, Tag("classifier")]
    | Annotated[CompletionFineTunedModel, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("model_type", frozenset({"classifier", "completion"})),
]
