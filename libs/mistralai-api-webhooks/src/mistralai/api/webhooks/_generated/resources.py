# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-webhooks distribution."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from mistralai.api.webhooks._generated import models
from mistralai.core.runtime import (
    UNSET,
    Operation,
    OptionalNullable,
    RawResource,
    Resource,
    RetryConfig,
    raw_method,
)

__all__ = [
    "Triggers",
    "TriggersWithRawResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
]

_TRIGGERS_CREATE: Operation[models.Trigger] = Operation(
    operation_id="create_trigger_v1_triggers_post",
    method="POST",
    path="/v1/triggers",
    namespace="beta.triggers",
    retry_safe=False,
    response=lambda: models.Trigger,
    body=lambda: models.CreateTrigger,
    body_kind="json",
    wire="mistralai.api.webhooks._generated.wire",
)
_TRIGGERS_LIST: Operation[list[models.Trigger]] = Operation(
    operation_id="list_triggers_v1_triggers_get",
    method="GET",
    path="/v1/triggers",
    namespace="beta.triggers",
    retry_safe=True,
    response=lambda: list[models.Trigger],
)
_TRIGGERS_GET: Operation[models.Trigger] = Operation(
    operation_id="get_trigger_v1_triggers__trigger_id__get",
    method="GET",
    path="/v1/triggers/{trigger_id}",
    namespace="beta.triggers",
    retry_safe=True,
    response=lambda: models.Trigger,
)
_TRIGGERS_DELETE: Operation[None] = Operation(
    operation_id="delete_trigger_v1_triggers__trigger_id__delete",
    method="DELETE",
    path="/v1/triggers/{trigger_id}",
    namespace="beta.triggers",
    retry_safe=True,
    response=None,
)
_TRIGGERS_LIST_EVENTS: Operation[models.TriggerEventList] = Operation(
    operation_id="list_trigger_events_v1_triggers__trigger_id__events_get",
    method="GET",
    path="/v1/triggers/{trigger_id}/events",
    namespace="beta.triggers",
    retry_safe=True,
    response=lambda: models.TriggerEventList,
)
_WEBHOOKS_LIST: Operation[list[models.Webhook]] = Operation(
    operation_id="list_webhooks_v1_webhooks_get",
    method="GET",
    path="/v1/webhooks",
    namespace="beta.webhooks",
    retry_safe=True,
    response=lambda: list[models.Webhook],
)
_WEBHOOKS_CREATE: Operation[models.Webhook] = Operation(
    operation_id="create_webhook_v1_webhooks_post",
    method="POST",
    path="/v1/webhooks",
    namespace="beta.webhooks",
    retry_safe=False,
    response=lambda: models.Webhook,
    body=lambda: models.CreateWebhook,
    body_kind="json",
    wire="mistralai.api.webhooks._generated.wire",
    omit_none=frozenset({"owner_type"}),
)
_WEBHOOKS_GET: Operation[models.Webhook] = Operation(
    operation_id="get_webhook_v1_webhooks__webhook_id__get",
    method="GET",
    path="/v1/webhooks/{webhook_id}",
    namespace="beta.webhooks",
    retry_safe=True,
    response=lambda: models.Webhook,
)
_WEBHOOKS_DELETE: Operation[None] = Operation(
    operation_id="delete_webhook_v1_webhooks__webhook_id__delete",
    method="DELETE",
    path="/v1/webhooks/{webhook_id}",
    namespace="beta.webhooks",
    retry_safe=True,
    response=None,
)
_WEBHOOKS_GET_SIGNING_SECRET: Operation[models.WebhookSigningSecret] = Operation(
    operation_id="get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get",
    method="GET",
    path="/v1/webhooks/{webhook_id}/signing-secret",
    namespace="beta.webhooks",
    retry_safe=True,
    response=lambda: models.WebhookSigningSecret,
)


