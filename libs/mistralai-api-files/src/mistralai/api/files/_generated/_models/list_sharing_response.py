# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (ListSharingResponse...)."""

from mistralai.api.files._generated._models.sharing import Sharing
from mistralai.core.runtime import BaseModel

__all__ = [
    "ListSharingResponse",
]


class ListSharingResponse(BaseModel):
    __mistral_keep__ = frozenset()
    data: list[Sharing]
