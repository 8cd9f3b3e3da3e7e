# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations."""

from typing import TypeAlias

__all__ = [
    "Timestamp",
]

Timestamp: TypeAlias = str
"""RFC 3339 timestamp."""
