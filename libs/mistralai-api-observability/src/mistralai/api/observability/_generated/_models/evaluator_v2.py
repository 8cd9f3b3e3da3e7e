# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ClassificationStatisticSpec, EvaluatorV2, GoalSpec...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "ClassificationStatisticSpec",
    "ClassificationStatisticSpecAverage",
    "ClassificationStatisticSpecKind",
    "EvaluatorV2",
    "EvaluatorV2Direction",
    "GoalSpec",
    "Params",
    "Percentile",
    "PercentileStatisticSpec",
    "RunOptimizationRef",
    "SimpleNumericStatisticSpec",
    "SimpleNumericStatisticSpecKind",
    "SystemV2",
]

ClassificationStatisticSpecKind: TypeAlias = Literal["precision", "recall", "f1"] | str

ClassificationStatisticSpecAverage: TypeAlias = Literal["macro", "micro", "weighted"] | str


class GoalSpec(BaseModel):
    __mistral_keep__ = frozenset()
    operator: str | None = None
    value: Any = None
    min: float | None = None
    max: float | None = None
    values: list[Any] | None = None
    metric: str | None = None


class ClassificationStatisticSpec(BaseModel):
    """A classification metric (``precision``/``recall``/``f1``) over ``(expected, predicted)`` pairs. The predicted label is the score ``value``; the expected label is read from the score ``metadata`` under ``expected_key`` (default ``\\"expected\\"``). Provide **exactly one** of ``positive_label`` (a binary metric scored against that one class) or ``average`` (a multi-class averaging scheme). ``labels`` pins the class universe so filtered views keep a stable, comparable denominator."""

    __mistral_keep__ = frozenset()
    kind: ClassificationStatisticSpecKind | str
    positive_label: str | None = None
    average: ClassificationStatisticSpecAverage | str | None = None
    expected_key: str | None = "expected"
    labels: list[str] | None = None
    goal: GoalSpec | None = None


EvaluatorV2Direction: TypeAlias = Literal["maximize", "minimize"] | str

Percentile: TypeAlias = float | int


class PercentileStatisticSpec(ConstFieldsModel):
    """The ``p``-th percentile (``0 <= p <= 100``), computed with the type-7 algorithm."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"kind": "percentile"}
    __mistral_keep__ = frozenset({"kind"})
    percentile: Percentile
    kind: Literal["percentile"] = "percentile"
    goal: GoalSpec | None = None


SimpleNumericStatisticSpecKind: TypeAlias = (
    Literal["avg", "sum", "min", "max", "std", "count"] | str
)


class SimpleNumericStatisticSpec(BaseModel):
    """A scalar numeric reduction with no parameters (``avg``/``sum``/``min``/``max``/``std``/``count``)."""

    __mistral_keep__ = frozenset()
    kind: SimpleNumericStatisticSpecKind | str
    goal: GoalSpec | None = None


class EvaluatorV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str | None
    tags: list[str]
    num_scores: int
    goal: GoalSpec | None = None
    aggregate_goal: GoalSpec | None = None
    statistics: (
        list[SimpleNumericStatisticSpec | ClassificationStatisticSpec | PercentileStatisticSpec]
        | None
    ) = None
    weight: float | None = 1
    direction: EvaluatorV2Direction | str | None = None
    min_value: float | None = None
    max_value: float | None = None


Params: TypeAlias = str | int | float | bool


class RunOptimizationRef(BaseModel):
    """Typed run→optimization back-ref, derived at read from the optimization_run link. Not stored on the run (single source of truth = optimization_run); lets a run row show its optimization (id + name) without an extra request per run."""

    __mistral_keep__ = frozenset()
    optimization_id: str
    name: str


class SystemV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    params: dict[str, Params]
    kind: str | None = "custom"
    spec: dict[str, Any] | None = None
