# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UsersAPIGetIdentitySecurity...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UsersAPIGetIdentitySecurity",
]


class UsersAPIGetIdentitySecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_context_auth: str | None = None
    bearer_user_context_auth: str | None = None
