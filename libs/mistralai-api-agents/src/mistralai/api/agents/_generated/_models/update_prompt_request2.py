# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (UpdatePromptRequest2...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.agents._generated._models.registry_sharing_scope import RegistrySharingScope
from mistralai.core.runtime import BaseModel

__all__ = [
    "PromptsUpdateWorkspaceRelation",
    "UpdatePromptRequest2",
]

PromptsUpdateWorkspaceRelation: TypeAlias = (
    Literal["share_relation_unspecified", "reader", "writer"] | str
)


class UpdatePromptRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    title: str | None = None
    """Display title."""
    description: str | None = None
    """Display description."""
    sharing_scope: RegistrySharingScope | None = Field(
        default=None, validation_alias="sharingScope", serialization_alias="sharingScope"
    )
    """Registry sharing scope."""
    workspace_relation: PromptsUpdateWorkspaceRelation | None = Field(
        default=None, validation_alias="workspaceRelation", serialization_alias="workspaceRelation"
    )
