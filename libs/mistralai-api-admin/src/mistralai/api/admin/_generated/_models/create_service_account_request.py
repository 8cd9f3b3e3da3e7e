# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (CreateServiceAccountRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateServiceAccountRequest",
]


class CreateServiceAccountRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    workspace_id: str
    description: str | None = None
    role_ids: list[str] | None = None
