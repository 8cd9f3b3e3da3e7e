"""The Connectors Gateway: calling a connector's upstream through Mistral's API.

The gateway serves every connector under ``{server_url}/v1/connectors-gateway/{connector}/``,
one path per protocol: ``http/...`` (forwarded to the connector's upstream URL) and ``mcp``
(its MCP server, streamable HTTP). Requests carry the client's credentials, and
``x-credentials-name`` picks one of the connector's named credentials.

A response the gateway wrote itself (unknown connector, missing credentials, upstream
unreachable...) says so in its ``Proxy-Status`` header (RFC 9209): a ``connectors-gateway``
member with an ``error`` parameter. Those raise :class:`ConnectorsGatewayError`; every other
response (the upstream's errors included) is returned as it came.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Awaitable, Callable
from functools import cache
from typing import Literal, cast
from urllib.parse import quote, unquote

import httpx

from mistralai.api.connectors._proxy_status import parse_proxy_status
from mistralai.core.runtime import BaseClient

__all__ = [
    "CREDENTIALS_HEADER",
    "DEFAULT_TIMEOUT_S",
    "GATEWAY_PATH",
    "ConnectorsGatewayError",
    "client_timeout_s",
    "gateway_error",
    "gateway_url",
    "new_gateway_client",
    "open_http_client",
    "raise_for_gateway_error",
    "unwrap_gateway_error",
]

GATEWAY_PATH = "/v1/connectors-gateway"
GATEWAY_PROXY_NAME = "connectors-gateway"
"""The gateway's name in ``Proxy-Status``."""
CREDENTIALS_HEADER = "x-credentials-name"
DEFAULT_TIMEOUT_S = 300.0
"""Per-request timeout when the client has none (the SDK's own default ``timeout_ms``)."""

GatewayProtocol = Literal["http", "mcp"]
RequestHook = Callable[[httpx.Request], Awaitable[None]]


class ConnectorsGatewayError(httpx.HTTPStatusError):
    """An error response written by the Connectors Gateway itself, not by the connector's
    upstream (which is returned unchanged). An ``httpx.HTTPStatusError``: ``request`` and
    ``response`` (its body read) are those of the failed exchange.

    - ``proxy_error``: the RFC 9209 error type (``http_request_error``,
      ``destination_unavailable``, ``connection_timeout``...);
    - ``proxy_status_code``: the gateway's ``status-code`` parameter, when given;
    - ``details``: the gateway's reason (``connector_protocol_mismatch``...), when given;
    - ``proxy_status``: the gateway's ``Proxy-Status`` member as written.
    """

    proxy_status: str
    proxy_error: str
    proxy_status_code: int | None
    details: str | None

    def __init__(
        self,
        *,
        response: httpx.Response,
        proxy_status: str,
        proxy_error: str,
        proxy_status_code: int | None,
        details: str | None,
    ) -> None:
        super().__init__(
            f"Connectors Gateway request failed with status {response.status_code}: "
            f"{details or proxy_error}",
            request=response.request,
            response=response,
        )
        self.proxy_status = proxy_status
        self.proxy_error = proxy_error
        self.proxy_status_code = proxy_status_code
        self.details = details


def gateway_error(response: httpx.Response) -> ConnectorsGatewayError | None:
    """The error ``response`` stands for when the gateway wrote it, else ``None``."""
    if not response.is_error:
        return None
    # Each header line is parsed on its own, so that one malformed line (from an upstream
    # proxy) cannot hide the gateway's member on another.
    for value in response.headers.get_list("proxy-status"):
        for member in parse_proxy_status(value):
            error = member.parameters.get("error")
            if member.name != GATEWAY_PROXY_NAME or not isinstance(error, str):
                continue
            status_code = member.parameters.get("status-code")
            details = member.parameters.get("details")
            return ConnectorsGatewayError(
                response=response,
                proxy_status=member.text,
                proxy_error=error,
                proxy_status_code=(
                    status_code
                    if isinstance(status_code, int) and not isinstance(status_code, bool)
                    else None
                ),
                details=details if isinstance(details, str) else None,
            )
    return None


async def raise_for_gateway_error(response: httpx.Response) -> None:
    """Response hook: raise :class:`ConnectorsGatewayError` for the gateway's own errors."""
    error = gateway_error(response)
    if error is not None:
        await response.aread()  # streamed responses (MCP) too: the error keeps the body
        raise error


