# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (CreatePromptRequest...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.agents._generated._models.prompt_definition import PromptDefinition
from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreatePromptRequest",
    "CreatePromptRequestWorkspaceRelation",
]

CreatePromptRequestWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)


class CreatePromptRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    name: str
    """Stable object name."""
    definition: PromptDefinition
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""
    notes: str | None = None
    """Notes for this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    workspace_relation: CreatePromptRequestWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )
