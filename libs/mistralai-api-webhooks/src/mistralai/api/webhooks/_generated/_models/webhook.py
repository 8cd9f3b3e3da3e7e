# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations (Webhook...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "Webhook",
    "WebhookOwnerType",
    "WebhookProvider",
    "WebhookSignatureEncoding",
    "WebhookSignatureHashAlgorithm",
]

WebhookOwnerType: TypeAlias = Literal["workspace", "user"] | str

WebhookProvider: TypeAlias = (
    Literal["slack", "github", "notion", "lucca", "linear", "microsoft", "ashby", "custom"] | str
)

WebhookSignatureHashAlgorithm: TypeAlias = Literal["sha256", "sha1"] | str

WebhookSignatureEncoding: TypeAlias = Literal["hex", "base64"] | str


class Webhook(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    creator_id: str
    organization_id: str
    workspace_id: str
    owner_type: WebhookOwnerType | str
    provider: WebhookProvider | str
    name: str
    url: str
    http_method: str
    url_verified: bool | None
    signature_hash_algorithm: WebhookSignatureHashAlgorithm | str | None
    signature_header_name: str | None
    validity_period_second: int | None
    signature_extractor_regex: str | None
    timestamp_extractor_regex: str | None
    signature_payload_pattern: str | None
    signature_encoding: WebhookSignatureEncoding | str | None
    success_status_code: int | None
    event_type_path: str | None
    expires_at: datetime | None
    created_at: datetime
    updated_at: datetime
