# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    Required,
    TypeAlias,
)

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.models import (
    HTTPValidationError,
    ValidationError,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    PagedModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "AcceptedDocumentResponse",
    "And",
    "AndMatche",
    "AndMatcheTypedDict",
    "AndTypedDict",
    "BoolArrayFieldDefinition",
    "BoolArrayFieldDefinitionTypedDict",
    "BoolFieldDefinition",
    "BoolFieldDefinitionTypedDict",
    "CreateManagedIndexRequest",
    "CreateManagedIndexRequestTypedDict",
    "CustomEmbeddingModel",
    "CustomEmbeddingModelDistanceMetric",
    "CustomEmbeddingModelDtype",
    "CustomEmbeddingModelTypedDict",
    "DeleteDocumentsRequest",
    "DeleteDocumentsRequestTypedDict",
    "DeleteDocumentsResponse",
    "DeleteManagedIndexResponse",
    "DeleteManagedIndexResponseStatus",
    "DenseVectorFieldDefinition",
    "DenseVectorFieldDefinitionTypedDict",
    "DocumentFieldErrorResponse",
    "Equal",
    "EqualTypedDict",
    "EqualValue",
    "FloatArrayFieldDefinition",
    "FloatArrayFieldDefinitionTypedDict",
    "FloatFieldDefinition",
    "FloatFieldDefinitionTypedDict",
    "GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage",
    "GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage",
    "GetSummaryResponseSummary",
    "GetSummaryResponseSummaryStatus",
    "GrepRequest",
    "GrepRequestMode",
    "GrepRequestTypedDict",
    "Gt",
    "Gte",
    "HTTPValidationError",
    "In",
    "InTypedDict",
    "InValue",
    "IngestDocumentsRequest",
    "IngestDocumentsRequestTypedDict",
    "IngestDocumentsResponse",
    "IntArrayFieldDefinition",
    "IntArrayFieldDefinitionTypedDict",
    "IntFieldDefinition",
    "IntFieldDefinitionTypedDict",
    "JSONFieldDefinition",
    "JSONFieldDefinitionTypedDict",
    "KeywordArrayFieldDefinition",
    "KeywordArrayFieldDefinitionTypedDict",
    "KeywordFieldDefinition",
    "KeywordFieldDefinitionTypedDict",
    "KeywordRetriever",
    "KeywordRetrieverFilter",
    "KeywordRetrieverFilterTypedDict",
    "KeywordRetrieverOperator",
    "KeywordRetrieverTypedDict",
    "ListIndexesV1ContextSearchIndexesGetStatus",
    "ListManagedIndexesResponse",
    "Location",
    "LongArrayFieldDefinition",
    "LongArrayFieldDefinitionTypedDict",
    "LongFieldDefinition",
    "LongFieldDefinitionTypedDict",
    "Lt",
    "Lte",
    "ManagedIndexConfig",
    "ManagedIndexConfigTypedDict",
    "ManagedIndexFields",
    "ManagedIndexFieldsTypedDict",
    "ManagedIndexResponse",
    "ManagedIndexResponseStatus",
    "MistralEmbeddingModel",
    "MistralEmbeddingModelDistanceMetric",
    "MistralEmbeddingModelDtype",
    "MistralEmbeddingModelTypedDict",
    "NavigateRequest",
    "NavigateRequestDirection",
    "NavigateRequestTypedDict",
    "NavigationChunkResponse",
    "NavigationResponse",
    "NearestNeighbourRetriever",
    "NearestNeighbourRetrieverFilter",
    "NearestNeighbourRetrieverFilterTypedDict",
    "NearestNeighbourRetrieverTypedDict",
    "Not",
    "NotMatch",
    "NotMatchTypedDict",
    "NotTypedDict",
    "Or",
    "OrMatche",
    "OrMatcheTypedDict",
    "OrTypedDict",
    "RRFRetriever",
    "RRFRetrieverFilter",
    "RRFRetrieverFilterTypedDict",
    "RRFRetrieverRetriever",
    "RRFRetrieverRetrieverTypedDict",
    "RRFRetrieverTypedDict",
    "Range",
    "RangeTypedDict",
    "ReadRequest",
    "ReadRequestTypedDict",
    "RejectedDocumentResponse",
    "SearchChunkResponse",
    "SearchHitResponse",
    "SearchRequest",
    "SearchRequestRetriever",
    "SearchRequestRetrieverTypedDict",
    "SearchRequestTypedDict",
    "SearchResponse",
    "SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage",
    "SummaryChunk",
    "SummaryError",
    "SummaryMetadata",
    "SummaryMetadataStatus",
    "TextArrayFieldDefinition",
    "TextArrayFieldDefinitionTypedDict",
    "TextFieldDefinition",
    "TextFieldDefinitionTypedDict",
    "TimestampArrayFieldDefinition",
    "TimestampArrayFieldDefinitionTypedDict",
    "TimestampFieldDefinition",
    "TimestampFieldDefinitionTypedDict",
    "UpdateManagedIndexRequest",
    "UpdateManagedIndexRequestTypedDict",
    "UpdateSummaryRequestSummary",
    "UpdateSummaryRequestSummaryStatus",
    "UpdateSummaryRequestSummaryTypedDict",
    "ValidationError",
]


class AcceptedDocumentResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "accepted"}
    __mistral_keep__ = frozenset({"status"})
    position: int
    document_id: str
    chunk_count: int
    status: Literal["accepted"] = "accepted"


class And(ConstFieldsModel):
    """Conjunction: rows must match every sub-filter."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "and"}
    __mistral_keep__ = frozenset({"type"})
    matches: list[AndMatche]
    type: Literal["and"] = "and"


class BoolArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "bool[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["bool[]"] = "bool[]"


class BoolFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "bool"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["bool"] = "bool"


class CreateManagedIndexRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    config: ManagedIndexConfig
    schema_: ManagedIndexFields | None = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )


class CustomEmbeddingModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "custom"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    dimensions: int
    type: Literal["custom"] = "custom"
    dtype: CustomEmbeddingModelDtype | str | None = None
    distance_metric: CustomEmbeddingModelDistanceMetric | str | None = None


class DeleteDocumentsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    document_ids: list[str]


class DeleteDocumentsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    deleted_document_ids: list[str]
    missing: list[str]


class DeleteManagedIndexResponse(BaseModel):
    """Wire representation returned when an index is deleted (id, name, status)."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    status: DeleteManagedIndexResponseStatus | str


class DenseVectorFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "dense_vector"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = True
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["dense_vector"] = "dense_vector"


class DocumentFieldErrorResponse(BaseModel):
    """A single field-level validation failure within a rejected document."""

    __mistral_keep__ = frozenset()
    location: list[Location]
    type: str
    message: str


class Equal(ConstFieldsModel):
    """Field equals a scalar value."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "equal"}
    __mistral_keep__ = frozenset({"type"})
    field: str
    value: EqualValue
    type: Literal["equal"] = "equal"


class FloatArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "float[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["float[]"] = "float[]"


class FloatFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "float"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["float"] = "float"


class GetSummaryResponseSummary(BaseModel):
    __mistral_keep__ = frozenset()
    content: str
    status: GetSummaryResponseSummaryStatus | str
    translated: bool


class GrepRequest(BaseModel):
    __mistral_keep__ = frozenset()
    source_id: str
    pattern: str
    mode: GrepRequestMode | None = None
    top_k: int | None = 5
    content_type: str | None = "content"


class In(ConstFieldsModel):
    """Field is one of a set of values."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "in"}
    __mistral_keep__ = frozenset({"type"})
    field: str
    values: list[InValue]
    type: Literal["in"] = "in"


class IngestDocumentsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    documents: list[dict[str, Any]]


class IngestDocumentsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    accepted: int
    rejected: int
    results: list[AcceptedDocumentResponse | RejectedDocumentResponse]


class IntArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "int[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["int[]"] = "int[]"


class IntFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "int"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["int"] = "int"


class JSONFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["json"] = "json"


class KeywordArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "keyword[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["keyword[]"] = "keyword[]"


class KeywordFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "keyword"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = True
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["keyword"] = "keyword"


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


class ListManagedIndexesResponse(PagedModel):
    """Paginated list of managed indexes."""

    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ManagedIndexResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ManagedIndexResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ManagedIndexResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[ManagedIndexResponse]
    next_page_token: str | None = None


class LongArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "long[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["long[]"] = "long[]"


class LongFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "long"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["long"] = "long"


class ManagedIndexConfig(BaseModel):
    __mistral_keep__ = frozenset()
    embedding: CustomEmbeddingModel | MistralEmbeddingModel


