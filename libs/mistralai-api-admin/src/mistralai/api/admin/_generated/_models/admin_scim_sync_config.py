# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminScimSyncConfig...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminScimSyncConfig",
]


class AdminScimSyncConfig(BaseModel):
    __mistral_keep__ = frozenset()
    delete_missing_groups: bool = False
    """Delete Organization groups that are absent from the SCIM provider."""
    deprovision_users: bool = False
    """Remove Organization users that are inactive or absent from the SCIM provider."""
    sync_users: bool
    """Add users found in the SCIM provider to the Organization."""
    sync_groups: bool
    """Synchronize group metadata from the SCIM provider."""
    sync_memberships: bool
    """Synchronize additions and removals of users in SCIM groups."""
