# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (Judge...)."""

from datetime import datetime
from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.api.observability._generated._models.judge_classification_output import (
    JudgeClassificationOutput,
    JudgeRegressionOutput,
)
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "Judge",
    "JudgeOutput2",
]

JudgeOutput2: TypeAlias = Annotated[
    Annotated[JudgeClassificationOutput, Tag("CLASSIFICATION")]
    | Annotated[JudgeRegressionOutput, Tag("REGRESSION")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"CLASSIFICATION", "REGRESSION"})),
]


class Judge(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    owner_id: str
    workspace_id: str
    name: str
    description: str
    model_name: str
    output: JudgeOutput2
    instructions: str
    tools: list[str]
    up_revision: str | None = None
    down_revision: str | None = None
    base_revision: str | None = None
