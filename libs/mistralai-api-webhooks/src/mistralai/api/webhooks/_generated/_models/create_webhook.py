# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution used by the same operations (CreateWebhook...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateWebhook",
    "CreateWebhookOwnerType",
    "CreateWebhookProvider",
    "CreateWebhookSignatureEncoding",
    "CreateWebhookSignatureHashAlgorithm",
]

CreateWebhookProvider: TypeAlias = (
    Literal["slack", "github", "notion", "lucca", "linear", "microsoft", "ashby", "custom"] | str
)

CreateWebhookOwnerType: TypeAlias = Literal["workspace", "user"] | str

CreateWebhookSignatureHashAlgorithm: TypeAlias = Literal["sha256", "sha1"] | str

CreateWebhookSignatureEncoding: TypeAlias = Literal["hex", "base64"] | str


class CreateWebhook(BaseModel):
    __mistral_keep__ = frozenset()
    provider: CreateWebhookProvider | str
    name: str
    owner_type: CreateWebhookOwnerType | str | None = None
    secret: str | None = None
    encryption_key: str | None = None
    expires_at: datetime | None = None
    signature_hash_algorithm: CreateWebhookSignatureHashAlgorithm | str | None = None
    signature_header_name: str | None = None
    validity_period_second: int | None = None
    signature_extractor_regex: str | None = None
    timestamp_extractor_regex: str | None = None
    signature_payload_pattern: str | None = None
    signature_encoding: CreateWebhookSignatureEncoding | str | None = None
    success_status_code: int | None = None
    event_type_path: str | None = None
