# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (JudgeClassificationOutput, JudgeClassificationOutputOption, JudgeRegressionOutput...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "JudgeClassificationOutput",
    "JudgeClassificationOutputOption",
    "JudgeRegressionOutput",
]


class JudgeClassificationOutputOption(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    description: str


class JudgeClassificationOutput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "CLASSIFICATION"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["CLASSIFICATION"] = "CLASSIFICATION"
    options: list[JudgeClassificationOutputOption]


class JudgeRegressionOutput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "REGRESSION"}
    __mistral_keep__ = frozenset({"type", "min", "max"})
    type: Literal["REGRESSION"] = "REGRESSION"
    min: float = 0
    min_description: str
    max: float = 1
    max_description: str