def unwrap_gateway_error(error: BaseException) -> ConnectorsGatewayError | None:
    """The gateway error behind ``error``: itself, or the first one inside the exception
    groups that task groups (the MCP transport's) wrap their failures in."""
    if isinstance(error, ConnectorsGatewayError):
        return error
    if isinstance(error, BaseExceptionGroup):
        group = cast("BaseExceptionGroup[BaseException]", error)
        for inner in group.exceptions:
            found = unwrap_gateway_error(inner)
            if found is not None:
                return found
    return None


def gateway_url(server_url: str, connector_id_or_name: str, protocol: GatewayProtocol) -> httpx.URL:
    """``{server_url}/v1/connectors-gateway/{connector}/{protocol}``; the connector is one
    path segment whatever it contains (``/`` and spaces are percent-encoded)."""
    connector = quote(connector_id_or_name, safe="")
    return httpx.URL(f"{server_url.rstrip('/')}{GATEWAY_PATH}/{connector}/{protocol}")


def client_timeout_s(client: BaseClient) -> float:
    """The client's ``timeout_ms`` in seconds (:data:`DEFAULT_TIMEOUT_S` when not set)."""
    # Core keeps the client's timeout private; until it has a public accessor, read it
    # defensively so that a rename in core falls back to the default instead of failing.
    value: object = getattr(client, "_timeout_s", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return DEFAULT_TIMEOUT_S


@cache
def user_agent() -> str:
    """The SDK's own user agent (it follows core's version)."""
    return f"mistralai-modular-python/{importlib.metadata.version('mistralai-core')}"


def _authenticate(client: BaseClient) -> RequestHook:
    """Request hook: the client's credentials, asked from its provider for every request (a
    callable ``api_key`` is called each time, as for the SDK's own requests). Credentials the
    caller set on the request win."""
    provider = client.provider

    async def hook(request: httpx.Request) -> None:
        for name, value in (await provider.auth_headers_async()).items():
            if name not in request.headers:
                request.headers[name] = value

    return hook


def new_gateway_client(
    client: BaseClient,
    *,
    credentials_name: str | None,
    timeout: httpx.Timeout,
    base_url: httpx.URL | str = "",
    before: RequestHook | None = None,
    on_error: Callable[[ConnectorsGatewayError], None] | None = None,
) -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient`` for the gateway: its own connections and cookies (the
    connector's cookies never mix with the SDK's), the client's credentials, no redirects
    followed (a redirect could take the credentials elsewhere), gateway errors raised.
    ``before`` runs before the credentials are added (a check that may refuse the request);
    ``on_error`` sees every gateway error before it is raised."""
    headers = {"user-agent": user_agent()}
    if credentials_name is not None:
        headers[CREDENTIALS_HEADER] = credentials_name
    request_hooks = [_authenticate(client)]
    if before is not None:
        request_hooks.insert(0, before)

    async def response_hook(response: httpx.Response) -> None:
        try:
            await raise_for_gateway_error(response)
        except ConnectorsGatewayError as error:
            if on_error is not None:
                on_error(error)
            raise

    return httpx.AsyncClient(
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        follow_redirects=False,
        event_hooks={"request": request_hooks, "response": [response_hook]},
    )


def _outside(url: httpx.URL, base: httpx.URL) -> bool:
    """Whether ``url`` leaves the connector's ``base``: another origin, another path, or dot
    segments (``..``, also percent-encoded) that a server would resolve out of it."""
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        return True
    path = url.raw_path.partition(b"?")[0].decode("ascii")
    prefix = base.raw_path.partition(b"?")[0].decode("ascii").rstrip("/")
    if path != prefix and not path.startswith(prefix + "/"):
        return True
    rest = unquote(path[len(prefix) :])
    return any(segment in (".", "..") for segment in rest.split("/"))


def open_http_client(
    client: BaseClient, *, connector_id_or_name: str, credentials_name: str | None
) -> httpx.AsyncClient:
    """``client.beta.connectors.http_client(...)``: an ``httpx.AsyncClient`` whose relative
    paths go to the connector's upstream URL through the gateway."""
    target = gateway_url(client.provider.base_url, connector_id_or_name, "http")

    async def stay_on_connector(request: httpx.Request) -> None:
        # The client carries the caller's API key: an absolute URL or a ``..`` would send it
        # somewhere other than this connector's gateway path.
        if _outside(request.url, target):
            raise ValueError(
                "HTTP connector client requests must target the configured connector: "
                f"{request.url} is not under {target}/ (give a path relative to the "
                "connector's upstream URL)"
            )

    return new_gateway_client(
        client,
        credentials_name=credentials_name,
        timeout=httpx.Timeout(client_timeout_s(client)),
        base_url=f"{target}/",
        before=stay_on_connector,
    )
