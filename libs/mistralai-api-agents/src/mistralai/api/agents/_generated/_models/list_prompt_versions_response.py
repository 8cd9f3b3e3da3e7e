# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ListPromptVersionsResponse, PromptVersion...)."""

from pydantic import Field

from mistralai.api.agents._generated._models.prompt_definition import PromptDefinition
from mistralai.api.agents._generated._models.timestamp import Timestamp
from mistralai.core.runtime import BaseModel

__all__ = [
    "ListPromptVersionsResponse",
    "PromptVersion",
    "PromptsListVersionsResponse",
]


class PromptVersion(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"version", "definition", "notes", "aliases", "createdAt"})
    version: int | None = None
    definition: PromptDefinition | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    created_at: Timestamp | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Creation time."""


class ListPromptVersionsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"data"})
    data: list[PromptVersion] | None = None


# names of the official 2.x SDK for the same schemas
PromptsListVersionsResponse = ListPromptVersionsResponse
