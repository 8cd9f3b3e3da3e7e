# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminAssignUsersToGroupIn...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminAssignUsersToGroupIn",
]


class AdminAssignUsersToGroupIn(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuids: list[str]
    """User IDs to add to the group."""
