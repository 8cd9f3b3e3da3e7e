# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (VoiceCreateRequest...)."""

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "VoiceCreateRequest",
]


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
