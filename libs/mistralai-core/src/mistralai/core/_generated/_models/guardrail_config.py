# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (GuardrailConfig, ModerationLLMV1CategoryThresholds, ModerationLLMV1Config...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GuardrailConfig",
    "ModerationLLMAction",
    "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1Config",
    "ModerationLLMV2CategoryThresholds",
    "ModerationLLMV2Config",
]

ModerationLLMAction: TypeAlias = Literal["none", "block"] | str


class ModerationLLMV1CategoryThresholds(BaseModel):
    __mistral_keep__ = frozenset()
    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous_and_criminal_content: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None


class ModerationLLMV1Config(BaseModel):
    __mistral_keep__ = frozenset()
    model_name: str = "mistral-moderation-2411"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV1CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction = "none"
    """Action to take if any score is above the threshold for any category."""


class ModerationLLMV2CategoryThresholds(BaseModel):
    __mistral_keep__ = frozenset()
    sexual: float | None = None
    hate_and_discrimination: float | None = None
    violence_and_threats: float | None = None
    dangerous: float | None = None
    criminal: float | None = None
    selfharm: float | None = None
    health: float | None = None
    financial: float | None = None
    law: float | None = None
    pii: float | None = None
    jailbreaking: float | None = None


class ModerationLLMV2Config(BaseModel):
    __mistral_keep__ = frozenset()
    model_name: str = "mistral-moderation-2603"
    """Override model name. Should be omitted in general."""
    custom_category_thresholds: ModerationLLMV2CategoryThresholds | None = None
    ignore_other_categories: bool = False
    """If true, only evaluate categories in custom_category_thresholds; others are ignored."""
    action: ModerationLLMAction = "none"
    """Action to take if any score is above the threshold for any category."""


class GuardrailConfig(BaseModel):
    __mistral_keep__ = frozenset({"block_on_error"})
    block_on_error: bool = False
    """If true, return HTTP 403 and block request in the event of a server-side error"""
    moderation_llm_v1: ModerationLLMV1Config | None = None
    moderation_llm_v2: ModerationLLMV2Config | None = None
