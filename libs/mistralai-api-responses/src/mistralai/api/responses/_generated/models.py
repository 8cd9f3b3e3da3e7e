# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-responses distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.responses._generated._models.count_response_input_tokens_request import (
        CountResponseInputTokensRequest,
        CountResponseInputTokensRequestInput1,
        CountResponseInputTokensRequestInput2,
        CountResponseInputTokensRequestResponsesFormatJSONObject,
        CountResponseInputTokensRequestResponsesFormatText,
        CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig,
        CountResponseInputTokensRequestResponsesSupportedReasoning,
        CountResponseInputTokensRequestResponsesSupportedReasoningEffort,
        CountResponseInputTokensRequestResponsesTextConfig,
        CountResponseInputTokensRequestResponsesTextConfigFormat,
        CountResponseInputTokensRequestResponsesTextConfigVerbosity,
        CountResponseInputTokensRequestResponsesToolChoiceFunction,
        CountResponseInputTokensRequestTool,
        CountResponseInputTokensRequestToolChoiceUnion,
        CountResponseInputTokensRequestToolChoiceUnion2,
    )
    from mistralai.api.responses._generated._models.count_response_input_tokens_response import (
        CountResponseInputTokensResponse,
    )
    from mistralai.api.responses._generated._models.create_response_request import (
        CreateResponseRequest,
        CreateResponseRequestInput1,
        CreateResponseRequestInput2,
        CreateResponseRequestResponsesFormatJSONObject,
        CreateResponseRequestResponsesFormatText,
        CreateResponseRequestResponsesFormatTextJSONSchemaConfig,
        CreateResponseRequestResponsesSupportedReasoning,
        CreateResponseRequestResponsesSupportedReasoningEffort,
        CreateResponseRequestResponsesTextConfig,
        CreateResponseRequestResponsesTextConfigFormat,
        CreateResponseRequestResponsesTextConfigVerbosity,
        CreateResponseRequestResponsesToolChoiceFunction,
        CreateResponseRequestTool,
        CreateResponseRequestToolChoiceUnion,
        CreateResponseRequestToolChoiceUnion2,
    )
    from mistralai.api.responses._generated._models.create_response_response import (
        CreateResponseResponse,
        CreateResponseResponseOutput,
        CreateResponseResponsePromptCacheRetention,
        CreateResponseResponseResponsesSupportedReasoning,
        CreateResponseResponseResponsesSupportedReasoningEffort,
        CreateResponseResponseResponsesTextConfig,
        CreateResponseResponseResponsesTextConfigFormat,
        CreateResponseResponseResponsesTextConfigVerbosity,
        CreateResponseResponseServiceTier,
        CreateResponseResponseStatus,
        CreateResponseResponseTool,
        CreateResponseResponseToolChoiceUnion,
        CreateResponseResponseToolChoiceUnion2,
        CreateResponseResponseTruncation,
        ResponsesError,
        ResponsesErrorCode,
        ResponsesIncompleteDetails,
        ResponsesIncompleteDetailsReason,
        ResponsesInputTokensDetails,
        ResponsesOutputTokensDetails,
        ResponsesTextConfigResponsesFormatJSONObject,
        ResponsesTextConfigResponsesFormatText,
        ResponsesTextConfigResponsesFormatTextJSONSchemaConfig,
        ResponsesToolChoiceFunction,
        ResponsesUsage,
    )
    from mistralai.api.responses._generated._models.responses_easy_input_message import (
        ResponsesEasyInputMessage,
        ResponsesEasyInputMessageContent2,
        ResponsesEasyInputMessageContent22,
        ResponsesEasyInputMessagePhase,
        ResponsesEasyInputMessageRole,
        ResponsesFunctionCallOutput,
        ResponsesFunctionCallOutputCaller,
        ResponsesFunctionCallOutputCallerDirect,
        ResponsesFunctionCallOutputCallerProgram,
        ResponsesFunctionCallOutputOutput2,
        ResponsesFunctionCallOutputOutput22,
        ResponsesFunctionCallOutputStatus,
        ResponsesInputFile,
        ResponsesInputFileContent,
        ResponsesInputFileContentDetail,
        ResponsesInputFileContentResponsesPromptCacheBreakpoint,
        ResponsesInputFileDetail,
        ResponsesInputFileResponsesPromptCacheBreakpoint,
        ResponsesInputImage,
        ResponsesInputImageContent,
        ResponsesInputImageContentDetail,
        ResponsesInputImageContentResponsesPromptCacheBreakpoint,
        ResponsesInputImageDetail,
        ResponsesInputImageResponsesPromptCacheBreakpoint,
        ResponsesInputText,
        ResponsesInputTextContent,
        ResponsesInputTextContentResponsesPromptCacheBreakpoint,
        ResponsesInputTextResponsesPromptCacheBreakpoint,
        ResponsesMessage,
        ResponsesMessageContent,
        ResponsesMessageRole,
        ResponsesMessageStatus,
    )
    from mistralai.api.responses._generated._models.responses_function_tool import (
        ResponsesAnnotationContainerFileCitation,
        ResponsesAnnotationFileCitation,
        ResponsesAnnotationFilePath,
        ResponsesAnnotationURLCitation,
        ResponsesCallerDirect,
        ResponsesCallerProgram,
        ResponsesContent,
        ResponsesCustomTool,
        ResponsesCustomToolAllowedCaller,
        ResponsesCustomToolFormat,
        ResponsesFunctionTool,
        ResponsesFunctionToolAllowedCaller,
        ResponsesFunctionToolCall,
        ResponsesFunctionToolCallCaller,
        ResponsesFunctionToolCallStatus,
        ResponsesGrammar,
        ResponsesGrammarSyntax,
        ResponsesNamespaceTool,
        ResponsesNamespaceToolTool,
        ResponsesOutputMessage,
        ResponsesOutputMessageContent,
        ResponsesOutputMessagePhase,
        ResponsesOutputMessageStatus,
        ResponsesOutputRefusal,
        ResponsesOutputText,
        ResponsesOutputTextAnnotation,
        ResponsesOutputTextLogprob,
        ResponsesOutputTextLogprobTopLogprob,
        ResponsesReasoningItem,
        ResponsesReasoningItemStatus,
        ResponsesSummary,
        ResponsesText,
        ResponsesToolFunction,
        ResponsesToolFunctionAllowedCaller,
    )
    from mistralai.api.responses._generated._models.responses_stream_frame import (
        ResponsesCompletedEvent,
        ResponsesContentPartAddedEvent,
        ResponsesContentPartAddedEventPart,
        ResponsesContentPartDoneEvent,
        ResponsesContentPartDoneEventPart,
        ResponsesCreatedEvent,
        ResponsesErrorEvent,
        ResponsesFailedEvent,
        ResponsesFunctionCallArgumentsDeltaEvent,
        ResponsesFunctionCallArgumentsDoneEvent,
        ResponsesIncompleteEvent,
        ResponsesInProgressEvent,
        ResponsesOutputItemAddedEvent,
        ResponsesOutputItemAddedEventItem,
        ResponsesOutputItemDoneEvent,
        ResponsesOutputItemDoneEventItem,
        ResponsesPartReasoningText,
        ResponsesReasoningTextDeltaEvent,
        ResponsesReasoningTextDoneEvent,
        ResponsesStreamFrame,
        ResponsesStreamFrameData,
        ResponsesTextDeltaEvent,
        ResponsesTextDeltaEventLogprob,
        ResponsesTextDeltaEventLogprobTopLogprob,
        ResponsesTextDoneEvent,
        ResponsesTextDoneEventLogprob,
        ResponsesTextDoneEventLogprobTopLogprob,
    )
    from mistralai.api.responses._generated._typed_dicts import (
        CountResponseInputTokensRequestInput1TypedDict,
        CountResponseInputTokensRequestInput2TypedDict,
        CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict,
        CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict,
        CountResponseInputTokensRequestResponsesFormatTextTypedDict,
        CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict,
        CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict,
        CountResponseInputTokensRequestResponsesTextConfigTypedDict,
        CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict,
        CountResponseInputTokensRequestToolChoiceUnionTypedDict,
        CountResponseInputTokensRequestToolTypedDict,
        CountResponseInputTokensRequestTypedDict,
        CreateResponseRequestInput1TypedDict,
        CreateResponseRequestInput2TypedDict,
        CreateResponseRequestResponsesFormatJSONObjectTypedDict,
        CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict,
        CreateResponseRequestResponsesFormatTextTypedDict,
        CreateResponseRequestResponsesSupportedReasoningTypedDict,
        CreateResponseRequestResponsesTextConfigFormatTypedDict,
        CreateResponseRequestResponsesTextConfigTypedDict,
        CreateResponseRequestResponsesToolChoiceFunctionTypedDict,
        CreateResponseRequestToolChoiceUnionTypedDict,
        CreateResponseRequestToolTypedDict,
        CreateResponseRequestTypedDict,
        ResponsesAnnotationContainerFileCitationTypedDict,
        ResponsesAnnotationFileCitationTypedDict,
        ResponsesAnnotationFilePathTypedDict,
        ResponsesAnnotationURLCitationTypedDict,
        ResponsesCallerDirectTypedDict,
        ResponsesCallerProgramTypedDict,
        ResponsesContentTypedDict,
        ResponsesCustomToolFormatTypedDict,
        ResponsesCustomToolTypedDict,
        ResponsesEasyInputMessageContent2TypedDict,
        ResponsesEasyInputMessageContent22TypedDict,
        ResponsesEasyInputMessageTypedDict,
        ResponsesFunctionCallOutputCallerDirectTypedDict,
        ResponsesFunctionCallOutputCallerProgramTypedDict,
        ResponsesFunctionCallOutputCallerTypedDict,
        ResponsesFunctionCallOutputOutput2TypedDict,
        ResponsesFunctionCallOutputOutput22TypedDict,
        ResponsesFunctionCallOutputTypedDict,
        ResponsesFunctionToolCallCallerTypedDict,
        ResponsesFunctionToolCallTypedDict,
        ResponsesFunctionToolTypedDict,
        ResponsesGrammarTypedDict,
        ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict,
        ResponsesInputFileContentTypedDict,
        ResponsesInputFileResponsesPromptCacheBreakpointTypedDict,
        ResponsesInputFileTypedDict,
        ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict,
        ResponsesInputImageContentTypedDict,
        ResponsesInputImageResponsesPromptCacheBreakpointTypedDict,
        ResponsesInputImageTypedDict,
        ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict,
        ResponsesInputTextContentTypedDict,
        ResponsesInputTextResponsesPromptCacheBreakpointTypedDict,
        ResponsesInputTextTypedDict,
        ResponsesMessageContentTypedDict,
        ResponsesMessageTypedDict,
        ResponsesNamespaceToolToolTypedDict,
        ResponsesNamespaceToolTypedDict,
        ResponsesOutputMessageContentTypedDict,
        ResponsesOutputMessageTypedDict,
        ResponsesOutputRefusalTypedDict,
        ResponsesOutputTextAnnotationTypedDict,
        ResponsesOutputTextLogprobTopLogprobTypedDict,
        ResponsesOutputTextLogprobTypedDict,
        ResponsesOutputTextTypedDict,
        ResponsesReasoningItemTypedDict,
        ResponsesSummaryTypedDict,
        ResponsesTextTypedDict,
        ResponsesToolFunctionTypedDict,
    )

