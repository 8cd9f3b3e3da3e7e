# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (Library...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "Library",
]


class Library(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    created_at: datetime
    updated_at: datetime
    owner_id: str | None
    owner_type: str
    total_size: int
    nb_documents: int
    chunk_size: int | None
    emoji: str | None = None
    description: str | None = None
    generated_description: str | None = None
    explicit_user_members_count: int | None = None
    explicit_workspace_members_count: int | None = None
    org_sharing_role: str | None = None
    generated_name: str | None = None
    """Generated Name"""
