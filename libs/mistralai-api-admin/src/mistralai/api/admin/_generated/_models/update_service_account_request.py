# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UpdateServiceAccountRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateServiceAccountRequest",
]


class UpdateServiceAccountRequest(BaseModel):
    __mistral_keep__ = frozenset()
    description: str | None = None
