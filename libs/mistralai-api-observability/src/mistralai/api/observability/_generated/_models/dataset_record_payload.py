# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations."""

from typing import Any, TypeAlias

__all__ = [
    "DatasetRecordPayload",
]

DatasetRecordPayload: TypeAlias = dict[str, Any]
"""Caller-authored input object stored on a dataset record."""
