# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (LimitsContext, LimitsOUT, UsageLimits...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "LimitsContext",
    "LimitsOUT",
    "UsageLimits",
]


class UsageLimits(BaseModel):
    __mistral_keep__ = frozenset()
    no_monthly_limit: bool = False
    """Whether no monthly usage limit is configured."""
    monthly_limit_reached: bool
    """Whether the monthly usage limit has been reached."""
    usage: float | None = None
    """Current usage counted against the limit."""
    vibe_usage: float | None = None
    """Current Vibe usage counted against the limit."""
    total_usage: float | None = None
    """Total current usage counted against the limit."""
    usage_limit: float | None = None
    """Current usage limit."""


class LimitsContext(BaseModel):
    __mistral_keep__ = frozenset()
    completion: UsageLimits
    """Completion usage and rate limits."""
    last_payment_failure: bool
    """Whether the latest payment attempt failed."""
    last_payment_failure_protection: bool | None
    """Whether payment failure protection is enabled."""
    currency: str
    """Currency used for usage and limit amounts."""


class LimitsOUT(BaseModel):
    __mistral_keep__ = frozenset()
    limits: LimitsContext
    """Usage, rate, and job limits for the Organization."""
