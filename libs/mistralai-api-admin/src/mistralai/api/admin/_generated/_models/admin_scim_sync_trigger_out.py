# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminScimSyncTriggerOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminScimSyncTriggerOUT",
]


class AdminScimSyncTriggerOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the created SCIM synchronization run."""
