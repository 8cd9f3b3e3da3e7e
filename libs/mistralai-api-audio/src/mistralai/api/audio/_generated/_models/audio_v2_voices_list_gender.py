# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "AudioV2VoicesListGender",
    "AudioV2VoicesListKind",
    "AudioV2VoicesListType",
]

AudioV2VoicesListType: TypeAlias = Literal["all", "custom", "preset"] | str

AudioV2VoicesListGender: TypeAlias = Literal["female", "male", "neutral"] | str

AudioV2VoicesListKind: TypeAlias = Literal["ivc", "pvc"] | str
