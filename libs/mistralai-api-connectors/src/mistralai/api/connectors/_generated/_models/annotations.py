# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (Annotations...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "Annotations",
    "Audience",
]

Audience: TypeAlias = Literal["user", "assistant"] | str


class Annotations(BaseModel):
    __mistral_keep__ = frozenset()
    audience: list[Audience] | None = None
    priority: float | None = None
