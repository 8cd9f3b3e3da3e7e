# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations."""

from typing import Any, TypeAlias

__all__ = [
    "MetadataDict",
]

MetadataDict: TypeAlias = dict[str, Any]
"""Custom type for metadata with embedded validation."""
