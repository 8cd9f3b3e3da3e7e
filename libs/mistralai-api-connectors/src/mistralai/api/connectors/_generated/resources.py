# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-connectors distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from mistralai.api.connectors._generated import models
from mistralai.core.runtime import (
    UNSET,
    AsyncListPage,
    CursorPaging,
    Operation,
    OptionalNullable,
    PagePaging,
    RawResource,
    Resource,
    RetryConfig,
    SyncListPage,
    paginate,
    paginate_async,
    raw_method,
    whole_or_fields,
)

__all__ = [
    "Connectors",
    "ConnectorsWithRawResponse",
]

_CONNECTORS_CREATE: Operation[models.Connector] = Operation(
    operation_id="connector_create_v1",
    method="POST",
    path="/v1/connectors",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.Connector,
    body=lambda: models.CreateConnectorRequest,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
    omit_none=frozenset({"visibility", "protocol", "global_headers"}),
)
_CONNECTORS_LIST: Operation[models.PaginatedConnectors] = Operation(
    operation_id="connector_list_v1",
    method="GET",
    path="/v1/connectors",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.PaginatedConnectors,
    query_explode=frozenset({"query_filters"}),
    omit_none=frozenset({"query_filters", "page_size"}),
)
_CONNECTORS_LIST_PAGING = CursorPaging(
    items="items", cursor="pagination.next_cursor", param="cursor"
)
_CONNECTORS_GET_AUTH_URL: Operation[models.AuthURLResponse] = Operation(
    operation_id="connector_get_auth_url_v1",
    method="GET",
    path="/v1/connectors/{connector_id_or_name}/auth_url",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.AuthURLResponse,
    omit_none=frozenset({"method_type", "github_installation_link"}),
)
_CONNECTORS_SHARE: Operation[models.MessageResponse] = Operation(
    operation_id="connector_share_v1",
    method="PUT",
    path="/v1/connectors/{connector_id}/share",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_UNSHARE: Operation[models.MessageResponse] = Operation(
    operation_id="connector_unshare_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id}/share",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_ACTIVATE_FOR_CONSUMER: Operation[models.MessageResponse] = Operation(
    operation_id="connector_activate_for_consumer_v1",
    method="POST",
    path="/v1/connectors/{connector_id}/{consumer_scope}/activate",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.MessageResponse,
    body=lambda: models.ToolExecutionConfiguration,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
)
_CONNECTORS_DEACTIVATE_FOR_CONSUMER: Operation[models.MessageResponse] = Operation(
    operation_id="connector_deactivate_for_consumer_v1",
    method="POST",
    path="/v1/connectors/{connector_id}/{consumer_scope}/deactivate",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_CALL_TOOL: Operation[models.ConnectorToolCallResponse] = Operation(
    operation_id="connector_call_tool_v1",
    method="POST",
    path="/v1/connectors/{connector_id_or_name}/tools/{tool_name}/call",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.ConnectorToolCallResponse,
    body=lambda: models.ConnectorCallToolRequest,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
    omit_none=frozenset({"arguments"}),
)
_CONNECTORS_LIST_TOOLS: Operation[list[models.MCPTool] | list[dict[str, Any]]] = Operation(
    operation_id="connector_list_tools_v1",
    method="GET",
    path="/v1/connectors/{connector_id_or_name}/tools",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: list[models.MCPTool] | list[dict[str, Any]],
    omit_none=frozenset({"page", "page_size", "refresh", "pretty"}),
)
_CONNECTORS_LIST_TOOLS_PAGING = PagePaging(items="", param="page", start=1)
_CONNECTORS_GET_AUTHENTICATION_METHODS: Operation[list[models.PublicAuthenticationMethod]] = (
    Operation(
        operation_id="connector_get_authentication_methods_v1",
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/authentication_methods",
        namespace="beta.connectors",
        retry_safe=True,
        response=lambda: list[models.PublicAuthenticationMethod],
    )
)
_CONNECTORS_LIST_ORGANIZATION_CREDENTIALS: Operation[models.CredentialsResponse] = Operation(
    operation_id="connector_list_organization_credentials_v1",
    method="GET",
    path="/v1/connectors/{connector_id_or_name}/organization/credentials",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.CredentialsResponse,
    omit_none=frozenset({"fetch_default"}),
)
_CONNECTORS_CREATE_OR_UPDATE_ORGANIZATION_CREDENTIALS: Operation[models.MessageResponse] = (
    Operation(
        operation_id="connector_create_or_update_organization_credentials_v1",
        method="POST",
        path="/v1/connectors/{connector_id_or_name}/organization/credentials",
        namespace="beta.connectors",
        retry_safe=False,
        response=lambda: models.MessageResponse,
        body=lambda: models.CredentialsCreateOrUpdate,
        body_kind="json",
        wire="mistralai.api.connectors._generated.wire",
    )
)
_CONNECTORS_LIST_WORKSPACE_CREDENTIALS: Operation[models.CredentialsResponse] = Operation(
    operation_id="connector_list_workspace_credentials_v1",
    method="GET",
    path="/v1/connectors/{connector_id_or_name}/workspace/credentials",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.CredentialsResponse,
    omit_none=frozenset({"fetch_default"}),
)
_CONNECTORS_CREATE_OR_UPDATE_WORKSPACE_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_create_or_update_workspace_credentials_v1",
    method="POST",
    path="/v1/connectors/{connector_id_or_name}/workspace/credentials",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.MessageResponse,
    body=lambda: models.CredentialsCreateOrUpdate,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
)
_CONNECTORS_LIST_USER_CREDENTIALS: Operation[models.CredentialsResponse] = Operation(
    operation_id="connector_list_user_credentials_v1",
    method="GET",
    path="/v1/connectors/{connector_id_or_name}/user/credentials",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.CredentialsResponse,
    omit_none=frozenset({"fetch_default"}),
)
_CONNECTORS_CREATE_OR_UPDATE_USER_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_create_or_update_user_credentials_v1",
    method="POST",
    path="/v1/connectors/{connector_id_or_name}/user/credentials",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.MessageResponse,
    body=lambda: models.CredentialsCreateOrUpdate,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
)
_CONNECTORS_DELETE_ALL_USER_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_delete_all_user_credentials_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id_or_name}/user/credentials",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_DELETE_ORGANIZATION_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_delete_organization_credentials_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_DELETE_WORKSPACE_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_delete_workspace_credentials_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_DELETE_USER_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_delete_user_credentials_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_GET: Operation[models.Connector] = Operation(
    operation_id="connector_get_v1",
    method="GET",
    path="/v1/connectors/{connector_id_or_name}",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.Connector,
    omit_none=frozenset({"fetch_user_data", "fetch_customer_data"}),
)
_CONNECTORS_UPDATE: Operation[models.Connector] = Operation(
    operation_id="connector_update_v1",
    method="PATCH",
    path="/v1/connectors/{connector_id}",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.Connector,
    body=lambda: models.UpdateConnectorRequest,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
    omit_none=frozenset({"protocol"}),
)
_CONNECTORS_DELETE: Operation[models.MessageResponse] = Operation(
    operation_id="connector_delete_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id}",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_SHARE_TO_ORGANIZATION: Operation[models.MessageResponse] = Operation(
    operation_id="connector_share_to_organization_v1",
    method="PUT",
    path="/v1/connectors/{connector_id}/organization/share",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_UNSHARE_FROM_ORGANIZATION: Operation[models.MessageResponse] = Operation(
    operation_id="connector_unshare_from_organization_v1",
    method="DELETE",
    path="/v1/connectors/{connector_id}/organization/share",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)
_CONNECTORS_CREATE_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_create_credentials_v1",
    method="POST",
    path="/v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.MessageResponse,
    body=lambda: models.CredentialsCreateOrUpdate,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
)
_CONNECTORS_UPDATE_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_update_credentials",
    method="PATCH",
    path="/v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials",
    namespace="beta.connectors",
    retry_safe=False,
    response=lambda: models.MessageResponse,
    body=lambda: models.CredentialsCreateOrUpdate,
    body_kind="json",
    wire="mistralai.api.connectors._generated.wire",
)
_CONNECTORS_DELETE_CREDENTIALS: Operation[models.MessageResponse] = Operation(
    operation_id="connector_delete_credentials",
    method="DELETE",
    path="/v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials/{credentials_name}",
    namespace="beta.connectors",
    retry_safe=True,
    response=lambda: models.MessageResponse,
)


