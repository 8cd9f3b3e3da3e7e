# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (StaticToolFiller...)."""

from typing import Literal

from mistralai.core.runtime import BaseModel

__all__ = [
    "StaticToolFiller",
]


class StaticToolFiller(BaseModel):
    __mistral_keep__ = frozenset()
    text: str
    type: Literal["static"] | None = "static"
