# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UserIdentity, UserIdentityApiKey, UserIdentityOrganization...)."""

from mistralai.api.admin._generated._models.user_identity_workspace import UserIdentityWorkspace
from mistralai.core.runtime import BaseModel

__all__ = [
    "UserIdentity",
    "UserIdentityApiKey",
    "UserIdentityOrganization",
]


class UserIdentityApiKey(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str | None


class UserIdentityOrganization(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str


class UserIdentity(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    email: str | None
    first_name: str | None
    last_name: str | None
    workspace: UserIdentityWorkspace | None = None
    organization: UserIdentityOrganization | None = None
    api_key: UserIdentityApiKey | None = None
