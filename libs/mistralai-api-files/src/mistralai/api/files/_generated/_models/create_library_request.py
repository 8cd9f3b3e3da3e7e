# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (CreateLibraryRequest...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateLibraryRequest",
    "OwnerType",
]

OwnerType: TypeAlias = Literal["User", "Workspace"] | str


class CreateLibraryRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str | None = None
    chunk_size: int | None = None
    """The size of the chunks (in characters) to split document text into. Must be between 256 and 32768."""
    owner_type: OwnerType | None = None
    """Determines who owns the created library. 'User' creates a private library accessible only to its owner. 'Workspace' creates a library shared with the workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the 'Private and shared connectors' connector access scope can create ..."""
