# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ResetInvocationBody...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ResetInvocationBody",
]


class ResetInvocationBody(BaseModel):
    __mistral_keep__ = frozenset({"exclude_signals", "exclude_updates"})
    event_id: int
    """The event ID to reset the workflow execution to"""
    reason: str | None = None
    """Reason for resetting the workflow execution"""
    exclude_signals: bool = False
    """Whether to exclude signals that happened after the reset point"""
    exclude_updates: bool = False
    """Whether to exclude updates that happened after the reset point"""
