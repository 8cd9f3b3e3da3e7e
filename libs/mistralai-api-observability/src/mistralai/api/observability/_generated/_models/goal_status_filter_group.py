# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (GoalStatusFilter, GoalStatusFilterGroup, ScoreFilter...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GoalStatusFilter",
    "GoalStatusFilterGroup",
    "GoalStatusFilterGroupCombinator",
    "GoalStatusFilterValue",
    "ScoreFilter",
    "ScoreFilterGroup",
    "ScoreFilterGroupCombinator",
    "ScoreFilterOperator",
    "ScoreFilterValue",
]

GoalStatusFilterValue: TypeAlias = Literal["passed", "failed", "not_evaluated"] | str


class GoalStatusFilter(BaseModel):
    __mistral_keep__ = frozenset()
    values: list[GoalStatusFilterValue]
    evaluator_name: str | None = None


GoalStatusFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str


class GoalStatusFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: GoalStatusFilterGroupCombinator | None = None
    filters: list[GoalStatusFilter] | None = None


ScoreFilterOperator: TypeAlias = Literal["gt", "gte", "lt", "lte", "eq"] | str

ScoreFilterValue: TypeAlias = float | str


class ScoreFilter(BaseModel):
    __mistral_keep__ = frozenset()
    evaluator_name: str
    metric: str
    operator: ScoreFilterOperator
    value: ScoreFilterValue


ScoreFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str


class ScoreFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: ScoreFilterGroupCombinator | None = None
    filters: list[ScoreFilter] | None = None
