# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (TranscriptionSegmentChunk...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "TranscriptionSegmentChunk",
]


class TranscriptionSegmentChunk(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "transcription_segment"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["transcription_segment"] = "transcription_segment"
    text: str
    start: float
    end: float
    score: float | None = None
    speaker_id: str | None = None
