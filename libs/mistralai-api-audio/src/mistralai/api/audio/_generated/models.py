# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.audio._generated._models.audio_agent_configuration_request import (
        AudioAgentConfigurationRequest,
        AudioAgentConfigurationRequestTool,
    )
    from mistralai.api.audio._generated._models.audio_agent_create_request import (
        AudioAgentCreateRequest,
    )
    from mistralai.api.audio._generated._models.audio_agent_list_page import AudioAgentListPage
    from mistralai.api.audio._generated._models.audio_agent_response import (
        AudioAgentConfigurationResponseConfig,
        AudioAgentResponse,
    )
    from mistralai.api.audio._generated._models.audio_agent_session_list_page import (
        AudioAgentSessionListPage,
        AudioAgentSessionSummary,
    )
    from mistralai.api.audio._generated._models.audio_agent_update_request import (
        AudioAgentUpdateRequest,
    )
    from mistralai.api.audio._generated._models.audio_llm_config import (
        AudioInactivityConfig,
        AudioLLMConfig,
        AudioSTTConfig,
        AudioTTSConfig,
        AudioTurnConfig,
        AudioTurnDetectionConfig,
        HangUpTool,
        PhoneDestination,
        SipDestination,
        TransferCallTool,
        TransferTarget,
        VoiceAgentCustomConnector,
        VoiceAgentDocumentLibraryTool,
        VoiceAgentWebSearchTool,
    )
    from mistralai.api.audio._generated._models.audio_session_create_request import (
        AudioSessionCreateRequest,
        AudioSessionCreateRequestTool,
    )
    from mistralai.api.audio._generated._models.audio_session_create_response import (
        AudioSessionCreateResponse,
    )
    from mistralai.api.audio._generated._models.audio_session_response import (
        AudioAssistantTranscriptTurn,
        AudioLatencyBreakdownAssistant,
        AudioLatencyBreakdownUser,
        AudioSessionPhoneCall,
        AudioSessionPhoneNumber,
        AudioSessionResponse,
        AudioSessionResponseStatus,
        AudioToolCall,
        AudioToolTranscriptTurn,
        AudioToolTranscriptTurnStatus,
        AudioUserTranscriptTurn,
    )
    from mistralai.api.audio._generated._models.audio_transcription_request import (
        AudioTranscriptionRequest,
    )
    from mistralai.api.audio._generated._models.audio_transcription_request_stream import (
        AudioTranscriptionRequestStream,
    )
    from mistralai.api.audio._generated._models.audio_v2_voices_list_gender import (
        AudioV2VoicesListGender,
        AudioV2VoicesListKind,
        AudioV2VoicesListType,
    )
    from mistralai.api.audio._generated._models.create_realtime_session_request import (
        CreateRealtimeSessionRequest,
    )
    from mistralai.api.audio._generated._models.create_realtime_session_response import (
        ClientSecret,
        CreateRealtimeSessionResponse,
    )
    from mistralai.api.audio._generated._models.list_voices_v1_audio_voices_get_type import (
        ListVoicesV1AudioVoicesGetType,
    )
    from mistralai.api.audio._generated._models.speech_request import (
        RawAudio,
        SpeechAssistantTurn,
        SpeechOutputFormat,
        SpeechRequest,
        SpeechRequestConversationHistory,
        SpeechRequestPhonemeHint,
        SpeechUserTurn,
    )
    from mistralai.api.audio._generated._models.speech_v1_audio_speech_post_event import (
        CompletionTokensDetails,
        MessageTokens,
        PromptTokensDetails,
        Roles,
        SpeechStreamAudioDelta,
        SpeechStreamDone,
        SpeechStreamEventTypes,
        SpeechUsageInfo,
        SpeechV1AudioSpeechPostEvent,
        SpeechV1AudioSpeechPostEventData,
    )
    from mistralai.api.audio._generated._models.speech_v1_audio_speech_post_response import (
        SpeechV1AudioSpeechPostResponse,
    )
    from mistralai.api.audio._generated._models.static_tool_filler import StaticToolFiller
    from mistralai.api.audio._generated._models.timestamp_granularity import TimestampGranularity
    from mistralai.api.audio._generated._models.transcription_response import TranscriptionResponse
    from mistralai.api.audio._generated._models.transcription_segment_chunk import (
        TranscriptionSegmentChunk,
    )
    from mistralai.api.audio._generated._models.transcription_stream_events import (
        TranscriptionStreamDone,
        TranscriptionStreamEvents,
        TranscriptionStreamEventsData,
        TranscriptionStreamEventTypes,
        TranscriptionStreamLanguage,
        TranscriptionStreamSegmentDelta,
        TranscriptionStreamTextDelta,
    )
    from mistralai.api.audio._generated._models.voice_agent_function_tool import (
        VoiceAgentFunctionTool,
    )
    from mistralai.api.audio._generated._models.voice_agent_function_tool_request import (
        FunctionRequest,
        VoiceAgentFunctionToolRequest,
    )
    from mistralai.api.audio._generated._models.voice_create_request import VoiceCreateRequest
    from mistralai.api.audio._generated._models.voice_list_page import VoiceListPage
    from mistralai.api.audio._generated._models.voice_list_response import VoiceListResponse
    from mistralai.api.audio._generated._models.voice_response import VoiceResponse
    from mistralai.api.audio._generated._models.voice_update_request import VoiceUpdateRequest
    from mistralai.api.audio._generated._typed_dicts import (
        AudioAgentConfigurationRequestToolTypedDict,
        AudioAgentConfigurationRequestTypedDict,
        AudioAgentCreateRequestTypedDict,
        AudioAgentUpdateRequestTypedDict,
        AudioInactivityConfigTypedDict,
        AudioLLMConfigTypedDict,
        AudioSessionCreateRequestToolTypedDict,
        AudioSessionCreateRequestTypedDict,
        AudioSTTConfigTypedDict,
        AudioTranscriptionRequestStreamTypedDict,
        AudioTranscriptionRequestTypedDict,
        AudioTTSConfigTypedDict,
        AudioTurnConfigTypedDict,
        AudioTurnDetectionConfigTypedDict,
        CreateRealtimeSessionRequestTypedDict,
        FunctionRequestTypedDict,
        HangUpToolTypedDict,
        PhoneDestinationTypedDict,
        RawAudioTypedDict,
        SipDestinationTypedDict,
        SpeechAssistantTurnTypedDict,
        SpeechRequestConversationHistoryTypedDict,
        SpeechRequestTypedDict,
        SpeechUserTurnTypedDict,
        StaticToolFillerTypedDict,
        TransferCallToolTypedDict,
        TransferTargetTypedDict,
        VoiceAgentCustomConnectorTypedDict,
        VoiceAgentDocumentLibraryToolTypedDict,
        VoiceAgentFunctionToolRequestTypedDict,
        VoiceAgentWebSearchToolTypedDict,
        VoiceCreateRequestTypedDict,
        VoiceUpdateRequestTypedDict,
    )
    from mistralai.core.models import (
        APIKeyAuth,
        APIKeyAuthTypedDict,
        Function,
        FunctionTypedDict,
        HTTPValidationError,
        MetadataDict,
        OAuth2TokenAuth,
        OAuth2TokenAuthTypedDict,
        ToolConfiguration,
        ToolConfigurationTypedDict,
        UsageInfo,
        ValidationError,
    )

