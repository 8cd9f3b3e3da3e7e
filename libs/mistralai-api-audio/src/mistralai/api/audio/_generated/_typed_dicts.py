# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-audio distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.audio._generated._models.speech_request import (
    SpeechOutputFormat,
    SpeechRequestPhonemeHint,
)
from mistralai.api.audio._generated._models.timestamp_granularity import TimestampGranularity
from mistralai.core.models import (
    APIKeyAuthTypedDict,
    MetadataDict,
    OAuth2TokenAuthTypedDict,
    ToolConfigurationTypedDict,
)
from mistralai.core.runtime import FileInput

__all__ = [
    "AudioAgentConfigurationRequestToolTypedDict",
    "AudioAgentConfigurationRequestTypedDict",
    "AudioAgentCreateRequestTypedDict",
    "AudioAgentUpdateRequestTypedDict",
    "AudioInactivityConfigTypedDict",
    "AudioLLMConfigTypedDict",
    "AudioSTTConfigTypedDict",
    "AudioSessionCreateRequestToolTypedDict",
    "AudioSessionCreateRequestTypedDict",
    "AudioTTSConfigTypedDict",
    "AudioTranscriptionRequestStreamTypedDict",
    "AudioTranscriptionRequestTypedDict",
    "AudioTurnConfigTypedDict",
    "AudioTurnDetectionConfigTypedDict",
    "CreateRealtimeSessionRequestTypedDict",
    "FunctionRequestTypedDict",
    "HangUpToolTypedDict",
    "PhoneDestinationTypedDict",
    "RawAudioTypedDict",
    "SipDestinationTypedDict",
    "SpeechAssistantTurnTypedDict",
    "SpeechRequestConversationHistoryTypedDict",
    "SpeechRequestTypedDict",
    "SpeechUserTurnTypedDict",
    "StaticToolFillerTypedDict",
    "TransferCallToolTypedDict",
    "TransferTargetTypedDict",
    "VoiceAgentCustomConnectorTypedDict",
    "VoiceAgentDocumentLibraryToolTypedDict",
    "VoiceAgentFunctionToolRequestTypedDict",
    "VoiceAgentWebSearchToolTypedDict",
    "VoiceCreateRequestTypedDict",
    "VoiceUpdateRequestTypedDict",
]


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


SpeechRequestConversationHistoryTypedDict: TypeAlias = (
    SpeechAssistantTurnTypedDict | SpeechUserTurnTypedDict
)

AudioAgentConfigurationRequestToolTypedDict: TypeAlias = (
    VoiceAgentCustomConnectorTypedDict
    | VoiceAgentDocumentLibraryToolTypedDict
    | VoiceAgentFunctionToolRequestTypedDict
    | HangUpToolTypedDict
    | TransferCallToolTypedDict
    | VoiceAgentWebSearchToolTypedDict
)

AudioSessionCreateRequestToolTypedDict: TypeAlias = (
    VoiceAgentCustomConnectorTypedDict
    | VoiceAgentDocumentLibraryToolTypedDict
    | VoiceAgentFunctionToolRequestTypedDict
    | HangUpToolTypedDict
    | TransferCallToolTypedDict
    | VoiceAgentWebSearchToolTypedDict
)
