# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (TranscriptionStreamDone, TranscriptionStreamEvents, TranscriptionStreamLanguage...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.audio._generated._models.transcription_segment_chunk import (
    TranscriptionSegmentChunk,
)
from mistralai.core.models import UsageInfo
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "TranscriptionStreamDone",
    "TranscriptionStreamEventTypes",
    "TranscriptionStreamEvents",
    "TranscriptionStreamEventsData",
    "TranscriptionStreamLanguage",
    "TranscriptionStreamSegmentDelta",
    "TranscriptionStreamTextDelta",
]


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


class TranscriptionStreamEvents(BaseModel):
    __mistral_keep__ = frozenset()
    event: TranscriptionStreamEventTypes
    data: TranscriptionStreamEventsData
