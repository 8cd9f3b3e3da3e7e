# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (APIKeyOUT...)."""

from datetime import datetime

from mistralai.api.admin._generated._models.api_key_actions import APIKeyActions
from mistralai.core.runtime import BaseModel

__all__ = [
    "APIKeyOUT",
]


class APIKeyOUT(BaseModel):
    __mistral_keep__ = frozenset()
    key_id: str
    """API key ID."""
    key: str | None
    """Plaintext API key value. Only returned at creation time."""
    name: str | None
    """Name of the API key."""
    hidden_key: str
    """Masked API key value for display."""
    created_at: datetime | None
    """Time when the API key was created."""
    expiration_date: str | None
    """Date when the API key expires."""
    actions: APIKeyActions
    """Per-action availability for this API key (e.g. whether it can be rotated or deleted)."""
