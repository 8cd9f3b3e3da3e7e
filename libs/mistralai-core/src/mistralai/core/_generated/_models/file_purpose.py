# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "FilePurpose",
]

FilePurpose: TypeAlias = Literal["fine-tune", "batch", "ocr"] | str
