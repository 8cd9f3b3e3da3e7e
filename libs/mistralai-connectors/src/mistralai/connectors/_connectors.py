"""``client.beta.connectors``: the generated operations plus the 2.x per-scope methods.

The official 2.x SDK has one method per consumer scope for activating and deactivating a
connector (``activate_for_organization``, ``deactivate_for_workspace``, ...: endpoints
``/v1/connectors/{connector_id}/<scope>/activate``). The spec models these as one operation
with the scope as a path parameter (``activate_for_consumer`` / ``deactivate_for_consumer``,
``/v1/connectors/{connector_id}/{consumer_scope}/activate``); the per-scope methods here call
that operation, so code written for 2.x keeps working.

``activate_for_*`` also accept the 2.x options ``requires_confirmation``,
``skip_confirmation``, ``include`` and ``exclude``. The spec describes no request body for the
activation operation, so nothing is sent unless one of them is given; when one is, the given
options are sent as the JSON body, as the 2.x SDK does.

``update`` keeps the 2.x parameters ``connection_config``, ``connection_secrets``,
``headers`` and ``auth_data``, which the spec's ``UpdateConnectorRequest`` does not define:
given values are sent as extra body fields (the schema allows them), as 2.x sends them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from mistralai.connectors._generated import models
from mistralai.connectors._generated.resources import Connectors as GeneratedConnectors
from mistralai.core.runtime import UNSET, BaseModel, Operation, OptionalNullable, RetryConfig

__all__ = ["ActivationOptions", "ConsumerScope", "Connectors"]

ConsumerScope = Literal["organization", "workspace", "user"]
"""The consumer scopes of connector activation."""


class ActivationOptions(BaseModel):
    """The 2.x activation options; only the given ones are sent."""

    requires_confirmation: dict[str, Any] | None = None
    skip_confirmation: dict[str, Any] | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None


_ACTIVATE_WITH_OPTIONS = Operation[models.MessageResponse](
    operation_id="connector_activate_for_consumer_v1",
    method="POST",
    path="/v1/connectors/{connector_id}/{consumer_scope}/activate",
    domain="beta.connectors",
    response=models.MessageResponse,
    body=ActivationOptions,
    body_kind="json",
)


_UPDATE = Operation[models.Connector](
    operation_id="connector_update_v1",
    method="PATCH",
    path="/v1/connectors/{connector_id}",
    domain="beta.connectors",
    response=models.Connector,
    body=models.UpdateConnectorRequest,
    body_kind="json",
    omit_none=frozenset({"protocol"}),
)


def _options(
    requires_confirmation: OptionalNullable[Mapping[str, Any]],
    skip_confirmation: OptionalNullable[Mapping[str, Any]],
    include: OptionalNullable[Sequence[str]],
    exclude: OptionalNullable[Sequence[str]],
) -> dict[str, object] | None:
    given: dict[str, object] = {
        name: value
        for name, value in (
            ("requires_confirmation", requires_confirmation),
            ("skip_confirmation", skip_confirmation),
            ("include", include),
            ("exclude", exclude),
        )
        if value is not UNSET
    }
    return given or None


class Connectors(GeneratedConnectors):
    """Connectors: the generated operations, the 2.x per-scope activation methods, and
    ``update`` with the 2.x parameters."""

    __slots__ = ()

    # -- activation ----------------------------------------------------------------------------

    def _activate(
        self,
        scope: ConsumerScope,
        connector_id: str,
        options: dict[str, object] | None,
        retries: OptionalNullable[RetryConfig],
        server_url: str | None,
        timeout_ms: int | None,
        http_headers: Mapping[str, str] | None,
    ) -> models.MessageResponse:
        if options is None:
            return self.activate_for_consumer(
                connector_id=connector_id,
                consumer_scope=scope,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )
        return self._client.request(
            _ACTIVATE_WITH_OPTIONS,
            path={"connector_id": connector_id, "consumer_scope": scope},
            body=options,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def _activate_async(
        self,
        scope: ConsumerScope,
        connector_id: str,
        options: dict[str, object] | None,
        retries: OptionalNullable[RetryConfig],
        server_url: str | None,
        timeout_ms: int | None,
        http_headers: Mapping[str, str] | None,
    ) -> models.MessageResponse:
        if options is None:
            return await self.activate_for_consumer_async(
                connector_id=connector_id,
                consumer_scope=scope,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )
        return await self._client.request_async(
            _ACTIVATE_WITH_OPTIONS,
            path={"connector_id": connector_id, "consumer_scope": scope},
            body=options,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def activate_for_organization(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        skip_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the whole organization.

        Calls ``activate_for_consumer`` with ``consumer_scope="organization"``.

        :param connector_id: The connector's id.
        :param requires_confirmation: 2.x option, sent only when given.
        :param skip_confirmation: 2.x option, sent only when given.
        :param include: 2.x option (tool names), sent only when given.
        :param exclude: 2.x option (tool names), sent only when given.
        :param retries: Override the default retry configuration for this call.
        :param server_url: Override the default server URL for this call.
        :param timeout_ms: Override the default request timeout, in milliseconds.
        :param http_headers: Additional headers to send with this request.
        """
        options = _options(requires_confirmation, skip_confirmation, include, exclude)
        return self._activate(
            "organization", connector_id, options, retries, server_url, timeout_ms, http_headers
        )

    async def activate_for_organization_async(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        skip_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_organization`."""
        options = _options(requires_confirmation, skip_confirmation, include, exclude)
        return await self._activate_async(
            "organization", connector_id, options, retries, server_url, timeout_ms, http_headers
        )

    def activate_for_workspace(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        skip_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the current workspace.

        Calls ``activate_for_consumer`` with ``consumer_scope="workspace"``; the parameters
        are those of :meth:`activate_for_organization`.
        """
        options = _options(requires_confirmation, skip_confirmation, include, exclude)
        return self._activate(
            "workspace", connector_id, options, retries, server_url, timeout_ms, http_headers
        )

    async def activate_for_workspace_async(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        skip_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_workspace`."""
        options = _options(requires_confirmation, skip_confirmation, include, exclude)
        return await self._activate_async(
            "workspace", connector_id, options, retries, server_url, timeout_ms, http_headers
        )

    def activate_for_user(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        skip_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the calling user.

        Calls ``activate_for_consumer`` with ``consumer_scope="user"``; the parameters are
        those of :meth:`activate_for_organization`.
        """
        options = _options(requires_confirmation, skip_confirmation, include, exclude)
        return self._activate(
            "user", connector_id, options, retries, server_url, timeout_ms, http_headers
        )

    async def activate_for_user_async(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        skip_confirmation: OptionalNullable[Mapping[str, Any]] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_user`."""
        options = _options(requires_confirmation, skip_confirmation, include, exclude)
        return await self._activate_async(
            "user", connector_id, options, retries, server_url, timeout_ms, http_headers
        )

    # -- deactivation --------------------------------------------------------------------------

    def deactivate_for_organization(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Deactivate a connector for the whole organization.

        Calls ``deactivate_for_consumer`` with ``consumer_scope="organization"``.

        :param connector_id: The connector's id.
        :param retries: Override the default retry configuration for this call.
        :param server_url: Override the default server URL for this call.
        :param timeout_ms: Override the default request timeout, in milliseconds.
        :param http_headers: Additional headers to send with this request.
        """
        return self.deactivate_for_consumer(
            connector_id=connector_id,
            consumer_scope="organization",
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def deactivate_for_organization_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`deactivate_for_organization`."""
        return await self.deactivate_for_consumer_async(
            connector_id=connector_id,
            consumer_scope="organization",
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def deactivate_for_workspace(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Deactivate a connector for the current workspace
        (``deactivate_for_consumer`` with ``consumer_scope="workspace"``)."""
        return self.deactivate_for_consumer(
            connector_id=connector_id,
            consumer_scope="workspace",
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def deactivate_for_workspace_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`deactivate_for_workspace`."""
        return await self.deactivate_for_consumer_async(
            connector_id=connector_id,
            consumer_scope="workspace",
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def deactivate_for_user(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Deactivate a connector for the calling user
        (``deactivate_for_consumer`` with ``consumer_scope="user"``)."""
        return self.deactivate_for_consumer(
            connector_id=connector_id,
            consumer_scope="user",
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def deactivate_for_user_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`deactivate_for_user`."""
        return await self.deactivate_for_consumer_async(
            connector_id=connector_id,
            consumer_scope="user",
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    # -- update with the 2.x parameters --------------------------------------------------------

    def update(
        self,
        *,
        connector_id: str,
        title: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        icon_url: OptionalNullable[str] = UNSET,
        system_prompt: OptionalNullable[str] = UNSET,
        connection_config: OptionalNullable[Mapping[str, Any]] = UNSET,
        connection_secrets: OptionalNullable[Mapping[str, Any]] = UNSET,
        server: OptionalNullable[str] = UNSET,
        headers: OptionalNullable[Mapping[str, Any]] = UNSET,
        auth_data: OptionalNullable[Mapping[str, Any]] = UNSET,
        protocol: Literal["mcp"] | None = "mcp",
        auth_methods: OptionalNullable[
            Sequence[
                models.AuthenticationMethodCreateOrUpdateRequest
                | models.AuthenticationMethodCreateOrUpdateRequestTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Connector:
        """Update a connector by its ID.

        :param connector_id: The connector's id.
        :param title: Optional human-readable title for the connector.
        :param name: The name of the connector.
        :param description: The description of the connector.
        :param icon_url: The optional url of the icon you want to associate to the connector.
        :param system_prompt: Optional system prompt for the connector.
        :param connection_config: 2.x parameter the spec does not define; sent as given.
        :param connection_secrets: 2.x parameter the spec does not define; sent as given.
        :param server: New server url for your mcp connector.
        :param headers: 2.x parameter the spec does not define; sent as given.
        :param auth_data: 2.x parameter the spec does not define; sent as given.
        :param protocol: The connector protocol (``"mcp"``).
        :param auth_methods: Authentication methods to add to the connector or to update.
        :param retries: Override the default retry configuration for this call.
        :param server_url: Override the default server URL for this call.
        :param timeout_ms: Override the default request timeout, in milliseconds.
        :param http_headers: Additional headers to send with this request.
        """
        return self._client.request(
            _UPDATE,
            path={"connector_id": connector_id},
            body=_update_body(
                title,
                name,
                description,
                icon_url,
                system_prompt,
                connection_config,
                connection_secrets,
                server,
                headers,
                auth_data,
                protocol,
                auth_methods,
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        connector_id: str,
        title: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        icon_url: OptionalNullable[str] = UNSET,
        system_prompt: OptionalNullable[str] = UNSET,
        connection_config: OptionalNullable[Mapping[str, Any]] = UNSET,
        connection_secrets: OptionalNullable[Mapping[str, Any]] = UNSET,
        server: OptionalNullable[str] = UNSET,
        headers: OptionalNullable[Mapping[str, Any]] = UNSET,
        auth_data: OptionalNullable[Mapping[str, Any]] = UNSET,
        protocol: Literal["mcp"] | None = "mcp",
        auth_methods: OptionalNullable[
            Sequence[
                models.AuthenticationMethodCreateOrUpdateRequest
                | models.AuthenticationMethodCreateOrUpdateRequestTypedDict
            ]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Connector:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _UPDATE,
            path={"connector_id": connector_id},
            body=_update_body(
                title,
                name,
                description,
                icon_url,
                system_prompt,
                connection_config,
                connection_secrets,
                server,
                headers,
                auth_data,
                protocol,
                auth_methods,
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


def _update_body(
    title: OptionalNullable[str],
    name: OptionalNullable[str],
    description: OptionalNullable[str],
    icon_url: OptionalNullable[str],
    system_prompt: OptionalNullable[str],
    connection_config: OptionalNullable[Mapping[str, Any]],
    connection_secrets: OptionalNullable[Mapping[str, Any]],
    server: OptionalNullable[str],
    headers: OptionalNullable[Mapping[str, Any]],
    auth_data: OptionalNullable[Mapping[str, Any]],
    protocol: Literal["mcp"] | None,
    auth_methods: object,
) -> dict[str, object]:
    """The body fields of ``update`` (wire names); ``UNSET`` ones are dropped by core."""
    return {
        "title": title,
        "name": name,
        "description": description,
        "icon_url": icon_url,
        "system_prompt": system_prompt,
        "server": server,
        "protocol": protocol,
        "auth_methods": auth_methods,
        "connection_config": connection_config,
        "connection_secrets": connection_secrets,
        "headers": headers,
        "auth_data": auth_data,
    }
