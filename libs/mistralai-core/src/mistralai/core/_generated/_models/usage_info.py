# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (UsageInfo...)."""

from mistralai.core.runtime import BaseModel, empty_as_absent

__all__ = [
    "UsageInfo",
]


class UsageInfo(BaseModel):
    __mistral_keep__ = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
    mistral_empty_as_absent = empty_as_absent("prompt_audio_seconds")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    prompt_audio_seconds: int | None = None
    service_tier: str | None = None
    """The service tier at which the request was processed: standard or priority."""
