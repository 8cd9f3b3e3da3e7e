# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (CreateSkillRequest...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
from mistralai.api.agents._generated._models.skill_definition import SkillDefinition
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateSkillRequest",
    "CreateSkillRequestWorkspaceRelation",
]

CreateSkillRequestWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)


class CreateSkillRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    name: str
    """Stable object name."""
    definition: SkillDefinition
    notes: str | None = None
    """Notes for this version."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    workspace_relation: CreateSkillRequestWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )
