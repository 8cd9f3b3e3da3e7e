# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminCreateAPIKeyIN...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminCreateAPIKeyIN",
]


class AdminCreateAPIKeyIN(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    """Optional name for the API key."""
    expiration: str | None = None
    """Date when the API key should expire."""
    workspace_uuid: str
    """Workspace ID for the API key."""
    user_id: str
    """ID of the user the API key is created for."""
