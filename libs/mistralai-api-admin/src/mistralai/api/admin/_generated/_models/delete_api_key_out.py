# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (DeleteAPIKeyOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteAPIKeyOUT",
]


class DeleteAPIKeyOUT(BaseModel):
    __mistral_keep__ = frozenset()
    detail: str
    """API key deletion result message."""
