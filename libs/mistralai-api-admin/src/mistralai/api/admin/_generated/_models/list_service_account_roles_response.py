# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (ListServiceAccountRolesResponse, ServiceAccountRole...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ListServiceAccountRolesResponse",
    "ServiceAccountRole",
]


class ServiceAccountRole(BaseModel):
    """A single workspace-role binding held by a service account."""

    __mistral_keep__ = frozenset()
    role_id: str


class ListServiceAccountRolesResponse(BaseModel):
    __mistral_keep__ = frozenset()
    items: list[ServiceAccountRole]
