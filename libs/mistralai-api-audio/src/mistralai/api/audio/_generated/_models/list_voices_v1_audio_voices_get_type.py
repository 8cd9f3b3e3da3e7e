# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ListVoicesV1AudioVoicesGetType",
]

ListVoicesV1AudioVoicesGetType: TypeAlias = Literal["all", "custom", "preset"] | str
"""Filter the voices between customs and presets"""
