# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution (from the API spec)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.core.models import (
    HTTPValidationError,
    ValidationError,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateTrigger",
    "CreateTriggerAction",
    "CreateTriggerActionType",
    "CreateTriggerActionTypedDict",
    "CreateTriggerHandler",
    "CreateTriggerOwnerType",
    "CreateTriggerTypedDict",
    "CreateWebhook",
    "CreateWebhookOwnerType",
    "CreateWebhookProvider",
    "CreateWebhookSignatureEncoding",
    "CreateWebhookSignatureHashAlgorithm",
    "CreateWebhookTypedDict",
    "HTTPValidationError",
    "ListTriggersV1TriggersGetHandler",
    "Trigger",
    "TriggerAction",
    "TriggerActionType",
    "TriggerEvent",
    "TriggerEventList",
    "TriggerEventStatus",
    "TriggerHandler",
    "TriggerOwnerType",
    "ValidationError",
    "Webhook",
    "WebhookOwnerType",
    "WebhookProvider",
    "WebhookSignatureEncoding",
    "WebhookSignatureHashAlgorithm",
    "WebhookSigningSecret",
]


class CreateTrigger(BaseModel):
    __mistral_keep__ = frozenset()
    event_source_id: str
    handler: CreateTriggerHandler | str
    action: CreateTriggerAction
    owner_type: CreateTriggerOwnerType | str
    title: str
    filters: str | None = None


class CreateTriggerAction(BaseModel):
    __mistral_keep__ = frozenset()
    primitive_id: str
    type: CreateTriggerActionType | str


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


class Trigger(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    creator_id: str
    workspace_id: str
    organization_id: str
    customer_id: str
    owner_type: TriggerOwnerType | str
    event_source: Webhook
    handler: TriggerHandler | str
    action: TriggerAction
    filters: str | None
    title: str


class TriggerAction(BaseModel):
    __mistral_keep__ = frozenset()
    primitive_id: str
    type: TriggerActionType | str


class TriggerEvent(BaseModel):
    __mistral_keep__ = frozenset()
    event_id: str
    trigger_id: str
    source_id: str
    status: TriggerEventStatus | str
    received_at: datetime
    submitted_at: datetime | None
    triggered_at: datetime | None
    detail: str | None
    url: str | None


class TriggerEventList(BaseModel):
    __mistral_keep__ = frozenset()
    data: list[TriggerEvent]


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


class WebhookSigningSecret(BaseModel):
    """Signing secret for a Notion webhook, returned to complete URL verification"""

    __mistral_keep__ = frozenset()
    signing_secret: str


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


CreateTriggerHandler: TypeAlias = Literal["workflows", "agents", "spaces"] | str

CreateTriggerOwnerType: TypeAlias = Literal["workspace", "user"] | str

CreateTriggerActionType: TypeAlias = (
    Literal["start_workflow", "build_app", "deploy_app", "start_agent_session"] | str
)

CreateWebhookProvider: TypeAlias = (
    Literal["slack", "github", "notion", "lucca", "linear", "microsoft", "ashby", "custom"] | str
)

CreateWebhookOwnerType: TypeAlias = Literal["workspace", "user"] | str

CreateWebhookSignatureHashAlgorithm: TypeAlias = Literal["sha256", "sha1"] | str

CreateWebhookSignatureEncoding: TypeAlias = Literal["hex", "base64"] | str

TriggerOwnerType: TypeAlias = Literal["workspace", "user"] | str

TriggerHandler: TypeAlias = Literal["workflows", "agents", "spaces"] | str

TriggerActionType: TypeAlias = (
    Literal["start_workflow", "build_app", "deploy_app", "start_agent_session"] | str
)

TriggerEventStatus: TypeAlias = (
    Literal["SUBMITTED", "SUBMISSION_FAILED", "TRIGGERED", "TRIGGER_FAILED"] | str
)

WebhookOwnerType: TypeAlias = Literal["workspace", "user"] | str

WebhookProvider: TypeAlias = (
    Literal["slack", "github", "notion", "lucca", "linear", "microsoft", "ashby", "custom"] | str
)

WebhookSignatureHashAlgorithm: TypeAlias = Literal["sha256", "sha1"] | str

WebhookSignatureEncoding: TypeAlias = Literal["hex", "base64"] | str

ListTriggersV1TriggersGetHandler: TypeAlias = Literal["workflows", "agents", "spaces"] | str
