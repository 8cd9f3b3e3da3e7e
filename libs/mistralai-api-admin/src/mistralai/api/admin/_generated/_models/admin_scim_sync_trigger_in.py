# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminScimSyncTriggerIN...)."""

from mistralai.api.admin._generated._models.admin_scim_sync_config import AdminScimSyncConfig
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminScimSyncTriggerIN",
]


class AdminScimSyncTriggerIN(BaseModel):
    __mistral_keep__ = frozenset()
    dry_run: bool = True
    """Preview all synchronization changes without applying them."""
    sync_config: AdminScimSyncConfig | None = None
    """Categories to synchronize. Required when dry_run is false; ignored for dry runs."""
