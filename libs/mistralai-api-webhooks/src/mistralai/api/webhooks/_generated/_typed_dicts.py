# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-webhooks distribution."""

from __future__ import annotations

from datetime import datetime
from typing import NotRequired, Required

from typing_extensions import TypedDict

from mistralai.api.webhooks._generated._models.create_trigger import (
    CreateTriggerActionType,
    CreateTriggerHandler,
    CreateTriggerOwnerType,
)
from mistralai.api.webhooks._generated._models.create_webhook import (
    CreateWebhookOwnerType,
    CreateWebhookProvider,
    CreateWebhookSignatureEncoding,
    CreateWebhookSignatureHashAlgorithm,
)

__all__ = [
    "CreateTriggerActionTypedDict",
    "CreateTriggerTypedDict",
    "CreateWebhookTypedDict",
]


class CreateTriggerTypedDict(TypedDict):
    """Dict form of :class:`CreateTrigger`."""

    event_source_id: Required[str]
    handler: Required[CreateTriggerHandler | str]
    action: Required[CreateTriggerActionTypedDict]
    owner_type: Required[CreateTriggerOwnerType | str]
    title: Required[str]
    filters: NotRequired[str | None]


class CreateTriggerActionTypedDict(TypedDict):
    """Dict form of :class:`CreateTriggerAction`."""

    primitive_id: Required[str]
    type: Required[CreateTriggerActionType | str]


class CreateWebhookTypedDict(TypedDict):
    """Dict form of :class:`CreateWebhook`."""

    provider: Required[CreateWebhookProvider | str]
    name: Required[str]
    owner_type: NotRequired[CreateWebhookOwnerType | str | None]
    secret: NotRequired[str | None]
    encryption_key: NotRequired[str | None]
    expires_at: NotRequired[datetime | None]
    signature_hash_algorithm: NotRequired[CreateWebhookSignatureHashAlgorithm | str | None]
    signature_header_name: NotRequired[str | None]
    validity_period_second: NotRequired[int | None]
    signature_extractor_regex: NotRequired[str | None]
    timestamp_extractor_regex: NotRequired[str | None]
    signature_payload_pattern: NotRequired[str | None]
    signature_encoding: NotRequired[CreateWebhookSignatureEncoding | str | None]
    success_status_code: NotRequired[int | None]
    event_type_path: NotRequired[str | None]
