# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution (from the API spec)."""

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
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    File,
    FileInput,
    PagedModel,
    UnknownVariant,
    open_discriminator,
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


class SpeechRequest(BaseModel):
    __mistral_keep__ = frozenset({"stream"})
    model: str | None = None
    metadata: MetadataDict | None = None
    stream: bool = False
    prompt_cache_key: str | None = None
    voice_id: str | None = None
    """The preset or custom voice to use for generating the speech."""
    ref_audio: str | None = None
    """The audio reference for generating the speech."""
    input: str
    """Text to generate a speech from"""
    response_format: SpeechOutputFormat = "mp3"
    """Output audio format. Defaults to mp3."""
    expressiveness: float | None = None
    phoneme_hints: dict[str, list[SpeechRequestPhonemeHint]] | None = None
    conversation_history: list[SpeechRequestConversationHistory] | None = None


class TranscriptionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"segments"})
    model: str
    text: str
    language: str | None
    segments: list[TranscriptionSegmentChunk] | None = None
    usage: UsageInfo


class TranscriptionSegmentChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription_segment"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["transcription_segment"] = "transcription_segment"
    text: str
    start: float
    end: float
    score: float | None = None
    speaker_id: str | None = None


class AudioTranscriptionRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": False}
    __mistral_keep__ = frozenset({"stream", "diarize"})
    __mistral_drop_none__ = frozenset({"timestamp_granularities"})
    model: str
    """ID of the model to be used."""
    file: File | None = None
    file_url: str | None = None
    """Url of a file to be transcribed"""
    file_id: str | None = None
    """ID of a file uploaded to /v1/files"""
    language: str | None = None
    """Language of the audio, e.g. 'en'. Providing the language can boost accuracy."""
    temperature: float | None = None
    stream: Literal[False] = False
    diarize: bool = False
    context_bias: list[str] = Field(default=[])
    timestamp_granularities: list[TimestampGranularity] | None = None
    """Granularities of timestamps to include in the response."""
    speaker_references: dict[str, str] | None = None


class AudioTranscriptionRequestStream(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"stream": True}
    __mistral_keep__ = frozenset({"stream", "diarize"})
    __mistral_drop_none__ = frozenset({"timestamp_granularities"})
    model: str
    file: File | None = None
    file_url: str | None = None
    """Url of a file to be transcribed"""
    file_id: str | None = None
    """ID of a file uploaded to /v1/files"""
    language: str | None = None
    """Language of the audio, e.g. 'en'. Providing the language can boost accuracy."""
    temperature: float | None = None
    stream: Literal[True] = True
    diarize: bool = False
    context_bias: list[str] = Field(default=[])
    timestamp_granularities: list[TimestampGranularity] | None = None
    """Granularities of timestamps to include in the response."""
    speaker_references: dict[str, str] | None = None


class TranscriptionStreamLanguage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription.language"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["transcription.language"] = "transcription.language"
    audio_language: str


