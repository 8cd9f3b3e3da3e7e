# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (UpdateJudgeRequest...)."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.api.observability._generated._models.judge_classification_output import (
    JudgeClassificationOutput,
    JudgeRegressionOutput,
)
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "UpdateJudgeRequest",
    "UpdateJudgeRequestOutput",
]

UpdateJudgeRequestOutput: TypeAlias = Annotated[
    Annotated[JudgeClassificationOutput, Tag("CLASSIFICATION")]
    | Annotated[JudgeRegressionOutput, Tag("REGRESSION")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"CLASSIFICATION", "REGRESSION"})),
]


class UpdateJudgeRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str
    model_name: str
    output: UpdateJudgeRequestOutput
    instructions: str
    tools: list[str]
