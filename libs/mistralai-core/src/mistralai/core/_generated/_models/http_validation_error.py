# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (HTTPValidationError, ValidationError...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "HTTPValidationError",
    "ValidationError",
]


class ValidationError(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"input", "ctx"})
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class HTTPValidationError(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"detail"})
    detail: list[ValidationError] | None = None
