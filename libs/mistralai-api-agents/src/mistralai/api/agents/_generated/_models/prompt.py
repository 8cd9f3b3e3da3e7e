# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (Prompt...)."""

from pydantic import Field

from mistralai.api.agents._generated._models.prompt_definition import PromptDefinition
from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
from mistralai.api.agents._generated._models.timestamp import Timestamp
from mistralai.core.runtime import BaseModel

__all__ = [
    "Prompt",
    "PromptsCreateResponse",
    "PromptsGetResponse",
    "PromptsGetVersionResponse",
    "PromptsUpdateResponse",
    "PromptsUpdateVersionMetadataResponse",
]


class Prompt(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {
            "id",
            "name",
            "definition",
            "version",
            "notes",
            "aliases",
            "sharingScope",
            "createdAt",
            "updatedAt",
            "latestVersion",
            "title",
            "description",
        }
    )
    id: str | None = None
    name: str | None = None
    """Stable object name."""
    definition: PromptDefinition | None = None
    version: int | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    created_at: Timestamp | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Creation time."""
    updated_at: Timestamp | None = Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    """Last update time."""
    latest_version: int | None = Field(
        default=None, validation_alias="latestVersion", serialization_alias="latestVersion"
    )
    """Latest version number."""
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""


# names of the official 2.x SDK for the same schemas
PromptsCreateResponse = Prompt
PromptsGetResponse = Prompt
PromptsGetVersionResponse = Prompt
PromptsUpdateResponse = Prompt
PromptsUpdateVersionMetadataResponse = Prompt
