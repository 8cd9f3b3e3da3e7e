# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (VoiceResponse...)."""

from datetime import datetime

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "VoiceResponse",
]


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
