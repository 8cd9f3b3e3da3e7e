# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "JudgeOutputType",
]

JudgeOutputType: TypeAlias = Literal["REGRESSION", "CLASSIFICATION"] | str
