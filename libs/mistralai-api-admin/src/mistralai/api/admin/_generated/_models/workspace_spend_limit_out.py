# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (WorkspaceSpendLimitOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkspaceSpendLimitOUT",
]


class WorkspaceSpendLimitOUT(BaseModel):
    __mistral_keep__ = frozenset()
    value: float | None
    """Monthly spending limit for the Workspace."""
    currency: str | None
    """Currency used for the Workspace spending limit."""
    no_monthly_limit: bool | None
    """Whether the Workspace has no monthly spending limit."""
