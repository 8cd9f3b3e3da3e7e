# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AuditLogOut...)."""

from datetime import datetime

from mistralai.api.admin._generated._models.actor_type import (
    ActorType,
    AuditLogEventType,
    TargetType,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "AuditLogOut",
]


class AuditLogOut(BaseModel):
    __mistral_keep__ = frozenset()
    created_at: datetime
    """Time when the audit log entry was created."""
    actor_type: ActorType
    """Type of actor that performed the action."""
    actor_metadata: dict[str, str]
    """Details about who performed the action."""
    event_type: AuditLogEventType
    """Type of action recorded in the audit log."""
    event_metadata: dict[str, str]
    """Details about the recorded action."""
    target_type: TargetType
    """Type of resource affected by the action."""
    target_metadata: dict[str, str]
    """Details about the affected resource."""
    log_id: int
    """Audit log entry ID."""
    organization_uuid: str | None = None
    """Organization ID for the audit log entry."""
    workspace_uuid: str | None = None
    """Workspace ID for the audit log entry."""
