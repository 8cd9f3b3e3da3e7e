# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (WhoamiOrganization, WhoamiResponse, WhoamiServiceAccountPrincipal...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.api.admin._generated._models.user_identity_workspace import UserIdentityWorkspace
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "WhoamiOrganization",
    "WhoamiResponse",
    "WhoamiServiceAccountPrincipal",
    "WhoamiUserPrincipal",
]


class WhoamiOrganization(BaseModel):
    """Organization identity and context for the authenticated caller."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    org_tier: str | None = None
    internal: bool | None = False
    kind: str | None = "S"


class WhoamiServiceAccountPrincipal(ConstFieldsModel):
    """Identity of a service-account principal. Carries service-account-only fields. Service accounts have no user profile (no email or name of a person); ``name`` is the service account's own display name. Resolved independently of the authentication mechanism."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"principal_type": "service_account"}
    __mistral_keep__ = frozenset({"principal_type"})
    service_account_id: str
    principal_type: Literal["service_account"] = "service_account"
    name: str | None = None


class WhoamiUserPrincipal(ConstFieldsModel):
    """Identity of a human user principal. Carries user-only fields. The ``principal_type`` discriminator makes this variant mutually exclusive with the service-account variant, so a payload can never carry both a user id and a service-account id."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"principal_type": "user"}
    __mistral_keep__ = frozenset({"principal_type"})
    id: str
    principal_type: Literal["user"] = "user"
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None


class WhoamiResponse(BaseModel):
    """Principal-agnostic identity of the authenticated caller. Supersedes the user-centric ``/v1/users/me`` and ``/api/users/v2/me`` by resolving any principal (user or service account) through a single call. The ``principal`` field is a discriminated union; the remaining fields are the shared session context and apply to either principal kind."""

    __mistral_keep__ = frozenset()
    principal: WhoamiServiceAccountPrincipal | WhoamiUserPrincipal
    organization: WhoamiOrganization | None = None
    workspace: UserIdentityWorkspace | None = None
