# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioAssistantTranscriptTurn, AudioLatencyBreakdownAssistant, AudioLatencyBreakdownUser...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AudioAssistantTranscriptTurn",
    "AudioLatencyBreakdownAssistant",
    "AudioLatencyBreakdownUser",
    "AudioSessionPhoneCall",
    "AudioSessionPhoneNumber",
    "AudioSessionResponse",
    "AudioSessionResponseStatus",
    "AudioToolCall",
    "AudioToolTranscriptTurn",
    "AudioToolTranscriptTurnStatus",
    "AudioUserTranscriptTurn",
]


class AudioLatencyBreakdownAssistant(BaseModel):
    __mistral_keep__ = frozenset()
    llm_ttft_ms: float | None = None
    llm_duration_ms: float | None = None
    tts_ttfb_ms: float | None = None
    tts_duration_ms: float | None = None
    e2e_latency_ms: float | None = None


class AudioToolCall(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    arguments: str | None = None


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


class AudioLatencyBreakdownUser(BaseModel):
    __mistral_keep__ = frozenset()
    transcription_delay_ms: float | None = None
    end_of_turn_delay_ms: float | None = None


class AudioSessionPhoneNumber(BaseModel):
    """The line the call came in on, as it stands now."""

    __mistral_keep__ = frozenset()
    id: str
    identifier: str
    name: str | None = None


class AudioSessionPhoneCall(BaseModel):
    """The phone line a session is attached to. Present only when the caller reached the agent over telephony, `null` for a session started from a browser or the API."""

    __mistral_keep__ = frozenset()
    phone_number_id: str
    phone_number: AudioSessionPhoneNumber | None = None


AudioSessionResponseStatus: TypeAlias = Literal["active", "ended"] | str

AudioToolTranscriptTurnStatus: TypeAlias = Literal["success", "error", "unknown"] | str


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


class AudioUserTranscriptTurn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"role": "user"}
    __mistral_keep__ = frozenset({"role"})
    timestamp: datetime
    latency: AudioLatencyBreakdownUser
    content: str | None = None
    duration_ms: float | None = None
    role: Literal["user"] = "user"


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