class Connectors(Resource):
    """Operations of ``beta.connectors``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ConnectorsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ConnectorsWithRawResponse(self)

    def create(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        server: str | None = None,
        title: OptionalNullable[str] = UNSET,
        icon_url: OptionalNullable[str] = UNSET,
        visibility: models.PublicResourceVisibility | None = None,
        headers: OptionalNullable[Mapping[str, Any]] = UNSET,
        auth_data: OptionalNullable[models.AuthData | models.AuthDataTypedDict] = UNSET,
        oauth2_server_metadata: OptionalNullable[
            models.ExtendedOAuthServerMetadata | models.ExtendedOAuthServerMetadataTypedDict
        ] = UNSET,
        oauth2_server_metadata_url: OptionalNullable[str] = UNSET,
        system_prompt: OptionalNullable[str] = UNSET,
        request: models.CreateConnectorRequest
        | models.CreateConnectorRequestTypedDict
        | None = None,
        protocol: Literal["mcp"] | None = "mcp",
        global_headers: Mapping[str, models.GlobalHeaderValue | models.GlobalHeaderValueTypedDict]
        | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Connector:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name: The name of the connector. Should be 64 char length maximum, alphanumeric, only underscores/dashes.
        :param description: The description of the connector.
        :param server: The url of the MCP server.
        :param title: Optional human-readable title for the connector.
        :param icon_url: The optional url of the icon you want to associate to the connector.
        :param visibility: Visibility of the connector. Use 'shared_workspace' for workspace scoped connectors, or 'private' for private connectors.
        :param headers: Optional organization-level headers to be sent with the request to the mcp server.
        :param auth_data: Optional additional authentication data for the connector.
        :param oauth2_server_metadata: Optional OAuth2 authorization server metadata (authorization_endpoint, token_endpoint, etc.). When provided, skips .well-known discovery and uses these endpoints directly.
        :param oauth2_server_metadata_url: Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When provided, the metadata is fetched from this URL and used instead of .well-known discovery. Mutually exclusive with oauth2_server_metadata.
        :param system_prompt: Optional system prompt for the connector.
        :param request: The whole request body (instead of the separate arguments).
        :param protocol: Protocol of the connector. Only 'mcp' is supported on the public endpoint; creating HTTP connectors here is explicitly refused.
        :param global_headers: Optional connector-wide headers, keyed by header name, set at creation and applied to every credential. Secret values are encrypted at rest and never returned in clear.
        """
        return self._client.request(
            _CONNECTORS_CREATE,
            body=whole_or_fields(
                request,
                "request",
                {
                    "name": name,
                    "description": description,
                    "server": server,
                    "title": title,
                    "icon_url": icon_url,
                    "visibility": visibility,
                    "headers": headers,
                    "auth_data": auth_data,
                    "oauth2_server_metadata": oauth2_server_metadata,
                    "oauth2_server_metadata_url": oauth2_server_metadata_url,
                    "system_prompt": system_prompt,
                    "protocol": protocol,
                    "global_headers": global_headers,
                },
                required=(
                    "name",
                    "description",
                    "server",
                ),
                defaults={"protocol": "mcp"},
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        server: str | None = None,
        title: OptionalNullable[str] = UNSET,
        icon_url: OptionalNullable[str] = UNSET,
        visibility: models.PublicResourceVisibility | None = None,
        headers: OptionalNullable[Mapping[str, Any]] = UNSET,
        auth_data: OptionalNullable[models.AuthData | models.AuthDataTypedDict] = UNSET,
        oauth2_server_metadata: OptionalNullable[
            models.ExtendedOAuthServerMetadata | models.ExtendedOAuthServerMetadataTypedDict
        ] = UNSET,
        oauth2_server_metadata_url: OptionalNullable[str] = UNSET,
        system_prompt: OptionalNullable[str] = UNSET,
        request: models.CreateConnectorRequest
        | models.CreateConnectorRequestTypedDict
        | None = None,
        protocol: Literal["mcp"] | None = "mcp",
        global_headers: Mapping[str, models.GlobalHeaderValue | models.GlobalHeaderValueTypedDict]
        | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Connector:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _CONNECTORS_CREATE,
            body=whole_or_fields(
                request,
                "request",
                {
                    "name": name,
                    "description": description,
                    "server": server,
                    "title": title,
                    "icon_url": icon_url,
                    "visibility": visibility,
                    "headers": headers,
                    "auth_data": auth_data,
                    "oauth2_server_metadata": oauth2_server_metadata,
                    "oauth2_server_metadata_url": oauth2_server_metadata_url,
                    "system_prompt": system_prompt,
                    "protocol": protocol,
                    "global_headers": global_headers,
                },
                required=(
                    "name",
                    "description",
                    "server",
                ),
                defaults={"protocol": "mcp"},
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        query_filters: models.ConnectorsQueryFilters
        | models.ConnectorsQueryFiltersTypedDict
        | None = None,
        cursor: OptionalNullable[str] = UNSET,
        page_size: int | None = 100,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.PaginatedConnectors:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param query_filters:
        :param cursor:
        :param page_size:
        """
        return paginate(
            self._client,
            _CONNECTORS_LIST,
            _CONNECTORS_LIST_PAGING,
            {"query_filters": query_filters, "cursor": cursor, "page_size": page_size},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        query_filters: models.ConnectorsQueryFilters
        | models.ConnectorsQueryFiltersTypedDict
        | None = None,
        cursor: OptionalNullable[str] = UNSET,
        page_size: int | None = 100,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.PaginatedConnectors:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _CONNECTORS_LIST,
            _CONNECTORS_LIST_PAGING,
            {"query_filters": query_filters, "cursor": cursor, "page_size": page_size},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_auth_url(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: OptionalNullable[str] = UNSET,
        method_type: models.OutboundAuthenticationType | None = None,
        credentials_name: OptionalNullable[str] = UNSET,
        github_installation_link: bool | None = False,
        credentials_title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AuthURLResponse:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param app_return_url:
        :param method_type: Auth method type to use for the authorization URL. Required when the connector supports multiple interactive auth methods; otherwise the sole method is selected automatically. Use this to pick a specific method (e.g. 'oauth2' vs 'github_app').
        :param credentials_name:
        :param github_installation_link: Only valid with method_type=oauth2. When true, returns a GitHub App installation URL (https://github.com/apps/<slug>/installations/new) if the connector has the proper configuration The Github application needs to have 'Request user authorization (OAuth) during installation' enabled to perform the proper auth loop.
        :param credentials_title:
        """
        return self._client.request(
            _CONNECTORS_GET_AUTH_URL,
            path={"connector_id_or_name": connector_id_or_name},
            query={
                "app_return_url": app_return_url,
                "method_type": method_type,
                "credentials_name": credentials_name,
                "github_installation_link": github_installation_link,
                "credentials_title": credentials_title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_auth_url_async(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: OptionalNullable[str] = UNSET,
        method_type: models.OutboundAuthenticationType | None = None,
        credentials_name: OptionalNullable[str] = UNSET,
        github_installation_link: bool | None = False,
        credentials_title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.AuthURLResponse:
        """Async twin of :meth:`get_auth_url`."""
        return await self._client.request_async(
            _CONNECTORS_GET_AUTH_URL,
            path={"connector_id_or_name": connector_id_or_name},
            query={
                "app_return_url": app_return_url,
                "method_type": method_type,
                "credentials_name": credentials_name,
                "github_installation_link": github_installation_link,
                "credentials_title": credentials_title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def share(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making it available to all workspace members. The creator can later revert this via the unshare endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth on-behalf-of) will be affected and must be reconfigured after sharing. Only the connector's creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_SHARE,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def share_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`share`."""
        return await self._client.request_async(
            _CONNECTORS_SHARE,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unshare(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector. Workspace-scoped connections and other members' connections are removed; the creator's own connection is preserved. Only the connector's creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_UNSHARE,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unshare_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`unshare`."""
        return await self._client.request_async(
            _CONNECTORS_UNSHARE,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def activate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: models.ConnectorActivateForConsumerV1ConsumerScope,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        :param consumer_scope:
        :param requires_confirmation:
        :param skip_confirmation:
        :param include:
        :param exclude:
        """
        return self._client.request(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": consumer_scope},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def activate_for_consumer_async(
        self,
        *,
        connector_id: str,
        consumer_scope: models.ConnectorActivateForConsumerV1ConsumerScope,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_consumer`."""
        return await self._client.request_async(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": consumer_scope},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def activate_for_organization(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        This method sends ``consumer_scope="organization"``.

        Enable a connector for the consumer.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it). Call ``activate_for_consumer`` with ``consumer_scope="organization"``.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        :param requires_confirmation:
        :param skip_confirmation:
        :param include:
        :param exclude:
        """
        return self._client.request(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "organization"},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def activate_for_organization_async(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_organization`."""
        return await self._client.request_async(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "organization"},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def activate_for_workspace(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        This method sends ``consumer_scope="workspace"``.

        Enable a connector for the consumer.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it). Call ``activate_for_consumer`` with ``consumer_scope="workspace"``.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        :param requires_confirmation:
        :param skip_confirmation:
        :param include:
        :param exclude:
        """
        return self._client.request(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "workspace"},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def activate_for_workspace_async(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_workspace`."""
        return await self._client.request_async(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "workspace"},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def activate_for_user(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        This method sends ``consumer_scope="user"``.

        Enable a connector for the consumer.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it). Call ``activate_for_consumer`` with ``consumer_scope="user"``.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        :param requires_confirmation:
        :param skip_confirmation:
        :param include:
        :param exclude:
        """
        return self._client.request(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "user"},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def activate_for_user_async(
        self,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        skip_confirmation: OptionalNullable[
            Sequence[str]
            | models.LogicalExpression
            | models.LogicalExpressionTypedDict
            | models.ToolProperties
            | models.ToolPropertiesTypedDict
        ] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`activate_for_user`."""
        return await self._client.request_async(
            _CONNECTORS_ACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "user"},
            body={
                "requires_confirmation": requires_confirmation,
                "skip_confirmation": skip_confirmation,
                "include": include,
                "exclude": exclude,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def deactivate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: models.ConnectorDeactivateForConsumerV1ConsumerScope,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        Disable a connector for the calling consumer only.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        :param consumer_scope:
        """
        return self._client.request(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": consumer_scope},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def deactivate_for_consumer_async(
        self,
        *,
        connector_id: str,
        consumer_scope: models.ConnectorDeactivateForConsumerV1ConsumerScope,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`deactivate_for_consumer`."""
        return await self._client.request_async(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": consumer_scope},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def deactivate_for_organization(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        This method sends ``consumer_scope="organization"``.

        Disable a connector for the calling consumer only.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it). Call ``deactivate_for_consumer`` with ``consumer_scope="organization"``.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "organization"},
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
        return await self._client.request_async(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "organization"},
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
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        This method sends ``consumer_scope="workspace"``.

        Disable a connector for the calling consumer only.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it). Call ``deactivate_for_consumer`` with ``consumer_scope="workspace"``.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "workspace"},
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
        return await self._client.request_async(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "workspace"},
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
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        This method sends ``consumer_scope="user"``.

        Disable a connector for the calling consumer only.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it). Call ``deactivate_for_consumer`` with ``consumer_scope="user"``.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "user"},
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
        return await self._client.request_async(
            _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
            path={"connector_id": connector_id, "consumer_scope": "user"},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def call_tool(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: OptionalNullable[str] = UNSET,
        arguments: Mapping[str, Any] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConnectorToolCallResponse:
        """Call Connector Tool.

        Call a tool on an MCP connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param tool_name:
        :param connector_id_or_name:
        :param credentials_name:
        :param arguments:
        """
        return self._client.request(
            _CONNECTORS_CALL_TOOL,
            path={"tool_name": tool_name, "connector_id_or_name": connector_id_or_name},
            query={"credentials_name": credentials_name},
            body={"arguments": arguments},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def call_tool_async(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: OptionalNullable[str] = UNSET,
        arguments: Mapping[str, Any] | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ConnectorToolCallResponse:
        """Async twin of :meth:`call_tool`."""
        return await self._client.request_async(
            _CONNECTORS_CALL_TOOL,
            path={"tool_name": tool_name, "connector_id_or_name": connector_id_or_name},
            query={"credentials_name": credentials_name},
            body={"arguments": arguments},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_tools(
        self,
        *,
        connector_id_or_name: str,
        page: int | None = 1,
        page_size: int | None = 100,
        refresh: bool | None = False,
        pretty: bool | None = False,
        credentials_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> SyncListPage[list[models.MCPTool] | list[dict[str, Any]], models.MCPTool | dict[str, Any]]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Returns the first page (``.page``; ``len()`` and ``[i]`` read it); iterating over the result yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param page:
        :param page_size:
        :param refresh:
        :param pretty: Return a simplified payload with only name, description, annotations, and a compact inputSchema.
        :param credentials_name:
        """

        def _fetch(_q: Mapping[str, Any]) -> list[models.MCPTool] | list[dict[str, Any]]:
            return self._client.request(
                _CONNECTORS_LIST_TOOLS,
                path={"connector_id_or_name": connector_id_or_name},
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {
            "page": page,
            "page_size": page_size,
            "refresh": refresh,
            "pretty": pretty,
            "credentials_name": credentials_name,
        }
        return SyncListPage[
            list[models.MCPTool] | list[dict[str, Any]], models.MCPTool | dict[str, Any]
        ].first(_fetch(_query), _fetch, _query, _CONNECTORS_LIST_TOOLS_PAGING)

    async def list_tools_async(
        self,
        *,
        connector_id_or_name: str,
        page: int | None = 1,
        page_size: int | None = 100,
        refresh: bool | None = False,
        pretty: bool | None = False,
        credentials_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncListPage[
        list[models.MCPTool] | list[dict[str, Any]], models.MCPTool | dict[str, Any]
    ]:
        """Async twin of :meth:`list_tools`."""

        async def _fetch(_q: Mapping[str, Any]) -> list[models.MCPTool] | list[dict[str, Any]]:
            return await self._client.request_async(
                _CONNECTORS_LIST_TOOLS,
                path={"connector_id_or_name": connector_id_or_name},
                query=_q,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        _query: dict[str, Any] = {
            "page": page,
            "page_size": page_size,
            "refresh": refresh,
            "pretty": pretty,
            "credentials_name": credentials_name,
        }
        return AsyncListPage[
            list[models.MCPTool] | list[dict[str, Any]], models.MCPTool | dict[str, Any]
        ].first(await _fetch(_query), _fetch, _query, _CONNECTORS_LIST_TOOLS_PAGING)

    def get_authentication_methods(
        self,
        *,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported authentication methods and their required headers.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        """
        return self._client.request(
            _CONNECTORS_GET_AUTHENTICATION_METHODS,
            path={"connector_id_or_name": connector_id_or_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_authentication_methods_async(
        self,
        *,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> list[models.PublicAuthenticationMethod]:
        """Async twin of :meth:`get_authentication_methods`."""
        return await self._client.request_async(
            _CONNECTORS_GET_AUTHENTICATION_METHODS,
            path={"connector_id_or_name": connector_id_or_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: OptionalNullable[models.OutboundAuthenticationType] = UNSET,
        fetch_default: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CredentialsResponse:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param auth_type:
        :param fetch_default:
        """
        return self._client.request(
            _CONNECTORS_LIST_ORGANIZATION_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            query={"auth_type": auth_type, "fetch_default": fetch_default},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_organization_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: OptionalNullable[models.OutboundAuthenticationType] = UNSET,
        fetch_default: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CredentialsResponse:
        """Async twin of :meth:`list_organization_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_LIST_ORGANIZATION_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            query={"auth_type": auth_type, "fetch_default": fetch_default},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_or_update_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param name: Name of the credentials. Use this name to access or modify your credentials.
        :param is_default: Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other credentials already exist, setting is_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
        :param credentials: The credential data (headers, bearer_token).
        :param title: Human-readable title for the credentials.
        """
        return self._client.request(
            _CONNECTORS_CREATE_OR_UPDATE_ORGANIZATION_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            body={
                "name": name,
                "is_default": is_default,
                "credentials": credentials,
                "title": title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_or_update_organization_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`create_or_update_organization_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_CREATE_OR_UPDATE_ORGANIZATION_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            body={
                "name": name,
                "is_default": is_default,
                "credentials": credentials,
                "title": title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: OptionalNullable[models.OutboundAuthenticationType] = UNSET,
        fetch_default: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CredentialsResponse:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param auth_type:
        :param fetch_default:
        """
        return self._client.request(
            _CONNECTORS_LIST_WORKSPACE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            query={"auth_type": auth_type, "fetch_default": fetch_default},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: OptionalNullable[models.OutboundAuthenticationType] = UNSET,
        fetch_default: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CredentialsResponse:
        """Async twin of :meth:`list_workspace_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_LIST_WORKSPACE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            query={"auth_type": auth_type, "fetch_default": fetch_default},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_or_update_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param name: Name of the credentials. Use this name to access or modify your credentials.
        :param is_default: Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other credentials already exist, setting is_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
        :param credentials: The credential data (headers, bearer_token).
        :param title: Human-readable title for the credentials.
        """
        return self._client.request(
            _CONNECTORS_CREATE_OR_UPDATE_WORKSPACE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            body={
                "name": name,
                "is_default": is_default,
                "credentials": credentials,
                "title": title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_or_update_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`create_or_update_workspace_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_CREATE_OR_UPDATE_WORKSPACE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            body={
                "name": name,
                "is_default": is_default,
                "credentials": credentials,
                "title": title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: OptionalNullable[models.OutboundAuthenticationType] = UNSET,
        fetch_default: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CredentialsResponse:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param auth_type:
        :param fetch_default:
        """
        return self._client.request(
            _CONNECTORS_LIST_USER_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            query={"auth_type": auth_type, "fetch_default": fetch_default},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: OptionalNullable[models.OutboundAuthenticationType] = UNSET,
        fetch_default: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CredentialsResponse:
        """Async twin of :meth:`list_user_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_LIST_USER_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            query={"auth_type": auth_type, "fetch_default": fetch_default},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_or_update_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param name: Name of the credentials. Use this name to access or modify your credentials.
        :param is_default: Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other credentials already exist, setting is_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
        :param credentials: The credential data (headers, bearer_token).
        :param title: Human-readable title for the credentials.
        """
        return self._client.request(
            _CONNECTORS_CREATE_OR_UPDATE_USER_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            body={
                "name": name,
                "is_default": is_default,
                "credentials": credentials,
                "title": title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_or_update_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        title: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`create_or_update_user_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_CREATE_OR_UPDATE_USER_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            body={
                "name": name,
                "is_default": is_default,
                "credentials": credentials,
                "title": title,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_all_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        """
        return self._client.request(
            _CONNECTORS_DELETE_ALL_USER_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_all_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`delete_all_user_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_DELETE_ALL_USER_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_organization_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param credentials_name:
        :param connector_id_or_name:
        """
        return self._client.request(
            _CONNECTORS_DELETE_ORGANIZATION_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_organization_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`delete_organization_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_DELETE_ORGANIZATION_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_workspace_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param credentials_name:
        :param connector_id_or_name:
        """
        return self._client.request(
            _CONNECTORS_DELETE_WORKSPACE_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_workspace_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`delete_workspace_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_DELETE_WORKSPACE_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_user_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param credentials_name:
        :param connector_id_or_name:
        """
        return self._client.request(
            _CONNECTORS_DELETE_USER_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_user_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`delete_user_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_DELETE_USER_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        connector_id_or_name: str,
        fetch_user_data: bool | None = False,
        fetch_customer_data: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Connector:
        """Get a connector.

        Get a connector by its ID or name.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param fetch_user_data: Fetch the user-level data associated with the connector (e.g. connection credentials).
        :param fetch_customer_data: Fetch the customer data associated with the connector (e.g. customer secrets / config).
        """
        return self._client.request(
            _CONNECTORS_GET,
            path={"connector_id_or_name": connector_id_or_name},
            query={"fetch_user_data": fetch_user_data, "fetch_customer_data": fetch_customer_data},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        connector_id_or_name: str,
        fetch_user_data: bool | None = False,
        fetch_customer_data: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Connector:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _CONNECTORS_GET,
            path={"connector_id_or_name": connector_id_or_name},
            query={"fetch_user_data": fetch_user_data, "fetch_customer_data": fetch_customer_data},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        connector_id: str,
        title: OptionalNullable[str] = UNSET,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        icon_url: OptionalNullable[str] = UNSET,
        system_prompt: OptionalNullable[str] = UNSET,
        connection_config: OptionalNullable[Any] = UNSET,
        connection_secrets: OptionalNullable[Any] = UNSET,
        server: OptionalNullable[str] = UNSET,
        headers: OptionalNullable[Any] = UNSET,
        auth_data: OptionalNullable[Any] = UNSET,
        request_body: models.UpdateConnectorRequest
        | models.UpdateConnectorRequestTypedDict
        | None = None,
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
        """Update a connector.

        Update a connector by its ID.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        :param title: Optional human-readable title for the connector.
        :param name: The name of the connector.
        :param description: The description of the connector.
        :param icon_url: The optional url of the icon you want to associate to the connector.
        :param system_prompt: Optional system prompt for the connector.
        :param connection_config: A field of the official SDK the spec does not define; sent as given.
        :param connection_secrets: A field of the official SDK the spec does not define; sent as given.
        :param server: New server url for your mcp connector.
        :param headers: A field of the official SDK the spec does not define; sent as given.
        :param auth_data: A field of the official SDK the spec does not define; sent as given.
        :param request_body: The whole request body (instead of the separate arguments).
        :param protocol:
        :param auth_methods: list of authentication methods to add to the connector or to update
        """
        return self._client.request(
            _CONNECTORS_UPDATE,
            path={"connector_id": connector_id},
            body=whole_or_fields(
                request_body,
                "request_body",
                {
                    "title": title,
                    "name": name,
                    "description": description,
                    "icon_url": icon_url,
                    "system_prompt": system_prompt,
                    "connection_config": connection_config,
                    "connection_secrets": connection_secrets,
                    "server": server,
                    "headers": headers,
                    "auth_data": auth_data,
                    "protocol": protocol,
                    "auth_methods": auth_methods,
                },
                defaults={"protocol": "mcp"},
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
        connection_config: OptionalNullable[Any] = UNSET,
        connection_secrets: OptionalNullable[Any] = UNSET,
        server: OptionalNullable[str] = UNSET,
        headers: OptionalNullable[Any] = UNSET,
        auth_data: OptionalNullable[Any] = UNSET,
        request_body: models.UpdateConnectorRequest
        | models.UpdateConnectorRequestTypedDict
        | None = None,
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
            _CONNECTORS_UPDATE,
            path={"connector_id": connector_id},
            body=whole_or_fields(
                request_body,
                "request_body",
                {
                    "title": title,
                    "name": name,
                    "description": description,
                    "icon_url": icon_url,
                    "system_prompt": system_prompt,
                    "connection_config": connection_config,
                    "connection_secrets": connection_secrets,
                    "server": server,
                    "headers": headers,
                    "auth_data": auth_data,
                    "protocol": protocol,
                    "auth_methods": auth_methods,
                },
                defaults={"protocol": "mcp"},
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Delete a connector.

        Delete a connector by its ID.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_DELETE,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _CONNECTORS_DELETE,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def share_to_organization(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Share a connector to the current organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_SHARE_TO_ORGANIZATION,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def share_to_organization_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`share_to_organization`."""
        return await self._client.request_async(
            _CONNECTORS_SHARE_TO_ORGANIZATION,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unshare_from_organization(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Unshare a connector from the current organization.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id:
        """
        return self._client.request(
            _CONNECTORS_UNSHARE_FROM_ORGANIZATION,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unshare_from_organization_async(
        self,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`unshare_from_organization`."""
        return await self._client.request_async(
            _CONNECTORS_UNSHARE_FROM_ORGANIZATION,
            path={"connector_id": connector_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_credentials(
        self,
        *,
        connector_id_or_name: str,
        consumer_scope: models.ConnectorCreateCredentialsV1ConsumerScope,
        name: str,
        title: OptionalNullable[str] = UNSET,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Create consumer credentials for a connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param consumer_scope:
        :param name: Name of the credentials. Use this name to access or modify your credentials.
        :param title: Human-readable title for the credentials.
        :param is_default: Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other credentials already exist, setting is_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
        :param credentials: The credential data (headers, bearer_token).
        """
        return self._client.request(
            _CONNECTORS_CREATE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name, "consumer_scope": consumer_scope},
            body={
                "name": name,
                "title": title,
                "is_default": is_default,
                "credentials": credentials,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        consumer_scope: models.ConnectorCreateCredentialsV1ConsumerScope,
        name: str,
        title: OptionalNullable[str] = UNSET,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`create_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_CREATE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name, "consumer_scope": consumer_scope},
            body={
                "name": name,
                "title": title,
                "is_default": is_default,
                "credentials": credentials,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_credentials(
        self,
        *,
        connector_id_or_name: str,
        consumer_scope: models.ConnectorUpdateCredentialsConsumerScope,
        name: str,
        title: OptionalNullable[str] = UNSET,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Create or update consumer credentials for a connector.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param connector_id_or_name:
        :param consumer_scope:
        :param name: Name of the credentials. Use this name to access or modify your credentials.
        :param title: Human-readable title for the credentials.
        :param is_default: Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other credentials already exist, setting is_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
        :param credentials: The credential data (headers, bearer_token).
        """
        return self._client.request(
            _CONNECTORS_UPDATE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name, "consumer_scope": consumer_scope},
            body={
                "name": name,
                "title": title,
                "is_default": is_default,
                "credentials": credentials,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        consumer_scope: models.ConnectorUpdateCredentialsConsumerScope,
        name: str,
        title: OptionalNullable[str] = UNSET,
        is_default: OptionalNullable[bool] = UNSET,
        credentials: OptionalNullable[
            models.ConnectionCredentials | models.ConnectionCredentialsTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`update_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_UPDATE_CREDENTIALS,
            path={"connector_id_or_name": connector_id_or_name, "consumer_scope": consumer_scope},
            body={
                "name": name,
                "title": title,
                "is_default": is_default,
                "credentials": credentials,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        consumer_scope: models.ConnectorDeleteCredentialsConsumerScope,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Delete credentials for a consumer.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param credentials_name:
        :param connector_id_or_name:
        :param consumer_scope:
        """
        return self._client.request(
            _CONNECTORS_DELETE_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
                "consumer_scope": consumer_scope,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        consumer_scope: models.ConnectorDeleteCredentialsConsumerScope,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        """Async twin of :meth:`delete_credentials`."""
        return await self._client.request_async(
            _CONNECTORS_DELETE_CREDENTIALS,
            path={
                "credentials_name": credentials_name,
                "connector_id_or_name": connector_id_or_name,
                "consumer_scope": consumer_scope,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ConnectorsWithRawResponse(RawResource):
    """``beta.connectors.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Connectors.create)
    create_async = raw_method(Connectors.create_async)
    list = raw_method(Connectors.list)
    list_async = raw_method(Connectors.list_async)
    get_auth_url = raw_method(Connectors.get_auth_url)
    get_auth_url_async = raw_method(Connectors.get_auth_url_async)
    share = raw_method(Connectors.share)
    share_async = raw_method(Connectors.share_async)
    unshare = raw_method(Connectors.unshare)
    unshare_async = raw_method(Connectors.unshare_async)
    activate_for_consumer = raw_method(Connectors.activate_for_consumer)
    activate_for_consumer_async = raw_method(Connectors.activate_for_consumer_async)
    activate_for_organization = raw_method(Connectors.activate_for_organization)
    activate_for_organization_async = raw_method(Connectors.activate_for_organization_async)
    activate_for_workspace = raw_method(Connectors.activate_for_workspace)
    activate_for_workspace_async = raw_method(Connectors.activate_for_workspace_async)
    activate_for_user = raw_method(Connectors.activate_for_user)
    activate_for_user_async = raw_method(Connectors.activate_for_user_async)
    deactivate_for_consumer = raw_method(Connectors.deactivate_for_consumer)
    deactivate_for_consumer_async = raw_method(Connectors.deactivate_for_consumer_async)
    deactivate_for_organization = raw_method(Connectors.deactivate_for_organization)
    deactivate_for_organization_async = raw_method(Connectors.deactivate_for_organization_async)
    deactivate_for_workspace = raw_method(Connectors.deactivate_for_workspace)
    deactivate_for_workspace_async = raw_method(Connectors.deactivate_for_workspace_async)
    deactivate_for_user = raw_method(Connectors.deactivate_for_user)
    deactivate_for_user_async = raw_method(Connectors.deactivate_for_user_async)
    call_tool = raw_method(Connectors.call_tool)
    call_tool_async = raw_method(Connectors.call_tool_async)
    list_tools = raw_method(Connectors.list_tools)
    list_tools_async = raw_method(Connectors.list_tools_async)
    get_authentication_methods = raw_method(Connectors.get_authentication_methods)
    get_authentication_methods_async = raw_method(Connectors.get_authentication_methods_async)
    list_organization_credentials = raw_method(Connectors.list_organization_credentials)
    list_organization_credentials_async = raw_method(Connectors.list_organization_credentials_async)
    create_or_update_organization_credentials = raw_method(
        Connectors.create_or_update_organization_credentials
    )
    create_or_update_organization_credentials_async = raw_method(
        Connectors.create_or_update_organization_credentials_async
    )
    list_workspace_credentials = raw_method(Connectors.list_workspace_credentials)
    list_workspace_credentials_async = raw_method(Connectors.list_workspace_credentials_async)
    create_or_update_workspace_credentials = raw_method(
        Connectors.create_or_update_workspace_credentials
    )
    create_or_update_workspace_credentials_async = raw_method(
        Connectors.create_or_update_workspace_credentials_async
    )
    list_user_credentials = raw_method(Connectors.list_user_credentials)
    list_user_credentials_async = raw_method(Connectors.list_user_credentials_async)
    create_or_update_user_credentials = raw_method(Connectors.create_or_update_user_credentials)
    create_or_update_user_credentials_async = raw_method(
        Connectors.create_or_update_user_credentials_async
    )
    delete_all_user_credentials = raw_method(Connectors.delete_all_user_credentials)
    delete_all_user_credentials_async = raw_method(Connectors.delete_all_user_credentials_async)
    delete_organization_credentials = raw_method(Connectors.delete_organization_credentials)
    delete_organization_credentials_async = raw_method(
        Connectors.delete_organization_credentials_async
    )
    delete_workspace_credentials = raw_method(Connectors.delete_workspace_credentials)
    delete_workspace_credentials_async = raw_method(Connectors.delete_workspace_credentials_async)
    delete_user_credentials = raw_method(Connectors.delete_user_credentials)
    delete_user_credentials_async = raw_method(Connectors.delete_user_credentials_async)
    get = raw_method(Connectors.get)
    get_async = raw_method(Connectors.get_async)
    update = raw_method(Connectors.update)
    update_async = raw_method(Connectors.update_async)
    delete = raw_method(Connectors.delete)
    delete_async = raw_method(Connectors.delete_async)
    share_to_organization = raw_method(Connectors.share_to_organization)
    share_to_organization_async = raw_method(Connectors.share_to_organization_async)
    unshare_from_organization = raw_method(Connectors.unshare_from_organization)
    unshare_from_organization_async = raw_method(Connectors.unshare_from_organization_async)
    create_credentials = raw_method(Connectors.create_credentials)
    create_credentials_async = raw_method(Connectors.create_credentials_async)
    update_credentials = raw_method(Connectors.update_credentials)
    update_credentials_async = raw_method(Connectors.update_credentials_async)
    delete_credentials = raw_method(Connectors.delete_credentials)
    delete_credentials_async = raw_method(Connectors.delete_credentials_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "connector_create_v1": _CONNECTORS_CREATE,
    "connector_list_v1": _CONNECTORS_LIST,
    "connector_get_auth_url_v1": _CONNECTORS_GET_AUTH_URL,
    "connector_share_v1": _CONNECTORS_SHARE,
    "connector_unshare_v1": _CONNECTORS_UNSHARE,
    "connector_activate_for_consumer_v1": _CONNECTORS_ACTIVATE_FOR_CONSUMER,
    "connector_deactivate_for_consumer_v1": _CONNECTORS_DEACTIVATE_FOR_CONSUMER,
    "connector_call_tool_v1": _CONNECTORS_CALL_TOOL,
    "connector_list_tools_v1": _CONNECTORS_LIST_TOOLS,
    "connector_get_authentication_methods_v1": _CONNECTORS_GET_AUTHENTICATION_METHODS,
    "connector_list_organization_credentials_v1": _CONNECTORS_LIST_ORGANIZATION_CREDENTIALS,
    "connector_create_or_update_organization_credentials_v1": _CONNECTORS_CREATE_OR_UPDATE_ORGANIZATION_CREDENTIALS,
    "connector_list_workspace_credentials_v1": _CONNECTORS_LIST_WORKSPACE_CREDENTIALS,
    "connector_create_or_update_workspace_credentials_v1": _CONNECTORS_CREATE_OR_UPDATE_WORKSPACE_CREDENTIALS,
    "connector_list_user_credentials_v1": _CONNECTORS_LIST_USER_CREDENTIALS,
    "connector_create_or_update_user_credentials_v1": _CONNECTORS_CREATE_OR_UPDATE_USER_CREDENTIALS,
    "connector_delete_all_user_credentials_v1": _CONNECTORS_DELETE_ALL_USER_CREDENTIALS,
    "connector_delete_organization_credentials_v1": _CONNECTORS_DELETE_ORGANIZATION_CREDENTIALS,
    "connector_delete_workspace_credentials_v1": _CONNECTORS_DELETE_WORKSPACE_CREDENTIALS,
    "connector_delete_user_credentials_v1": _CONNECTORS_DELETE_USER_CREDENTIALS,
    "connector_get_v1": _CONNECTORS_GET,
    "connector_update_v1": _CONNECTORS_UPDATE,
    "connector_delete_v1": _CONNECTORS_DELETE,
    "connector_share_to_organization_v1": _CONNECTORS_SHARE_TO_ORGANIZATION,
    "connector_unshare_from_organization_v1": _CONNECTORS_UNSHARE_FROM_ORGANIZATION,
    "connector_create_credentials_v1": _CONNECTORS_CREATE_CREDENTIALS,
    "connector_update_credentials": _CONNECTORS_UPDATE_CREDENTIALS,
    "connector_delete_credentials": _CONNECTORS_DELETE_CREDENTIALS,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