class ManagedIndexFields(BaseModel):
    __mistral_keep__ = frozenset()
    document_fields: (
        dict[
            str,
            BoolFieldDefinition
            | BoolArrayFieldDefinition
            | DenseVectorFieldDefinition
            | FloatFieldDefinition
            | FloatArrayFieldDefinition
            | IntFieldDefinition
            | IntArrayFieldDefinition
            | JSONFieldDefinition
            | KeywordFieldDefinition
            | KeywordArrayFieldDefinition
            | LongFieldDefinition
            | LongArrayFieldDefinition
            | TextFieldDefinition
            | TextArrayFieldDefinition
            | TimestampFieldDefinition
            | TimestampArrayFieldDefinition,
        ]
        | None
    ) = None
    chunk_fields: (
        dict[
            str,
            BoolFieldDefinition
            | BoolArrayFieldDefinition
            | DenseVectorFieldDefinition
            | FloatFieldDefinition
            | FloatArrayFieldDefinition
            | IntFieldDefinition
            | IntArrayFieldDefinition
            | JSONFieldDefinition
            | KeywordFieldDefinition
            | KeywordArrayFieldDefinition
            | LongFieldDefinition
            | LongArrayFieldDefinition
            | TextFieldDefinition
            | TextArrayFieldDefinition
            | TimestampFieldDefinition
            | TimestampArrayFieldDefinition,
        ]
        | None
    ) = None


class ManagedIndexResponse(BaseModel):
    """Wire representation of a managed index (decoupled from the domain model)."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    creator_id: str
    status: ManagedIndexResponseStatus | str
    schema_: ManagedIndexFields = Field(validation_alias="schema", serialization_alias="schema")
    config: ManagedIndexConfig
    status_message: str | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None


class MistralEmbeddingModel(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "mistral"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    dimensions: int
    type: Literal["mistral"] = "mistral"
    dtype: MistralEmbeddingModelDtype | str | None = None
    distance_metric: MistralEmbeddingModelDistanceMetric | str | None = None


class NavigateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    source_id: str
    start_offset: int
    end_offset: int
    direction: NavigateRequestDirection
    top_k: int | None = 1
    content_type: str | None = "content"


class NavigationChunkResponse(BaseModel):
    """Wire chunk for navigation: same atom fields as search, no rank fields."""

    __mistral_keep__ = frozenset()
    id: str
    source_id: str
    locator: str
    start_offset: int | None
    end_offset: int | None
    chunk_type: str
    content: str
    parent_ref: str | None = None
    metadata: dict[str, Any] | None = None


class NavigationResponse(BaseModel):
    """Unranked chunk list in reading order (ascending start_offset)."""

    __mistral_keep__ = frozenset()
    chunks: list[NavigationChunkResponse]


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


class Not(ConstFieldsModel):
    """Negate a filter: rows must not match."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "not"}
    __mistral_keep__ = frozenset({"type"})
    match_: NotMatch = Field(validation_alias="match", serialization_alias="match")
    type: Literal["not"] = "not"


