# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (CreateSkillVersionRequest2...)."""

from mistralai.api.agents._generated._models.skill_definition import SkillDefinition
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateSkillVersionRequest2",
]


class CreateSkillVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    definition: SkillDefinition
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
