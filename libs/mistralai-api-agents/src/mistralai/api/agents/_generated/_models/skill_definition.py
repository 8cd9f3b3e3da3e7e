# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (SkillAssetContent, SkillDefinition...)."""

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "SkillAssetContent",
    "SkillDefinition",
]


class SkillAssetContent(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"isExecutable", "rawContent", "textContent"})
    is_executable: bool | None = Field(
        default=None, validation_alias="isExecutable", serialization_alias="isExecutable"
    )
    raw_content: str | None = Field(
        default=None, validation_alias="rawContent", serialization_alias="rawContent"
    )
    text_content: str | None = Field(
        default=None, validation_alias="textContent", serialization_alias="textContent"
    )


class SkillDefinition(BaseModel):
    """Versioned skill content."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"description", "body", "assets"})
    description: str | None = None
    """Model-facing trigger and usage description."""
    body: str | None = None
    """Skill body content."""
    assets: dict[str, SkillAssetContent] | None = None
    """Additional files available to the skill."""
