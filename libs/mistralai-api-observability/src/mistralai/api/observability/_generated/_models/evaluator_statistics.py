# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (CategoricalStatistics, ConfusionMatrix, GoalResult...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "CategoricalStatistics",
    "ConfusionMatrix",
    "EvaluatorStatistics",
    "GoalResult",
    "GoalResultItem",
    "GoalResultItemDirection",
    "NumericStatistics",
    "ScalarStatisticValue",
    "UnsupportedStatistics",
]


class ConfusionMatrix(BaseModel):
    """A confusion matrix over ``(expected, predicted)`` label pairs. ``matrix[i][j]`` is the number of samples whose expected label is ``labels[i]`` and predicted label is ``labels[j]``. It is the complete, aggregatable representation: precision/recall/f1 for any class derive from it, and matrices from several runs merge by element-wise sum."""

    __mistral_keep__ = frozenset()
    labels: list[str]
    matrix: list[list[int]]


class ScalarStatisticValue(BaseModel):
    """A single scalar computed run-level statistic: its canonical id and numeric value. ``value`` is ``None`` when the statistic is not evaluable (e.g. a ``sum`` or percentile over an empty numeric sample). A declared ``count`` is always evaluable and is ``0`` on an empty sample. The ``type`` discriminator lets future result shapes (e.g. a categorical ``categories`` or a ``distribution``) join a union without overloading this model; consumers dispatch on ``type``."""

    __mistral_keep__ = frozenset()
    id: str
    type: Literal["scalar"] | None = "scalar"
    value: float | None = None


class CategoricalStatistics(BaseModel):
    __mistral_keep__ = frozenset()
    frequencies: dict[str, int]
    mode: list[str]
    count: int
    type: Literal["categorical"] | None = "categorical"
    values: list[ScalarStatisticValue] | None = None
    excluded_count: int | None = 0
    confusion_matrix: ConfusionMatrix | None = None


class NumericStatistics(BaseModel):
    __mistral_keep__ = frozenset()
    type: Literal["numeric"] | None = "numeric"
    values: list[ScalarStatisticValue] | None = None
    sample_count: int | None = 0
    avg: float | None = None
    min: float | None = None
    max: float | None = None
    std: float | None = None
    count: int | None = 0


class UnsupportedStatistics(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    type: Literal["unsupported"] | None = "unsupported"


EvaluatorStatistics: TypeAlias = UnsupportedStatistics | CategoricalStatistics | NumericStatistics

GoalResultItemDirection: TypeAlias = Literal["higher_is_better", "lower_is_better"] | str


class GoalResultItem(BaseModel):
    __mistral_keep__ = frozenset()
    metric: str
    operator: str
    actual: float
    passed: bool
    target: float | None = None
    target_min: float | None = None
    target_max: float | None = None
    direction: GoalResultItemDirection | str | None = None


class GoalResult(BaseModel):
    __mistral_keep__ = frozenset()
    passed: bool | None
    results: list[GoalResultItem]
