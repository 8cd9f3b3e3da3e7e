"""The ``httpx.Auth`` of the ``gcp`` provider (imported on the first request, with httpx)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from mistralai.gcp._auth import TokenSource

__all__ = ["GoogleBearerAuth"]


class GoogleBearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <token>`` to each attempt, inside the send (so the token
    is never in the SDK's request log); on a 401, refreshes once and retries once."""

    def __init__(self, source: TokenSource) -> None:
        self._source = source

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        source = self._source
        token = source.token()
        source.resolve_url(request)
        request.headers["authorization"] = "Bearer " + token
        response = yield request
        if response.status_code == 401 and source.refreshable:
            token = source.token(rejected=token)
            request.headers["authorization"] = "Bearer " + token
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        source = self._source
        token = await source.token_async()
        source.resolve_url(request)
        request.headers["authorization"] = "Bearer " + token
        response = yield request
        if response.status_code == 401 and source.refreshable:
            token = await source.token_async(rejected=token)
            request.headers["authorization"] = "Bearer " + token
            yield request