class TranscriptionStreamSegmentDelta(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription.segment"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["transcription.segment"] = "transcription.segment"
    text: str
    start: float
    end: float
    speaker_id: str | None = None


class TranscriptionStreamTextDelta(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription.text.delta"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["transcription.text.delta"] = "transcription.text.delta"
    text: str


class TranscriptionStreamDone(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription.done"}
    __mistral_keep__ = frozenset({"type"})
    __mistral_drop_none__ = frozenset({"segments"})
    model: str
    text: str
    language: str | None
    segments: list[TranscriptionSegmentChunk] | None = None
    usage: UsageInfo
    type: Literal["transcription.done"] = "transcription.done"


class TranscriptionStreamEvents(BaseModel):
    __mistral_keep__ = frozenset()
    event: TranscriptionStreamEventTypes
    data: TranscriptionStreamEventsData


class VoiceCreateRequest(BaseModel):
    """Request model for creating a new voice with base64 audio."""

    __mistral_keep__ = frozenset({"retention_notice"})
    name: str
    slug: str | None = None
    languages: list[str] = Field(default=[])
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    color: str | None = None
    description: str | None = None
    retention_notice: int = 30
    sample_audio: str
    """Base64-encoded audio file"""
    sample_filename: str | None = None
    """Original filename for extension detection"""


class VoiceListResponse(PagedModel):
    """Schema for voice list response"""

    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[VoiceResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[VoiceResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[VoiceResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    items: list[VoiceResponse]
    total: int
    page: int
    page_size: int
    total_pages: int


class VoiceResponse(BaseModel):
    """Schema for voice response"""

    __mistral_keep__ = frozenset({"retention_notice"})
    name: str
    slug: str | None = None
    languages: list[str] = Field(default=[])
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    color: str | None = None
    description: str | None = None
    retention_notice: int = 30
    id: str
    created_at: datetime
    user_id: str | None
    trimmed_seconds: float | None = None


class VoiceUpdateRequest(BaseModel):
    """Request model for partially updating voice metadata."""

    __mistral_keep__ = frozenset()
    name: str | None = None
    languages: list[str] | None = None
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    description: str | None = None
    retention_notice: int | None = None


class CompletionTokensDetails(BaseModel):
    """Token usage details for the completion."""

    __mistral_keep__ = frozenset({"reasoning_tokens"})
    reasoning_tokens: int = 0


class MessageTokens(BaseModel):
    """Information on a single message included in a tokenized prompt as part of an InstructRequest."""

    __mistral_keep__ = frozenset({"truncated", "usage_count"})
    role: Roles
    total_tokens: int | None = None
    truncated: bool = False
    usage_count: int = 1


class PromptTokensDetails(BaseModel):
    """Token usage details for the prompt."""

    __mistral_keep__ = frozenset({"cached_tokens", "audio_tokens"})
    __mistral_drop_none__ = frozenset({"messages"})
    messages: list[MessageTokens] | None = None
    cached_tokens: int = 0
    audio_tokens: int = 0


class SpeechStreamAudioDelta(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "speech.audio.delta"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["speech.audio.delta"] = "speech.audio.delta"
    audio_data: str


class SpeechStreamDone(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "speech.audio.done"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["speech.audio.done"] = "speech.audio.done"
    usage: SpeechUsageInfo


class SpeechUsageInfo(BaseModel):
    __mistral_keep__ = frozenset()
    prompt_audio_seconds: int | None = None
    prompt_tokens: int = 0
    total_tokens: int = 0
    completion_tokens: int | None = 0
    request_count: int | None = None
    prompt_tokens_details: PromptTokensDetails | None = None
    completion_tokens_details: CompletionTokensDetails | None = None
    prompt_token_details: PromptTokensDetails | None = None
    num_cached_tokens: int | None = None


class AudioAgentConfigurationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    llm: AudioLLMConfig | None = None
    tts: AudioTTSConfig | None = None
    stt: AudioSTTConfig | None = None
    turn: AudioTurnConfig | None = None
    instructions: str | None = None
    tools: list[AudioAgentConfigurationRequestTool] | None = None
    welcome_message: str | None = None


class AudioAgentConfigurationResponseConfig(BaseModel):
    __mistral_keep__ = frozenset()
    llm: AudioLLMConfig
    tts: AudioTTSConfig
    stt: AudioSTTConfig
    turn: AudioTurnConfig
    instructions: str | None = None
    tools: (
        list[
            VoiceAgentCustomConnector
            | VoiceAgentDocumentLibraryTool
            | VoiceAgentFunctionTool
            | HangUpTool
            | TransferCallTool
            | VoiceAgentWebSearchTool
        ]
        | None
    ) = None
    welcome_message: str | None = None


class AudioAgentCreateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    configuration: AudioAgentConfigurationRequest
    description: str | None = None


class AudioAgentListPage(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AudioAgentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AudioAgentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AudioAgentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[AudioAgentResponse]
    next_page_token: str | None = None


class AudioAgentResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    owner_id: str
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    description: str | None = None
    version: int | None = None
    configuration: AudioAgentConfigurationResponseConfig | None = None


class AudioAgentSessionListPage(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AudioAgentSessionSummary]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AudioAgentSessionSummary]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AudioAgentSessionSummary]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[AudioAgentSessionSummary]
    next_page_token: str | None = None


class AudioAgentSessionSummary(BaseModel):
    """A session of a saved agent, without its transcript."""

    __mistral_keep__ = frozenset()
    id: str
    agent_id: str
    started_at: datetime | None = None
    duration: int | None = None
    phone_number_id: str | None = None


class AudioAgentUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    configuration: AudioAgentConfigurationRequest
    description: str | None = None


class AudioAssistantTranscriptTurn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "assistant"}
    __mistral_keep__ = frozenset({"role"})
    timestamp: datetime
    latency: AudioLatencyBreakdownAssistant
    content: str | None = None
    duration_ms: float | None = None
    role: Literal["assistant"] = "assistant"
    is_interruption: bool | None = False
    tool_calls: list[AudioToolCall] | None = None


class AudioInactivityConfig(BaseModel):
    __mistral_keep__ = frozenset()
    timeout_ms: int
    max_reminders: int
    messages: list[str] | None = None


class AudioLLMConfig(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = None


class AudioLatencyBreakdownAssistant(BaseModel):
    __mistral_keep__ = frozenset()
    llm_ttft_ms: float | None = None
    llm_duration_ms: float | None = None
    tts_ttfb_ms: float | None = None
    tts_duration_ms: float | None = None
    e2e_latency_ms: float | None = None


class AudioLatencyBreakdownUser(BaseModel):
    __mistral_keep__ = frozenset()
    transcription_delay_ms: float | None = None
    end_of_turn_delay_ms: float | None = None


class AudioSTTConfig(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = None
    language: str | None = None
    context_bias: list[str] | None = None
    target_streaming_delay_ms: int | None = None
    turn_detection: AudioTurnDetectionConfig | None = None


class AudioSessionCreateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    llm: AudioLLMConfig | None = None
    tts: AudioTTSConfig | None = None
    stt: AudioSTTConfig | None = None
    turn: AudioTurnConfig | None = None
    instructions: str | None = None
    tools: list[AudioSessionCreateRequestTool] | None = None
    welcome_message: str | None = None
    agent_id: str | None = None
    agent_version: int | None = None


class AudioSessionCreateResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    participant_token: str
    server_url: str
    created_at: datetime
    expires_at: datetime
    function_tools: list[VoiceAgentFunctionTool] | None = None


class AudioSessionPhoneCall(BaseModel):
    """The phone line a session is attached to. Present only when the caller reached the agent over telephony, `null` for a session started from a browser or the API."""

    __mistral_keep__ = frozenset()
    phone_number_id: str
    phone_number: AudioSessionPhoneNumber | None = None


class AudioSessionPhoneNumber(BaseModel):
    """The line the call came in on, as it stands now."""

    __mistral_keep__ = frozenset()
    id: str
    identifier: str
    name: str | None = None


class AudioSessionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    status: AudioSessionResponseStatus | str
    num_participants: int
    created_at: datetime
    phone_call: AudioSessionPhoneCall | None = None
    transcripts: (
        list[AudioAssistantTranscriptTurn | AudioToolTranscriptTurn | AudioUserTranscriptTurn]
        | None
    ) = None


class AudioTTSConfig(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = None
    voice_id: str | None = None
    expressiveness: float | None = None


class AudioToolCall(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    arguments: str | None = None


class AudioToolTranscriptTurn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "tool"}
    __mistral_keep__ = frozenset({"role"})
    tool_call_id: str
    name: str
    status: AudioToolTranscriptTurnStatus | str
    timestamp: datetime
    role: Literal["tool"] = "tool"
    result: Any = None
    duration_ms: float | None = None


class AudioTurnConfig(BaseModel):
    __mistral_keep__ = frozenset()
    allow_interruptions: bool | None = None
    inactivity: AudioInactivityConfig | None = None


class AudioTurnDetectionConfig(BaseModel):
    __mistral_keep__ = frozenset()
    start_threshold: float | None = None
    eager_end_threshold: float | None = None
    end_threshold: float | None = None
    min_silence_ms: int | None = None
    end_timeout_ms: int | None = None


class AudioUserTranscriptTurn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "user"}
    __mistral_keep__ = frozenset({"role"})
    timestamp: datetime
    latency: AudioLatencyBreakdownUser
    content: str | None = None
    duration_ms: float | None = None
    role: Literal["user"] = "user"


class ClientSecret(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    expires_at: datetime


class CreateRealtimeSessionRequest(ConstFieldsModel):
    """Payload used to create realtime client sessions."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"purpose": "realtime"}
    __mistral_keep__ = frozenset({"purpose"})
    model: str
    purpose: Literal["realtime"] = "realtime"
    ttl_seconds: int | None = None


class CreateRealtimeSessionResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"purpose": "realtime"}
    __mistral_keep__ = frozenset({"purpose"})
    purpose: Literal["realtime"] = "realtime"
    expires_at: datetime
    client_secret: ClientSecret
    object: Literal["client.session"] | None = "client.session"


class FunctionRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    parameters: dict[str, Any]
    description: str | None = ""
    strict: bool | None = False


class HangUpTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "hang_up"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["hang_up"] = "hang_up"
    filler: StaticToolFiller | None = None


class PhoneDestination(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "phone"}
    __mistral_keep__ = frozenset({"type"})
    number: str
    type: Literal["phone"] = "phone"


class RawAudio(BaseModel):
    __mistral_keep__ = frozenset()
    data: str


class SipDestination(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "sip"}
    __mistral_keep__ = frozenset({"type"})
    uri: str
    type: Literal["sip"] = "sip"


class SpeechAssistantTurn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "assistant"}
    __mistral_keep__ = frozenset({"role"})
    text: str
    audio: RawAudio
    role: Literal["assistant"] = "assistant"


class SpeechUserTurn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "user"}
    __mistral_keep__ = frozenset({"role"})
    audio: RawAudio
    role: Literal["user"] = "user"


class StaticToolFiller(BaseModel):
    __mistral_keep__ = frozenset()
    text: str
    type: Literal["static"] | None = "static"


class TransferCallTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transfer_call"}
    __mistral_keep__ = frozenset({"type"})
    destinations: list[TransferTarget]
    type: Literal["transfer_call"] = "transfer_call"
    filler: StaticToolFiller | None = None


class TransferTarget(BaseModel):
    """One allowed hand-off, chosen by the model through `id` alone. The address never reaches the model: it only sees `id` and `condition`, so it cannot dial a near-miss of a real number."""

    __mistral_keep__ = frozenset()
    id: str
    condition: str
    destination: PhoneDestination | SipDestination


class VoiceAgentCustomConnector(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "connector"}
    __mistral_keep__ = frozenset({"type"})
    connector_id: str
    type: Literal["connector"] = "connector"
    authorization: APIKeyAuth | OAuth2TokenAuth | None = None
    tool_configuration: ToolConfiguration | None = None
    filler: StaticToolFiller | None = None


class VoiceAgentDocumentLibraryTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "document_library"}
    __mistral_keep__ = frozenset({"type"})
    library_ids: list[str]
    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    filler: StaticToolFiller | None = None


class VoiceAgentFunctionTool(BaseModel):
    __mistral_keep__ = frozenset()
    function: Function
    type: Literal["function"] | None = "function"
    filler: StaticToolFiller | None = None
    timeout_ms: int | None = None


class VoiceAgentFunctionToolRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "function"}
    __mistral_keep__ = frozenset({"type"})
    function: FunctionRequest
    type: Literal["function"] = "function"
    filler: StaticToolFiller | None = None
    timeout_ms: int | None = None


class VoiceAgentWebSearchTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "web_search"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"
    filler: StaticToolFiller | None = None


class VoiceListPage(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[VoiceResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[VoiceResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[VoiceResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[VoiceResponse]
    next_page_token: str | None = None


class SpeechV1AudioSpeechPostResponse(BaseModel):
    __mistral_keep__ = frozenset()
    audio_data: str
    """Base64 encoded audio data"""


class SpeechV1AudioSpeechPostEvent(BaseModel):
    __mistral_keep__ = frozenset()
    event: SpeechStreamEventTypes
    data: SpeechV1AudioSpeechPostEventData


class SpeechRequestTypedDict(TypedDict):
    """Dict form of :class:`SpeechRequest`."""

    model: NotRequired[str | None]
    metadata: NotRequired[MetadataDict | None]
    stream: NotRequired[bool]
    prompt_cache_key: NotRequired[str | None]
    voice_id: NotRequired[str | None]
    ref_audio: NotRequired[str | None]
    input: Required[str]
    response_format: NotRequired[SpeechOutputFormat]
    expressiveness: NotRequired[float | None]
    phoneme_hints: NotRequired[Mapping[str, Sequence[SpeechRequestPhonemeHint]] | None]
    conversation_history: NotRequired[Sequence[SpeechRequestConversationHistoryTypedDict] | None]


class AudioTranscriptionRequestTypedDict(TypedDict):
    """Dict form of :class:`AudioTranscriptionRequest`."""

    model: Required[str]
    file: NotRequired[FileInput | None]
    file_url: NotRequired[str | None]
    file_id: NotRequired[str | None]
    language: NotRequired[str | None]
    temperature: NotRequired[float | None]
    stream: NotRequired[Literal[False]]
    diarize: NotRequired[bool]
    context_bias: NotRequired[Sequence[str]]
    timestamp_granularities: NotRequired[Sequence[TimestampGranularity]]
    speaker_references: NotRequired[Mapping[str, str] | None]


class AudioTranscriptionRequestStreamTypedDict(TypedDict):
    """Dict form of :class:`AudioTranscriptionRequestStream`."""

    model: Required[str]
    file: NotRequired[FileInput | None]
    file_url: NotRequired[str | None]
    file_id: NotRequired[str | None]
    language: NotRequired[str | None]
    temperature: NotRequired[float | None]
    stream: NotRequired[Literal[True]]
    diarize: NotRequired[bool]
    context_bias: NotRequired[Sequence[str]]
    timestamp_granularities: NotRequired[Sequence[TimestampGranularity]]
    speaker_references: NotRequired[Mapping[str, str] | None]


class VoiceCreateRequestTypedDict(TypedDict):
    """Dict form of :class:`VoiceCreateRequest`."""

    name: Required[str]
    slug: NotRequired[str | None]
    languages: NotRequired[Sequence[str]]
    gender: NotRequired[str | None]
    age: NotRequired[int | None]
    tags: NotRequired[Sequence[str] | None]
    color: NotRequired[str | None]
    description: NotRequired[str | None]
    retention_notice: NotRequired[int]
    sample_audio: Required[str]
    sample_filename: NotRequired[str | None]


class VoiceUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`VoiceUpdateRequest`."""

    name: NotRequired[str | None]
    languages: NotRequired[Sequence[str] | None]
    gender: NotRequired[str | None]
    age: NotRequired[int | None]
    tags: NotRequired[Sequence[str] | None]
    description: NotRequired[str | None]
    retention_notice: NotRequired[int | None]


class AudioAgentConfigurationRequestTypedDict(TypedDict):
    """Dict form of :class:`AudioAgentConfigurationRequest`."""

    llm: NotRequired[AudioLLMConfigTypedDict | None]
    tts: NotRequired[AudioTTSConfigTypedDict | None]
    stt: NotRequired[AudioSTTConfigTypedDict | None]
    turn: NotRequired[AudioTurnConfigTypedDict | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[AudioAgentConfigurationRequestToolTypedDict] | None]
    welcome_message: NotRequired[str | None]


class AudioAgentCreateRequestTypedDict(TypedDict):
    """Dict form of :class:`AudioAgentCreateRequest`."""

    name: Required[str]
    configuration: Required[AudioAgentConfigurationRequestTypedDict]
    description: NotRequired[str | None]


class AudioAgentUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`AudioAgentUpdateRequest`."""

    name: Required[str]
    configuration: Required[AudioAgentConfigurationRequestTypedDict]
    description: NotRequired[str | None]


class AudioInactivityConfigTypedDict(TypedDict):
    """Dict form of :class:`AudioInactivityConfig`."""

    timeout_ms: Required[int]
    max_reminders: Required[int]
    messages: NotRequired[Sequence[str] | None]


class AudioLLMConfigTypedDict(TypedDict):
    """Dict form of :class:`AudioLLMConfig`."""

    model: NotRequired[str | None]


class AudioSTTConfigTypedDict(TypedDict):
    """Dict form of :class:`AudioSTTConfig`."""

    model: NotRequired[str | None]
    language: NotRequired[str | None]
    context_bias: NotRequired[Sequence[str] | None]
    target_streaming_delay_ms: NotRequired[int | None]
    turn_detection: NotRequired[AudioTurnDetectionConfigTypedDict | None]


class AudioSessionCreateRequestTypedDict(TypedDict):
    """Dict form of :class:`AudioSessionCreateRequest`."""

    llm: NotRequired[AudioLLMConfigTypedDict | None]
    tts: NotRequired[AudioTTSConfigTypedDict | None]
    stt: NotRequired[AudioSTTConfigTypedDict | None]
    turn: NotRequired[AudioTurnConfigTypedDict | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[AudioSessionCreateRequestToolTypedDict] | None]
    welcome_message: NotRequired[str | None]
    agent_id: NotRequired[str | None]
    agent_version: NotRequired[int | None]


class AudioTTSConfigTypedDict(TypedDict):
    """Dict form of :class:`AudioTTSConfig`."""

    model: NotRequired[str | None]
    voice_id: NotRequired[str | None]
    expressiveness: NotRequired[float | None]


class AudioTurnConfigTypedDict(TypedDict):
    """Dict form of :class:`AudioTurnConfig`."""

    allow_interruptions: NotRequired[bool | None]
    inactivity: NotRequired[AudioInactivityConfigTypedDict | None]


class AudioTurnDetectionConfigTypedDict(TypedDict):
    """Dict form of :class:`AudioTurnDetectionConfig`."""

    start_threshold: NotRequired[float | None]
    eager_end_threshold: NotRequired[float | None]
    end_threshold: NotRequired[float | None]
    min_silence_ms: NotRequired[int | None]
    end_timeout_ms: NotRequired[int | None]


class CreateRealtimeSessionRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateRealtimeSessionRequest`."""

    model: Required[str]
    purpose: NotRequired[Literal["realtime"]]
    ttl_seconds: NotRequired[int | None]


class FunctionRequestTypedDict(TypedDict):
    """Dict form of :class:`FunctionRequest`."""

    name: Required[str]
    parameters: Required[Mapping[str, Any]]
    description: NotRequired[str | None]
    strict: NotRequired[bool | None]


class HangUpToolTypedDict(TypedDict):
    """Dict form of :class:`HangUpTool`."""

    type: NotRequired[Literal["hang_up"]]
    filler: NotRequired[StaticToolFillerTypedDict | None]


class PhoneDestinationTypedDict(TypedDict):
    """Dict form of :class:`PhoneDestination`."""

    number: Required[str]
    type: NotRequired[Literal["phone"]]


class RawAudioTypedDict(TypedDict):
    """Dict form of :class:`RawAudio`."""

    data: Required[str]


class SipDestinationTypedDict(TypedDict):
    """Dict form of :class:`SipDestination`."""

    uri: Required[str]
    type: NotRequired[Literal["sip"]]


class SpeechAssistantTurnTypedDict(TypedDict):
    """Dict form of :class:`SpeechAssistantTurn`."""

    text: Required[str]
    audio: Required[RawAudioTypedDict]
    role: NotRequired[Literal["assistant"]]


class SpeechUserTurnTypedDict(TypedDict):
    """Dict form of :class:`SpeechUserTurn`."""

    audio: Required[RawAudioTypedDict]
    role: NotRequired[Literal["user"]]


class StaticToolFillerTypedDict(TypedDict):
    """Dict form of :class:`StaticToolFiller`."""

    text: Required[str]
    type: NotRequired[Literal["static"] | None]


class TransferCallToolTypedDict(TypedDict):
    """Dict form of :class:`TransferCallTool`."""

    destinations: Required[Sequence[TransferTargetTypedDict]]
    type: NotRequired[Literal["transfer_call"]]
    filler: NotRequired[StaticToolFillerTypedDict | None]


class TransferTargetTypedDict(TypedDict):
    """Dict form of :class:`TransferTarget`."""

    id: Required[str]
    condition: Required[str]
    destination: Required[PhoneDestinationTypedDict | SipDestinationTypedDict]


class VoiceAgentCustomConnectorTypedDict(TypedDict):
    """Dict form of :class:`VoiceAgentCustomConnector`."""

    connector_id: Required[str]
    type: NotRequired[Literal["connector"]]
    authorization: NotRequired[APIKeyAuthTypedDict | OAuth2TokenAuthTypedDict | None]
    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    filler: NotRequired[StaticToolFillerTypedDict | None]


class VoiceAgentDocumentLibraryToolTypedDict(TypedDict):
    """Dict form of :class:`VoiceAgentDocumentLibraryTool`."""

    library_ids: Required[Sequence[str]]
    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["document_library"]]
    filler: NotRequired[StaticToolFillerTypedDict | None]


class VoiceAgentFunctionToolRequestTypedDict(TypedDict):
    """Dict form of :class:`VoiceAgentFunctionToolRequest`."""

    function: Required[FunctionRequestTypedDict]
    type: NotRequired[Literal["function"]]
    filler: NotRequired[StaticToolFillerTypedDict | None]
    timeout_ms: NotRequired[int | None]


class VoiceAgentWebSearchToolTypedDict(TypedDict):
    """Dict form of :class:`VoiceAgentWebSearchTool`."""

    tool_configuration: NotRequired[ToolConfigurationTypedDict | None]
    type: NotRequired[Literal["web_search"]]
    filler: NotRequired[StaticToolFillerTypedDict | None]


SpeechOutputFormat: TypeAlias = Literal["pcm", "wav", "mp3", "flac", "opus"] | str

SpeechRequestPhonemeHint: TypeAlias = (
    Literal[
        "a",
        "a\u026a",
        "a\u028a",
        "b",
        "d",
        "d\u0292",
        "e",
        "e\u026a",
        "f",
        "g",
        "h",
        "i",
        "j",
        "k",
        "l",
        "m",
        "n",
        "o",
        "o\u028a",
        "p",
        "s",
        "t",
        "t\u0283",
        "u",
        "v",
        "w",
        "z",
        "\u00e6",
        "\u00f0",
        "\u014b",
        "\u0251",
        "\u0254",
        "\u0254\u026a",
        "\u0256",
        "\u0259",
        "\u025a",
        "\u025b",
        "\u025c",
        "\u026a",
        "\u0271",
        "\u0279",
        "\u027e",
        "\u0283",
        "\u0288",
        "\u028a",
        "\u028b",
        "\u028c",
        "\u0292",
        "\u0294",
        "\u03b8",
        "\u0281",
        "r",
        "\u0251\u0303",
        "\u0280",
        "x",
        "y",
        "\u0254\u0303",
        "\u0250",
        "\u0153",
        "\u025b\u0303",
        "\u029d",
        "\u0272",
        "ts",
        "\u0265",
        "\u028f",
        "\u00f8",
        "\u03b2",
        "\u0266",
        "pf",
        "\u028e",
        "\u0263",
        "\u0273",
        "\u0254\u028f",
        "\u0153\u0303",
        "\u025f\u029d",
        "\u026c",
        "q",
    ]
    | str
)

SpeechRequestConversationHistory: TypeAlias = Annotated[
    Annotated[SpeechAssistantTurn, Tag("assistant")]
    | Annotated[SpeechUserTurn, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "user"})),
]

SpeechRequestConversationHistoryTypedDict: TypeAlias = (
    SpeechAssistantTurnTypedDict | SpeechUserTurnTypedDict
)

TimestampGranularity: TypeAlias = Literal["segment", "word"] | str

TranscriptionStreamEventsData: TypeAlias = Annotated[
    Annotated[TranscriptionStreamDone, Tag("transcription.done")]
    | Annotated[TranscriptionStreamLanguage, Tag("transcription.language")]
    | Annotated[TranscriptionStreamSegmentDelta, Tag("transcription.segment")]
    | Annotated[TranscriptionStreamTextDelta, Tag("transcription.text.delta")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "transcription.done",
                "transcription.language",
                "transcription.segment",
                "transcription.text.delta",
            }
        ),
    ),
]

TranscriptionStreamEventTypes: TypeAlias = (
    Literal[
        "transcription.language",
        "transcription.segment",
        "transcription.text.delta",
        "transcription.done",
    ]
    | str
)

Roles: TypeAlias = Literal["system", "user", "assistant", "tool"] | str

SpeechStreamEventTypes: TypeAlias = Literal["speech.audio.delta", "speech.audio.done"] | str

AudioAgentConfigurationRequestTool: TypeAlias = Annotated[
    Annotated[VoiceAgentCustomConnector, Tag("connector")]
    | Annotated[VoiceAgentDocumentLibraryTool, Tag("document_library")]
    | Annotated[VoiceAgentFunctionToolRequest, Tag("function")]
    | Annotated[HangUpTool, Tag("hang_up")]
    | Annotated[TransferCallTool, Tag("transfer_call")]
    | Annotated[VoiceAgentWebSearchTool, Tag("web_search")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {"connector", "document_library", "function", "hang_up", "transfer_call", "web_search"}
        ),
    ),
]

AudioAgentConfigurationRequestToolTypedDict: TypeAlias = (
    VoiceAgentCustomConnectorTypedDict
    | VoiceAgentDocumentLibraryToolTypedDict
    | VoiceAgentFunctionToolRequestTypedDict
    | HangUpToolTypedDict
    | TransferCallToolTypedDict
    | VoiceAgentWebSearchToolTypedDict
)

AudioSessionCreateRequestTool: TypeAlias = Annotated[
    Annotated[VoiceAgentCustomConnector, Tag("connector")]
    | Annotated[VoiceAgentDocumentLibraryTool, Tag("document_library")]
    | Annotated[VoiceAgentFunctionToolRequest, Tag("function")]
    | Annotated[HangUpTool, Tag("hang_up")]
    | Annotated[TransferCallTool, Tag("transfer_call")]
    | Annotated[VoiceAgentWebSearchTool, Tag("web_search")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {"connector", "document_library", "function", "hang_up", "transfer_call", "web_search"}
        ),
    ),
]

AudioSessionCreateRequestToolTypedDict: TypeAlias = (
    VoiceAgentCustomConnectorTypedDict
    | VoiceAgentDocumentLibraryToolTypedDict
    | VoiceAgentFunctionToolRequestTypedDict
    | HangUpToolTypedDict
    | TransferCallToolTypedDict
    | VoiceAgentWebSearchToolTypedDict
)

AudioSessionResponseStatus: TypeAlias = Literal["active", "ended"] | str

AudioToolTranscriptTurnStatus: TypeAlias = Literal["success", "error", "unknown"] | str

SpeechV1AudioSpeechPostEventData: TypeAlias = Annotated[
    Annotated[SpeechStreamAudioDelta, Tag("speech.audio.delta")]
    | Annotated[SpeechStreamDone, Tag("speech.audio.done")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"speech.audio.delta", "speech.audio.done"})),
]

ListVoicesV1AudioVoicesGetType: TypeAlias = Literal["all", "custom", "preset"] | str
"""Filter the voices between customs and presets"""

AudioV2VoicesListType: TypeAlias = Literal["all", "custom", "preset"] | str

AudioV2VoicesListGender: TypeAlias = Literal["female", "male", "neutral"] | str

AudioV2VoicesListKind: TypeAlias = Literal["ivc", "pvc"] | str
