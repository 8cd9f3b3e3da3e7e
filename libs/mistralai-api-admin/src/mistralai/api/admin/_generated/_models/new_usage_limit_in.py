# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (NewUsageLimitIN...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "NewUsageLimitIN",
]


class NewUsageLimitIN(BaseModel):
    __mistral_keep__ = frozenset()
    amount: int
    """New monthly usage limit amount."""
    no_monthly_limit: bool = False
    """Whether to remove the monthly usage limit."""