__all__ = [
    "APIKeyAuth",
    "APIKeyAuthTypedDict",
    "AudioAgentConfigurationRequest",
    "AudioAgentConfigurationRequestTool",
    "AudioAgentConfigurationRequestToolTypedDict",
    "AudioAgentConfigurationRequestTypedDict",
    "AudioAgentConfigurationResponseConfig",
    "AudioAgentCreateRequest",
    "AudioAgentCreateRequestTypedDict",
    "AudioAgentListPage",
    "AudioAgentResponse",
    "AudioAgentSessionListPage",
    "AudioAgentSessionSummary",
    "AudioAgentUpdateRequest",
    "AudioAgentUpdateRequestTypedDict",
    "AudioAssistantTranscriptTurn",
    "AudioInactivityConfig",
    "AudioInactivityConfigTypedDict",
    "AudioLLMConfig",
    "AudioLLMConfigTypedDict",
    "AudioLatencyBreakdownAssistant",
    "AudioLatencyBreakdownUser",
    "AudioSTTConfig",
    "AudioSTTConfigTypedDict",
    "AudioSessionCreateRequest",
    "AudioSessionCreateRequestTool",
    "AudioSessionCreateRequestToolTypedDict",
    "AudioSessionCreateRequestTypedDict",
    "AudioSessionCreateResponse",
    "AudioSessionPhoneCall",
    "AudioSessionPhoneNumber",
    "AudioSessionResponse",
    "AudioSessionResponseStatus",
    "AudioTTSConfig",
    "AudioTTSConfigTypedDict",
    "AudioToolCall",
    "AudioToolTranscriptTurn",
    "AudioToolTranscriptTurnStatus",
    "AudioTranscriptionRequest",
    "AudioTranscriptionRequestStream",
    "AudioTranscriptionRequestStreamTypedDict",
    "AudioTranscriptionRequestTypedDict",
    "AudioTurnConfig",
    "AudioTurnConfigTypedDict",
    "AudioTurnDetectionConfig",
    "AudioTurnDetectionConfigTypedDict",
    "AudioUserTranscriptTurn",
    "AudioV2VoicesListGender",
    "AudioV2VoicesListKind",
    "AudioV2VoicesListType",
    "ClientSecret",
    "CompletionTokensDetails",
    "CreateRealtimeSessionRequest",
    "CreateRealtimeSessionRequestTypedDict",
    "CreateRealtimeSessionResponse",
    "Function",
    "FunctionRequest",
    "FunctionRequestTypedDict",
    "FunctionTypedDict",
    "HTTPValidationError",
    "HangUpTool",
    "HangUpToolTypedDict",
    "ListVoicesV1AudioVoicesGetType",
    "MessageTokens",
    "MetadataDict",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthTypedDict",
    "PhoneDestination",
    "PhoneDestinationTypedDict",
    "PromptTokensDetails",
    "RawAudio",
    "RawAudioTypedDict",
    "Roles",
    "SipDestination",
    "SipDestinationTypedDict",
    "SpeechAssistantTurn",
    "SpeechAssistantTurnTypedDict",
    "SpeechOutputFormat",
    "SpeechRequest",
    "SpeechRequestConversationHistory",
    "SpeechRequestConversationHistoryTypedDict",
    "SpeechRequestPhonemeHint",
    "SpeechRequestTypedDict",
    "SpeechStreamAudioDelta",
    "SpeechStreamDone",
    "SpeechStreamEventTypes",
    "SpeechUsageInfo",
    "SpeechUserTurn",
    "SpeechUserTurnTypedDict",
    "SpeechV1AudioSpeechPostEvent",
    "SpeechV1AudioSpeechPostEventData",
    "SpeechV1AudioSpeechPostResponse",
    "StaticToolFiller",
    "StaticToolFillerTypedDict",
    "TimestampGranularity",
    "ToolConfiguration",
    "ToolConfigurationTypedDict",
    "TranscriptionResponse",
    "TranscriptionSegmentChunk",
    "TranscriptionStreamDone",
    "TranscriptionStreamEventTypes",
    "TranscriptionStreamEvents",
    "TranscriptionStreamEventsData",
    "TranscriptionStreamLanguage",
    "TranscriptionStreamSegmentDelta",
    "TranscriptionStreamTextDelta",
    "TransferCallTool",
    "TransferCallToolTypedDict",
    "TransferTarget",
    "TransferTargetTypedDict",
    "UsageInfo",
    "ValidationError",
    "VoiceAgentCustomConnector",
    "VoiceAgentCustomConnectorTypedDict",
    "VoiceAgentDocumentLibraryTool",
    "VoiceAgentDocumentLibraryToolTypedDict",
    "VoiceAgentFunctionTool",
    "VoiceAgentFunctionToolRequest",
    "VoiceAgentFunctionToolRequestTypedDict",
    "VoiceAgentWebSearchTool",
    "VoiceAgentWebSearchToolTypedDict",
    "VoiceCreateRequest",
    "VoiceCreateRequestTypedDict",
    "VoiceListPage",
    "VoiceListResponse",
    "VoiceResponse",
    "VoiceUpdateRequest",
    "VoiceUpdateRequestTypedDict",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.audio_agent_configuration_request": "AudioAgentConfigurationRequest AudioAgentConfigurationRequestTool",
            "._models.audio_agent_create_request": "AudioAgentCreateRequest",
            "._models.audio_agent_list_page": "AudioAgentListPage",
            "._models.audio_agent_response": "AudioAgentConfigurationResponseConfig AudioAgentResponse",
            "._models.audio_agent_session_list_page": "AudioAgentSessionListPage AudioAgentSessionSummary",
            "._models.audio_agent_update_request": "AudioAgentUpdateRequest",
            "._models.audio_llm_config": (
                "AudioInactivityConfig AudioLLMConfig AudioSTTConfig AudioTTSConfig "
                "AudioTurnConfig AudioTurnDetectionConfig HangUpTool PhoneDestination "
                "SipDestination TransferCallTool TransferTarget VoiceAgentCustomConnector "
                "VoiceAgentDocumentLibraryTool VoiceAgentWebSearchTool"
            ),
            "._models.audio_session_create_request": "AudioSessionCreateRequest AudioSessionCreateRequestTool",
            "._models.audio_session_create_response": "AudioSessionCreateResponse",
            "._models.audio_session_response": (
                "AudioAssistantTranscriptTurn AudioLatencyBreakdownAssistant "
                "AudioLatencyBreakdownUser AudioSessionPhoneCall AudioSessionPhoneNumber "
                "AudioSessionResponse AudioSessionResponseStatus AudioToolCall "
                "AudioToolTranscriptTurn AudioToolTranscriptTurnStatus AudioUserTranscriptTurn"
            ),
            "._models.audio_transcription_request": "AudioTranscriptionRequest",
            "._models.audio_transcription_request_stream": "AudioTranscriptionRequestStream",
            "._models.audio_v2_voices_list_gender": "AudioV2VoicesListGender AudioV2VoicesListKind AudioV2VoicesListType",
            "._models.create_realtime_session_request": "CreateRealtimeSessionRequest",
            "._models.create_realtime_session_response": "ClientSecret CreateRealtimeSessionResponse",
            "._models.list_voices_v1_audio_voices_get_type": "ListVoicesV1AudioVoicesGetType",
            "._models.speech_request": (
                "RawAudio SpeechAssistantTurn SpeechOutputFormat SpeechRequest "
                "SpeechRequestConversationHistory SpeechRequestPhonemeHint SpeechUserTurn"
            ),
            "._models.speech_v1_audio_speech_post_event": (
                "CompletionTokensDetails MessageTokens PromptTokensDetails Roles "
                "SpeechStreamAudioDelta SpeechStreamDone SpeechStreamEventTypes SpeechUsageInfo "
                "SpeechV1AudioSpeechPostEvent SpeechV1AudioSpeechPostEventData"
            ),
            "._models.speech_v1_audio_speech_post_response": "SpeechV1AudioSpeechPostResponse",
            "._models.static_tool_filler": "StaticToolFiller",
            "._models.timestamp_granularity": "TimestampGranularity",
            "._models.transcription_response": "TranscriptionResponse",
            "._models.transcription_segment_chunk": "TranscriptionSegmentChunk",
            "._models.transcription_stream_events": (
                "TranscriptionStreamDone TranscriptionStreamEventTypes TranscriptionStreamEvents "
                "TranscriptionStreamEventsData TranscriptionStreamLanguage "
                "TranscriptionStreamSegmentDelta TranscriptionStreamTextDelta"
            ),
            "._models.voice_agent_function_tool": "VoiceAgentFunctionTool",
            "._models.voice_agent_function_tool_request": "FunctionRequest VoiceAgentFunctionToolRequest",
            "._models.voice_create_request": "VoiceCreateRequest",
            "._models.voice_list_page": "VoiceListPage",
            "._models.voice_list_response": "VoiceListResponse",
            "._models.voice_response": "VoiceResponse",
            "._models.voice_update_request": "VoiceUpdateRequest",
            "._typed_dicts": (
                "AudioAgentConfigurationRequestToolTypedDict "
                "AudioAgentConfigurationRequestTypedDict AudioAgentCreateRequestTypedDict "
                "AudioAgentUpdateRequestTypedDict AudioInactivityConfigTypedDict "
                "AudioLLMConfigTypedDict AudioSTTConfigTypedDict "
                "AudioSessionCreateRequestToolTypedDict AudioSessionCreateRequestTypedDict "
                "AudioTTSConfigTypedDict AudioTranscriptionRequestStreamTypedDict "
                "AudioTranscriptionRequestTypedDict AudioTurnConfigTypedDict "
                "AudioTurnDetectionConfigTypedDict CreateRealtimeSessionRequestTypedDict "
                "FunctionRequestTypedDict HangUpToolTypedDict PhoneDestinationTypedDict "
                "RawAudioTypedDict SipDestinationTypedDict SpeechAssistantTurnTypedDict "
                "SpeechRequestConversationHistoryTypedDict SpeechRequestTypedDict "
                "SpeechUserTurnTypedDict StaticToolFillerTypedDict TransferCallToolTypedDict "
                "TransferTargetTypedDict VoiceAgentCustomConnectorTypedDict "
                "VoiceAgentDocumentLibraryToolTypedDict VoiceAgentFunctionToolRequestTypedDict "
                "VoiceAgentWebSearchToolTypedDict VoiceCreateRequestTypedDict "
                "VoiceUpdateRequestTypedDict"
            ),
            "mistralai.core.models": (
                "APIKeyAuth APIKeyAuthTypedDict Function FunctionTypedDict HTTPValidationError "
                "MetadataDict OAuth2TokenAuth OAuth2TokenAuthTypedDict ToolConfiguration "
                "ToolConfigurationTypedDict UsageInfo ValidationError"
            ),
        },
    )
