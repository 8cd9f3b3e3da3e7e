# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UpdateWorkspaceIN...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateWorkspaceIN",
]


class UpdateWorkspaceIN(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    """Updated Workspace name."""
    description: str | None = None
    """Updated Workspace description."""
    icon: str | None = None
    """Updated Workspace icon."""