class Or(ConstFieldsModel):
    """Disjunction: rows must match at least one sub-filter."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "or"}
    __mistral_keep__ = frozenset({"type"})
    matches: list[OrMatche]
    type: Literal["or"] = "or"


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


class ReadRequest(BaseModel):
    __mistral_keep__ = frozenset()
    source_id: str
    start_offset: int | None = None
    end_offset: int | None = None
    top_k: int | None = 20
    content_type: str | None = "content"


class RejectedDocumentResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "rejected"}
    __mistral_keep__ = frozenset({"status"})
    position: int
    errors: list[DocumentFieldErrorResponse]
    status: Literal["rejected"] = "rejected"


class SearchChunkResponse(BaseModel):
    """Wire chunk: atom fields plus any custom fields (via ``extra``)."""

    __mistral_keep__ = frozenset()
    id: str
    source_id: str
    locator: str
    start_offset: int | None
    end_offset: int | None
    chunk_type: str
    content: str
    parent_ref: str | None = None
    metadata: dict[str, Any] | None = None


class SearchHitResponse(BaseModel):
    __mistral_keep__ = frozenset()
    chunk: SearchChunkResponse
    score: float
    index_name: str
    distance: float | None = None


class SearchRequest(BaseModel):
    __mistral_keep__ = frozenset()
    retriever: SearchRequestRetriever


class SearchResponse(BaseModel):
    __mistral_keep__ = frozenset()
    hits: list[SearchHitResponse]


class SummaryChunk(BaseModel):
    """Regular content."""

    __mistral_keep__ = frozenset()
    content: str


class SummaryError(BaseModel):
    """If an error is encountered while streaming responses this is returned."""

    __mistral_keep__ = frozenset()
    error: str


class SummaryMetadata(BaseModel):
    """Summary content. Expected to be the first value returned."""

    __mistral_keep__ = frozenset()
    status: SummaryMetadataStatus | str
    translated: bool


class TextArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["text[]"] = "text[]"


class TextFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = True
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["text"] = "text"


class TimestampArrayFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "timestamp[]"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["timestamp[]"] = "timestamp[]"


class TimestampFieldDefinition(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "timestamp"}
    __mistral_keep__ = frozenset({"type"})
    indexed: bool | None = False
    required: bool | None = False
    system: bool | None = False
    default: Any = None
    type: Literal["timestamp"] = "timestamp"


class UpdateManagedIndexRequest(BaseModel):
    """The schema an index should have. Sent whole, not as a patch. No ``config``: the embedding configuration is fixed at creation, so there is nothing for a caller to send back."""

    __mistral_keep__ = frozenset()
    schema_: ManagedIndexFields = Field(validation_alias="schema", serialization_alias="schema")


class UpdateSummaryRequestSummary(BaseModel):
    __mistral_keep__ = frozenset()
    content: str
    status: UpdateSummaryRequestSummaryStatus
    translated: bool


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

AndMatcheTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

CustomEmbeddingModelDtype: TypeAlias = Literal["float16", "float32"] | str

CustomEmbeddingModelDistanceMetric: TypeAlias = Literal["cosine", "inner_product", "l2"] | str

DeleteManagedIndexResponseStatus: TypeAlias = (
    Literal["provisioning", "ready", "failed", "deleting"] | str
)

EqualValue: TypeAlias = int | float | datetime | str

GetSummaryResponseSummaryStatus: TypeAlias = (
    Literal["handwritten", "generated", "generated_confirmed"] | str
)

GrepRequestMode: TypeAlias = Literal["phrase", "term"] | str

Gt: TypeAlias = int | float | datetime

Gte: TypeAlias = int | float | datetime

InValue: TypeAlias = int | float | datetime | str

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

KeywordRetrieverFilterTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

Location: TypeAlias = str | int

Lt: TypeAlias = int | float | datetime

Lte: TypeAlias = int | float | datetime

ManagedIndexResponseStatus: TypeAlias = Literal["provisioning", "ready", "failed", "deleting"] | str

MistralEmbeddingModelDtype: TypeAlias = Literal["float16", "float32"] | str

MistralEmbeddingModelDistanceMetric: TypeAlias = Literal["cosine", "inner_product", "l2"] | str

NavigateRequestDirection: TypeAlias = Literal["next", "previous"] | str

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

NearestNeighbourRetrieverFilterTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

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

NotMatchTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

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

OrMatcheTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

RRFRetrieverRetriever: TypeAlias = Annotated[
    Annotated[KeywordRetriever, Tag("keyword")]
    | Annotated[NearestNeighbourRetriever, Tag("nearest_neighbour")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"keyword", "nearest_neighbour"})),
]

RRFRetrieverRetrieverTypedDict: TypeAlias = (
    KeywordRetrieverTypedDict | NearestNeighbourRetrieverTypedDict
)

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

RRFRetrieverFilterTypedDict: TypeAlias = (
    AndTypedDict | EqualTypedDict | InTypedDict | NotTypedDict | OrTypedDict | RangeTypedDict
)

SearchRequestRetriever: TypeAlias = Annotated[
    Annotated[KeywordRetriever, Tag("keyword")]
    | Annotated[NearestNeighbourRetriever, Tag("nearest_neighbour")]
    | Annotated[RRFRetriever, Tag("rrf")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"keyword", "nearest_neighbour", "rrf"})),
]

SearchRequestRetrieverTypedDict: TypeAlias = (
    KeywordRetrieverTypedDict | NearestNeighbourRetrieverTypedDict | RRFRetrieverTypedDict
)

SummaryMetadataStatus: TypeAlias = Literal["handwritten", "generated", "generated_confirmed"] | str

UpdateSummaryRequestSummaryStatus: TypeAlias = Literal["handwritten", "generated_confirmed"] | str

ListIndexesV1ContextSearchIndexesGetStatus: TypeAlias = (
    Literal["provisioning", "ready", "failed", "deleting"] | str
)

GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)

GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)

SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)
