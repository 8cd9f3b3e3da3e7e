# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (JudgeOutput...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "JudgeOutput",
]


class JudgeOutput(BaseModel):
    __mistral_keep__ = frozenset()
    analysis: str
    answer: str | float
