# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (And, Equal, In...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "And",
    "AndMatche",
    "Equal",
    "EqualValue",
    "Gt",
    "Gte",
    "In",
    "InValue",
    "KeywordRetriever",
    "KeywordRetrieverFilter",
    "KeywordRetrieverOperator",
    "Lt",
    "Lte",
    "NearestNeighbourRetriever",
    "NearestNeighbourRetrieverFilter",
    "Not",
    "NotMatch",
    "Or",
    "OrMatche",
    "RRFRetriever",
    "RRFRetrieverFilter",
    "RRFRetrieverRetriever",
    "Range",
    "SearchRequest",
    "SearchRequestRetriever",
]


class And(ConstFieldsModel):
    """Conjunction: rows must match every sub-filter."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "and"}
    __mistral_keep__ = frozenset({"type"})
    matches: "list[AndMatche]"
    type: Literal["and"] = "and"


EqualValue: TypeAlias = int | float | datetime | str


class Equal(ConstFieldsModel):
    """Field equals a scalar value."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "equal"}
    __mistral_keep__ = frozenset({"type"})
    field: str
    value: EqualValue
    type: Literal["equal"] = "equal"


InValue: TypeAlias = int | float | datetime | str


class In(ConstFieldsModel):
    """Field is one of a set of values."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "in"}
    __mistral_keep__ = frozenset({"type"})
    field: str
    values: list[InValue]
    type: Literal["in"] = "in"


class Not(ConstFieldsModel):
    """Negate a filter: rows must not match."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "not"}
    __mistral_keep__ = frozenset({"type"})
    match_: "NotMatch" = Field(validation_alias="match", serialization_alias="match")
    type: Literal["not"] = "not"


class Or(ConstFieldsModel):
    """Disjunction: rows must match at least one sub-filter."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "or"}
    __mistral_keep__ = frozenset({"type"})
    matches: "list[OrMatche]"
    type: Literal["or"] = "or"


Gt: TypeAlias = int | float | datetime

Gte: TypeAlias = int | float | datetime

Lt: TypeAlias = int | float | datetime

Lte: TypeAlias = int | float | datetime


class Range(ConstFieldsModel):
    """Check that the given field falls in a range. Requires at least one operator."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "range"}
    __mistral_keep__ = frozenset({"type"})
    field: str
    type: Literal["range"] = "range"
    gt: Gt | None = None
    gte: Gte | None = None
    lt: Lt | None = None
    lte: Lte | None = None


AndMatche: TypeAlias = Annotated[
    Annotated[And, Tag("and")]
    | Annotated[Equal, Tag("equal")]
    | Annotated[In, Tag("in")]
    | Annotated[Not, Tag("not")]
    | Annotated[Or, Tag("or")]
    | Annotated[Range, Tag("range")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"and", "equal", "in", "not", "or", "range"})),
]

KeywordRetrieverOperator: TypeAlias = Literal["or", "and"] | str

KeywordRetrieverFilter: TypeAlias = Annotated[
    Annotated[And, Tag("and")]
    | Annotated[Equal, Tag("equal")]
    | Annotated[In, Tag("in")]
    | Annotated[Not, Tag("not")]
    | Annotated[Or, Tag("or")]
    | Annotated[Range, Tag("range")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"and", "equal", "in", "not", "or", "range"})),
]


class KeywordRetriever(ConstFieldsModel):
    """Retrieve document chunks with similar keywords to the given query. Uses the default settings for the index on the field."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "keyword"}
    __mistral_keep__ = frozenset({"type"})
    query: str
    top_k: int | None = 20
    type: Literal["keyword"] = "keyword"
    operator: KeywordRetrieverOperator | None = "or"
    filter: KeywordRetrieverFilter | None = None
    field: str | None = None


NearestNeighbourRetrieverFilter: TypeAlias = Annotated[
    Annotated[And, Tag("and")]
    | Annotated[Equal, Tag("equal")]
    | Annotated[In, Tag("in")]
    | Annotated[Not, Tag("not")]
    | Annotated[Or, Tag("or")]
    | Annotated[Range, Tag("range")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"and", "equal", "in", "not", "or", "range"})),
]


class NearestNeighbourRetriever(ConstFieldsModel):
    """Retrieve document chunks whose embeddings are closest to the query's."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "nearest_neighbour"}
    __mistral_keep__ = frozenset({"type"})
    top_k: int | None = 20
    type: Literal["nearest_neighbour"] = "nearest_neighbour"
    query: str | None = None
    query_embedding: list[float] | None = None
    field: str | None = None
    filter: NearestNeighbourRetrieverFilter | None = None
    max_candidates: int | None = None


NotMatch: TypeAlias = Annotated[
    Annotated[And, Tag("and")]
    | Annotated[Equal, Tag("equal")]
    | Annotated[In, Tag("in")]
    | Annotated[Not, Tag("not")]
    | Annotated[Or, Tag("or")]
    | Annotated[Range, Tag("range")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"and", "equal", "in", "not", "or", "range"})),
]

OrMatche: TypeAlias = Annotated[
    Annotated[And, Tag("and")]
    | Annotated[Equal, Tag("equal")]
    | Annotated[In, Tag("in")]
    | Annotated[Not, Tag("not")]
    | Annotated[Or, Tag("or")]
    | Annotated[Range, Tag("range")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"and", "equal", "in", "not", "or", "range"})),
]

RRFRetrieverRetriever: TypeAlias = Annotated[
    Annotated[KeywordRetriever, Tag("keyword")]
    | Annotated[NearestNeighbourRetriever, Tag("nearest_neighbour")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"keyword", "nearest_neighbour"})),
]

RRFRetrieverFilter: TypeAlias = Annotated[
    Annotated[And, Tag("and")]
    | Annotated[Equal, Tag("equal")]
    | Annotated[In, Tag("in")]
    | Annotated[Not, Tag("not")]
    | Annotated[Or, Tag("or")]
    | Annotated[Range, Tag("range")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"and", "equal", "in", "not", "or", "range"})),
]


class RRFRetriever(ConstFieldsModel):
    """Fuse child retriever rankings via reciprocal rank fusion."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "rrf"}
    __mistral_keep__ = frozenset({"type"})
    retrievers: list[RRFRetrieverRetriever]
    top_k: int | None = 20
    type: Literal["rrf"] = "rrf"
    weights: list[float] | None = None
    rank_constant: int | None = 60
    filter: RRFRetrieverFilter | None = None


SearchRequestRetriever: TypeAlias = Annotated[
    Annotated[KeywordRetriever, Tag("keyword")]
    | Annotated[NearestNeighbourRetriever, Tag("nearest_neighbour")]
    | Annotated[RRFRetriever, Tag("rrf")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"keyword", "nearest_neighbour", "rrf"})),
]


class SearchRequest(BaseModel):
    __mistral_keep__ = frozenset()
    retriever: SearchRequestRetriever
