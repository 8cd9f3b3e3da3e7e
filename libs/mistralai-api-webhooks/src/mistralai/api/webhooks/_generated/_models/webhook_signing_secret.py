# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations (WebhookSigningSecret...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WebhookSigningSecret",
]


class WebhookSigningSecret(BaseModel):
    """Signing secret for a Notion webhook, returned to complete URL verification"""

    __mistral_keep__ = frozenset()
    signing_secret: str
