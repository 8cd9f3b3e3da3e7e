"""The ``x-api-key`` header of the ``beta.users`` operations.

The spec secures three operations (``GET /v1/users/me``, ``/v1/users/me/organizations`` and
``/v1/users/me/workspaces``) with the ``DashboardUserContextAuth`` scheme: the API key in an
``x-api-key`` header, where every other operation takes it as a bearer token. Core sends the
bearer token on every request; this middleware (registered by ``mistralai.api.admin._plugin``)
copies that key into ``x-api-key`` for those three paths, so the SDK's own key and key
resolution (``api_key=``, a callable, ``MISTRAL_API_KEY``) apply unchanged, on every attempt
(a retry after a key rotation sends the new key in both headers). A caller's own
``x-api-key`` header (``http_headers=``) is left as given.

Imports nothing heavy: it is loaded with the plugin.
"""

from __future__ import annotations

from typing import Any

#: Paths (suffixes, so a ``server_url`` with a path prefix works) of the operations secured
#: by ``DashboardUserContextAuth`` in the spec.
USER_CONTEXT_PATHS: tuple[str, ...] = (
    "/v1/users/me",
    "/v1/users/me/organizations",
    "/v1/users/me/workspaces",
)

_BEARER = "bearer "
_SET_HERE = "mistralai.api.admin.x-api-key"
"""Request extension marking an ``x-api-key`` this middleware set (so a retry, which reuses
the request, replaces it with the key of that attempt instead of taking it for the caller's)."""


class UserContextAuth:
    """Middleware: ``x-api-key: <key>`` on requests to :data:`USER_CONTEXT_PATHS`."""

    def before_send(self, request: Any) -> None:
        """Add the header (``request`` is an ``httpx.Request``, after authentication)."""
        path: str = request.url.path.rstrip("/")
        if not path.endswith(USER_CONTEXT_PATHS):
            return
        headers = request.headers
        extensions: dict[str, Any] = request.extensions
        if "x-api-key" in headers and not extensions.get(_SET_HERE):
            return  # the caller's own header
        authorization: str = headers.get("authorization", "")
        if authorization.lower().startswith(_BEARER):
            headers["x-api-key"] = authorization[len(_BEARER) :]
            extensions[_SET_HERE] = True

    def after_response(self, response: Any) -> None:
        """Nothing to observe."""
