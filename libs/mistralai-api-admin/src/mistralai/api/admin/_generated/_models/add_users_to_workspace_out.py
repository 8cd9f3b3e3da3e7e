# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AddUsersToWorkspaceOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AddUsersToWorkspaceOUT",
]


class AddUsersToWorkspaceOUT(BaseModel):
    __mistral_keep__ = frozenset()
    added_members_count: int
    """Number of users added to the Workspace."""
