# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "OrderBy",
]

OrderBy: TypeAlias = Literal["created", "-created"] | str
