# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UserIdentityWorkspace...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UserIdentityWorkspace",
]


class UserIdentityWorkspace(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
