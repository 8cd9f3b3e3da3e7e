"""The ``azure`` provider: Mistral models deployed on Azure AI (serverless endpoints).

Requests go to ``{server_url}/models/chat/completions`` (chat, streamed or not) and
``{server_url}/providers/mistral/azure/ocr`` (OCR), always with the ``api-version`` query
parameter, authenticated by the endpoint's key as a bearer token. Every other operation fails
before anything is sent (:class:`~mistralai.core.errors.UnsupportedOperationError`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from mistralai.core.errors import ConfigurationError, NoCredentialsError
from mistralai.core.provider import Provider, ProviderOptions

if TYPE_CHECKING:
    from mistralai.core.provider import PreparedRequest

__all__ = ["DEFAULT_API_VERSION", "PATHS", "AzureProvider"]

DEFAULT_API_VERSION: Final = "2024-05-01-preview"

CHAT_OPERATION: Final = "chat_completion_v1_chat_completions_post"
OCR_OPERATION: Final = "ocr_v1_ocr_post"

PATHS: Mapping[str, str] = {
    CHAT_OPERATION: "/models/chat/completions",
    OCR_OPERATION: "/providers/mistral/azure/ocr",
}
"""Operation id → path on the Azure endpoint (the operations this provider serves)."""

_OPTIONS: Final = frozenset({"api_version"})


class AzureProvider(Provider):
    """Options: ``server_url`` (required: the deployment's endpoint, such as
    ``https://NAME.REGION.models.ai.azure.com``), ``api_key`` (the endpoint key: a string or a
    callable returning one; the ``MISTRAL_API_KEY`` variable is never read) and
    ``api_version`` (default ``2024-05-01-preview``)."""

    name = "azure"
    served_domains = frozenset({"chat", "ocr"})
    served_operations = frozenset(PATHS)

    api_version: str

    def __init__(self, options: ProviderOptions) -> None:
        unknown = sorted(set(options.extra) - _OPTIONS)
        if unknown:
            raise ConfigurationError(
                f"provider 'azure' takes no option(s): {', '.join(unknown)} "
                f"(it takes api_key, server_url, url_params and api_version)"
            )
        api_version: Any = options.extra.get("api_version", DEFAULT_API_VERSION)
        if api_version is None:
            api_version = DEFAULT_API_VERSION
        if not isinstance(api_version, str) or not api_version:
            raise ConfigurationError(
                f"provider 'azure': api_version must be a non-empty string, got {api_version!r}"
            )
        if not options.server_url:
            raise ConfigurationError(
                "provider 'azure' needs server_url=: the endpoint of your Azure AI deployment "
                "(for example https://NAME.REGION.models.ai.azure.com)"
            )
        super().__init__(dataclasses.replace(options, extra={}))
        self.options = options
        self.api_version = api_version

    def prepare(self, request: PreparedRequest) -> None:
        op = request.op
        path = PATHS[op.operation_id]
        url = request.url
        # The URL is the base (the provider's, or a per-call server_url) + the operation's path.
        base = url[: -len(op.path)] if url.endswith(op.path) else self.base_url
        request.url = base + path
        params = [(k, v) for k, v in request.params or () if k != "api-version"]
        params.append(("api-version", self.api_version))
        request.params = params

    def auth_headers(self) -> Mapping[str, str]:
        api_key = self.options.api_key
        key = api_key() if callable(api_key) else api_key
        if not key:
            raise NoCredentialsError(
                "provider 'azure': no API key: pass api_key= (the key of your Azure AI "
                "endpoint) to the client (nothing was sent)"
            )
        return {"authorization": "Bearer " + key}

    def __repr__(self) -> str:
        return f"<AzureProvider azure {self.base_url} api-version={self.api_version}>"
