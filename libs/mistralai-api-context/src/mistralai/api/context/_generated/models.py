# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.context._generated._models.create_managed_index_request import (
        CreateManagedIndexRequest,
    )
    from mistralai.api.context._generated._models.delete_documents_request import (
        DeleteDocumentsRequest,
    )
    from mistralai.api.context._generated._models.delete_documents_response import (
        DeleteDocumentsResponse,
    )
    from mistralai.api.context._generated._models.delete_managed_index_response import (
        DeleteManagedIndexResponse,
        DeleteManagedIndexResponseStatus,
    )
    from mistralai.api.context._generated._models.generate_managed_index_summary_post_v1_context_search_indexes_index_name_summary_field_language_post_language import (
        GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage,
    )
    from mistralai.api.context._generated._models.get_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_get_language import (
        GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage,
    )
    from mistralai.api.context._generated._models.get_summary_response_summary import (
        GetSummaryResponseSummary,
        GetSummaryResponseSummaryStatus,
    )
    from mistralai.api.context._generated._models.grep_request import GrepRequest, GrepRequestMode
    from mistralai.api.context._generated._models.ingest_documents_request import (
        IngestDocumentsRequest,
    )
    from mistralai.api.context._generated._models.ingest_documents_response import (
        AcceptedDocumentResponse,
        DocumentFieldErrorResponse,
        IngestDocumentsResponse,
        Location,
        RejectedDocumentResponse,
    )
    from mistralai.api.context._generated._models.list_indexes_v1_context_search_indexes_get_status import (
        ListIndexesV1ContextSearchIndexesGetStatus,
    )
    from mistralai.api.context._generated._models.list_managed_indexes_response import (
        ListManagedIndexesResponse,
    )
    from mistralai.api.context._generated._models.managed_index_config import (
        CustomEmbeddingModel,
        CustomEmbeddingModelDistanceMetric,
        CustomEmbeddingModelDtype,
        ManagedIndexConfig,
        MistralEmbeddingModel,
        MistralEmbeddingModelDistanceMetric,
        MistralEmbeddingModelDtype,
    )
    from mistralai.api.context._generated._models.managed_index_fields import (
        BoolArrayFieldDefinition,
        BoolFieldDefinition,
        DenseVectorFieldDefinition,
        FloatArrayFieldDefinition,
        FloatFieldDefinition,
        IntArrayFieldDefinition,
        IntFieldDefinition,
        JSONFieldDefinition,
        KeywordArrayFieldDefinition,
        KeywordFieldDefinition,
        LongArrayFieldDefinition,
        LongFieldDefinition,
        ManagedIndexFields,
        TextArrayFieldDefinition,
        TextFieldDefinition,
        TimestampArrayFieldDefinition,
        TimestampFieldDefinition,
    )
    from mistralai.api.context._generated._models.managed_index_response import (
        ManagedIndexResponse,
        ManagedIndexResponseStatus,
    )
    from mistralai.api.context._generated._models.navigate_request import (
        NavigateRequest,
        NavigateRequestDirection,
    )
    from mistralai.api.context._generated._models.navigation_response import (
        NavigationChunkResponse,
        NavigationResponse,
    )
    from mistralai.api.context._generated._models.read_request import ReadRequest
    from mistralai.api.context._generated._models.search_request import (
        And,
        AndMatche,
        Equal,
        EqualValue,
        Gt,
        Gte,
        In,
        InValue,
        KeywordRetriever,
        KeywordRetrieverFilter,
        KeywordRetrieverOperator,
        Lt,
        Lte,
        NearestNeighbourRetriever,
        NearestNeighbourRetrieverFilter,
        Not,
        NotMatch,
        Or,
        OrMatche,
        Range,
        RRFRetriever,
        RRFRetrieverFilter,
        RRFRetrieverRetriever,
        SearchRequest,
        SearchRequestRetriever,
    )
    from mistralai.api.context._generated._models.search_response import (
        SearchChunkResponse,
        SearchHitResponse,
        SearchResponse,
    )
    from mistralai.api.context._generated._models.set_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_put_language import (
        SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage,
        UpdateSummaryRequestSummary,
        UpdateSummaryRequestSummaryStatus,
    )
    from mistralai.api.context._generated._models.summary_chunk import (
        SummaryChunk,
        SummaryError,
        SummaryMetadata,
        SummaryMetadataStatus,
    )
    from mistralai.api.context._generated._models.update_managed_index_request import (
        UpdateManagedIndexRequest,
    )
    from mistralai.api.context._generated._typed_dicts import (
        AndMatcheTypedDict,
        AndTypedDict,
        BoolArrayFieldDefinitionTypedDict,
        BoolFieldDefinitionTypedDict,
        CreateManagedIndexRequestTypedDict,
        CustomEmbeddingModelTypedDict,
        DeleteDocumentsRequestTypedDict,
        DenseVectorFieldDefinitionTypedDict,
        EqualTypedDict,
        FloatArrayFieldDefinitionTypedDict,
        FloatFieldDefinitionTypedDict,
        GrepRequestTypedDict,
        IngestDocumentsRequestTypedDict,
        IntArrayFieldDefinitionTypedDict,
        IntFieldDefinitionTypedDict,
        InTypedDict,
        JSONFieldDefinitionTypedDict,
        KeywordArrayFieldDefinitionTypedDict,
        KeywordFieldDefinitionTypedDict,
        KeywordRetrieverFilterTypedDict,
        KeywordRetrieverTypedDict,
        LongArrayFieldDefinitionTypedDict,
        LongFieldDefinitionTypedDict,
        ManagedIndexConfigTypedDict,
        ManagedIndexFieldsTypedDict,
        MistralEmbeddingModelTypedDict,
        NavigateRequestTypedDict,
        NearestNeighbourRetrieverFilterTypedDict,
        NearestNeighbourRetrieverTypedDict,
        NotMatchTypedDict,
        NotTypedDict,
        OrMatcheTypedDict,
        OrTypedDict,
        RangeTypedDict,
        ReadRequestTypedDict,
        RRFRetrieverFilterTypedDict,
        RRFRetrieverRetrieverTypedDict,
        RRFRetrieverTypedDict,
        SearchRequestRetrieverTypedDict,
        SearchRequestTypedDict,
        TextArrayFieldDefinitionTypedDict,
        TextFieldDefinitionTypedDict,
        TimestampArrayFieldDefinitionTypedDict,
        TimestampFieldDefinitionTypedDict,
        UpdateManagedIndexRequestTypedDict,
        UpdateSummaryRequestSummaryTypedDict,
    )
    from mistralai.core.models import HTTPValidationError, ValidationError

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

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.create_managed_index_request": "CreateManagedIndexRequest",
            "._models.delete_documents_request": "DeleteDocumentsRequest",
            "._models.delete_documents_response": "DeleteDocumentsResponse",
            "._models.delete_managed_index_response": "DeleteManagedIndexResponse DeleteManagedIndexResponseStatus",
            "._models.generate_managed_index_summary_post_v1_context_search_indexes_index_name_summary_field_language_post_language": "GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage",
            "._models.get_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_get_language": "GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage",
            "._models.get_summary_response_summary": "GetSummaryResponseSummary GetSummaryResponseSummaryStatus",
            "._models.grep_request": "GrepRequest GrepRequestMode",
            "._models.ingest_documents_request": "IngestDocumentsRequest",
            "._models.ingest_documents_response": (
                "AcceptedDocumentResponse DocumentFieldErrorResponse IngestDocumentsResponse "
                "Location RejectedDocumentResponse"
            ),
            "._models.list_indexes_v1_context_search_indexes_get_status": "ListIndexesV1ContextSearchIndexesGetStatus",
            "._models.list_managed_indexes_response": "ListManagedIndexesResponse",
            "._models.managed_index_config": (
                "CustomEmbeddingModel CustomEmbeddingModelDistanceMetric "
                "CustomEmbeddingModelDtype ManagedIndexConfig MistralEmbeddingModel "
                "MistralEmbeddingModelDistanceMetric MistralEmbeddingModelDtype"
            ),
            "._models.managed_index_fields": (
                "BoolArrayFieldDefinition BoolFieldDefinition DenseVectorFieldDefinition "
                "FloatArrayFieldDefinition FloatFieldDefinition IntArrayFieldDefinition "
                "IntFieldDefinition JSONFieldDefinition KeywordArrayFieldDefinition "
                "KeywordFieldDefinition LongArrayFieldDefinition LongFieldDefinition "
                "ManagedIndexFields TextArrayFieldDefinition TextFieldDefinition "
                "TimestampArrayFieldDefinition TimestampFieldDefinition"
            ),
            "._models.managed_index_response": "ManagedIndexResponse ManagedIndexResponseStatus",
            "._models.navigate_request": "NavigateRequest NavigateRequestDirection",
            "._models.navigation_response": "NavigationChunkResponse NavigationResponse",
            "._models.read_request": "ReadRequest",
            "._models.search_request": (
                "And AndMatche Equal EqualValue Gt Gte In InValue KeywordRetriever "
                "KeywordRetrieverFilter KeywordRetrieverOperator Lt Lte NearestNeighbourRetriever "
                "NearestNeighbourRetrieverFilter Not NotMatch Or OrMatche RRFRetriever "
                "RRFRetrieverFilter RRFRetrieverRetriever Range SearchRequest "
                "SearchRequestRetriever"
            ),
            "._models.search_response": "SearchChunkResponse SearchHitResponse SearchResponse",
            "._models.set_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_put_language": (
                "SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage "
                "UpdateSummaryRequestSummary UpdateSummaryRequestSummaryStatus"
            ),
            "._models.summary_chunk": "SummaryChunk SummaryError SummaryMetadata SummaryMetadataStatus",
            "._models.update_managed_index_request": "UpdateManagedIndexRequest",
            "._typed_dicts": (
                "AndMatcheTypedDict AndTypedDict BoolArrayFieldDefinitionTypedDict "
                "BoolFieldDefinitionTypedDict CreateManagedIndexRequestTypedDict "
                "CustomEmbeddingModelTypedDict DeleteDocumentsRequestTypedDict "
                "DenseVectorFieldDefinitionTypedDict EqualTypedDict "
                "FloatArrayFieldDefinitionTypedDict FloatFieldDefinitionTypedDict "
                "GrepRequestTypedDict InTypedDict IngestDocumentsRequestTypedDict "
                "IntArrayFieldDefinitionTypedDict IntFieldDefinitionTypedDict "
                "JSONFieldDefinitionTypedDict KeywordArrayFieldDefinitionTypedDict "
                "KeywordFieldDefinitionTypedDict KeywordRetrieverFilterTypedDict "
                "KeywordRetrieverTypedDict LongArrayFieldDefinitionTypedDict "
                "LongFieldDefinitionTypedDict ManagedIndexConfigTypedDict "
                "ManagedIndexFieldsTypedDict MistralEmbeddingModelTypedDict "
                "NavigateRequestTypedDict NearestNeighbourRetrieverFilterTypedDict "
                "NearestNeighbourRetrieverTypedDict NotMatchTypedDict NotTypedDict "
                "OrMatcheTypedDict OrTypedDict RRFRetrieverFilterTypedDict "
                "RRFRetrieverRetrieverTypedDict RRFRetrieverTypedDict RangeTypedDict "
                "ReadRequestTypedDict SearchRequestRetrieverTypedDict SearchRequestTypedDict "
                "TextArrayFieldDefinitionTypedDict TextFieldDefinitionTypedDict "
                "TimestampArrayFieldDefinitionTypedDict TimestampFieldDefinitionTypedDict "
                "UpdateManagedIndexRequestTypedDict UpdateSummaryRequestSummaryTypedDict"
            ),
            "mistralai.core.models": "HTTPValidationError ValidationError",
        },
    )