class Triggers(Resource):
    """Operations of ``beta.triggers``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TriggersWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return TriggersWithRawResponse(self)

    def create(
        self,
        *,
        event_source_id: str,
        handler: models.CreateTriggerHandler | str,
        action: models.CreateTriggerAction | models.CreateTriggerActionTypedDict,
        owner_type: models.CreateTriggerOwnerType | str,
        title: str,
        filters: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Trigger:
        """Create Trigger.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param event_source_id:
        :param handler:
        :param action:
        :param owner_type:
        :param title:
        :param filters:
        """
        return self._client.request(
            _TRIGGERS_CREATE,
            body={
                "event_source_id": event_source_id,
                "handler": handler,
                "action": action,
                "owner_type": owner_type,
                "title": title,
                "filters": filters,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        event_source_id: str,
        handler: models.CreateTriggerHandler | str,
        action: models.CreateTriggerAction | models.CreateTriggerActionTypedDict,
        owner_type: models.CreateTriggerOwnerType | str,
        title: str,
        filters: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Trigger:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _TRIGGERS_CREATE,
            body={
                "event_source_id": event_source_id,
                "handler": handler,
                "action": action,
                "owner_type": owner_type,
                "title": title,
                "filters": filters,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        handler: OptionalNullable[models.ListTriggersV1TriggersGetHandler | str] = UNSET,
        primitive_id: OptionalNullable[str] = UNSET,
        event_source_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.Trigger]:
        """List Triggers.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param handler:
        :param primitive_id:
        :param event_source_id:
        """
        return self._client.request(
            _TRIGGERS_LIST,
            query={
                "handler": handler,
                "primitive_id": primitive_id,
                "event_source_id": event_source_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        handler: OptionalNullable[models.ListTriggersV1TriggersGetHandler | str] = UNSET,
        primitive_id: OptionalNullable[str] = UNSET,
        event_source_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.Trigger]:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _TRIGGERS_LIST,
            query={
                "handler": handler,
                "primitive_id": primitive_id,
                "event_source_id": event_source_id,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        trigger_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Trigger:
        """Get Trigger.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param trigger_id:
        """
        return self._client.request(
            _TRIGGERS_GET,
            path={"trigger_id": trigger_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        trigger_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Trigger:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _TRIGGERS_GET,
            path={"trigger_id": trigger_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        trigger_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete Trigger.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param trigger_id:
        """
        return self._client.request(
            _TRIGGERS_DELETE,
            path={"trigger_id": trigger_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        trigger_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _TRIGGERS_DELETE,
            path={"trigger_id": trigger_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_events(
        self,
        *,
        trigger_id: str,
        limit: int | None = 10,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.TriggerEventList:
        """List Trigger Events.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param trigger_id:
        :param limit:
        """
        return self._client.request(
            _TRIGGERS_LIST_EVENTS,
            path={"trigger_id": trigger_id},
            query={"limit": limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_events_async(
        self,
        *,
        trigger_id: str,
        limit: int | None = 10,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.TriggerEventList:
        """Async twin of :meth:`list_events`."""
        return await self._client.request_async(
            _TRIGGERS_LIST_EVENTS,
            path={"trigger_id": trigger_id},
            query={"limit": limit},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Webhooks(Resource):
    """Operations of ``beta.webhooks``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return WebhooksWithRawResponse(self)

    def list(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.Webhook]:
        """List Webhooks.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _WEBHOOKS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.Webhook]:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _WEBHOOKS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        provider: models.CreateWebhookProvider | str,
        name: str,
        owner_type: models.CreateWebhookOwnerType | str | None = None,
        secret: OptionalNullable[str] = UNSET,
        encryption_key: OptionalNullable[str] = UNSET,
        expires_at: OptionalNullable[datetime] = UNSET,
        signature_hash_algorithm: OptionalNullable[
            models.CreateWebhookSignatureHashAlgorithm | str
        ] = UNSET,
        signature_header_name: OptionalNullable[str] = UNSET,
        validity_period_second: OptionalNullable[int] = UNSET,
        signature_extractor_regex: OptionalNullable[str] = UNSET,
        timestamp_extractor_regex: OptionalNullable[str] = UNSET,
        signature_payload_pattern: OptionalNullable[str] = UNSET,
        signature_encoding: OptionalNullable[models.CreateWebhookSignatureEncoding | str] = UNSET,
        success_status_code: OptionalNullable[int] = UNSET,
        event_type_path: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Webhook:
        """Create Webhook.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param provider:
        :param name:
        :param owner_type:
        :param secret:
        :param encryption_key:
        :param expires_at:
        :param signature_hash_algorithm:
        :param signature_header_name:
        :param validity_period_second:
        :param signature_extractor_regex:
        :param timestamp_extractor_regex:
        :param signature_payload_pattern:
        :param signature_encoding:
        :param success_status_code:
        :param event_type_path:
        """
        return self._client.request(
            _WEBHOOKS_CREATE,
            body={
                "provider": provider,
                "name": name,
                "owner_type": owner_type,
                "secret": secret,
                "encryption_key": encryption_key,
                "expires_at": expires_at,
                "signature_hash_algorithm": signature_hash_algorithm,
                "signature_header_name": signature_header_name,
                "validity_period_second": validity_period_second,
                "signature_extractor_regex": signature_extractor_regex,
                "timestamp_extractor_regex": timestamp_extractor_regex,
                "signature_payload_pattern": signature_payload_pattern,
                "signature_encoding": signature_encoding,
                "success_status_code": success_status_code,
                "event_type_path": event_type_path,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        provider: models.CreateWebhookProvider | str,
        name: str,
        owner_type: models.CreateWebhookOwnerType | str | None = None,
        secret: OptionalNullable[str] = UNSET,
        encryption_key: OptionalNullable[str] = UNSET,
        expires_at: OptionalNullable[datetime] = UNSET,
        signature_hash_algorithm: OptionalNullable[
            models.CreateWebhookSignatureHashAlgorithm | str
        ] = UNSET,
        signature_header_name: OptionalNullable[str] = UNSET,
        validity_period_second: OptionalNullable[int] = UNSET,
        signature_extractor_regex: OptionalNullable[str] = UNSET,
        timestamp_extractor_regex: OptionalNullable[str] = UNSET,
        signature_payload_pattern: OptionalNullable[str] = UNSET,
        signature_encoding: OptionalNullable[models.CreateWebhookSignatureEncoding | str] = UNSET,
        success_status_code: OptionalNullable[int] = UNSET,
        event_type_path: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Webhook:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _WEBHOOKS_CREATE,
            body={
                "provider": provider,
                "name": name,
                "owner_type": owner_type,
                "secret": secret,
                "encryption_key": encryption_key,
                "expires_at": expires_at,
                "signature_hash_algorithm": signature_hash_algorithm,
                "signature_header_name": signature_header_name,
                "validity_period_second": validity_period_second,
                "signature_extractor_regex": signature_extractor_regex,
                "timestamp_extractor_regex": timestamp_extractor_regex,
                "signature_payload_pattern": signature_payload_pattern,
                "signature_encoding": signature_encoding,
                "success_status_code": success_status_code,
                "event_type_path": event_type_path,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        webhook_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Webhook:
        """Get Webhook.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param webhook_id:
        """
        return self._client.request(
            _WEBHOOKS_GET,
            path={"webhook_id": webhook_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        webhook_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Webhook:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _WEBHOOKS_GET,
            path={"webhook_id": webhook_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        webhook_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete Webhook.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param webhook_id:
        """
        return self._client.request(
            _WEBHOOKS_DELETE,
            path={"webhook_id": webhook_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        webhook_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _WEBHOOKS_DELETE,
            path={"webhook_id": webhook_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_signing_secret(
        self,
        *,
        webhook_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WebhookSigningSecret:
        """Get Webhook Signing Secret.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param webhook_id:
        """
        return self._client.request(
            _WEBHOOKS_GET_SIGNING_SECRET,
            path={"webhook_id": webhook_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_signing_secret_async(
        self,
        *,
        webhook_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WebhookSigningSecret:
        """Async twin of :meth:`get_signing_secret`."""
        return await self._client.request_async(
            _WEBHOOKS_GET_SIGNING_SECRET,
            path={"webhook_id": webhook_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class TriggersWithRawResponse(RawResource):
    """``beta.triggers.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Triggers.create)
    create_async = raw_method(Triggers.create_async)
    list = raw_method(Triggers.list)
    list_async = raw_method(Triggers.list_async)
    get = raw_method(Triggers.get)
    get_async = raw_method(Triggers.get_async)
    delete = raw_method(Triggers.delete)
    delete_async = raw_method(Triggers.delete_async)
    list_events = raw_method(Triggers.list_events)
    list_events_async = raw_method(Triggers.list_events_async)


class WebhooksWithRawResponse(RawResource):
    """``beta.webhooks.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Webhooks.list)
    list_async = raw_method(Webhooks.list_async)
    create = raw_method(Webhooks.create)
    create_async = raw_method(Webhooks.create_async)
    get = raw_method(Webhooks.get)
    get_async = raw_method(Webhooks.get_async)
    delete = raw_method(Webhooks.delete)
    delete_async = raw_method(Webhooks.delete_async)
    get_signing_secret = raw_method(Webhooks.get_signing_secret)
    get_signing_secret_async = raw_method(Webhooks.get_signing_secret_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "create_trigger_v1_triggers_post": _TRIGGERS_CREATE,
    "list_triggers_v1_triggers_get": _TRIGGERS_LIST,
    "get_trigger_v1_triggers__trigger_id__get": _TRIGGERS_GET,
    "delete_trigger_v1_triggers__trigger_id__delete": _TRIGGERS_DELETE,
    "list_trigger_events_v1_triggers__trigger_id__events_get": _TRIGGERS_LIST_EVENTS,
    "list_webhooks_v1_webhooks_get": _WEBHOOKS_LIST,
    "create_webhook_v1_webhooks_post": _WEBHOOKS_CREATE,
    "get_webhook_v1_webhooks__webhook_id__get": _WEBHOOKS_GET,
    "delete_webhook_v1_webhooks__webhook_id__delete": _WEBHOOKS_DELETE,
    "get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get": _WEBHOOKS_GET_SIGNING_SECRET,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
