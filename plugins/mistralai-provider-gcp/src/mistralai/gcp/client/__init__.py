"""2.x-compatible entry point: ``from mistralai.gcp.client import MistralGCP``.

``MistralGCP`` is :class:`mistralai.client.Mistral` with the ``gcp`` provider fixed and the
constructor parameters of the 2.x ``mistralai-provider-gcp`` package (same names, order and defaults).
``mistralai.gcp.client.models`` holds the chat models.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from mistralai.core.mistral import Mistral
from mistralai.core.provider import ProviderOptions
from mistralai.core.runtime import UNSET, RetryConfig, Unset
from mistralai.gcp.provider import DEFAULT_REGION, GCPProvider

if TYPE_CHECKING:
    import httpx

__all__ = ["MistralGCP"]


class MistralGCP(Mistral):
    """Client for Mistral models on Google Cloud Vertex AI.

    Credentials come from ``google.auth.default()`` (cloud-platform scope) unless
    ``access_token`` is given; ``project_id`` defaults to the credentials' project. Nothing is
    fetched in the constructor: credentials are loaded and the token obtained on the first
    request, then refreshed before it expires. Serves ``chat`` and ``fim`` (complete, stream).
    """

    def __init__(
        self,
        project_id: str | None = None,
        region: str = DEFAULT_REGION,
        access_token: str | None = None,
        server: str | None = None,
        server_url: str | None = None,
        url_params: Mapping[str, str] | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
    ) -> None:
        provider = GCPProvider(
            ProviderOptions(
                server=server,
                server_url=server_url,
                url_params=url_params,
                extra={"project_id": project_id, "region": region, "access_token": access_token},
            )
        )
        super().__init__(
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            debug_logger=debug_logger,
            provider=provider,
        )

    def __repr__(self) -> str:
        return f"MistralGCP(server_url={self._provider.base_url!r})"
