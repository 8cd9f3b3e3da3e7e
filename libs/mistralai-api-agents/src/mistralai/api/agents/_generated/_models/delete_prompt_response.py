# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations."""

from typing import Any, TypeAlias

__all__ = [
    "DeletePromptResponse",
    "PromptsDeleteResponse",
]

DeletePromptResponse: TypeAlias = dict[str, Any]

# names of the official 2.x SDK for the same schemas
PromptsDeleteResponse: TypeAlias = DeletePromptResponse
