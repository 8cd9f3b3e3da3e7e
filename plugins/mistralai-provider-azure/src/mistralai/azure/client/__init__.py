"""2.x-compatible entry point: ``from mistralai.azure.client import MistralAzure``.

``MistralAzure`` is :class:`mistralai.client.Mistral` with the ``azure`` provider fixed and the
constructor parameters of the 2.x ``mistralai-provider-azure`` package (same names, order and
defaults). ``mistralai.azure.client.models`` holds the chat models.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from mistralai.azure.provider import DEFAULT_API_VERSION, AzureProvider
from mistralai.core.mistral import Mistral
from mistralai.core.provider import ProviderOptions
from mistralai.core.runtime import UNSET, RetryConfig, Unset

if TYPE_CHECKING:
    import httpx

__all__ = ["MistralAzure"]


class MistralAzure(Mistral):
    """Client for Mistral models deployed on Azure AI.

    ``server_url`` (the endpoint of the deployment) is required; ``api_version`` is sent as the
    ``api-version`` query parameter of every request, also when ``client``/``async_client``
    are your own ``httpx`` clients. Serves ``chat`` (complete, stream) and ``ocr``.
    """

    def __init__(
        self,
        api_key: str | Callable[[], str],
        server: str | None = None,
        server_url: str | None = None,
        url_params: Mapping[str, str] | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
        api_version: str = DEFAULT_API_VERSION,
    ) -> None:
        provider = AzureProvider(
            ProviderOptions(
                api_key=api_key,
                server=server,
                server_url=server_url,
                url_params=url_params,
                extra={"api_version": api_version},
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
        return f"MistralAzure(server_url={self._provider.base_url!r})"
