# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (UpdateLibraryRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateLibraryRequest",
]


class UpdateLibraryRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"name"})
    name: str | None = None
    description: str | None = None
