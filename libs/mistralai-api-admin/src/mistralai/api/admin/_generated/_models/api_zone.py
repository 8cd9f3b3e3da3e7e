# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ApiZone",
]

ApiZone: TypeAlias = Literal["global", "us", "eu"] | str
