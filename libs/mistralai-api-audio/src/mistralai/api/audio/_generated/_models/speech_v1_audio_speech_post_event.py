# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (CompletionTokensDetails, MessageTokens, PromptTokensDetails...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "CompletionTokensDetails",
    "MessageTokens",
    "PromptTokensDetails",
    "Roles",
    "SpeechStreamAudioDelta",
    "SpeechStreamDone",
    "SpeechStreamEventTypes",
    "SpeechUsageInfo",
    "SpeechV1AudioSpeechPostEvent",
    "SpeechV1AudioSpeechPostEventData",
]


class CompletionTokensDetails(BaseModel):
    """Token usage details for the completion."""

    __mistral_keep__ = frozenset({"reasoning_tokens"})
    reasoning_tokens: int = 0


Roles: TypeAlias = Literal["system", "user", "assistant", "tool"] | str


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


class SpeechStreamDone(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "speech.audio.done"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["speech.audio.done"] = "speech.audio.done"
    usage: SpeechUsageInfo


SpeechStreamEventTypes: TypeAlias = Literal["speech.audio.delta", "speech.audio.done"] | str

SpeechV1AudioSpeechPostEventData: TypeAlias = Annotated[
    Annotated[SpeechStreamAudioDelta, Tag("speech.audio.delta")]
    | Annotated[SpeechStreamDone, Tag("speech.audio.done")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"speech.audio.delta", "speech.audio.done"})),
]


class SpeechV1AudioSpeechPostEvent(BaseModel):
    __mistral_keep__ = frozenset()
    event: SpeechStreamEventTypes
    data: SpeechV1AudioSpeechPostEventData
