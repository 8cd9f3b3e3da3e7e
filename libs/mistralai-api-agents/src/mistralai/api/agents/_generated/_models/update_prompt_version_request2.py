# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (UpdatePromptVersionRequest2...)."""

from mistralai.api.agents._generated._models.alias_list import AliasList
from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdatePromptVersionRequest2",
]


class UpdatePromptVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    notes: str | None = None
    """Notes for this version."""
    aliases: AliasList | None = None
    """Aliases pointing to this version."""