__all__ = [
    "CountResponseInputTokensRequest",
    "CountResponseInputTokensRequestInput1",
    "CountResponseInputTokensRequestInput1TypedDict",
    "CountResponseInputTokensRequestInput2",
    "CountResponseInputTokensRequestInput2TypedDict",
    "CountResponseInputTokensRequestResponsesFormatJSONObject",
    "CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict",
    "CountResponseInputTokensRequestResponsesFormatText",
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig",
    "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict",
    "CountResponseInputTokensRequestResponsesFormatTextTypedDict",
    "CountResponseInputTokensRequestResponsesSupportedReasoning",
    "CountResponseInputTokensRequestResponsesSupportedReasoningEffort",
    "CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfig",
    "CountResponseInputTokensRequestResponsesTextConfigFormat",
    "CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfigTypedDict",
    "CountResponseInputTokensRequestResponsesTextConfigVerbosity",
    "CountResponseInputTokensRequestResponsesToolChoiceFunction",
    "CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict",
    "CountResponseInputTokensRequestTool",
    "CountResponseInputTokensRequestToolChoiceUnion",
    "CountResponseInputTokensRequestToolChoiceUnion2",
    "CountResponseInputTokensRequestToolChoiceUnionTypedDict",
    "CountResponseInputTokensRequestToolTypedDict",
    "CountResponseInputTokensRequestTypedDict",
    "CountResponseInputTokensResponse",
    "CreateResponseRequest",
    "CreateResponseRequestInput1",
    "CreateResponseRequestInput1TypedDict",
    "CreateResponseRequestInput2",
    "CreateResponseRequestInput2TypedDict",
    "CreateResponseRequestResponsesFormatJSONObject",
    "CreateResponseRequestResponsesFormatJSONObjectTypedDict",
    "CreateResponseRequestResponsesFormatText",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfig",
    "CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict",
    "CreateResponseRequestResponsesFormatTextTypedDict",
    "CreateResponseRequestResponsesSupportedReasoning",
    "CreateResponseRequestResponsesSupportedReasoningEffort",
    "CreateResponseRequestResponsesSupportedReasoningTypedDict",
    "CreateResponseRequestResponsesTextConfig",
    "CreateResponseRequestResponsesTextConfigFormat",
    "CreateResponseRequestResponsesTextConfigFormatTypedDict",
    "CreateResponseRequestResponsesTextConfigTypedDict",
    "CreateResponseRequestResponsesTextConfigVerbosity",
    "CreateResponseRequestResponsesToolChoiceFunction",
    "CreateResponseRequestResponsesToolChoiceFunctionTypedDict",
    "CreateResponseRequestTool",
    "CreateResponseRequestToolChoiceUnion",
    "CreateResponseRequestToolChoiceUnion2",
    "CreateResponseRequestToolChoiceUnionTypedDict",
    "CreateResponseRequestToolTypedDict",
    "CreateResponseRequestTypedDict",
    "CreateResponseResponse",
    "CreateResponseResponseOutput",
    "CreateResponseResponsePromptCacheRetention",
    "CreateResponseResponseResponsesSupportedReasoning",
    "CreateResponseResponseResponsesSupportedReasoningEffort",
    "CreateResponseResponseResponsesTextConfig",
    "CreateResponseResponseResponsesTextConfigFormat",
    "CreateResponseResponseResponsesTextConfigVerbosity",
    "CreateResponseResponseServiceTier",
    "CreateResponseResponseStatus",
    "CreateResponseResponseTool",
    "CreateResponseResponseToolChoiceUnion",
    "CreateResponseResponseToolChoiceUnion2",
    "CreateResponseResponseTruncation",
    "ResponsesAnnotationContainerFileCitation",
    "ResponsesAnnotationContainerFileCitationTypedDict",
    "ResponsesAnnotationFileCitation",
    "ResponsesAnnotationFileCitationTypedDict",
    "ResponsesAnnotationFilePath",
    "ResponsesAnnotationFilePathTypedDict",
    "ResponsesAnnotationURLCitation",
    "ResponsesAnnotationURLCitationTypedDict",
    "ResponsesCallerDirect",
    "ResponsesCallerDirectTypedDict",
    "ResponsesCallerProgram",
    "ResponsesCallerProgramTypedDict",
    "ResponsesCompletedEvent",
    "ResponsesContent",
    "ResponsesContentPartAddedEvent",
    "ResponsesContentPartAddedEventPart",
    "ResponsesContentPartDoneEvent",
    "ResponsesContentPartDoneEventPart",
    "ResponsesContentTypedDict",
    "ResponsesCreatedEvent",
    "ResponsesCustomTool",
    "ResponsesCustomToolAllowedCaller",
    "ResponsesCustomToolFormat",
    "ResponsesCustomToolFormatTypedDict",
    "ResponsesCustomToolTypedDict",
    "ResponsesEasyInputMessage",
    "ResponsesEasyInputMessageContent2",
    "ResponsesEasyInputMessageContent22",
    "ResponsesEasyInputMessageContent22TypedDict",
    "ResponsesEasyInputMessageContent2TypedDict",
    "ResponsesEasyInputMessagePhase",
    "ResponsesEasyInputMessageRole",
    "ResponsesEasyInputMessageTypedDict",
    "ResponsesError",
    "ResponsesErrorCode",
    "ResponsesErrorEvent",
    "ResponsesFailedEvent",
    "ResponsesFunctionCallArgumentsDeltaEvent",
    "ResponsesFunctionCallArgumentsDoneEvent",
    "ResponsesFunctionCallOutput",
    "ResponsesFunctionCallOutputCaller",
    "ResponsesFunctionCallOutputCallerDirect",
    "ResponsesFunctionCallOutputCallerDirectTypedDict",
    "ResponsesFunctionCallOutputCallerProgram",
    "ResponsesFunctionCallOutputCallerProgramTypedDict",
    "ResponsesFunctionCallOutputCallerTypedDict",
    "ResponsesFunctionCallOutputOutput2",
    "ResponsesFunctionCallOutputOutput22",
    "ResponsesFunctionCallOutputOutput22TypedDict",
    "ResponsesFunctionCallOutputOutput2TypedDict",
    "ResponsesFunctionCallOutputStatus",
    "ResponsesFunctionCallOutputTypedDict",
    "ResponsesFunctionTool",
    "ResponsesFunctionToolAllowedCaller",
    "ResponsesFunctionToolCall",
    "ResponsesFunctionToolCallCaller",
    "ResponsesFunctionToolCallCallerTypedDict",
    "ResponsesFunctionToolCallStatus",
    "ResponsesFunctionToolCallTypedDict",
    "ResponsesFunctionToolTypedDict",
    "ResponsesGrammar",
    "ResponsesGrammarSyntax",
    "ResponsesGrammarTypedDict",
    "ResponsesInProgressEvent",
    "ResponsesIncompleteDetails",
    "ResponsesIncompleteDetailsReason",
    "ResponsesIncompleteEvent",
    "ResponsesInputFile",
    "ResponsesInputFileContent",
    "ResponsesInputFileContentDetail",
    "ResponsesInputFileContentResponsesPromptCacheBreakpoint",
    "ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputFileContentTypedDict",
    "ResponsesInputFileDetail",
    "ResponsesInputFileResponsesPromptCacheBreakpoint",
    "ResponsesInputFileResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputFileTypedDict",
    "ResponsesInputImage",
    "ResponsesInputImageContent",
    "ResponsesInputImageContentDetail",
    "ResponsesInputImageContentResponsesPromptCacheBreakpoint",
    "ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputImageContentTypedDict",
    "ResponsesInputImageDetail",
    "ResponsesInputImageResponsesPromptCacheBreakpoint",
    "ResponsesInputImageResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputImageTypedDict",
    "ResponsesInputText",
    "ResponsesInputTextContent",
    "ResponsesInputTextContentResponsesPromptCacheBreakpoint",
    "ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputTextContentTypedDict",
    "ResponsesInputTextResponsesPromptCacheBreakpoint",
    "ResponsesInputTextResponsesPromptCacheBreakpointTypedDict",
    "ResponsesInputTextTypedDict",
    "ResponsesInputTokensDetails",
    "ResponsesMessage",
    "ResponsesMessageContent",
    "ResponsesMessageContentTypedDict",
    "ResponsesMessageRole",
    "ResponsesMessageStatus",
    "ResponsesMessageTypedDict",
    "ResponsesNamespaceTool",
    "ResponsesNamespaceToolTool",
    "ResponsesNamespaceToolToolTypedDict",
    "ResponsesNamespaceToolTypedDict",
    "ResponsesOutputItemAddedEvent",
    "ResponsesOutputItemAddedEventItem",
    "ResponsesOutputItemDoneEvent",
    "ResponsesOutputItemDoneEventItem",
    "ResponsesOutputMessage",
    "ResponsesOutputMessageContent",
    "ResponsesOutputMessageContentTypedDict",
    "ResponsesOutputMessagePhase",
    "ResponsesOutputMessageStatus",
    "ResponsesOutputMessageTypedDict",
    "ResponsesOutputRefusal",
    "ResponsesOutputRefusalTypedDict",
    "ResponsesOutputText",
    "ResponsesOutputTextAnnotation",
    "ResponsesOutputTextAnnotationTypedDict",
    "ResponsesOutputTextLogprob",
    "ResponsesOutputTextLogprobTopLogprob",
    "ResponsesOutputTextLogprobTopLogprobTypedDict",
    "ResponsesOutputTextLogprobTypedDict",
    "ResponsesOutputTextTypedDict",
    "ResponsesOutputTokensDetails",
    "ResponsesPartReasoningText",
    "ResponsesReasoningItem",
    "ResponsesReasoningItemStatus",
    "ResponsesReasoningItemTypedDict",
    "ResponsesReasoningTextDeltaEvent",
    "ResponsesReasoningTextDoneEvent",
    "ResponsesStreamFrame",
    "ResponsesStreamFrameData",
    "ResponsesSummary",
    "ResponsesSummaryTypedDict",
    "ResponsesText",
    "ResponsesTextConfigResponsesFormatJSONObject",
    "ResponsesTextConfigResponsesFormatText",
    "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig",
    "ResponsesTextDeltaEvent",
    "ResponsesTextDeltaEventLogprob",
    "ResponsesTextDeltaEventLogprobTopLogprob",
    "ResponsesTextDoneEvent",
    "ResponsesTextDoneEventLogprob",
    "ResponsesTextDoneEventLogprobTopLogprob",
    "ResponsesTextTypedDict",
    "ResponsesToolChoiceFunction",
    "ResponsesToolFunction",
    "ResponsesToolFunctionAllowedCaller",
    "ResponsesToolFunctionTypedDict",
    "ResponsesUsage",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.count_response_input_tokens_request": (
                "CountResponseInputTokensRequest CountResponseInputTokensRequestInput1 "
                "CountResponseInputTokensRequestInput2 "
                "CountResponseInputTokensRequestResponsesFormatJSONObject "
                "CountResponseInputTokensRequestResponsesFormatText "
                "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig "
                "CountResponseInputTokensRequestResponsesSupportedReasoning "
                "CountResponseInputTokensRequestResponsesSupportedReasoningEffort "
                "CountResponseInputTokensRequestResponsesTextConfig "
                "CountResponseInputTokensRequestResponsesTextConfigFormat "
                "CountResponseInputTokensRequestResponsesTextConfigVerbosity "
                "CountResponseInputTokensRequestResponsesToolChoiceFunction "
                "CountResponseInputTokensRequestTool "
                "CountResponseInputTokensRequestToolChoiceUnion "
                "CountResponseInputTokensRequestToolChoiceUnion2"
            ),
            "._models.count_response_input_tokens_response": "CountResponseInputTokensResponse",
            "._models.create_response_request": (
                "CreateResponseRequest CreateResponseRequestInput1 CreateResponseRequestInput2 "
                "CreateResponseRequestResponsesFormatJSONObject "
                "CreateResponseRequestResponsesFormatText "
                "CreateResponseRequestResponsesFormatTextJSONSchemaConfig "
                "CreateResponseRequestResponsesSupportedReasoning "
                "CreateResponseRequestResponsesSupportedReasoningEffort "
                "CreateResponseRequestResponsesTextConfig "
                "CreateResponseRequestResponsesTextConfigFormat "
                "CreateResponseRequestResponsesTextConfigVerbosity "
                "CreateResponseRequestResponsesToolChoiceFunction CreateResponseRequestTool "
                "CreateResponseRequestToolChoiceUnion CreateResponseRequestToolChoiceUnion2"
            ),
            "._models.create_response_response": (
                "CreateResponseResponse CreateResponseResponseOutput "
                "CreateResponseResponsePromptCacheRetention "
                "CreateResponseResponseResponsesSupportedReasoning "
                "CreateResponseResponseResponsesSupportedReasoningEffort "
                "CreateResponseResponseResponsesTextConfig "
                "CreateResponseResponseResponsesTextConfigFormat "
                "CreateResponseResponseResponsesTextConfigVerbosity "
                "CreateResponseResponseServiceTier CreateResponseResponseStatus "
                "CreateResponseResponseTool CreateResponseResponseToolChoiceUnion "
                "CreateResponseResponseToolChoiceUnion2 CreateResponseResponseTruncation "
                "ResponsesError ResponsesErrorCode ResponsesIncompleteDetails "
                "ResponsesIncompleteDetailsReason ResponsesInputTokensDetails "
                "ResponsesOutputTokensDetails ResponsesTextConfigResponsesFormatJSONObject "
                "ResponsesTextConfigResponsesFormatText "
                "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig "
                "ResponsesToolChoiceFunction ResponsesUsage"
            ),
            "._models.responses_easy_input_message": (
                "ResponsesEasyInputMessage ResponsesEasyInputMessageContent2 "
                "ResponsesEasyInputMessageContent22 ResponsesEasyInputMessagePhase "
                "ResponsesEasyInputMessageRole ResponsesFunctionCallOutput "
                "ResponsesFunctionCallOutputCaller ResponsesFunctionCallOutputCallerDirect "
                "ResponsesFunctionCallOutputCallerProgram ResponsesFunctionCallOutputOutput2 "
                "ResponsesFunctionCallOutputOutput22 ResponsesFunctionCallOutputStatus "
                "ResponsesInputFile ResponsesInputFileContent ResponsesInputFileContentDetail "
                "ResponsesInputFileContentResponsesPromptCacheBreakpoint ResponsesInputFileDetail "
                "ResponsesInputFileResponsesPromptCacheBreakpoint ResponsesInputImage "
                "ResponsesInputImageContent ResponsesInputImageContentDetail "
                "ResponsesInputImageContentResponsesPromptCacheBreakpoint "
                "ResponsesInputImageDetail ResponsesInputImageResponsesPromptCacheBreakpoint "
                "ResponsesInputText ResponsesInputTextContent "
                "ResponsesInputTextContentResponsesPromptCacheBreakpoint "
                "ResponsesInputTextResponsesPromptCacheBreakpoint ResponsesMessage "
                "ResponsesMessageContent ResponsesMessageRole ResponsesMessageStatus"
            ),
            "._models.responses_function_tool": (
                "ResponsesAnnotationContainerFileCitation ResponsesAnnotationFileCitation "
                "ResponsesAnnotationFilePath ResponsesAnnotationURLCitation ResponsesCallerDirect "
                "ResponsesCallerProgram ResponsesContent ResponsesCustomTool "
                "ResponsesCustomToolAllowedCaller ResponsesCustomToolFormat ResponsesFunctionTool "
                "ResponsesFunctionToolAllowedCaller ResponsesFunctionToolCall "
                "ResponsesFunctionToolCallCaller ResponsesFunctionToolCallStatus ResponsesGrammar "
                "ResponsesGrammarSyntax ResponsesNamespaceTool ResponsesNamespaceToolTool "
                "ResponsesOutputMessage ResponsesOutputMessageContent ResponsesOutputMessagePhase "
                "ResponsesOutputMessageStatus ResponsesOutputRefusal ResponsesOutputText "
                "ResponsesOutputTextAnnotation ResponsesOutputTextLogprob "
                "ResponsesOutputTextLogprobTopLogprob ResponsesReasoningItem "
                "ResponsesReasoningItemStatus ResponsesSummary ResponsesText "
                "ResponsesToolFunction ResponsesToolFunctionAllowedCaller"
            ),
            "._models.responses_stream_frame": (
                "ResponsesCompletedEvent ResponsesContentPartAddedEvent "
                "ResponsesContentPartAddedEventPart ResponsesContentPartDoneEvent "
                "ResponsesContentPartDoneEventPart ResponsesCreatedEvent ResponsesErrorEvent "
                "ResponsesFailedEvent ResponsesFunctionCallArgumentsDeltaEvent "
                "ResponsesFunctionCallArgumentsDoneEvent ResponsesInProgressEvent "
                "ResponsesIncompleteEvent ResponsesOutputItemAddedEvent "
                "ResponsesOutputItemAddedEventItem ResponsesOutputItemDoneEvent "
                "ResponsesOutputItemDoneEventItem ResponsesPartReasoningText "
                "ResponsesReasoningTextDeltaEvent ResponsesReasoningTextDoneEvent "
                "ResponsesStreamFrame ResponsesStreamFrameData ResponsesTextDeltaEvent "
                "ResponsesTextDeltaEventLogprob ResponsesTextDeltaEventLogprobTopLogprob "
                "ResponsesTextDoneEvent ResponsesTextDoneEventLogprob "
                "ResponsesTextDoneEventLogprobTopLogprob"
            ),
            "._typed_dicts": (
                "CountResponseInputTokensRequestInput1TypedDict "
                "CountResponseInputTokensRequestInput2TypedDict "
                "CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict "
                "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict "
                "CountResponseInputTokensRequestResponsesFormatTextTypedDict "
                "CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict "
                "CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict "
                "CountResponseInputTokensRequestResponsesTextConfigTypedDict "
                "CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict "
                "CountResponseInputTokensRequestToolChoiceUnionTypedDict "
                "CountResponseInputTokensRequestToolTypedDict "
                "CountResponseInputTokensRequestTypedDict CreateResponseRequestInput1TypedDict "
                "CreateResponseRequestInput2TypedDict "
                "CreateResponseRequestResponsesFormatJSONObjectTypedDict "
                "CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict "
                "CreateResponseRequestResponsesFormatTextTypedDict "
                "CreateResponseRequestResponsesSupportedReasoningTypedDict "
                "CreateResponseRequestResponsesTextConfigFormatTypedDict "
                "CreateResponseRequestResponsesTextConfigTypedDict "
                "CreateResponseRequestResponsesToolChoiceFunctionTypedDict "
                "CreateResponseRequestToolChoiceUnionTypedDict CreateResponseRequestToolTypedDict "
                "CreateResponseRequestTypedDict ResponsesAnnotationContainerFileCitationTypedDict "
                "ResponsesAnnotationFileCitationTypedDict ResponsesAnnotationFilePathTypedDict "
                "ResponsesAnnotationURLCitationTypedDict ResponsesCallerDirectTypedDict "
                "ResponsesCallerProgramTypedDict ResponsesContentTypedDict "
                "ResponsesCustomToolFormatTypedDict ResponsesCustomToolTypedDict "
                "ResponsesEasyInputMessageContent22TypedDict "
                "ResponsesEasyInputMessageContent2TypedDict ResponsesEasyInputMessageTypedDict "
                "ResponsesFunctionCallOutputCallerDirectTypedDict "
                "ResponsesFunctionCallOutputCallerProgramTypedDict "
                "ResponsesFunctionCallOutputCallerTypedDict "
                "ResponsesFunctionCallOutputOutput22TypedDict "
                "ResponsesFunctionCallOutputOutput2TypedDict ResponsesFunctionCallOutputTypedDict "
                "ResponsesFunctionToolCallCallerTypedDict ResponsesFunctionToolCallTypedDict "
                "ResponsesFunctionToolTypedDict ResponsesGrammarTypedDict "
                "ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict "
                "ResponsesInputFileContentTypedDict "
                "ResponsesInputFileResponsesPromptCacheBreakpointTypedDict "
                "ResponsesInputFileTypedDict "
                "ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict "
                "ResponsesInputImageContentTypedDict "
                "ResponsesInputImageResponsesPromptCacheBreakpointTypedDict "
                "ResponsesInputImageTypedDict "
                "ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict "
                "ResponsesInputTextContentTypedDict "
                "ResponsesInputTextResponsesPromptCacheBreakpointTypedDict "
                "ResponsesInputTextTypedDict ResponsesMessageContentTypedDict "
                "ResponsesMessageTypedDict ResponsesNamespaceToolToolTypedDict "
                "ResponsesNamespaceToolTypedDict ResponsesOutputMessageContentTypedDict "
                "ResponsesOutputMessageTypedDict ResponsesOutputRefusalTypedDict "
                "ResponsesOutputTextAnnotationTypedDict "
                "ResponsesOutputTextLogprobTopLogprobTypedDict "
                "ResponsesOutputTextLogprobTypedDict ResponsesOutputTextTypedDict "
                "ResponsesReasoningItemTypedDict ResponsesSummaryTypedDict ResponsesTextTypedDict "
                "ResponsesToolFunctionTypedDict"
            ),
        },
    )
