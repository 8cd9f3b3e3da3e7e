# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AssignableServiceAccountRole, ListAssignableServiceAccountRolesResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AssignableServiceAccountRole",
    "ListAssignableServiceAccountRolesResponse",
]


class AssignableServiceAccountRole(BaseModel):
    """A workspace role that may be assigned to a service account."""

    __mistral_keep__ = frozenset()
    uuid: str
    name: str
    description: str
    is_custom_role: bool


class ListAssignableServiceAccountRolesResponse(BaseModel):
    __mistral_keep__ = frozenset()
    items: list[AssignableServiceAccountRole]
