# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (OrganizationUsersCreateOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "OrganizationUsersCreateOUT",
]


class OrganizationUsersCreateOUT(BaseModel):
    __mistral_keep__ = frozenset()
    invalid_emails: list[str]
    """Email addresses that could not be created."""
    email_to_user_id: dict[str, str]
    """Mapping from created user email to user identifier."""
