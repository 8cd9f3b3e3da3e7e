# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (VoiceUpdateRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "VoiceUpdateRequest",
]


class VoiceUpdateRequest(BaseModel):
    """Request model for partially updating voice metadata."""

    __mistral_keep__ = frozenset()
    name: str | None = None
    languages: list[str] | None = None
    gender: str | None = None
    age: int | None = None
    tags: list[str] | None = None
    description: str | None = None
    retention_notice: int | None = None
