"""A ``google.auth.transport.Request`` over httpx, so that google-auth needs no ``requests``.

Imported only when Google credentials are used (it imports google-auth). It never logs:
token requests and answers carry secrets.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from google.auth import exceptions, transport

__all__ = ["HttpxRequest"]

DEFAULT_TIMEOUT_S = 30.0


class _HttpxResponse(transport.Response):
    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> Mapping[str, str]:
        return self._response.headers

    @property
    def data(self) -> bytes:
        return self._response.content


class HttpxRequest(transport.Request):
    """Makes google-auth's HTTP calls (token endpoint, metadata server) with httpx."""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self._timeout_s = timeout_s

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        **kwargs: Any,
    ) -> _HttpxResponse:
        try:
            with httpx.Client(timeout=timeout or self._timeout_s, follow_redirects=False) as client:
                response = client.request(method, url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            # Name the failure, not the request: its body may hold a signed assertion.
            raise exceptions.TransportError(
                f"{method} {httpx.URL(url).copy_with(query=None)} failed: {type(exc).__name__}"
            ) from exc
        return _HttpxResponse(response)
