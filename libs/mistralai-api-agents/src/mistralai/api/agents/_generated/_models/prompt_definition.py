# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (PromptDefinition, PromptVariable...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "PromptDefinition",
    "PromptVariable",
]


class PromptVariable(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"name"})
    name: str | None = None
    """Stable object name."""


class PromptDefinition(BaseModel):
    """Versioned prompt content."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"variables"})
    content: str
    """Prompt template content."""
    variables: list[PromptVariable] | None = None
    """Variables used by the prompt."""
