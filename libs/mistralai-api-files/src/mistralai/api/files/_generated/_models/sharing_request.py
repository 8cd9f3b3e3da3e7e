# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (SharingRequest...)."""

from typing import Literal, TypeAlias

from mistralai.api.files._generated._models.entity_type import EntityType
from mistralai.core.runtime import BaseModel

__all__ = [
    "ShareEnum",
    "SharingRequest",
]

ShareEnum: TypeAlias = Literal["Viewer", "Editor"] | str


class SharingRequest(BaseModel):
    __mistral_keep__ = frozenset()
    org_id: str | None = None
    level: ShareEnum
    share_with_uuid: str
    """The id of the entity (user, workspace or organization) to share with"""
    share_with_type: EntityType
