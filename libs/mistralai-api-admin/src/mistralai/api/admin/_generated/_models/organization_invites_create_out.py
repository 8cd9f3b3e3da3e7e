# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (OrganizationInvitesCreateOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "OrganizationInvitesCreateOUT",
]


class OrganizationInvitesCreateOUT(BaseModel):
    __mistral_keep__ = frozenset()
    invalid_emails: list[str]
    """Email addresses that could not be invited."""
    already_members: list[str]
    """Email addresses that already belong to the Organization."""
    invited_members_count: int | None = None
    """Number of invitations successfully created."""
