# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationRunFilterInput, MetadataFilter, MetadataFilterGroup...)."""

from typing import Literal, TypeAlias

from mistralai.api.observability._generated._models.goal_status_filter_group import (
    GoalStatusFilterGroup,
    ScoreFilterGroup,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "EvaluationRunFilterInput",
    "MetadataFilter",
    "MetadataFilterGroup",
    "MetadataFilterGroupCombinator",
    "MetadataFilterOperator",
    "MetadataFilterValue",
    "RunOwnershipFilter",
    "RunOwnershipFilterCombinator",
    "SystemFilter",
    "SystemNameFilter",
    "SystemNameFilterGroup",
    "SystemNameFilterGroupCombinator",
    "SystemNameFilterOperator",
    "SystemParamFilter",
    "SystemParamFilterGroup",
    "SystemParamFilterGroupCombinator",
    "SystemParamFilterOperator",
    "SystemParamFilterValue",
    "TagFilter",
    "TagFilterCombinator",
]

MetadataFilterOperator: TypeAlias = Literal["eq", "contains", "gt", "gte", "lt", "lte"] | str

MetadataFilterValue: TypeAlias = float | str | bool


class MetadataFilter(BaseModel):
    __mistral_keep__ = frozenset()
    key: str
    operator: MetadataFilterOperator
    value: MetadataFilterValue


MetadataFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str


class MetadataFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: MetadataFilterGroupCombinator | None = None
    filters: list[MetadataFilter] | None = None


RunOwnershipFilterCombinator: TypeAlias = Literal["and", "or"] | str


class RunOwnershipFilter(BaseModel):
    """OR-able group isolating the \\"runs I care about\\" default (created by me OR in my starred projects). Kept separate from the plain generic filters so it can OR internally while still AND-ing with everything else. The UI drives it via two sugar chips: \\"Created by me\\" writes `creator_ids`, and \\"Starred projects\\" sets `starred_by_me`. Dropping a chip clears its term and the OR collapses to the remaining one; dropping both leaves the group empty (no ownership scoping). `starred_by_me` is resolved server-side against the caller's favorites, so the client never has to page through projects to collect starred ids — and a caller with zero starred projects correctly matches no runs (rather than falling through to the whole workspace). `project_ids` remains for explicit, caller-supplied project scoping."""

    __mistral_keep__ = frozenset()
    combinator: RunOwnershipFilterCombinator | None = None
    creator_ids: list[str] | None = None
    project_ids: list[str] | None = None
    starred_by_me: bool | None = False


SystemNameFilterOperator: TypeAlias = Literal["contains", "equals"] | str


class SystemNameFilter(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    operator: SystemNameFilterOperator | None = None


SystemNameFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str


class SystemNameFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: SystemNameFilterGroupCombinator | None = None
    filters: list[SystemNameFilter] | None = None


SystemParamFilterOperator: TypeAlias = Literal["eq", "contains", "gt", "gte", "lt", "lte"] | str

SystemParamFilterValue: TypeAlias = float | str | bool


class SystemParamFilter(BaseModel):
    __mistral_keep__ = frozenset()
    key: str
    operator: SystemParamFilterOperator
    value: SystemParamFilterValue


SystemParamFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str


class SystemParamFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: SystemParamFilterGroupCombinator | None = None
    filters: list[SystemParamFilter] | None = None


class SystemFilter(BaseModel):
    __mistral_keep__ = frozenset()
    name: SystemNameFilterGroup | None = None
    params: SystemParamFilterGroup | None = None


TagFilterCombinator: TypeAlias = Literal["and", "or"] | str


class TagFilter(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: TagFilterCombinator | None = None
    values: list[str] | None = None


class EvaluationRunFilterInput(BaseModel):
    __mistral_keep__ = frozenset()
    run_ids: list[str] | None = None
    evaluation_ids: list[str] | None = None
    creator_ids: list[str] | None = None
    project_ids: list[str] | None = None
    ownership: RunOwnershipFilter | None = None
    tags: TagFilter | None = None
    score_filters: ScoreFilterGroup | None = None
    goal_filters: GoalStatusFilterGroup | None = None
    system: SystemFilter | None = None
    metadata: MetadataFilterGroup | None = None
