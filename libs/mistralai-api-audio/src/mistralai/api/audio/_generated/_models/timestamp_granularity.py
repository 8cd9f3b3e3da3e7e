# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "TimestampGranularity",
]

TimestampGranularity: TypeAlias = Literal["segment", "word"] | str
