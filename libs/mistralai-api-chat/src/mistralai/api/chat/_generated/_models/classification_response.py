# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ClassificationResponse, ClassificationTargetResult...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ClassificationResponse",
    "ClassificationTargetResult",
]


class ClassificationTargetResult(BaseModel):
    __mistral_keep__ = frozenset()
    scores: dict[str, float]


class ClassificationResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    model: str
    results: list[dict[str, ClassificationTargetResult]]
