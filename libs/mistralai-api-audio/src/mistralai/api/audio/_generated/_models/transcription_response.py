# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (TranscriptionResponse...)."""

from mistralai.api.audio._generated._models.transcription_segment_chunk import (
    TranscriptionSegmentChunk,
)
from mistralai.core.models import UsageInfo
from mistralai.core.runtime import BaseModel

__all__ = [
    "TranscriptionResponse",
]


class TranscriptionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"segments"})
    model: str
    text: str
    language: str | None
    segments: list[TranscriptionSegmentChunk] | None = None
    usage: UsageInfo
