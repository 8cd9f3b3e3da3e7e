# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.core._generated._models.api_key_auth import (
        APIKeyAuth,
        OAuth2TokenAuth,
        ToolConfiguration,
    )
    from mistralai.core._generated._models.assistant_message import AssistantMessage
    from mistralai.core._generated._models.chat_completion_choice import (
        ChatCompletionChoice,
        ChatCompletionChoiceFinishReason,
    )
    from mistralai.core._generated._models.chat_completion_response import ChatCompletionResponse
    from mistralai.core._generated._models.code_interpreter_tool import (
        CodeInterpreterTool,
        CustomConnector,
        CustomConnectorAuthorization,
        DocumentLibraryTool,
        ImageGenerationTool,
        WebSearchPremiumTool,
        WebSearchTool,
    )
    from mistralai.core._generated._models.completion_event import (
        CompletionChunk,
        CompletionEvent,
        CompletionResponseStreamChoice,
        CompletionResponseStreamChoiceFinishReason,
    )
    from mistralai.core._generated._models.content_chunk import (
        AudioChunk,
        ContentChunk,
        FunctionCall,
        ToolCall,
    )
    from mistralai.core._generated._models.create_file_response import CreateFileResponse
    from mistralai.core._generated._models.delete_file_response import DeleteFileResponse
    from mistralai.core._generated._models.delta_message import DeltaMessage
    from mistralai.core._generated._models.document_url_chunk import (
        DocumentURLChunk,
        ImageDetail,
        ImageURL,
        ImageURLChunk,
    )
    from mistralai.core._generated._models.file_chunk import FileChunk
    from mistralai.core._generated._models.file_purpose import FilePurpose
    from mistralai.core._generated._models.file_visibility import FileVisibility
    from mistralai.core._generated._models.files_api_routes_upload_file_multi_part_body_params import (
        FilesAPIRoutesUploadFileFileVisibility,
        FilesAPIRoutesUploadFileMultiPartBodyParams,
    )
    from mistralai.core._generated._models.ft_classifier_loss_function import (
        FTClassifierLossFunction,
    )
    from mistralai.core._generated._models.function import Function
    from mistralai.core._generated._models.guardrail_config import (
        GuardrailConfig,
        ModerationLLMAction,
        ModerationLLMV1CategoryThresholds,
        ModerationLLMV1Config,
        ModerationLLMV2CategoryThresholds,
        ModerationLLMV2Config,
    )
    from mistralai.core._generated._models.http_validation_error import (
        HTTPValidationError,
        ValidationError,
    )
    from mistralai.core._generated._models.metadata_dict import MetadataDict
    from mistralai.core._generated._models.mistral_prompt_mode import (
        FunctionName,
        MistralPromptMode,
        RequestedServiceTier,
        ToolChoice,
    )
    from mistralai.core._generated._models.prediction import (
        Prediction,
        ReasoningEffort,
        ToolChoiceEnum,
    )
    from mistralai.core._generated._models.response_format import (
        JSONSchema,
        JsonSchema,
        ResponseFormat,
        ResponseFormats,
    )
    from mistralai.core._generated._models.sample_type import SampleType, Source
    from mistralai.core._generated._models.system_message import (
        SystemMessage,
        SystemMessageContentChunks,
        ToolMessage,
        UserMessage,
    )
    from mistralai.core._generated._models.think_chunk import (
        BuiltInConnectors,
        ReferenceChunk,
        TextChunk,
        ThinkChunk,
        ToolReferenceChunk,
    )
    from mistralai.core._generated._models.tool import Tool
    from mistralai.core._generated._models.tool_types import ToolTypes
    from mistralai.core._generated._models.usage_info import UsageInfo
    from mistralai.core._generated._typed_dicts import (
        APIKeyAuthTypedDict,
        AssistantMessageTypedDict,
        AudioChunkTypedDict,
        CodeInterpreterToolTypedDict,
        ContentChunkTypedDict,
        CustomConnectorAuthorizationTypedDict,
        CustomConnectorTypedDict,
        DocumentLibraryToolTypedDict,
        DocumentURLChunkTypedDict,
        FileChunkTypedDict,
        FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict,
        FunctionCallTypedDict,
        FunctionNameTypedDict,
        FunctionTypedDict,
        GuardrailConfigTypedDict,
        ImageGenerationToolTypedDict,
        ImageURLChunkTypedDict,
        ImageURLTypedDict,
        JsonSchemaTypedDict,
        ModerationLLMV1CategoryThresholdsTypedDict,
        ModerationLLMV1ConfigTypedDict,
        ModerationLLMV2CategoryThresholdsTypedDict,
        ModerationLLMV2ConfigTypedDict,
        OAuth2TokenAuthTypedDict,
        PredictionTypedDict,
        ReferenceChunkTypedDict,
        ResponseFormatTypedDict,
        SystemMessageContentChunksTypedDict,
        SystemMessageTypedDict,
        TextChunkTypedDict,
        ThinkChunkTypedDict,
        ToolCallTypedDict,
        ToolChoiceTypedDict,
        ToolConfigurationTypedDict,
        ToolMessageTypedDict,
        ToolReferenceChunkTypedDict,
        ToolTypedDict,
        UserMessageTypedDict,
        WebSearchPremiumToolTypedDict,
        WebSearchToolTypedDict,
    )
    from mistralai.core.runtime import File, FileInput, FileTypedDict

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
    "AssistantMessage",
    "AssistantMessageTypedDict",
    "AudioChunk",
    "AudioChunkTypedDict",
    "BuiltInConnectors",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionResponse",
    "CodeInterpreterTool",
    "CodeInterpreterToolTypedDict",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "ContentChunk",
    "ContentChunkTypedDict",
    "CreateFileResponse",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "CustomConnectorAuthorizationTypedDict",
    "CustomConnectorTypedDict",
    "DeleteFileResponse",
    "DeltaMessage",
    "DocumentLibraryTool",
    "DocumentLibraryToolTypedDict",
    "DocumentURLChunk",
    "DocumentURLChunkTypedDict",
    "FTClassifierLossFunction",
    "File",
    "FileChunk",
    "FileChunkTypedDict",
    "FileInput",
    "FilePurpose",
    "FileTypedDict",
    "FileVisibility",
    "FilesAPIRoutesUploadFileFileVisibility",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
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
    "JSONSchema",
    "JsonSchema",
    "JsonSchemaTypedDict",
    "MetadataDict",
    "MistralPromptMode",
    "ModerationLLMAction",
    "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1CategoryThresholdsTypedDict",
    "ModerationLLMV1Config",
    "ModerationLLMV1ConfigTypedDict",
    "ModerationLLMV2CategoryThresholds",
    "ModerationLLMV2CategoryThresholdsTypedDict",
    "ModerationLLMV2Config",
    "ModerationLLMV2ConfigTypedDict",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthTypedDict",
    "Prediction",
    "PredictionTypedDict",
    "ReasoningEffort",
    "ReferenceChunk",
    "ReferenceChunkTypedDict",
    "RequestedServiceTier",
    "ResponseFormat",
    "ResponseFormatTypedDict",
    "ResponseFormats",
    "SampleType",
    "Source",
    "SystemMessage",
    "SystemMessageContentChunks",
    "SystemMessageContentChunksTypedDict",
    "SystemMessageTypedDict",
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
            "._models.api_key_auth": "APIKeyAuth OAuth2TokenAuth ToolConfiguration",
            "._models.assistant_message": "AssistantMessage",
            "._models.chat_completion_choice": "ChatCompletionChoice ChatCompletionChoiceFinishReason",
            "._models.chat_completion_response": "ChatCompletionResponse",
            "._models.code_interpreter_tool": (
                "CodeInterpreterTool CustomConnector CustomConnectorAuthorization "
                "DocumentLibraryTool ImageGenerationTool WebSearchPremiumTool WebSearchTool"
            ),
            "._models.completion_event": (
                "CompletionChunk CompletionEvent CompletionResponseStreamChoice "
                "CompletionResponseStreamChoiceFinishReason"
            ),
            "._models.content_chunk": "AudioChunk ContentChunk FunctionCall ToolCall",
            "._models.create_file_response": "CreateFileResponse",
            "._models.delete_file_response": "DeleteFileResponse",
            "._models.delta_message": "DeltaMessage",
            "._models.document_url_chunk": "DocumentURLChunk ImageDetail ImageURL ImageURLChunk",
            "._models.file_chunk": "FileChunk",
            "._models.file_purpose": "FilePurpose",
            "._models.file_visibility": "FileVisibility",
            "._models.files_api_routes_upload_file_multi_part_body_params": (
                "FilesAPIRoutesUploadFileFileVisibility FilesAPIRoutesUploadFileMultiPartBodyParams"
            ),
            "._models.ft_classifier_loss_function": "FTClassifierLossFunction",
            "._models.function": "Function",
            "._models.guardrail_config": (
                "GuardrailConfig ModerationLLMAction ModerationLLMV1CategoryThresholds "
                "ModerationLLMV1Config ModerationLLMV2CategoryThresholds ModerationLLMV2Config"
            ),
            "._models.http_validation_error": "HTTPValidationError ValidationError",
            "._models.metadata_dict": "MetadataDict",
            "._models.mistral_prompt_mode": "FunctionName MistralPromptMode RequestedServiceTier ToolChoice",
            "._models.prediction": "Prediction ReasoningEffort ToolChoiceEnum",
            "._models.response_format": "JSONSchema JsonSchema ResponseFormat ResponseFormats",
            "._models.sample_type": "SampleType Source",
            "._models.system_message": "SystemMessage SystemMessageContentChunks ToolMessage UserMessage",
            "._models.think_chunk": "BuiltInConnectors ReferenceChunk TextChunk ThinkChunk ToolReferenceChunk",
            "._models.tool": "Tool",
            "._models.tool_types": "ToolTypes",
            "._models.usage_info": "UsageInfo",
            "._typed_dicts": (
                "APIKeyAuthTypedDict AssistantMessageTypedDict AudioChunkTypedDict "
                "CodeInterpreterToolTypedDict ContentChunkTypedDict "
                "CustomConnectorAuthorizationTypedDict CustomConnectorTypedDict "
                "DocumentLibraryToolTypedDict DocumentURLChunkTypedDict FileChunkTypedDict "
                "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict FunctionCallTypedDict "
                "FunctionNameTypedDict FunctionTypedDict GuardrailConfigTypedDict "
                "ImageGenerationToolTypedDict ImageURLChunkTypedDict ImageURLTypedDict "
                "JsonSchemaTypedDict ModerationLLMV1CategoryThresholdsTypedDict "
                "ModerationLLMV1ConfigTypedDict ModerationLLMV2CategoryThresholdsTypedDict "
                "ModerationLLMV2ConfigTypedDict OAuth2TokenAuthTypedDict PredictionTypedDict "
                "ReferenceChunkTypedDict ResponseFormatTypedDict "
                "SystemMessageContentChunksTypedDict SystemMessageTypedDict TextChunkTypedDict "
                "ThinkChunkTypedDict ToolCallTypedDict ToolChoiceTypedDict "
                "ToolConfigurationTypedDict ToolMessageTypedDict ToolReferenceChunkTypedDict "
                "ToolTypedDict UserMessageTypedDict WebSearchPremiumToolTypedDict "
                "WebSearchToolTypedDict"
            ),
            "mistralai.core.runtime": "File FileInput FileTypedDict",
        },
    )

