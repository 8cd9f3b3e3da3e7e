# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-webhooks distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.webhooks._generated._models.create_trigger import (
        CreateTrigger,
        CreateTriggerAction,
        CreateTriggerActionType,
        CreateTriggerHandler,
        CreateTriggerOwnerType,
    )
    from mistralai.api.webhooks._generated._models.create_webhook import (
        CreateWebhook,
        CreateWebhookOwnerType,
        CreateWebhookProvider,
        CreateWebhookSignatureEncoding,
        CreateWebhookSignatureHashAlgorithm,
    )
    from mistralai.api.webhooks._generated._models.list_triggers_v1_triggers_get_handler import (
        ListTriggersV1TriggersGetHandler,
    )
    from mistralai.api.webhooks._generated._models.trigger import (
        Trigger,
        TriggerAction,
        TriggerActionType,
        TriggerHandler,
        TriggerOwnerType,
    )
    from mistralai.api.webhooks._generated._models.trigger_event_list import (
        TriggerEvent,
        TriggerEventList,
        TriggerEventStatus,
    )
    from mistralai.api.webhooks._generated._models.webhook import (
        Webhook,
        WebhookOwnerType,
        WebhookProvider,
        WebhookSignatureEncoding,
        WebhookSignatureHashAlgorithm,
    )
    from mistralai.api.webhooks._generated._models.webhook_signing_secret import (
        WebhookSigningSecret,
    )
    from mistralai.api.webhooks._generated._typed_dicts import (
        CreateTriggerActionTypedDict,
        CreateTriggerTypedDict,
        CreateWebhookTypedDict,
    )
    from mistralai.core.models import HTTPValidationError, ValidationError

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

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.create_trigger": (
                "CreateTrigger CreateTriggerAction CreateTriggerActionType CreateTriggerHandler "
                "CreateTriggerOwnerType"
            ),
            "._models.create_webhook": (
                "CreateWebhook CreateWebhookOwnerType CreateWebhookProvider "
                "CreateWebhookSignatureEncoding CreateWebhookSignatureHashAlgorithm"
            ),
            "._models.list_triggers_v1_triggers_get_handler": "ListTriggersV1TriggersGetHandler",
            "._models.trigger": "Trigger TriggerAction TriggerActionType TriggerHandler TriggerOwnerType",
            "._models.trigger_event_list": "TriggerEvent TriggerEventList TriggerEventStatus",
            "._models.webhook": (
                "Webhook WebhookOwnerType WebhookProvider WebhookSignatureEncoding "
                "WebhookSignatureHashAlgorithm"
            ),
            "._models.webhook_signing_secret": "WebhookSigningSecret",
            "._typed_dicts": "CreateTriggerActionTypedDict CreateTriggerTypedDict CreateWebhookTypedDict",
            "mistralai.core.models": "HTTPValidationError ValidationError",
        },
    )
