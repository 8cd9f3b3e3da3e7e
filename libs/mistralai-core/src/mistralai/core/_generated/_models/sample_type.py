# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "SampleType",
    "Source",
]

SampleType: TypeAlias = (
    Literal["pretrain", "instruct", "batch_request", "batch_result", "batch_error"] | str
)

Source: TypeAlias = Literal["upload", "repository", "mistral"] | str
