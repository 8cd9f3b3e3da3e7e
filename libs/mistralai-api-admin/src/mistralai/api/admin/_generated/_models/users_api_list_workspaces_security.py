# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UsersAPIListWorkspacesSecurity...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UsersAPIListWorkspacesSecurity",
]


class UsersAPIListWorkspacesSecurity(BaseModel):
    __mistral_keep__ = frozenset()
    dashboard_user_context_auth: str | None = None
    bearer_user_context_auth: str | None = None
