# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioTranscriptionRequestStream...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from pydantic import Field

from mistralai.api.audio._generated._models.timestamp_granularity import TimestampGranularity
from mistralai.core.runtime import ConstFieldsModel, File

__all__ = [
    "AudioTranscriptionRequestStream",
]


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
