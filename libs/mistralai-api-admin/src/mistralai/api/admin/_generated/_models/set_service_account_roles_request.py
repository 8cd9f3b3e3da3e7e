# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (SetServiceAccountRolesRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "SetServiceAccountRolesRequest",
]


class SetServiceAccountRolesRequest(BaseModel):
    """Request body for replacing the workspace roles assigned to a service account."""

    __mistral_keep__ = frozenset()
    role_ids: list[str]
