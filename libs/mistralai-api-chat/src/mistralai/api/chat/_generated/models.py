# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.chat._generated._models.archive_model_response import ArchiveModelResponse
    from mistralai.api.chat._generated._models.base_model_card import (
        BaseModelCard,
        FTModelCard,
        ModelCapabilities,
    )
    from mistralai.api.chat._generated._models.chat_classification_request import (
        ChatClassificationRequest,
        ChatClassificationRequestInputs,
        InstructRequest,
        InstructRequestMessage,
    )
    from mistralai.api.chat._generated._models.chat_completion_request import (
        ChatCompletionRequest,
        ChatCompletionRequestMessage,
        ChatCompletionRequestTool,
    )
    from mistralai.api.chat._generated._models.chat_moderation_request import (
        ChatModerationRequest,
        ChatModerationRequestInput,
    )
    from mistralai.api.chat._generated._models.classification_request import ClassificationRequest
    from mistralai.api.chat._generated._models.classification_response import (
        ClassificationResponse,
        ClassificationTargetResult,
    )
    from mistralai.api.chat._generated._models.delete_model_response import DeleteModelResponse
    from mistralai.api.chat._generated._models.embedding_request import (
        EmbeddingDtype,
        EmbeddingRequest,
        EncodingFormat,
    )
    from mistralai.api.chat._generated._models.embedding_response import (
        EmbeddingResponse,
        EmbeddingResponseData,
    )
    from mistralai.api.chat._generated._models.fim_completion_request import FIMCompletionRequest
    from mistralai.api.chat._generated._models.fim_completion_response import FIMCompletionResponse
    from mistralai.api.chat._generated._models.jobs_api_routes_fine_tuning_update_fine_tuned_model_response import (
        ClassifierFineTunedModel,
        ClassifierTargetResult,
        CompletionFineTunedModel,
        FineTunedModelCapabilities,
        JobsAPIRoutesFineTuningUpdateFineTunedModelResponse,
    )
    from mistralai.api.chat._generated._models.model_list import ModelList, ModelListData
    from mistralai.api.chat._generated._models.moderation_response import (
        ModerationObject,
        ModerationResponse,
    )
    from mistralai.api.chat._generated._models.ocr_request import (
        ConfidenceScoresGranularity,
        OCRRequest,
        TableFormat,
    )
    from mistralai.api.chat._generated._models.ocr_response import (
        Format,
        OCRAsideTextBlock,
        OCRBlockConfidenceScores,
        OCRCaptionBlock,
        OCRCodeBlock,
        OCRConfidenceScore,
        OCREquationBlock,
        OCRFooterBlock,
        OCRHeaderBlock,
        OCRImageBlock,
        OCRImageObject,
        OCRListBlock,
        OCRPageConfidenceScores,
        OCRPageDimensions,
        OCRPageObject,
        OCRPageObjectBlock,
        OCRReferencesBlock,
        OCRResponse,
        OCRSignatureBlock,
        OCRTableBlock,
        OCRTableObject,
        OCRTextBlock,
        OCRTitleBlock,
        OCRUsageInfo,
    )
    from mistralai.api.chat._generated._models.retrieve_model_v1_models_model_id_get_response import (
        ResponseRetrieveModelV1ModelsModelIDGet,
        RetrieveModelV1ModelsModelIdGetResponse,
    )
    from mistralai.api.chat._generated._models.unarchive_model_response import (
        UnarchiveModelResponse,
    )
    from mistralai.api.chat._generated._models.update_model_request import UpdateModelRequest
    from mistralai.api.chat._generated._typed_dicts import (
        ChatClassificationRequestInputsTypedDict,
        ChatClassificationRequestTypedDict,
        ChatCompletionRequestMessageTypedDict,
        ChatCompletionRequestToolTypedDict,
        ChatCompletionRequestTypedDict,
        ChatModerationRequestInputTypedDict,
        ChatModerationRequestTypedDict,
        ClassificationRequestTypedDict,
        EmbeddingRequestTypedDict,
        FIMCompletionRequestTypedDict,
        InstructRequestMessageTypedDict,
        InstructRequestTypedDict,
        OCRRequestTypedDict,
        UpdateModelRequestTypedDict,
    )
    from mistralai.core.models import (
        APIKeyAuth,
        APIKeyAuthTypedDict,
        AssistantMessage,
        AssistantMessageTypedDict,
        AudioChunk,
        AudioChunkTypedDict,
        BuiltInConnectors,
        ChatCompletionChoice,
        ChatCompletionChoiceFinishReason,
        ChatCompletionResponse,
        CodeInterpreterTool,
        CodeInterpreterToolTypedDict,
        CompletionChunk,
        CompletionEvent,
        CompletionResponseStreamChoice,
        CompletionResponseStreamChoiceFinishReason,
        ContentChunk,
        ContentChunkTypedDict,
        CustomConnector,
        CustomConnectorAuthorization,
        CustomConnectorAuthorizationTypedDict,
        CustomConnectorTypedDict,
        DeltaMessage,
        DocumentLibraryTool,
        DocumentLibraryToolTypedDict,
        DocumentURLChunk,
        DocumentURLChunkTypedDict,
        FileChunk,
        FileChunkTypedDict,
        FTClassifierLossFunction,
        Function,
        FunctionCall,
        FunctionCallTypedDict,
        FunctionName,
        FunctionNameTypedDict,
        FunctionTypedDict,
        GuardrailConfig,
        GuardrailConfigTypedDict,
        HTTPValidationError,
        ImageDetail,
        ImageGenerationTool,
        ImageGenerationToolTypedDict,
        ImageURL,
        ImageURLChunk,
        ImageURLChunkTypedDict,
        ImageURLTypedDict,
        JSONSchema,
        JsonSchema,
        JsonSchemaTypedDict,
        MistralPromptMode,
        ModerationLLMAction,
        ModerationLLMV1CategoryThresholds,
        ModerationLLMV1CategoryThresholdsTypedDict,
        ModerationLLMV1Config,
        ModerationLLMV1ConfigTypedDict,
        ModerationLLMV2CategoryThresholds,
        ModerationLLMV2CategoryThresholdsTypedDict,
        ModerationLLMV2Config,
        ModerationLLMV2ConfigTypedDict,
        OAuth2TokenAuth,
        OAuth2TokenAuthTypedDict,
        Prediction,
        PredictionTypedDict,
        ReasoningEffort,
        ReferenceChunk,
        ReferenceChunkTypedDict,
        RequestedServiceTier,
        ResponseFormat,
        ResponseFormats,
        ResponseFormatTypedDict,
        SystemMessage,
        SystemMessageContentChunks,
        SystemMessageContentChunksTypedDict,
        SystemMessageTypedDict,
        TextChunk,
        TextChunkTypedDict,
        ThinkChunk,
        ThinkChunkTypedDict,
        Tool,
        ToolCall,
        ToolCallTypedDict,
        ToolChoice,
        ToolChoiceEnum,
        ToolChoiceTypedDict,
        ToolConfiguration,
        ToolConfigurationTypedDict,
        ToolMessage,
        ToolMessageTypedDict,
        ToolReferenceChunk,
        ToolReferenceChunkTypedDict,
        ToolTypedDict,
        ToolTypes,
        UsageInfo,
        UserMessage,
        UserMessageTypedDict,
        ValidationError,
        WebSearchPremiumTool,
        WebSearchPremiumToolTypedDict,
        WebSearchTool,
        WebSearchToolTypedDict,
    )

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
    "ArchiveModelResponse",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "AudioChunk",
    "AudioChunkTypedDict",
    "BaseModelCard",
    "BuiltInConnectors",
    "ChatClassificationRequest",
    "ChatClassificationRequestInputs",
    "ChatClassificationRequestInputsTypedDict",
    "ChatClassificationRequestTypedDict",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionRequest",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageTypedDict",
    "ChatCompletionRequestTool",
    "ChatCompletionRequestToolTypedDict",
    "ChatCompletionRequestTypedDict",
    "ChatCompletionResponse",
    "ChatModerationRequest",
    "ChatModerationRequestInput",
    "ChatModerationRequestInputTypedDict",
    "ChatModerationRequestTypedDict",
    "ClassificationRequest",
    "ClassificationRequestTypedDict",
    "ClassificationResponse",
    "ClassificationTargetResult",
    "ClassifierFineTunedModel",
    "ClassifierTargetResult",
    "CodeInterpreterTool",
    "CodeInterpreterToolTypedDict",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionFineTunedModel",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "ConfidenceScoresGranularity",
    "ContentChunk",
    "ContentChunkTypedDict",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DeleteModelResponse",
    "DeltaMessage",
    "DocumentLibraryTool",
    "DocumentLibraryToolTypedDict",
    "DocumentURLChunk",
    "DocumentURLChunkTypedDict",
    "EmbeddingDtype",
    "EmbeddingRequest",
    "EmbeddingRequestTypedDict",
    "EmbeddingResponse",
    "EmbeddingResponseData",
    "EncodingFormat",
    "FIMCompletionRequest",
    "FIMCompletionRequestTypedDict",
    "FIMCompletionResponse",
    "FTClassifierLossFunction",
    "FTModelCard",
    "FileChunk",
    "FileChunkTypedDict",
    "FineTunedModelCapabilities",
    "Format",
    "Function",
    "FunctionCall",
    "FunctionCallTypedDict",
    "FunctionName",
    "FunctionNameTypedDict",
    "FunctionTypedDict",
    "GuardrailConfig",
    "GuardrailConfigTypedDict",
    "HTTPValidationError",
    "ImageDetail",
    "ImageGenerationTool",
    "ImageGenerationToolTypedDict",
    "ImageURL",
    "ImageURLChunk",
    "ImageURLChunkTypedDict",
    "ImageURLTypedDict",
    "InstructRequest",
    "InstructRequestMessage",
    "InstructRequestMessageTypedDict",
    "InstructRequestTypedDict",
    "JSONSchema",
    "JobsAPIRoutesFineTuningUpdateFineTunedModelResponse",
    "JsonSchema",
    "JsonSchemaTypedDict",
    "MistralPromptMode",
    "ModelCapabilities",
    "ModelList",
    "ModelListData",
    "ModerationLLMAction",
    "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1CategoryThresholdsTypedDict",
    "ModerationLLMV1Config",
    "ModerationLLMV1ConfigTypedDict",
    "ModerationLLMV2CategoryThresholds",
    "ModerationLLMV2CategoryThresholdsTypedDict",
    "ModerationLLMV2Config",
    "ModerationLLMV2ConfigTypedDict",
    "ModerationObject",
    "ModerationResponse",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthTypedDict",
    "OCRAsideTextBlock",
    "OCRBlockConfidenceScores",
    "OCRCaptionBlock",
    "OCRCodeBlock",
    "OCRConfidenceScore",
    "OCREquationBlock",
    "OCRFooterBlock",
    "OCRHeaderBlock",
    "OCRImageBlock",
    "OCRImageObject",
    "OCRListBlock",
    "OCRPageConfidenceScores",
    "OCRPageDimensions",
    "OCRPageObject",
    "OCRPageObjectBlock",
    "OCRReferencesBlock",
    "OCRRequest",
    "OCRRequestTypedDict",
    "OCRResponse",
    "OCRSignatureBlock",
    "OCRTableBlock",
    "OCRTableObject",
    "OCRTextBlock",
    "OCRTitleBlock",
    "OCRUsageInfo",
    "Prediction",
    "PredictionTypedDict",
    "ReasoningEffort",
    "ReferenceChunk",
    "ReferenceChunkTypedDict",
    "RequestedServiceTier",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "ResponseRetrieveModelV1ModelsModelIDGet",
    "RetrieveModelV1ModelsModelIdGetResponse",
    "SystemMessage",
    "SystemMessageContentChunks",
    "SystemMessageContentChunksTypedDict",
    "SystemMessageTypedDict",
    "TableFormat",
    "TextChunk",
    "TextChunkTypedDict",
    "ThinkChunk",
    "ThinkChunkTypedDict",
    "Tool",
    "ToolCall",
    "ToolCallTypedDict",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolChoiceTypedDict",
    "ToolConfiguration",
    "ToolConfigurationTypedDict",
    "ToolMessage",
    "ToolMessageTypedDict",
    "ToolReferenceChunk",
    "ToolReferenceChunkTypedDict",
    "ToolTypedDict",
    "ToolTypes",
    "UnarchiveModelResponse",
    "UpdateModelRequest",
    "UpdateModelRequestTypedDict",
    "UsageInfo",
    "UserMessage",
    "UserMessageTypedDict",
    "ValidationError",
    "WebSearchPremiumTool",
    "WebSearchPremiumToolTypedDict",
    "WebSearchTool",
    "WebSearchToolTypedDict",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.archive_model_response": "ArchiveModelResponse",
            "._models.base_model_card": "BaseModelCard FTModelCard ModelCapabilities",
            "._models.chat_classification_request": (
                "ChatClassificationRequest ChatClassificationRequestInputs InstructRequest "
                "InstructRequestMessage"
            ),
            "._models.chat_completion_request": "ChatCompletionRequest ChatCompletionRequestMessage ChatCompletionRequestTool",
            "._models.chat_moderation_request": "ChatModerationRequest ChatModerationRequestInput",
            "._models.classification_request": "ClassificationRequest",
            "._models.classification_response": "ClassificationResponse ClassificationTargetResult",
            "._models.delete_model_response": "DeleteModelResponse",
            "._models.embedding_request": "EmbeddingDtype EmbeddingRequest EncodingFormat",
            "._models.embedding_response": "EmbeddingResponse EmbeddingResponseData",
            "._models.fim_completion_request": "FIMCompletionRequest",
            "._models.fim_completion_response": "FIMCompletionResponse",
            "._models.jobs_api_routes_fine_tuning_update_fine_tuned_model_response": (
                "ClassifierFineTunedModel ClassifierTargetResult CompletionFineTunedModel "
                "FineTunedModelCapabilities JobsAPIRoutesFineTuningUpdateFineTunedModelResponse"
            ),
            "._models.model_list": "ModelList ModelListData",
            "._models.moderation_response": "ModerationObject ModerationResponse",
            "._models.ocr_request": "ConfidenceScoresGranularity OCRRequest TableFormat",
            "._models.ocr_response": (
                "Format OCRAsideTextBlock OCRBlockConfidenceScores OCRCaptionBlock OCRCodeBlock "
                "OCRConfidenceScore OCREquationBlock OCRFooterBlock OCRHeaderBlock OCRImageBlock "
                "OCRImageObject OCRListBlock OCRPageConfidenceScores OCRPageDimensions "
                "OCRPageObject OCRPageObjectBlock OCRReferencesBlock OCRResponse "
                "OCRSignatureBlock OCRTableBlock OCRTableObject OCRTextBlock OCRTitleBlock "
                "OCRUsageInfo"
            ),
            "._models.retrieve_model_v1_models_model_id_get_response": "ResponseRetrieveModelV1ModelsModelIDGet RetrieveModelV1ModelsModelIdGetResponse",
            "._models.unarchive_model_response": "UnarchiveModelResponse",
            "._models.update_model_request": "UpdateModelRequest",
            "._typed_dicts": (
                "ChatClassificationRequestInputsTypedDict ChatClassificationRequestTypedDict "
                "ChatCompletionRequestMessageTypedDict ChatCompletionRequestToolTypedDict "
                "ChatCompletionRequestTypedDict ChatModerationRequestInputTypedDict "
                "ChatModerationRequestTypedDict ClassificationRequestTypedDict "
                "EmbeddingRequestTypedDict FIMCompletionRequestTypedDict "
                "InstructRequestMessageTypedDict InstructRequestTypedDict OCRRequestTypedDict "
                "UpdateModelRequestTypedDict"
            ),
            "mistralai.core.models": (
                "APIKeyAuth APIKeyAuthTypedDict AssistantMessage AssistantMessageTypedDict "
                "AudioChunk AudioChunkTypedDict BuiltInConnectors ChatCompletionChoice "
                "ChatCompletionChoiceFinishReason ChatCompletionResponse CodeInterpreterTool "
                "CodeInterpreterToolTypedDict CompletionChunk CompletionEvent "
                "CompletionResponseStreamChoice CompletionResponseStreamChoiceFinishReason "
                "ContentChunk ContentChunkTypedDict CustomConnector CustomConnectorAuthorization "
                "CustomConnectorAuthorizationTypedDict CustomConnectorTypedDict DeltaMessage "
                "DocumentLibraryTool DocumentLibraryToolTypedDict DocumentURLChunk "
                "DocumentURLChunkTypedDict FTClassifierLossFunction FileChunk FileChunkTypedDict "
                "Function FunctionCall FunctionCallTypedDict FunctionName FunctionNameTypedDict "
                "FunctionTypedDict GuardrailConfig GuardrailConfigTypedDict HTTPValidationError "
                "ImageDetail ImageGenerationTool ImageGenerationToolTypedDict ImageURL "
                "ImageURLChunk ImageURLChunkTypedDict ImageURLTypedDict JSONSchema JsonSchema "
                "JsonSchemaTypedDict MistralPromptMode ModerationLLMAction "
                "ModerationLLMV1CategoryThresholds ModerationLLMV1CategoryThresholdsTypedDict "
                "ModerationLLMV1Config ModerationLLMV1ConfigTypedDict "
                "ModerationLLMV2CategoryThresholds ModerationLLMV2CategoryThresholdsTypedDict "
                "ModerationLLMV2Config ModerationLLMV2ConfigTypedDict OAuth2TokenAuth "
                "OAuth2TokenAuthTypedDict Prediction PredictionTypedDict ReasoningEffort "
                "ReferenceChunk ReferenceChunkTypedDict RequestedServiceTier ResponseFormat "
                "ResponseFormatTypedDict ResponseFormats SystemMessage SystemMessageContentChunks "
                "SystemMessageContentChunksTypedDict SystemMessageTypedDict TextChunk "
                "TextChunkTypedDict ThinkChunk ThinkChunkTypedDict Tool ToolCall "
                "ToolCallTypedDict ToolChoice ToolChoiceEnum ToolChoiceTypedDict "
                "ToolConfiguration ToolConfigurationTypedDict ToolMessage ToolMessageTypedDict "
                "ToolReferenceChunk ToolReferenceChunkTypedDict ToolTypedDict ToolTypes UsageInfo "
                "UserMessage UserMessageTypedDict ValidationError WebSearchPremiumTool "
                "WebSearchPremiumToolTypedDict WebSearchTool WebSearchToolTypedDict"
            ),
        },
    )
