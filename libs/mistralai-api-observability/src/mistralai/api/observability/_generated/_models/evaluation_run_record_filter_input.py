# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ContentSearchFilter, ContentSearchFilterGroup, EvaluationRunRecordFilterInput...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.observability._generated._models.goal_status_filter_group import (
    GoalStatusFilterGroup,
    ScoreFilterGroup,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "ContentSearchFilter",
    "ContentSearchFilterGroup",
    "ContentSearchFilterGroupCombinator",
    "ContentSearchFilterOperator",
    "EvaluationRunRecordFilterInput",
    "EvaluationRunRecordFilterInputSort",
    "FieldSortInput",
    "FieldSortInputDirection",
    "ScoreSortInput",
    "ScoreSortInputDirection",
    "ScoreSortInputMetric",
]

ContentSearchFilterOperator: TypeAlias = Literal["contains", "equals"] | str


class ContentSearchFilter(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    path: str | None = None
    operator: ContentSearchFilterOperator | None = None


ContentSearchFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str


class ContentSearchFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: ContentSearchFilterGroupCombinator | None = None
    filters: list[ContentSearchFilter] | None = None


FieldSortInputDirection: TypeAlias = Literal["asc", "desc"] | str


class FieldSortInput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"field": "created_at", "kind": "field"}
    __mistral_keep__ = frozenset({"field", "kind"})
    field: Literal["created_at"] = "created_at"
    kind: Literal["field"] = "field"
    direction: FieldSortInputDirection | None = None


ScoreSortInputDirection: TypeAlias = Literal["asc", "desc"] | str

ScoreSortInputMetric: TypeAlias = Literal["avg", "min", "max", "std"] | str


class ScoreSortInput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"kind": "score"}
    __mistral_keep__ = frozenset({"kind"})
    evaluator_name: str
    kind: Literal["score"] = "score"
    metric: ScoreSortInputMetric | None = None
    direction: ScoreSortInputDirection | None = None


EvaluationRunRecordFilterInputSort: TypeAlias = Annotated[
    Annotated[FieldSortInput, Tag("field")]
    | Annotated[ScoreSortInput, Tag("score")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("kind", frozenset({"field", "score"})),
]


class EvaluationRunRecordFilterInput(BaseModel):
    __mistral_keep__ = frozenset()
    input_filters: ContentSearchFilterGroup | None = None
    output_filters: ContentSearchFilterGroup | None = None
    score_filters: ScoreFilterGroup | None = None
    goal_filters: GoalStatusFilterGroup | None = None
    sort: EvaluationRunRecordFilterInputSort | None = None
