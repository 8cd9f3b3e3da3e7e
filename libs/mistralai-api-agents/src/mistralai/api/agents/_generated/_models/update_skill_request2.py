# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (UpdateSkillRequest2...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
from mistralai.core.runtime import BaseModel

__all__ = [
    "SkillsUpdateWorkspaceRelation",
    "UpdateSkillRequest2",
]

SkillsUpdateWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)


class UpdateSkillRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    workspace_relation: SkillsUpdateWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )
