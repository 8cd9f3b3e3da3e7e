# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ModerationObject, ModerationResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ModerationObject",
    "ModerationResponse",
]


class ModerationObject(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"categories", "category_scores"})
    categories: dict[str, bool] | None = None
    """Moderation result thresholds"""
    category_scores: dict[str, float] | None = None
    """Moderation result"""


class ModerationResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    model: str
    results: list[ModerationObject]
