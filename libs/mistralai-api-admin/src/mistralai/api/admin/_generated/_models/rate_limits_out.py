# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (RateLimitsOUT, TokenLimitsByModel...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "RateLimitsOUT",
    "TokenLimitsByModel",
]


class TokenLimitsByModel(BaseModel):
    __mistral_keep__ = frozenset()
    tokens_per_minute: int
    """Maximum tokens allowed per minute."""
    tokens_per_month: int
    """Maximum tokens allowed per month."""


class RateLimitsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    requests_per_second: int
    """Maximum API requests allowed per second."""
    tokens_limits_by_model: dict[str, TokenLimitsByModel]
    """Token limits for each model."""
