# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, NotRequired, Required, TypeAlias

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.models import (
    HTTPValidationError,
    MetadataDict,
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
    "AudioTranscriptionRequest",
    "AudioTranscriptionRequestStream",
    "AudioTranscriptionRequestStreamTypedDict",
    "AudioTranscriptionRequestTypedDict",
    "CompletionTokensDetails",
    "HTTPValidationError",
    "ListVoicesV1AudioVoicesGetType",
    "MessageTokens",
    "MetadataDict",
    "PromptTokensDetails",
    "Roles",
    "SpeechOutputFormat",
    "SpeechRequest",
    "SpeechRequestTypedDict",
    "SpeechStreamAudioDelta",
    "SpeechStreamDone",
    "SpeechStreamEventTypes",
    "SpeechUsageInfo",
    "SpeechV1AudioSpeechPostEvent",
    "SpeechV1AudioSpeechPostEventData",
    "SpeechV1AudioSpeechPostResponse",
    "TimestampGranularity",
    "TranscriptionResponse",
    "TranscriptionSegmentChunk",
    "TranscriptionStreamDone",
    "TranscriptionStreamEventTypes",
    "TranscriptionStreamEvents",
    "TranscriptionStreamEventsData",
    "TranscriptionStreamLanguage",
    "TranscriptionStreamSegmentDelta",
    "TranscriptionStreamTextDelta",
    "UsageInfo",
    "ValidationError",
    "VoiceCreateRequest",
    "VoiceCreateRequestTypedDict",
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


SpeechOutputFormat: TypeAlias = Literal["pcm", "wav", "mp3", "flac", "opus"] | str

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

SpeechV1AudioSpeechPostEventData: TypeAlias = Annotated[
    Annotated[SpeechStreamAudioDelta, Tag("speech.audio.delta")]
    | Annotated[SpeechStreamDone, Tag("speech.audio.done")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"speech.audio.delta", "speech.audio.done"})),
]

ListVoicesV1AudioVoicesGetType: TypeAlias = Literal["all", "custom", "preset"] | str
"""Filter the voices between customs and presets"""
