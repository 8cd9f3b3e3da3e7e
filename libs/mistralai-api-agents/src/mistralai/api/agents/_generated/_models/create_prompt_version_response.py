# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (CreatePromptVersionResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreatePromptVersionResponse",
    "PromptsCreateVersionResponse",
]


class CreatePromptVersionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"version", "deduplicated"})
    version: int | None = None
    deduplicated: bool | None = None


# names of the official 2.x SDK for the same schemas
PromptsCreateVersionResponse = CreatePromptVersionResponse
