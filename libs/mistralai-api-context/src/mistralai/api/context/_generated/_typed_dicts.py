# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-context distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.context._generated._models.grep_request import GrepRequestMode
from mistralai.api.context._generated._models.managed_index_config import (
    CustomEmbeddingModelDistanceMetric,
    CustomEmbeddingModelDtype,
    MistralEmbeddingModelDistanceMetric,
    MistralEmbeddingModelDtype,
)
from mistralai.api.context._generated._models.navigate_request import NavigateRequestDirection
from mistralai.api.context._generated._models.search_request import (
    EqualValue,
    Gt,
    Gte,
    InValue,
    KeywordRetrieverOperator,
    Lt,
    Lte,
)
from mistralai.api.context._generated._models.set_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_put_language import (
    UpdateSummaryRequestSummaryStatus,
)

__all__ = [
    "AndMatcheTypedDict",
    "AndTypedDict",
    "BoolArrayFieldDefinitionTypedDict",
    "BoolFieldDefinitionTypedDict",
    "CreateManagedIndexRequestTypedDict",
    "CustomEmbeddingModelTypedDict",
    "DeleteDocumentsRequestTypedDict",
    "DenseVectorFieldDefinitionTypedDict",
    "EqualTypedDict",
    "FloatArrayFieldDefinitionTypedDict",
    "FloatFieldDefinitionTypedDict",
    "GrepRequestTypedDict",
    "InTypedDict",
    "IngestDocumentsRequestTypedDict",
    "IntArrayFieldDefinitionTypedDict",
    "IntFieldDefinitionTypedDict",
    "JSONFieldDefinitionTypedDict",
    "KeywordArrayFieldDefinitionTypedDict",
    "KeywordFieldDefinitionTypedDict",
    "KeywordRetrieverFilterTypedDict",
    "KeywordRetrieverTypedDict",
    "LongArrayFieldDefinitionTypedDict",
    "LongFieldDefinitionTypedDict",
    "ManagedIndexConfigTypedDict",
    "ManagedIndexFieldsTypedDict",
    "MistralEmbeddingModelTypedDict",
    "NavigateRequestTypedDict",
    "NearestNeighbourRetrieverFilterTypedDict",
    "NearestNeighbourRetrieverTypedDict",
    "NotMatchTypedDict",
    "NotTypedDict",
    "OrMatcheTypedDict",
    "OrTypedDict",
    "RRFRetrieverFilterTypedDict",
    "RRFRetrieverRetrieverTypedDict",
    "RRFRetrieverTypedDict",
    "RangeTypedDict",
    "ReadRequestTypedDict",
    "SearchRequestRetrieverTypedDict",
    "SearchRequestTypedDict",
    "TextArrayFieldDefinitionTypedDict",
    "TextFieldDefinitionTypedDict",
    "TimestampArrayFieldDefinitionTypedDict",
    "TimestampFieldDefinitionTypedDict",
    "UpdateManagedIndexRequestTypedDict",
    "UpdateSummaryRequestSummaryTypedDict",
]


class AndTypedDict(TypedDict):
    """Dict form of :class:`And`."""

    matches: Required[Sequence[AndMatcheTypedDict]]
    type: NotRequired[Literal["and"]]


class BoolArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`BoolArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["bool[]"]]


class BoolFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`BoolFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["bool"]]


class CreateManagedIndexRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateManagedIndexRequest`."""

    name: Required[str]
    config: Required[ManagedIndexConfigTypedDict]
    schema_: NotRequired[ManagedIndexFieldsTypedDict | None]


class CustomEmbeddingModelTypedDict(TypedDict):
    """Dict form of :class:`CustomEmbeddingModel`."""

    name: Required[str]
    dimensions: Required[int]
    type: NotRequired[Literal["custom"]]
    dtype: NotRequired[CustomEmbeddingModelDtype | str | None]
    distance_metric: NotRequired[CustomEmbeddingModelDistanceMetric | str | None]


class DeleteDocumentsRequestTypedDict(TypedDict):
    """Dict form of :class:`DeleteDocumentsRequest`."""

    document_ids: Required[Sequence[str]]


class DenseVectorFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`DenseVectorFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["dense_vector"]]


