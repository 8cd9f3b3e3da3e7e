# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (SpeechV1AudioSpeechPostResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "SpeechV1AudioSpeechPostResponse",
]


class SpeechV1AudioSpeechPostResponse(BaseModel):
    __mistral_keep__ = frozenset()
    audio_data: str
    """Base64 encoded audio data"""
