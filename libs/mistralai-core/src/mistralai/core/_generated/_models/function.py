# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (Function...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "Function",
]


class Function(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"description", "strict"})
    name: str
    description: str | None = None
    strict: bool | None = None
    parameters: dict[str, Any]