class EqualTypedDict(TypedDict):
    """Dict form of :class:`Equal`."""

    field: Required[str]
    value: Required[EqualValue]
    type: NotRequired[Literal["equal"]]


class FloatArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`FloatArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["float[]"]]


class FloatFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`FloatFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["float"]]


class GrepRequestTypedDict(TypedDict):
    """Dict form of :class:`GrepRequest`."""

    source_id: Required[str]
    pattern: Required[str]
    mode: NotRequired[GrepRequestMode | None]
    top_k: NotRequired[int | None]
    content_type: NotRequired[str | None]


class InTypedDict(TypedDict):
    """Dict form of :class:`In`."""

    field: Required[str]
    values: Required[Sequence[InValue]]
    type: NotRequired[Literal["in"]]


class IngestDocumentsRequestTypedDict(TypedDict):
    """Dict form of :class:`IngestDocumentsRequest`."""

    documents: Required[Sequence[Mapping[str, Any]]]


class IntArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`IntArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["int[]"]]


class IntFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`IntFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["int"]]


class JSONFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`JSONFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["json"]]


class KeywordArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`KeywordArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["keyword[]"]]


class KeywordFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`KeywordFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["keyword"]]


class KeywordRetrieverTypedDict(TypedDict):
    """Dict form of :class:`KeywordRetriever`."""

    query: Required[str]
    top_k: NotRequired[int | None]
    type: NotRequired[Literal["keyword"]]
    operator: NotRequired[KeywordRetrieverOperator | None]
    filter: NotRequired[KeywordRetrieverFilterTypedDict | None]
    field: NotRequired[str | None]


class LongArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`LongArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["long[]"]]


class LongFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`LongFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["long"]]


class ManagedIndexConfigTypedDict(TypedDict):
    """Dict form of :class:`ManagedIndexConfig`."""

    embedding: Required[CustomEmbeddingModelTypedDict | MistralEmbeddingModelTypedDict]


class ManagedIndexFieldsTypedDict(TypedDict):
    """Dict form of :class:`ManagedIndexFields`."""

    document_fields: NotRequired[
        Mapping[
            str,
            BoolFieldDefinitionTypedDict
            | BoolArrayFieldDefinitionTypedDict
            | DenseVectorFieldDefinitionTypedDict
            | FloatFieldDefinitionTypedDict
            | FloatArrayFieldDefinitionTypedDict
            | IntFieldDefinitionTypedDict
            | IntArrayFieldDefinitionTypedDict
            | JSONFieldDefinitionTypedDict
            | KeywordFieldDefinitionTypedDict
            | KeywordArrayFieldDefinitionTypedDict
            | LongFieldDefinitionTypedDict
            | LongArrayFieldDefinitionTypedDict
            | TextFieldDefinitionTypedDict
            | TextArrayFieldDefinitionTypedDict
            | TimestampFieldDefinitionTypedDict
            | TimestampArrayFieldDefinitionTypedDict,
        ]
        | None
    ]
    chunk_fields: NotRequired[
        Mapping[
            str,
            BoolFieldDefinitionTypedDict
            | BoolArrayFieldDefinitionTypedDict
            | DenseVectorFieldDefinitionTypedDict
            | FloatFieldDefinitionTypedDict
            | FloatArrayFieldDefinitionTypedDict
            | IntFieldDefinitionTypedDict
            | IntArrayFieldDefinitionTypedDict
            | JSONFieldDefinitionTypedDict
            | KeywordFieldDefinitionTypedDict
            | KeywordArrayFieldDefinitionTypedDict
            | LongFieldDefinitionTypedDict
            | LongArrayFieldDefinitionTypedDict
            | TextFieldDefinitionTypedDict
            | TextArrayFieldDefinitionTypedDict
            | TimestampFieldDefinitionTypedDict
            | TimestampArrayFieldDefinitionTypedDict,
        ]
        | None
    ]


class MistralEmbeddingModelTypedDict(TypedDict):
    """Dict form of :class:`MistralEmbeddingModel`."""

    name: Required[str]
    dimensions: Required[int]
    type: NotRequired[Literal["mistral"]]
    dtype: NotRequired[MistralEmbeddingModelDtype | str | None]
    distance_metric: NotRequired[MistralEmbeddingModelDistanceMetric | str | None]


class NavigateRequestTypedDict(TypedDict):
    """Dict form of :class:`NavigateRequest`."""

    source_id: Required[str]
    start_offset: Required[int]
    end_offset: Required[int]
    direction: Required[NavigateRequestDirection]
    top_k: NotRequired[int | None]
    content_type: NotRequired[str | None]


class NearestNeighbourRetrieverTypedDict(TypedDict):
    """Dict form of :class:`NearestNeighbourRetriever`."""

    top_k: NotRequired[int | None]
    type: NotRequired[Literal["nearest_neighbour"]]
    query: NotRequired[str | None]
    query_embedding: NotRequired[Sequence[float] | None]
    field: NotRequired[str | None]
    filter: NotRequired[NearestNeighbourRetrieverFilterTypedDict | None]
    max_candidates: NotRequired[int | None]


class NotTypedDict(TypedDict):
    """Dict form of :class:`Not`."""

    match_: Required[NotMatchTypedDict]
    type: NotRequired[Literal["not"]]


class OrTypedDict(TypedDict):
    """Dict form of :class:`Or`."""

    matches: Required[Sequence[OrMatcheTypedDict]]
    type: NotRequired[Literal["or"]]


class RRFRetrieverTypedDict(TypedDict):
    """Dict form of :class:`RRFRetriever`."""

    retrievers: Required[Sequence[RRFRetrieverRetrieverTypedDict]]
    top_k: NotRequired[int | None]
    type: NotRequired[Literal["rrf"]]
    weights: NotRequired[Sequence[float] | None]
    rank_constant: NotRequired[int | None]
    filter: NotRequired[RRFRetrieverFilterTypedDict | None]


class RangeTypedDict(TypedDict):
    """Dict form of :class:`Range`."""

    field: Required[str]
    type: NotRequired[Literal["range"]]
    gt: NotRequired[Gt | None]
    gte: NotRequired[Gte | None]
    lt: NotRequired[Lt | None]
    lte: NotRequired[Lte | None]


class ReadRequestTypedDict(TypedDict):
    """Dict form of :class:`ReadRequest`."""

    source_id: Required[str]
    start_offset: NotRequired[int | None]
    end_offset: NotRequired[int | None]
    top_k: NotRequired[int | None]
    content_type: NotRequired[str | None]


class SearchRequestTypedDict(TypedDict):
    """Dict form of :class:`SearchRequest`."""

    retriever: Required[SearchRequestRetrieverTypedDict]


class TextArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`TextArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["text[]"]]


class TextFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`TextFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["text"]]


class TimestampArrayFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`TimestampArrayFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["timestamp[]"]]


class TimestampFieldDefinitionTypedDict(TypedDict):
    """Dict form of :class:`TimestampFieldDefinition`."""

    indexed: NotRequired[bool | None]
    required: NotRequired[bool | None]
    system: NotRequired[bool | None]
    default: NotRequired[Any]
    type: NotRequired[Literal["timestamp"]]


class UpdateManagedIndexRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateManagedIndexRequest`."""

    schema_: Required[ManagedIndexFieldsTypedDict]


class UpdateSummaryRequestSummaryTypedDict(TypedDict):
    """Dict form of :class:`UpdateSummaryRequestSummary`."""

    content: Required[str]
    status: Required[UpdateSummaryRequestSummaryStatus]
    translated: Required[bool]


AndMatcheTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

KeywordRetrieverFilterTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

NearestNeighbourRetrieverFilterTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

NotMatchTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

OrMatcheTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

RRFRetrieverRetrieverTypedDict: TypeAlias = (
    KeywordRetrieverTypedDict | NearestNeighbourRetrieverTypedDict
)

RRFRetrieverFilterTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

SearchRequestRetrieverTypedDict: TypeAlias = (
    KeywordRetrieverTypedDict | NearestNeighbourRetrieverTypedDict | RRFRetrieverTypedDict
)