# distribution -> the model names its models module defines (space-separated)
_MODEL_DISTRIBUTIONS: dict[str, str] = {
    "mistralai-api-admin": (
        "APIKeyActions APIKeyActionsDelete APIKeyActionsRotate APIKeyExtendedOUT APIKeyOUT "
        "APIKeyProduct APIKeysExtendedOUT APIPlan ActionAvailable "
        "ActionUnavailable_DeleteUnavailableReason_ ActionUnavailable_RotateUnavailableReason_ "
        "ActorType AddOrUpdateUsersToWorkspaceOUT AddUsersToWorkspaceOUT "
        "AdminAssignUsersToGroupIn AdminAssignUsersToGroupInTypedDict AdminCreateAPIKeyIN "
        "AdminCreateAPIKeyINTypedDict AdminOrganizationMemberOUT "
        "AdminOrganizationMemberOUTSubscriptionType AdminOrganizationMemberUpdate "
        "AdminOrganizationMemberUpdateRoleName AdminOrganizationMemberUpdateSubscriptionType "
        "AdminOrganizationMemberUpdateTypedDict AdminProvisionGroupToWorkspaceIn "
        "AdminProvisionGroupToWorkspaceInTypedDict "
        "AdminProvisionGroupToWorkspaceInWorkspaceRoleName AdminScimSyncActiveRunOUT "
        "AdminScimSyncConfig AdminScimSyncConfigTypedDict AdminScimSyncRunOUT "
        "AdminScimSyncTriggerIN AdminScimSyncTriggerINTypedDict AdminScimSyncTriggerOUT "
        "AdminUpdateUserGroupIn AdminUpdateUserGroupInTypedDict AdminUserGroupIn "
        "AdminUserGroupInTypedDict AdminUserGroupMemberOut AdminUserGroupMembersOut "
        "AdminUserGroupOut AdminUserGroupsOut AdminUserOUT AdminUserOUTSubscriptionType "
        "AdminWorkspaceIn AdminWorkspaceInTypedDict ApiObjectType ApiZone "
        "AssignGroupToWorkspaceIn AssignGroupToWorkspaceInRoleName "
        "AssignGroupToWorkspaceInTypedDict AssignableServiceAccountRole AuditLogEventType "
        "AuditLogOut BaseWorkspaceMemberIN BaseWorkspaceMemberINTypedDict BasicModelUsageDataJSON "
        "ChatPlan CodePlan CreateServiceAccountRequest CreateServiceAccountRequestTypedDict "
        "DeleteAPIKeyOUT DeleteOUT DeleteUnavailableReason FineTuningDataJSON "
        "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity "
        "GroupWorkspaceAssignmentOut GroupWorkspaceAssignmentsOut LagoEventType "
        "LibrariesAPIUsageDataJSON LimitsContext LimitsOUT "
        "ListAssignableServiceAccountRolesResponse ListOrganizationsResponse "
        "ListServiceAccountRolesResponse ListServiceAccountsResponse "
        "ListServiceAccountsV1ServiceAccountsGetOrder ListWorkspacesResponse "
        "MemberSubscriptionOUT MemberWorkspaceInfo NestedGroupRef NestedGroupsOut NewUsageLimitIN "
        "NewUsageLimitINTypedDict OrganizationAdminUsersOUT OrganizationInviteIN "
        "OrganizationInviteINEmailLanguage OrganizationInviteINRoleName "
        "OrganizationInviteINTypedDict OrganizationInviteOUT OrganizationInvitesCreateOUT "
        "OrganizationMemberCreate OrganizationMemberCreateRoleName "
        "OrganizationMemberCreateTypedDict OrganizationUserInviteOUT OrganizationUsersCreateOUT "
        "PlanType PriceData RateLimitsOUT RemoveWorkspaceMembersIN "
        "RemoveWorkspaceMembersINTypedDict RemoveWorkspaceMembersOUT RoleOut RolesOut "
        "RotateUnavailableReason ScimSyncGroupActionOut ScimSyncGroupRefOut "
        "ScimSyncGroupUpdateActionOut ScimSyncGroupsSummaryOut ScimSyncMembershipActionOut "
        "ScimSyncRunStatus ScimSyncSummaryOut ScimSyncUserActionOut ScimSyncUserRefOut "
        "ScimSyncUsersSummaryOut ServiceAccount ServiceAccountRole ServiceTier SetNestedGroupsIn "
        "SetNestedGroupsInTypedDict SetServiceAccountRolesRequest "
        "SetServiceAccountRolesRequestTypedDict StaticOrganizationRoles StaticWorkspaceRoles "
        "SubscriptionStatus TargetType TokenLimitsByModel UpdateGroupWorkspaceAssignmentIn "
        "UpdateGroupWorkspaceAssignmentInRoleName UpdateGroupWorkspaceAssignmentInTypedDict "
        "UpdateServiceAccountRequest UpdateServiceAccountRequestTypedDict "
        "UpdateUserGroupOrganizationRoleIn UpdateUserGroupOrganizationRoleInTypedDict "
        "UpdateWorkspaceIN UpdateWorkspaceINTypedDict UsageLimits UsageOUTJSON "
        "UserGroupTargetType UserIdentity UserIdentityApiKey UserIdentityOrganization "
        "UserIdentityWorkspace UserOrganization UserRole UserWorkspace "
        "UsersAPIAdminAuditLogsGetAuditLogsAuditLogsSorting UsersAPIGetIdentitySecurity "
        "UsersAPIGetIdentitySecurityTypedDict UsersAPIListOrganizationsSecurity "
        "UsersAPIListOrganizationsSecurityTypedDict UsersAPIListWorkspacesSecurity "
        "UsersAPIListWorkspacesSecurityTypedDict UsersAPIWhoamiSecurity "
        "UsersAPIWhoamiSecurityTypedDict VibeActiveUsersStat VibeCodeUsageDataJSON "
        "VibeConsumedTokensStat VibeNextEditActiveUsersStat VibeNextEditModifiedLOCStat "
        "VibeNextEditSuggestionStat VibeOrganizationStatsOUT VibeSessionDurationStat "
        "VibeSessionStat VibeToolCallsByNameStat VibeToolCallsStat VibeUserPromptsStat "
        "VibeWorkByAgentStat VibeWorkByAgentStatsOUT VibeWorkByTimeStat VibeWorkByTimeStatsOUT "
        "VibeWorkByUserStat VibeWorkByUserStatsOUT VibeWorkspaceStatsOUT WhoamiOrganization "
        "WhoamiResponse WhoamiServiceAccountPrincipal WhoamiUserPrincipal WorkspaceEnrichedOUT "
        "WorkspaceMemberIN WorkspaceMemberINTypedDict WorkspaceMemberSingleIN "
        "WorkspaceMemberSingleINRoleName WorkspaceMemberSingleINTypedDict WorkspaceOUT "
        "WorkspaceRole WorkspaceRoleRef WorkspaceSpendLimitOUT WorkspacesOut"
    ),
    "mistralai-api-agents": (
        "Agent AgentAliasResponse AgentConversation AgentHandoffDoneEvent AgentHandoffEntry "
        "AgentHandoffEntryTypedDict AgentHandoffStartedEvent AgentListPage AgentTool "
        "AgentsCompletionRequest AgentsCompletionRequestMessage "
        "AgentsCompletionRequestMessageTypedDict AgentsCompletionRequestTool "
        "AgentsCompletionRequestToolTypedDict AgentsCompletionRequestTypedDict AliasList "
        "AliasListTypedDict CompletionArgs CompletionArgsStop CompletionArgsTypedDict "
        "Confirmation ConversationAppendRequest ConversationAppendRequestHandoffExecution "
        "ConversationAppendRequestTypedDict ConversationAppendStreamRequest "
        "ConversationAppendStreamRequestHandoffExecution ConversationAppendStreamRequestTypedDict "
        "ConversationEvents ConversationEventsData ConversationHistory ConversationInputs "
        "ConversationInputsTypedDict ConversationMessages ConversationRequest "
        "ConversationRequestHandoffExecution ConversationRequestTool "
        "ConversationRequestToolTypedDict ConversationRequestTypedDict ConversationResponse "
        "ConversationRestartRequest ConversationRestartRequestHandoffExecution "
        "ConversationRestartRequestTypedDict ConversationRestartStreamRequest "
        "ConversationRestartStreamRequestHandoffExecution "
        "ConversationRestartStreamRequestTypedDict ConversationStreamRequest "
        "ConversationStreamRequestHandoffExecution ConversationStreamRequestTool "
        "ConversationStreamRequestToolTypedDict ConversationStreamRequestTypedDict "
        "ConversationUsageInfo CreateAgentRequest CreateAgentRequestTool "
        "CreateAgentRequestToolTypedDict CreateAgentRequestTypedDict CreatePromptRequest "
        "CreatePromptRequestTypedDict CreatePromptRequestWorkspaceRelation "
        "CreatePromptVersionRequest2 CreatePromptVersionRequest2TypedDict "
        "CreatePromptVersionResponse CreateSkillRequest CreateSkillRequestTypedDict "
        "CreateSkillRequestWorkspaceRelation CreateSkillVersionRequest2 "
        "CreateSkillVersionRequest2TypedDict CreateSkillVersionResponse DeletePromptResponse "
        "DeleteSkillResponse FunctionCallEntry FunctionCallEntryArguments "
        "FunctionCallEntryConfirmationStatus FunctionCallEntryTypedDict FunctionCallEvent "
        "FunctionCallEventConfirmationStatus FunctionResultEntry FunctionResultEntryTypedDict "
        "FunctionTool FunctionToolTypedDict InputEntries InputEntriesTypedDict "
        "ListPromptVersionsResponse ListPromptsResponse ListSkillVersionsResponse "
        "ListSkillsResponse ListSortDirection ListSortField MessageEntries "
        "MessageInputContentChunks MessageInputContentChunksTypedDict MessageInputEntry "
        "MessageInputEntryTypedDict MessageOutputContentChunks "
        "MessageOutputContentChunksTypedDict MessageOutputEntry MessageOutputEntryTypedDict "
        "MessageOutputEvent ModelConversation ModelConversationTool OutputContentChunks Prompt "
        "PromptDefinition PromptDefinitionTypedDict PromptVariable PromptVariableTypedDict "
        "PromptVersion PromptsCreateResponse PromptsCreateVersionResponse PromptsDeleteResponse "
        "PromptsGetResponse PromptsGetVersionResponse PromptsListResponse "
        "PromptsListVersionsResponse PromptsUpdateResponse PromptsUpdateVersionMetadataResponse "
        "PromptsUpdateWorkspaceRelation RegistrySharingScope RequestSource ResponseDoneEvent "
        "ResponseErrorEvent ResponseStartedEvent Role SSETypes Skill SkillAssetContent "
        "SkillAssetContentTypedDict SkillDefinition SkillDefinitionTypedDict SkillVersion "
        "SkillsCreateResponse SkillsCreateVersionResponse SkillsDeleteResponse SkillsGetResponse "
        "SkillsGetVersionResponse SkillsListResponse SkillsListVersionsResponse "
        "SkillsUpdateResponse SkillsUpdateVersionMetadataResponse SkillsUpdateWorkspaceRelation "
        "Timestamp ToolCallConfirmation ToolCallConfirmationTypedDict ToolExecutionDeltaEvent "
        "ToolExecutionDoneEvent ToolExecutionEntry ToolExecutionEntryTypedDict ToolExecutionInfo "
        "ToolExecutionStartedEvent ToolFileChunk ToolFileChunkTypedDict UpdateAgentRequest "
        "UpdateAgentRequestTool UpdateAgentRequestToolTypedDict UpdateAgentRequestTypedDict "
        "UpdatePromptRequest2 UpdatePromptRequest2TypedDict UpdatePromptVersionRequest2 "
        "UpdatePromptVersionRequest2TypedDict UpdateSkillRequest2 UpdateSkillRequest2TypedDict "
        "UpdateSkillVersionRequest2 UpdateSkillVersionRequest2TypedDict"
    ),
    "mistralai-api-audio": (
        "AudioAgentConfigurationRequest AudioAgentConfigurationRequestTool "
        "AudioAgentConfigurationRequestToolTypedDict AudioAgentConfigurationRequestTypedDict "
        "AudioAgentConfigurationResponseConfig AudioAgentCreateRequest "
        "AudioAgentCreateRequestTypedDict AudioAgentListPage AudioAgentResponse "
        "AudioAgentSessionListPage AudioAgentSessionSummary AudioAgentUpdateRequest "
        "AudioAgentUpdateRequestTypedDict AudioAssistantTranscriptTurn AudioInactivityConfig "
        "AudioInactivityConfigTypedDict AudioLLMConfig AudioLLMConfigTypedDict "
        "AudioLatencyBreakdownAssistant AudioLatencyBreakdownUser AudioSTTConfig "
        "AudioSTTConfigTypedDict AudioSessionCreateRequest AudioSessionCreateRequestTool "
        "AudioSessionCreateRequestToolTypedDict AudioSessionCreateRequestTypedDict "
        "AudioSessionCreateResponse AudioSessionPhoneCall AudioSessionPhoneNumber "
        "AudioSessionResponse AudioSessionResponseStatus AudioTTSConfig AudioTTSConfigTypedDict "
        "AudioToolCall AudioToolTranscriptTurn AudioToolTranscriptTurnStatus "
        "AudioTranscriptionRequest AudioTranscriptionRequestStream "
        "AudioTranscriptionRequestStreamTypedDict AudioTranscriptionRequestTypedDict "
        "AudioTurnConfig AudioTurnConfigTypedDict AudioTurnDetectionConfig "
        "AudioTurnDetectionConfigTypedDict AudioUserTranscriptTurn AudioV2VoicesListGender "
        "AudioV2VoicesListKind AudioV2VoicesListType ClientSecret CompletionTokensDetails "
        "CreateRealtimeSessionRequest CreateRealtimeSessionRequestTypedDict "
        "CreateRealtimeSessionResponse FunctionRequest FunctionRequestTypedDict HangUpTool "
        "HangUpToolTypedDict ListVoicesV1AudioVoicesGetType MessageTokens PhoneDestination "
        "PhoneDestinationTypedDict PromptTokensDetails RawAudio RawAudioTypedDict Roles "
        "SipDestination SipDestinationTypedDict SpeechAssistantTurn SpeechAssistantTurnTypedDict "
        "SpeechOutputFormat SpeechRequest SpeechRequestConversationHistory "
        "SpeechRequestConversationHistoryTypedDict SpeechRequestPhonemeHint "
        "SpeechRequestTypedDict SpeechStreamAudioDelta SpeechStreamDone SpeechStreamEventTypes "
        "SpeechUsageInfo SpeechUserTurn SpeechUserTurnTypedDict SpeechV1AudioSpeechPostEvent "
        "SpeechV1AudioSpeechPostEventData SpeechV1AudioSpeechPostResponse StaticToolFiller "
        "StaticToolFillerTypedDict TimestampGranularity TranscriptionResponse "
        "TranscriptionSegmentChunk TranscriptionStreamDone TranscriptionStreamEventTypes "
        "TranscriptionStreamEvents TranscriptionStreamEventsData TranscriptionStreamLanguage "
        "TranscriptionStreamSegmentDelta TranscriptionStreamTextDelta TransferCallTool "
        "TransferCallToolTypedDict TransferTarget TransferTargetTypedDict "
        "VoiceAgentCustomConnector VoiceAgentCustomConnectorTypedDict "
        "VoiceAgentDocumentLibraryTool VoiceAgentDocumentLibraryToolTypedDict "
        "VoiceAgentFunctionTool VoiceAgentFunctionToolRequest "
        "VoiceAgentFunctionToolRequestTypedDict VoiceAgentWebSearchTool "
        "VoiceAgentWebSearchToolTypedDict VoiceCreateRequest VoiceCreateRequestTypedDict "
        "VoiceListPage VoiceListResponse VoiceResponse VoiceUpdateRequest "
        "VoiceUpdateRequestTypedDict"
    ),
    "mistralai-api-chat": (
        "ArchiveModelResponse BaseModelCard ChatClassificationRequest "
        "ChatClassificationRequestInputs ChatClassificationRequestInputsTypedDict "
        "ChatClassificationRequestTypedDict ChatCompletionRequest ChatCompletionRequestMessage "
        "ChatCompletionRequestMessageTypedDict ChatCompletionRequestTool "
        "ChatCompletionRequestToolTypedDict ChatCompletionRequestTypedDict ChatModerationRequest "
        "ChatModerationRequestInput ChatModerationRequestInputTypedDict "
        "ChatModerationRequestTypedDict ClassificationRequest ClassificationRequestTypedDict "
        "ClassificationResponse ClassificationTargetResult ClassifierFineTunedModel "
        "ClassifierTargetResult CompletionFineTunedModel ConfidenceScoresGranularity "
        "DeleteModelResponse EmbeddingDtype EmbeddingRequest EmbeddingRequestTypedDict "
        "EmbeddingResponse EmbeddingResponseData EncodingFormat FIMCompletionRequest "
        "FIMCompletionRequestTypedDict FIMCompletionResponse FTModelCard "
        "FineTunedModelCapabilities Format InstructRequest InstructRequestMessage "
        "InstructRequestMessageTypedDict InstructRequestTypedDict "
        "JobsAPIRoutesFineTuningUpdateFineTunedModelResponse ModelCapabilities ModelList "
        "ModelListData ModerationObject ModerationResponse OCRAsideTextBlock "
        "OCRBlockConfidenceScores OCRCaptionBlock OCRCodeBlock OCRConfidenceScore "
        "OCREquationBlock OCRFooterBlock OCRHeaderBlock OCRImageBlock OCRImageObject OCRListBlock "
        "OCRPageConfidenceScores OCRPageDimensions OCRPageObject OCRPageObjectBlock "
        "OCRReferencesBlock OCRRequest OCRRequestTypedDict OCRResponse OCRSignatureBlock "
        "OCRTableBlock OCRTableObject OCRTextBlock OCRTitleBlock OCRUsageInfo "
        "ResponseRetrieveModelV1ModelsModelIDGet RetrieveModelV1ModelsModelIdGetResponse "
        "TableFormat UnarchiveModelResponse UpdateModelRequest UpdateModelRequestTypedDict"
    ),
    "mistralai-api-connectors": (
        "Annotations Audience AudioContent AuthData AuthDataTypedDict AuthDirection AuthStatus "
        "AuthURLResponse AuthUrlResponse AuthenticationConfiguration "
        "AuthenticationMethodCreateOrUpdateRequest "
        "AuthenticationMethodCreateOrUpdateRequestTypedDict BlobResourceContents "
        "ClientCapabilities ClientTasksCapability ClientTasksRequestsCapability "
        "CompletionsCapability ConnectionConfigType ConnectionCredentials "
        "ConnectionCredentialsTypedDict ConnectionPreference Connector "
        "ConnectorActivateForConsumerV1ConsumerScope ConnectorAuthenticationHeader "
        "ConnectorAuthenticationHeaderTypedDict ConnectorCallToolRequest "
        "ConnectorCallToolRequestTypedDict ConnectorCreateCredentialsV1ConsumerScope "
        "ConnectorDeactivateForConsumerV1ConsumerScope ConnectorDeleteCredentialsConsumerScope "
        "ConnectorLocale ConnectorProtocol ConnectorTool ConnectorToolCallMetadata "
        "ConnectorToolCallResponse ConnectorToolLocale ConnectorToolResultMetadata "
        "ConnectorUpdateCredentialsConsumerScope ConnectorsQueryFilters "
        "ConnectorsQueryFiltersTypedDict ConsumerType CreateConnectorRequest "
        "CreateConnectorRequestTypedDict CredentialsCreateOrUpdate "
        "CredentialsCreateOrUpdateTypedDict CredentialsResponse CredentialsStatus "
        "CredentialsStatusErrorReason ElicitationCapability EmbeddedResource ExecutionConfig "
        "ExecutionTool ExtendedOAuthServerMetadata ExtendedOAuthServerMetadataTypedDict "
        "FormElicitationCapability GlobalHeaderValue GlobalHeaderValueTypedDict HTTPStatus "
        "ImageContent InboundAuthenticationType LoggingCapability LogicalExpression "
        "LogicalExpressionType LogicalExpressionTypedDict MCPPrompt MCPResource "
        "MCPServerAuthenticationRequirement MCPServerCard MCPServerCardMeta MCPServerCardTool "
        "MCPServerIcon MCPServerRemote MCPServerRemoteHeader MCPServerRemoteType "
        "MCPServerRepository MCPTool MCPToolMeta MCPUIToolMeta MessageResponse OAuth2Token "
        "OAuth2TokenTypedDict OAuthMetadataSource Oauth2MetadataSecrets "
        "Oauth2MetadataSecretsTypedDict OutboundAuthenticationType PaginatedConnectors "
        "PaginationResponse PromptArgument PromptsCapability PublicAuthenticationMethod "
        "PublicConnectionConfig PublicConnectorExecutionData PublicExecutionConnectionConfig "
        "PublicExecutionConnector PublicExecutionEnv PublicResourceVisibility ResourceLink "
        "ResourceVisibility ResourcesCapability RootsCapability SamplingCapability "
        "SamplingContextCapability SamplingToolsCapability ServerCapabilities ServerLocale "
        "ServerTasksCapability ServerTasksRequestsCapability TaskSupport TasksCallCapability "
        "TasksCancelCapability TasksCreateElicitationCapability TasksCreateMessageCapability "
        "TasksElicitationCapability TasksListCapability TasksSamplingCapability "
        "TasksToolsCapability TextContent TextResourceContents ToolAnnotations ToolExecution "
        "ToolExecutionConfiguration ToolExecutionConfigurationTypedDict ToolProperties "
        "ToolPropertiesTypedDict ToolType ToolsCapability TurbineMeta TurbineToolLocale "
        "TurbineToolMeta UpdateConnectorRequest UpdateConnectorRequestTypedDict "
        "UrlElicitationCapability Visibility"
    ),
    "mistralai-api-context": (
        "AcceptedDocumentResponse And AndMatche AndMatcheTypedDict AndTypedDict "
        "BoolArrayFieldDefinition BoolArrayFieldDefinitionTypedDict BoolFieldDefinition "
        "BoolFieldDefinitionTypedDict CreateManagedIndexRequest "
        "CreateManagedIndexRequestTypedDict CustomEmbeddingModel "
        "CustomEmbeddingModelDistanceMetric CustomEmbeddingModelDtype "
        "CustomEmbeddingModelTypedDict DeleteDocumentsRequest DeleteDocumentsRequestTypedDict "
        "DeleteDocumentsResponse DeleteManagedIndexResponse DeleteManagedIndexResponseStatus "
        "DenseVectorFieldDefinition DenseVectorFieldDefinitionTypedDict "
        "DocumentFieldErrorResponse Equal EqualTypedDict EqualValue FloatArrayFieldDefinition "
        "FloatArrayFieldDefinitionTypedDict FloatFieldDefinition FloatFieldDefinitionTypedDict "
        "GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage "
        "GetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguageGetLanguage "
        "GetSummaryResponseSummary GetSummaryResponseSummaryStatus GrepRequest GrepRequestMode "
        "GrepRequestTypedDict Gt Gte In InTypedDict InValue IngestDocumentsRequest "
        "IngestDocumentsRequestTypedDict IngestDocumentsResponse IntArrayFieldDefinition "
        "IntArrayFieldDefinitionTypedDict IntFieldDefinition IntFieldDefinitionTypedDict "
        "JSONFieldDefinition JSONFieldDefinitionTypedDict KeywordArrayFieldDefinition "
        "KeywordArrayFieldDefinitionTypedDict KeywordFieldDefinition "
        "KeywordFieldDefinitionTypedDict KeywordRetriever KeywordRetrieverFilter "
        "KeywordRetrieverFilterTypedDict KeywordRetrieverOperator KeywordRetrieverTypedDict "
        "ListIndexesV1ContextSearchIndexesGetStatus ListManagedIndexesResponse Location "
        "LongArrayFieldDefinition LongArrayFieldDefinitionTypedDict LongFieldDefinition "
        "LongFieldDefinitionTypedDict Lt Lte ManagedIndexConfig ManagedIndexConfigTypedDict "
        "ManagedIndexFields ManagedIndexFieldsTypedDict ManagedIndexResponse "
        "ManagedIndexResponseStatus MistralEmbeddingModel MistralEmbeddingModelDistanceMetric "
        "MistralEmbeddingModelDtype MistralEmbeddingModelTypedDict NavigateRequest "
        "NavigateRequestDirection NavigateRequestTypedDict NavigationChunkResponse "
        "NavigationResponse NearestNeighbourRetriever NearestNeighbourRetrieverFilter "
        "NearestNeighbourRetrieverFilterTypedDict NearestNeighbourRetrieverTypedDict Not NotMatch "
        "NotMatchTypedDict NotTypedDict Or OrMatche OrMatcheTypedDict OrTypedDict RRFRetriever "
        "RRFRetrieverFilter RRFRetrieverFilterTypedDict RRFRetrieverRetriever "
        "RRFRetrieverRetrieverTypedDict RRFRetrieverTypedDict Range RangeTypedDict ReadRequest "
        "ReadRequestTypedDict RejectedDocumentResponse SearchChunkResponse SearchHitResponse "
        "SearchRequest SearchRequestRetriever SearchRequestRetrieverTypedDict "
        "SearchRequestTypedDict SearchResponse "
        "SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage "
        "SummaryChunk SummaryError SummaryMetadata SummaryMetadataStatus TextArrayFieldDefinition "
        "TextArrayFieldDefinitionTypedDict TextFieldDefinition TextFieldDefinitionTypedDict "
        "TimestampArrayFieldDefinition TimestampArrayFieldDefinitionTypedDict "
        "TimestampFieldDefinition TimestampFieldDefinitionTypedDict UpdateManagedIndexRequest "
        "UpdateManagedIndexRequestTypedDict UpdateSummaryRequestSummary "
        "UpdateSummaryRequestSummaryStatus UpdateSummaryRequestSummaryTypedDict"
    ),
    "mistralai-api-files": (
        "CreateIngestionPipelineConfigurationRequest "
        "CreateIngestionPipelineConfigurationRequestTypedDict CreateLibraryRequest "
        "CreateLibraryRequestTypedDict Document DocumentTextContent DocumentUpload2 "
        "DocumentUpload2TypedDict EntityType FileSchema GetDeploymentSummariesResponse "
        "GetDeploymentSummariesResponseDeployment GetDeploymentSummariesResponseDeploymentStatus "
        "GetDeploymentSummariesResponseVespaDeployment GetDeploymentSummariesResponseVespaIndex "
        "GetFileResponse GetSearchIndexDetailResponseIndex "
        "GetSearchIndexDetailResponseIndexStatus GetSearchIndexDetailResponseSchemaModel "
        "GetSearchIndexSchemaDetailResponseField GetSearchIndexSchemaDetailResponseFieldIndexType "
        "GetSearchIndexSchemaDetailResponseFieldStorage "
        "GetSearchIndexSchemaDetailResponseFieldType "
        "GetSearchIndexSchemaDetailResponseSchemaModel GetSearchIndexSchemaSDFileResponseSDFile "
        "GetSearchIndexSummaryResponseIndex GetSearchIndexSummaryResponseIndexStatus "
        "GetSearchIndexSummaryResponseVespaIndex GetSearchIndexSummaryResponseVespaSchemaModel "
        "GetSignedURLResponse GetSignedUrlResponse IngestFromBlobStorageRequest "
        "IngestFromBlobStorageRequestTypedDict IngestionPipelineConfiguration "
        "IngestionPipelineTargetIndexRef IngestionPipelineTargetIndexRefTypedDict Library "
        "ListDocumentsResponse ListFilesResponse ListLibrariesResponse ListSharingResponse "
        "MetricsData MetricsDataTypedDict OwnerType PaginationInfo ProcessStatus ProcessingStatus "
        "RegisterDeploymentRequestDeployment RegisterDeploymentRequestDeploymentStatus "
        "RegisterDeploymentRequestDeploymentTypedDict RegisterDeploymentRequestVespaDeployment "
        "RegisterDeploymentRequestVespaDeploymentTypedDict RegisterDeploymentRequestVespaField "
        "RegisterDeploymentRequestVespaFieldTypedDict RegisterDeploymentRequestVespaIndex "
        "RegisterDeploymentRequestVespaIndexTypedDict RegisterSearchIndexRequestIndex "
        "RegisterSearchIndexRequestIndexStatus RegisterSearchIndexRequestIndexTypedDict "
        "RegisterSearchIndexRequestVespaIndex RegisterSearchIndexRequestVespaIndexTypedDict "
        "RegisterSearchIndexRequestVespaSchemaField "
        "RegisterSearchIndexRequestVespaSchemaFieldIndexType "
        "RegisterSearchIndexRequestVespaSchemaFieldRanking "
        "RegisterSearchIndexRequestVespaSchemaFieldStorage "
        "RegisterSearchIndexRequestVespaSchemaFieldType "
        "RegisterSearchIndexRequestVespaSchemaFieldTypedDict "
        "RegisterSearchIndexRequestVespaSchemaModel "
        "RegisterSearchIndexRequestVespaSchemaModelTypedDict RegisterSearchIndexResponseIndex "
        "RequestUploadURLResponse SchemaFieldDataType SchemaFieldIndex SchemaFieldRankingType "
        "SchemaFieldStorage ShareEnum Sharing SharingDelete SharingDeleteTypedDict SharingRequest "
        "SharingRequestTypedDict UpdateDocumentRequest UpdateDocumentRequestTypedDict "
        "UpdateIndexMetricsRequestIndexMetricsOffline "
        "UpdateIndexMetricsRequestIndexMetricsOfflineTypedDict "
        "UpdateIndexMetricsRequestIndexMetricsOnline "
        "UpdateIndexMetricsRequestIndexMetricsOnlineTypedDict "
        "UpdateIndexMetricsRequestSchemaMetrics UpdateIndexMetricsRequestSchemaMetricsTypedDict "
        "UpdateIndexSummaryRequestSummary UpdateIndexSummaryRequestSummaryTypedDict "
        "UpdateLibraryRequest UpdateLibraryRequestTypedDict "
        "UpdateMetricsRequestDeploymentMetricsOffline "
        "UpdateMetricsRequestDeploymentMetricsOfflineTypedDict "
        "UpdateMetricsRequestDeploymentMetricsOnline "
        "UpdateMetricsRequestDeploymentMetricsOnlineTypedDict UpdateMetricsRequestIndexMetrics "
        "UpdateMetricsRequestIndexMetricsTypedDict UpdateRunInfo UpdateRunInfoTypedDict "
        "UpdateSchemaSummaryRequestSummary UpdateSchemaSummaryRequestSummaryTypedDict "
        "VespaGetRetrievableResponseRetrievable"
    ),
    "mistralai-api-fine-tuning": (
        "APIEndpoint ApiEndpoint BatchError BatchJob BatchJobStatus BatchRequest "
        "BatchRequestTypedDict CheckpointOut ClassifierDetailedJobOut "
        "ClassifierDetailedJobOutStatus ClassifierFineTuningJob ClassifierFineTuningJobDetails "
        "ClassifierFineTuningJobDetailsStatus ClassifierFineTuningJobStatus ClassifierJobOut "
        "ClassifierJobOutStatus ClassifierTargetIn ClassifierTargetInTypedDict "
        "ClassifierTargetOut ClassifierTrainingParameters ClassifierTrainingParametersIn "
        "ClassifierTrainingParametersInTypedDict CompletionDetailedJobOut "
        "CompletionDetailedJobOutStatus CompletionFineTuningJob CompletionFineTuningJobDetails "
        "CompletionFineTuningJobDetailsStatus CompletionFineTuningJobStatus CompletionJobOut "
        "CompletionJobOutStatus CompletionTrainingParameters CompletionTrainingParametersIn "
        "CompletionTrainingParametersInTypedDict CreateBatchJobRequest "
        "CreateBatchJobRequestTypedDict DeleteBatchJobResponse EventOut FineTuneableModelType "
        "GithubRepositoryIn GithubRepositoryInTypedDict GithubRepositoryOut JobIn JobInTypedDict "
        "JobMetadataOut JobsAPIRoutesFineTuningCancelFineTuningJobResponse "
        "JobsAPIRoutesFineTuningCreateFineTuningJobResponse "
        "JobsAPIRoutesFineTuningGetFineTuningJobResponse "
        "JobsAPIRoutesFineTuningGetFineTuningJobsStatus "
        "JobsAPIRoutesFineTuningStartFineTuningJobResponse JobsOut JobsOutData "
        "LegacyJobMetadataOut ListBatchJobsResponse ListFineTuningJobsResponse "
        "ListFineTuningJobsResponseData MetricOut OrderBy TrainingFile TrainingFileTypedDict "
        "WandbIntegration WandbIntegrationOut WandbIntegrationTypedDict"
    ),
    "mistralai-api-observability": (
        "Aggregation AggregationMeta AggregationRequest AggregationRequestTypedDict "
        "AggregationRow AttributeHashSampling AttributeHashSamplingTypedDict BaseFieldDefinition "
        "BaseFieldDefinitionSupportedOperator BaseFieldDefinitionType BaseTaskStatus Campaign "
        "CategoricalStatistics ChatCompletionEvent ChatCompletionEventPreview "
        "ChatTranscriptionEvent ClassificationStatisticSpec ClassificationStatisticSpecAverage "
        "ClassificationStatisticSpecKind ConfusionMatrix ContentSearchFilter "
        "ContentSearchFilterGroup ContentSearchFilterGroupCombinator "
        "ContentSearchFilterGroupTypedDict ContentSearchFilterOperator "
        "ContentSearchFilterTypedDict CreateCampaignRequest CreateCampaignRequestTypedDict "
        "CreateDatasetRecordRequest CreateDatasetRecordRequestSource "
        "CreateDatasetRecordRequestTypedDict CreateDatasetRequest CreateDatasetRequestTypedDict "
        "CreateJudgeRequest CreateJudgeRequestOutput CreateJudgeRequestOutputTypedDict "
        "CreateJudgeRequestTypedDict CreatePipelineRequest CreatePipelineRequestTypedDict Dataset "
        "DatasetImportTask DatasetPreview DatasetRecord DatasetRecordPayload DatasetRecordSource "
        "DeleteDatasetRecordsRequest DeleteDatasetRecordsRequestTypedDict DetectionDefinitionV1 "
        "DetectionPattern EvaluationBooleanResultSpec EvaluationCategoricalResultSpec "
        "EvaluationNumericResultSpec EvaluationRunFilterInput EvaluationRunFilterInputTypedDict "
        "EvaluationRunGenerationV2 EvaluationRunOutputRecordV2 EvaluationRunRecordFilterInput "
        "EvaluationRunRecordFilterInputSort EvaluationRunRecordFilterInputSortTypedDict "
        "EvaluationRunRecordFilterInputTypedDict EvaluationRunRecordV2Response "
        "EvaluationRunScoreV2 EvaluationRunV2Response EvaluationRunV2WithRefsResponse "
        "EvaluationV2 EvaluationsV2 EvaluatorStatistics EvaluatorV2 EvaluatorV2Direction "
        "ExportDatasetResponse ExportDefinitionV1 FeedResultChatCompletionEventPreview "
        "FeedResultGetLog FeedResultGetPipelineResult FeedResultGetSpan "
        "FeedResultGetSpanEvaluation FeedResultGetTrace FetchCampaignStatusResponse "
        "FetchChatCompletionFieldOptionsResponse FetchFieldOptionCountsRequest "
        "FetchFieldOptionCountsRequestTypedDict FetchFieldOptionCountsResponse FieldGroup "
        "FieldOptionCountItem FieldSortInput FieldSortInputDirection FieldSortInputTypedDict "
        "FilterCondition FilterConditionTypedDict FilterGroup FilterGroupTypedDict FilterPayload "
        "FilterPayloadTypedDict GetLog GetLogFieldOptions GetLogFields GetLogs GetPipelineResults "
        "GetSpan GetSpanEvaluation GetSpanEvaluationFieldOptions GetSpanEvaluationFields "
        "GetSpanEvaluations GetSpanFieldOptions GetSpanFields GetSpanStatusCode GetSpans GetTrace "
        "GetTraceFieldOptions GetTraceFields GetTraceStatusCode GetTraces GoalResult "
        "GoalResultItem GoalResultItemDirection GoalSpec GoalStatusFilter GoalStatusFilterGroup "
        "GoalStatusFilterGroupCombinator GoalStatusFilterGroupTypedDict GoalStatusFilterTypedDict "
        "GoalStatusFilterValue Granularity ImportDatasetFromCampaignRequest "
        "ImportDatasetFromCampaignRequestTypedDict ImportDatasetFromDatasetRequest "
        "ImportDatasetFromDatasetRequestTypedDict ImportDatasetFromExplorerRequest "
        "ImportDatasetFromExplorerRequestTypedDict ImportDatasetFromFileRequest "
        "ImportDatasetFromFileRequestTypedDict ImportDatasetFromPlaygroundRequest "
        "ImportDatasetFromPlaygroundRequestTypedDict ImportDatasetFromSpansRequest "
        "ImportDatasetFromSpansRequestTypedDict Judge JudgeChatCompletionEventRequest "
        "JudgeChatCompletionEventRequestTypedDict JudgeClassificationOutput "
        "JudgeClassificationOutputOption JudgeClassificationOutputOptionTypedDict "
        "JudgeClassificationOutputTypedDict JudgeConversationRequest "
        "JudgeConversationRequestTypedDict JudgeDatasetRecordRequest "
        "JudgeDatasetRecordRequestTypedDict JudgeDefinitionV1 JudgeOutput JudgeOutput2 "
        "JudgeOutputType JudgeRegressionOutput JudgeRegressionOutputTypedDict "
        "ListCampaignSelectedEventsResponse ListCampaignsResponse "
        "ListChatCompletionFieldsResponse ListDatasetImportTasksResponse "
        "ListDatasetRecordsResponse ListDatasetsResponse ListEvaluationRunRecordsResponse "
        "ListEvaluationRunsResponse ListJudgesResponse ListOptimizationTrialsResponse "
        "ListOptimizationsResponse LlmJudgeReference LlmJudgeReferenceTypedDict LogsRequest "
        "LogsRequestTypedDict MetadataFilter MetadataFilterGroup MetadataFilterGroupCombinator "
        "MetadataFilterGroupTypedDict MetadataFilterOperator MetadataFilterTypedDict "
        "MetadataFilterValue MetricAggregation MetricDefinition MetricDefinitionTypedDict "
        "ModerationDefinitionV1 NumericStatistics OTLPDestination ObservabilityError "
        "ObservabilityErrorCode ObservabilityErrorDetail Op Operator Optimization "
        "OptimizationDetail OptimizationReference OptimizationTrialObservation "
        "OptimizationTrialWithObservations Order OrderByClause OrderByClauseDirection "
        "OrderByClauseTypedDict OtelFieldDefinition OtelFieldDefinitionSupportedOperator "
        "OtelFieldDefinitionType PaginatedResultCampaignPreview "
        "PaginatedResultChatCompletionEventPreview PaginatedResultDatasetImportTask "
        "PaginatedResultDatasetPreview PaginatedResultDatasetRecord "
        "PaginatedResultEvaluationRunRecordV2Response PaginatedResultEvaluationRunV2Response "
        "PaginatedResultEvaluationRunV2WithRefsResponse PaginatedResultEvaluationV2 "
        "PaginatedResultJudgePreview PaginatedResultOptimization "
        "PaginatedResultOptimizationTrialWithObservations PaginatedResultPipeline "
        "PaginatedResultProject Params Percentile PercentileStatisticSpec Pipeline PipelineConfig "
        "PipelineConfigDefinition PipelineConfigHeader PipelineConfigPipelineKind "
        "PipelineConfigScope PipelineConfigSelector PipelineConfigSelectorSourceKind "
        "PipelineConfigSelectorTypedDict PipelineResult PipelineResultsRequest "
        "PipelineResultsRequestTypedDict PipelinesResponse ProbabilisticSampling "
        "ProbabilisticSamplingTypedDict Project ProjectEvaluationSummary Projects "
        "RunEvaluationSummary RunOptimizationRef RunOwnershipFilter RunOwnershipFilterCombinator "
        "RunOwnershipFilterTypedDict RunProjectSummary RunStatisticsResponse ScalarStatisticValue "
        "ScoreFilter ScoreFilterGroup ScoreFilterGroupCombinator ScoreFilterGroupTypedDict "
        "ScoreFilterOperator ScoreFilterTypedDict ScoreFilterValue ScoreSortInput "
        "ScoreSortInputDirection ScoreSortInputMetric ScoreSortInputTypedDict "
        "SearchAllEvaluationRunsResponse SearchChatCompletionEventIdsRequest "
        "SearchChatCompletionEventIdsRequestTypedDict SearchChatCompletionEventIdsResponse "
        "SearchChatCompletionEventsRequest SearchChatCompletionEventsRequestTypedDict "
        "SearchChatCompletionEventsResponse SimpleNumericStatisticSpec "
        "SimpleNumericStatisticSpecKind SpanDatasetMapping SpanDatasetMappingContract "
        "SpanDatasetMappingContractTypedDict SpanDatasetMappingTypedDict "
        "SpanDatasetSourceReference SpanDatasetSourceReferenceNamespace "
        "SpanDatasetSourceReferenceTypedDict SpanEvaluationsRequest "
        "SpanEvaluationsRequestTypedDict SpansRequest SpansRequestTypedDict SystemFilter "
        "SystemFilterTypedDict SystemNameFilter SystemNameFilterGroup "
        "SystemNameFilterGroupCombinator SystemNameFilterGroupTypedDict SystemNameFilterOperator "
        "SystemNameFilterTypedDict SystemParamFilter SystemParamFilterGroup "
        "SystemParamFilterGroupCombinator SystemParamFilterGroupTypedDict "
        "SystemParamFilterOperator SystemParamFilterTypedDict SystemParamFilterValue SystemV2 "
        "TagFilter TagFilterCombinator TagFilterTypedDict TelemetrySpanReference "
        "TelemetrySpanReferenceTypedDict TimeDimension TimeDimensionTypedDict TracesRequest "
        "TracesRequestTypedDict UnsupportedStatistics UpdateDatasetRecordPayloadRequest "
        "UpdateDatasetRecordPayloadRequestTypedDict UpdateDatasetRecordPropertiesRequest "
        "UpdateDatasetRecordPropertiesRequestTypedDict UpdateDatasetRequest "
        "UpdateDatasetRequestTypedDict UpdateJudgeRequest UpdateJudgeRequestOutput "
        "UpdateJudgeRequestOutputTypedDict UpdateJudgeRequestTypedDict UpdatePipelineRequest "
        "UpdatePipelineRequestTypedDict"
    ),
    "mistralai-api-responses": (
        "CountResponseInputTokensRequest CountResponseInputTokensRequestInput1 "
        "CountResponseInputTokensRequestInput1TypedDict CountResponseInputTokensRequestInput2 "
        "CountResponseInputTokensRequestInput2TypedDict "
        "CountResponseInputTokensRequestResponsesFormatJSONObject "
        "CountResponseInputTokensRequestResponsesFormatJSONObjectTypedDict "
        "CountResponseInputTokensRequestResponsesFormatText "
        "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig "
        "CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfigTypedDict "
        "CountResponseInputTokensRequestResponsesFormatTextTypedDict "
        "CountResponseInputTokensRequestResponsesSupportedReasoning "
        "CountResponseInputTokensRequestResponsesSupportedReasoningEffort "
        "CountResponseInputTokensRequestResponsesSupportedReasoningTypedDict "
        "CountResponseInputTokensRequestResponsesTextConfig "
        "CountResponseInputTokensRequestResponsesTextConfigFormat "
        "CountResponseInputTokensRequestResponsesTextConfigFormatTypedDict "
        "CountResponseInputTokensRequestResponsesTextConfigTypedDict "
        "CountResponseInputTokensRequestResponsesTextConfigVerbosity "
        "CountResponseInputTokensRequestResponsesToolChoiceFunction "
        "CountResponseInputTokensRequestResponsesToolChoiceFunctionTypedDict "
        "CountResponseInputTokensRequestTool CountResponseInputTokensRequestToolChoiceUnion "
        "CountResponseInputTokensRequestToolChoiceUnion2 "
        "CountResponseInputTokensRequestToolChoiceUnionTypedDict "
        "CountResponseInputTokensRequestToolTypedDict CountResponseInputTokensRequestTypedDict "
        "CountResponseInputTokensResponse CreateResponseRequest CreateResponseRequestInput1 "
        "CreateResponseRequestInput1TypedDict CreateResponseRequestInput2 "
        "CreateResponseRequestInput2TypedDict CreateResponseRequestResponsesFormatJSONObject "
        "CreateResponseRequestResponsesFormatJSONObjectTypedDict "
        "CreateResponseRequestResponsesFormatText "
        "CreateResponseRequestResponsesFormatTextJSONSchemaConfig "
        "CreateResponseRequestResponsesFormatTextJSONSchemaConfigTypedDict "
        "CreateResponseRequestResponsesFormatTextTypedDict "
        "CreateResponseRequestResponsesSupportedReasoning "
        "CreateResponseRequestResponsesSupportedReasoningEffort "
        "CreateResponseRequestResponsesSupportedReasoningTypedDict "
        "CreateResponseRequestResponsesTextConfig CreateResponseRequestResponsesTextConfigFormat "
        "CreateResponseRequestResponsesTextConfigFormatTypedDict "
        "CreateResponseRequestResponsesTextConfigTypedDict "
        "CreateResponseRequestResponsesTextConfigVerbosity "
        "CreateResponseRequestResponsesToolChoiceFunction "
        "CreateResponseRequestResponsesToolChoiceFunctionTypedDict CreateResponseRequestTool "
        "CreateResponseRequestToolChoiceUnion CreateResponseRequestToolChoiceUnion2 "
        "CreateResponseRequestToolChoiceUnionTypedDict CreateResponseRequestToolTypedDict "
        "CreateResponseRequestTypedDict CreateResponseResponse CreateResponseResponseOutput "
        "CreateResponseResponsePromptCacheRetention "
        "CreateResponseResponseResponsesSupportedReasoning "
        "CreateResponseResponseResponsesSupportedReasoningEffort "
        "CreateResponseResponseResponsesTextConfig "
        "CreateResponseResponseResponsesTextConfigFormat "
        "CreateResponseResponseResponsesTextConfigVerbosity CreateResponseResponseServiceTier "
        "CreateResponseResponseStatus CreateResponseResponseTool "
        "CreateResponseResponseToolChoiceUnion CreateResponseResponseToolChoiceUnion2 "
        "CreateResponseResponseTruncation ResponsesAnnotationContainerFileCitation "
        "ResponsesAnnotationContainerFileCitationTypedDict ResponsesAnnotationFileCitation "
        "ResponsesAnnotationFileCitationTypedDict ResponsesAnnotationFilePath "
        "ResponsesAnnotationFilePathTypedDict ResponsesAnnotationURLCitation "
        "ResponsesAnnotationURLCitationTypedDict ResponsesCallerDirect "
        "ResponsesCallerDirectTypedDict ResponsesCallerProgram ResponsesCallerProgramTypedDict "
        "ResponsesCompletedEvent ResponsesContent ResponsesContentPartAddedEvent "
        "ResponsesContentPartAddedEventPart ResponsesContentPartDoneEvent "
        "ResponsesContentPartDoneEventPart ResponsesContentTypedDict ResponsesCreatedEvent "
        "ResponsesCustomTool ResponsesCustomToolAllowedCaller ResponsesCustomToolFormat "
        "ResponsesCustomToolFormatTypedDict ResponsesCustomToolTypedDict "
        "ResponsesEasyInputMessage ResponsesEasyInputMessageContent2 "
        "ResponsesEasyInputMessageContent22 ResponsesEasyInputMessageContent22TypedDict "
        "ResponsesEasyInputMessageContent2TypedDict ResponsesEasyInputMessagePhase "
        "ResponsesEasyInputMessageRole ResponsesEasyInputMessageTypedDict ResponsesError "
        "ResponsesErrorCode ResponsesErrorEvent ResponsesFailedEvent "
        "ResponsesFunctionCallArgumentsDeltaEvent ResponsesFunctionCallArgumentsDoneEvent "
        "ResponsesFunctionCallOutput ResponsesFunctionCallOutputCaller "
        "ResponsesFunctionCallOutputCallerDirect ResponsesFunctionCallOutputCallerDirectTypedDict "
        "ResponsesFunctionCallOutputCallerProgram "
        "ResponsesFunctionCallOutputCallerProgramTypedDict "
        "ResponsesFunctionCallOutputCallerTypedDict ResponsesFunctionCallOutputOutput2 "
        "ResponsesFunctionCallOutputOutput22 ResponsesFunctionCallOutputOutput22TypedDict "
        "ResponsesFunctionCallOutputOutput2TypedDict ResponsesFunctionCallOutputStatus "
        "ResponsesFunctionCallOutputTypedDict ResponsesFunctionTool "
        "ResponsesFunctionToolAllowedCaller ResponsesFunctionToolCall "
        "ResponsesFunctionToolCallCaller ResponsesFunctionToolCallCallerTypedDict "
        "ResponsesFunctionToolCallStatus ResponsesFunctionToolCallTypedDict "
        "ResponsesFunctionToolTypedDict ResponsesGrammar ResponsesGrammarSyntax "
        "ResponsesGrammarTypedDict ResponsesInProgressEvent ResponsesIncompleteDetails "
        "ResponsesIncompleteDetailsReason ResponsesIncompleteEvent ResponsesInputFile "
        "ResponsesInputFileContent ResponsesInputFileContentDetail "
        "ResponsesInputFileContentResponsesPromptCacheBreakpoint "
        "ResponsesInputFileContentResponsesPromptCacheBreakpointTypedDict "
        "ResponsesInputFileContentTypedDict ResponsesInputFileDetail "
        "ResponsesInputFileResponsesPromptCacheBreakpoint "
        "ResponsesInputFileResponsesPromptCacheBreakpointTypedDict ResponsesInputFileTypedDict "
        "ResponsesInputImage ResponsesInputImageContent ResponsesInputImageContentDetail "
        "ResponsesInputImageContentResponsesPromptCacheBreakpoint "
        "ResponsesInputImageContentResponsesPromptCacheBreakpointTypedDict "
        "ResponsesInputImageContentTypedDict ResponsesInputImageDetail "
        "ResponsesInputImageResponsesPromptCacheBreakpoint "
        "ResponsesInputImageResponsesPromptCacheBreakpointTypedDict ResponsesInputImageTypedDict "
        "ResponsesInputText ResponsesInputTextContent "
        "ResponsesInputTextContentResponsesPromptCacheBreakpoint "
        "ResponsesInputTextContentResponsesPromptCacheBreakpointTypedDict "
        "ResponsesInputTextContentTypedDict ResponsesInputTextResponsesPromptCacheBreakpoint "
        "ResponsesInputTextResponsesPromptCacheBreakpointTypedDict ResponsesInputTextTypedDict "
        "ResponsesInputTokensDetails ResponsesMessage ResponsesMessageContent "
        "ResponsesMessageContentTypedDict ResponsesMessageRole ResponsesMessageStatus "
        "ResponsesMessageTypedDict ResponsesNamespaceTool ResponsesNamespaceToolTool "
        "ResponsesNamespaceToolToolTypedDict ResponsesNamespaceToolTypedDict "
        "ResponsesOutputItemAddedEvent ResponsesOutputItemAddedEventItem "
        "ResponsesOutputItemDoneEvent ResponsesOutputItemDoneEventItem ResponsesOutputMessage "
        "ResponsesOutputMessageContent ResponsesOutputMessageContentTypedDict "
        "ResponsesOutputMessagePhase ResponsesOutputMessageStatus ResponsesOutputMessageTypedDict "
        "ResponsesOutputRefusal ResponsesOutputRefusalTypedDict ResponsesOutputText "
        "ResponsesOutputTextAnnotation ResponsesOutputTextAnnotationTypedDict "
        "ResponsesOutputTextLogprob ResponsesOutputTextLogprobTopLogprob "
        "ResponsesOutputTextLogprobTopLogprobTypedDict ResponsesOutputTextLogprobTypedDict "
        "ResponsesOutputTextTypedDict ResponsesOutputTokensDetails ResponsesPartReasoningText "
        "ResponsesReasoningItem ResponsesReasoningItemStatus ResponsesReasoningItemTypedDict "
        "ResponsesReasoningTextDeltaEvent ResponsesReasoningTextDoneEvent ResponsesStreamFrame "
        "ResponsesStreamFrameData ResponsesSummary ResponsesSummaryTypedDict ResponsesText "
        "ResponsesTextConfigResponsesFormatJSONObject ResponsesTextConfigResponsesFormatText "
        "ResponsesTextConfigResponsesFormatTextJSONSchemaConfig ResponsesTextDeltaEvent "
        "ResponsesTextDeltaEventLogprob ResponsesTextDeltaEventLogprobTopLogprob "
        "ResponsesTextDoneEvent ResponsesTextDoneEventLogprob "
        "ResponsesTextDoneEventLogprobTopLogprob ResponsesTextTypedDict "
        "ResponsesToolChoiceFunction ResponsesToolFunction ResponsesToolFunctionAllowedCaller "
        "ResponsesToolFunctionTypedDict ResponsesUsage"
    ),
    "mistralai-api-webhooks": (
        "CreateTrigger CreateTriggerAction CreateTriggerActionType CreateTriggerActionTypedDict "
        "CreateTriggerHandler CreateTriggerOwnerType CreateTriggerTypedDict CreateWebhook "
        "CreateWebhookOwnerType CreateWebhookProvider CreateWebhookSignatureEncoding "
        "CreateWebhookSignatureHashAlgorithm CreateWebhookTypedDict "
        "ListTriggersV1TriggersGetHandler Trigger TriggerAction TriggerActionType TriggerEvent "
        "TriggerEventList TriggerEventStatus TriggerHandler TriggerOwnerType Webhook "
        "WebhookOwnerType WebhookProvider WebhookSignatureEncoding WebhookSignatureHashAlgorithm "
        "WebhookSigningSecret"
    ),
    "mistralai-api-workflows": (
        "ActivityTaskCompletedAttributesResponse ActivityTaskCompletedResponse "
        "ActivityTaskFailedAttributes ActivityTaskFailedResponse ActivityTaskRetryingAttributes "
        "ActivityTaskRetryingResponse ActivityTaskStartedAttributesResponse "
        "ActivityTaskStartedResponse BatchExecutionBody BatchExecutionBodyTypedDict "
        "BatchExecutionResponse BatchExecutionResult CreateDeploymentRequest "
        "CreateDeploymentRequestTypedDict CustomTaskCanceledAttributes CustomTaskCanceledResponse "
        "CustomTaskCompletedAttributesResponse CustomTaskCompletedResponse "
        "CustomTaskFailedAttributes CustomTaskFailedResponse "
        "CustomTaskInProgressAttributesResponse CustomTaskInProgressAttributesResponsePayload "
        "CustomTaskInProgressResponse CustomTaskStartedAttributesResponse "
        "CustomTaskStartedResponse CustomTaskTimedOutAttributes CustomTaskTimedOutResponse "
        "DeploymentArchiveResponse DeploymentBuildState DeploymentDetailResponse "
        "DeploymentListResponse DeploymentLocation DeploymentLogRecord "
        "DeploymentLogSearchResponse DeploymentObservedState DeploymentResourceConfig "
        "DeploymentResourceConfigTypedDict DeploymentResourceConfigUpdate "
        "DeploymentResourceConfigUpdateTypedDict DeploymentResponse DeploymentStatus "
        "DeploymentWorkerListResponse DeploymentWorkerResponse DeploymentWorkerSpecInput "
        "DeploymentWorkerSpecInputTypedDict DeploymentWorkerSpecResponse EncodedPayloadOptions "
        "EncryptedPatchValue EventProgressStatus EventSource EventType ExecutionLogRecord "
        "ExecutionLogSearchResponse ExecutionTraceInfoResponse Failure GetDeploymentLogsLogType "
        "GetDeploymentLogsOrder GetSchedulesV1WorkflowsSchedulesGetResponse "
        "GetSchedulesV1WorkflowsSchedulesGetStatus GetStreamEventsV1WorkflowsEventsStreamGetEvent "
        "GetStreamEventsV1WorkflowsEventsStreamGetResponseBody GetWorkflowExecutionLogsOrder "
        "GetWorkflowsV1WorkflowsGetOrder GetWorkflowsV1WorkflowsGetResponse GitCommitAuthor "
        "GitCommitMetadata JSONPatch JSONPatchAdd JSONPatchAppend JSONPatchPayloadResponse "
        "JSONPatchPayloadValueResponse JSONPatchRemove JSONPatchReplace JSONPayloadResponse "
        "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus "
        "ListDeploymentsV1WorkflowsDeploymentsGetLocationType "
        "ListDeploymentsV1WorkflowsDeploymentsGetOrder "
        "ListDeploymentsV1WorkflowsDeploymentsGetOrderBy ListRunsV1WorkflowsRunsGetOrder "
        "ListRunsV1WorkflowsRunsGetResponse ListWorkflowEventResponse LocationType "
        "ManagedDeploymentResponse NetworkEncodedInput NetworkEncodedInputTypedDict "
        "PartialScheduleDefinition PartialScheduleDefinitionTypedDict QueryDefinition "
        "QueryInvocationBody QueryInvocationBodyTypedDict QueryWorkflowResponse "
        "ResetInvocationBody ResetInvocationBodyTypedDict ScalarMetric ScheduleCalendar "
        "ScheduleCalendarTypedDict ScheduleDefinition ScheduleDefinitionOutput "
        "ScheduleDefinitionTypedDict ScheduleFutureExecution ScheduleInterval "
        "ScheduleIntervalTypedDict ScheduleOverlapPolicy SchedulePolicy SchedulePolicyTypedDict "
        "ScheduleRange ScheduleRangeTypedDict ScheduleRecentExecution Scope SignalDefinition "
        "SignalInvocationBody SignalInvocationBodyTypedDict SignalWorkflowResponse SortBy "
        "StreamDeploymentLogsEvent StreamDeploymentLogsEventEvent "
        "StreamDeploymentLogsResponseBody StreamError StreamEventSseErrorData "
        "StreamEventSsePayload StreamEventWorkflowContext "
        "StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody "
        "StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent StreamWorkflowExecutionLogsEvent "
        "StreamWorkflowExecutionLogsEventEvent StreamWorkflowExecutionLogsResponseBody "
        "TempoGetTraceResponse TempoTraceAttribute TempoTraceAttributeArrayContainer "
        "TempoTraceAttributeArrayElement TempoTraceAttributeArrayValue "
        "TempoTraceAttributeBoolValue TempoTraceAttributeIntValue TempoTraceAttributeStringValue "
        "TempoTraceBatch TempoTraceEvent TempoTraceResource TempoTraceScope TempoTraceScopeKind "
        "TempoTraceScopeSpan TempoTraceSpan TimeSeriesMetric UpdateDefinition "
        "UpdateDeploymentRequest UpdateDeploymentRequestTypedDict UpdateInvocationBody "
        "UpdateInvocationBodyTypedDict UpdateWorkflowResponse WorkerInfo Workflow "
        "WorkflowArchiveResponse WorkflowBasicDefinition WorkflowBulkArchiveRequest "
        "WorkflowBulkArchiveRequestTypedDict WorkflowBulkArchiveResponse WorkflowBulkError "
        "WorkflowBulkUnarchiveRequest WorkflowBulkUnarchiveRequestTypedDict "
        "WorkflowBulkUnarchiveResponse WorkflowCodeDefinition WorkflowEventType "
        "WorkflowExecutionCanceledAttributes WorkflowExecutionCanceledResponse "
        "WorkflowExecutionCompletedAttributesResponse WorkflowExecutionCompletedResponse "
        "WorkflowExecutionContinuedAsNewAttributesResponse "
        "WorkflowExecutionContinuedAsNewResponse WorkflowExecutionFailedAttributes "
        "WorkflowExecutionFailedResponse WorkflowExecutionListResponse "
        "WorkflowExecutionProgressTraceEvent WorkflowExecutionRequest "
        "WorkflowExecutionRequestTypedDict WorkflowExecutionResponse "
        "WorkflowExecutionStartedAttributesResponse WorkflowExecutionStartedResponse "
        "WorkflowExecutionStatus WorkflowExecutionSyncResponse WorkflowExecutionTraceEvent "
        "WorkflowExecutionTraceEventsResponse WorkflowExecutionTraceOTelResponse "
        "WorkflowExecutionTraceSummaryAttributesValues WorkflowExecutionTraceSummaryResponse "
        "WorkflowExecutionTraceSummarySpan WorkflowExecutionWithoutResultResponse "
        "WorkflowGetResponse WorkflowListResponse WorkflowMetadata WorkflowMetrics "
        "WorkflowRegistration WorkflowRegistrationGetResponse WorkflowRegistrationListResponse "
        "WorkflowRegistrationWithWorkerStatus WorkflowScheduleListResponse "
        "WorkflowSchedulePauseRequest WorkflowSchedulePauseRequestTypedDict "
        "WorkflowScheduleRequest WorkflowScheduleRequestTypedDict WorkflowScheduleResponse "
        "WorkflowScheduleTriggerRequest WorkflowScheduleTriggerRequestTypedDict "
        "WorkflowScheduleUpdateRequest WorkflowScheduleUpdateRequestTypedDict "
        "WorkflowTagsAddRequest WorkflowTagsAddRequestTypedDict WorkflowTaskFailedAttributes "
        "WorkflowTaskFailedResponse WorkflowTaskTimedOutAttributes WorkflowTaskTimedOutResponse "
        "WorkflowType WorkflowUnarchiveResponse WorkflowUpdateRequest "
        "WorkflowUpdateRequestTypedDict WorkflowUpdateResponse WorkflowWithWorkerStatus "
        "WorkflowsWorkerSpecUpdate WorkflowsWorkerSpecUpdateTypedDict"
    ),
}
