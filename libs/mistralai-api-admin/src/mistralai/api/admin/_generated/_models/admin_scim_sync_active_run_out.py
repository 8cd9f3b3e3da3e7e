# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminScimSyncActiveRunOUT, AdminScimSyncTriggerIN, AdminScimSyncTriggerOUT...)."""

from mistralai.api.admin._generated._models.admin_scim_sync_config import (
    AdminScimSyncConfig,
    ScimSyncRunStatus,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminScimSyncActiveRunOUT",
    "AdminScimSyncTriggerIN",
    "AdminScimSyncTriggerOUT",
]


class AdminScimSyncTriggerOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the created SCIM synchronization run."""


class AdminScimSyncActiveRunOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the already active SCIM synchronization run."""
    status: ScimSyncRunStatus
    """Current lifecycle status of the active synchronization run."""


class AdminScimSyncTriggerIN(BaseModel):
    __mistral_keep__ = frozenset()
    dry_run: bool = True
    """Preview all synchronization changes without applying them."""
    sync_config: AdminScimSyncConfig | None = None
    """Categories to synchronize. Required when dry_run is false; ignored for dry runs."""
