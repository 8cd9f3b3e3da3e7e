# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UsersAPIWhoamiSecurity...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UsersAPIWhoamiSecurity",
]


class UsersAPIWhoamiSecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_or_service_account_context_auth: str | None = None
    bearer_user_context_auth: str | None = None
