# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (RawAudio, SpeechAssistantTurn, SpeechRequest...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core.models import MetadataDict
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "RawAudio",
    "SpeechAssistantTurn",
    "SpeechOutputFormat",
    "SpeechRequest",
    "SpeechRequestConversationHistory",
    "SpeechRequestPhonemeHint",
    "SpeechUserTurn",
]

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


class RawAudio(BaseModel):
    __mistral_keep__ = frozenset()
    data: str


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


SpeechRequestConversationHistory: TypeAlias = Annotated[
    Annotated[SpeechAssistantTurn, Tag("assistant")]
    | Annotated[SpeechUserTurn, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "user"})),
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
