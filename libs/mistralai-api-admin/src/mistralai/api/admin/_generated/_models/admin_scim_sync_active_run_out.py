# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminScimSyncActiveRunOUT...)."""

from mistralai.api.admin._generated._models.scim_sync_run_status import ScimSyncRunStatus
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminScimSyncActiveRunOUT",
]


class AdminScimSyncActiveRunOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the already active SCIM synchronization run."""
    status: ScimSyncRunStatus
    """Current lifecycle status of the active synchronization run."""
