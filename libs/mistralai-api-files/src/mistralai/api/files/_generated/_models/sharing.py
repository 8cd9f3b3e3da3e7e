# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (Sharing...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "Sharing",
]


class Sharing(BaseModel):
    __mistral_keep__ = frozenset()
    library_id: str
    user_id: str | None = None
    org_id: str
    role: str
    share_with_type: str
    share_with_uuid: str | None
