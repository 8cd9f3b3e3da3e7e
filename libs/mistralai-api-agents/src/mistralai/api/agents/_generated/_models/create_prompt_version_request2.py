# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (CreatePromptVersionRequest2...)."""

from mistralai.api.agents._generated._models.prompt_definition import PromptDefinition
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreatePromptVersionRequest2",
]


class CreatePromptVersionRequest2(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"aliases"})
    definition: PromptDefinition
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
