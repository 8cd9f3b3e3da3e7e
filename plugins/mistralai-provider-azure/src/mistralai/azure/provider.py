"""The ``azure`` provider: Mistral models deployed on Azure AI (serverless endpoints).

Requests go to ``{server_url}/models/chat/completions`` (chat, streamed or not) and
``{server_url}/providers/mistral/azure/ocr`` (OCR), always with the ``api-version`` query
parameter, authenticated by the endpoint's key as a bearer token. Every other operation fails
before anything is sent (:class:`~mistralai.core.errors.UnsupportedOperationError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from mistralai.core.errors import ConfigurationError, NoCredentialsError
from mistralai.core.provider import PreparedRequest, Provider

__all__ = ["DEFAULT_API_VERSION", "PATHS", "AzureOptions", "AzureProvider"]

DEFAULT_API_VERSION: Final = "2024-05-01-preview"

PATHS: Mapping[str, str] = {
    "chat_completion_v1_chat_completions_post": "/models/chat/completions",
    "ocr_v1_ocr_post": "/providers/mistral/azure/ocr",
}
"""Operation id → path on the Azure endpoint (the operations this provider serves)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AzureOptions:
    """The keyword options of ``Mistral(provider="azure", ...)``."""

    api_version: str = DEFAULT_API_VERSION
    """Sent as the ``api-version`` query parameter of every request."""

    def __post_init__(self) -> None:
        if not isinstance(self.api_version, str) or not self.api_version:  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers
            raise ConfigurationError(
                f"provider 'azure': api_version must be a non-empty string, "
                f"got {self.api_version!r}"
            )


class AzureProvider(Provider):
    """Options: ``server_url`` (required: the deployment's endpoint, such as
    ``https://NAME.REGION.models.ai.azure.com``), ``api_key`` (the endpoint key: a string or a
    callable returning one; the ``MISTRAL_API_KEY`` variable is never read) and
    ``api_version`` (:class:`AzureOptions`)."""

    name = "azure"
    served_operations = frozenset(PATHS)
    options_type = AzureOptions
    settings: AzureOptions

    def default_server_url(self) -> str | None:
        raise ConfigurationError(
            "provider 'azure' needs server_url=: the endpoint of your Azure AI deployment "
            "(for example https://NAME.REGION.models.ai.azure.com)"
        )

    @property
    def api_version(self) -> str:
        return self.settings.api_version

    def prepare_attempt(self, request: PreparedRequest) -> None:
        request.path = PATHS.get(request.op.operation_id, request.path)
        request.set_query("api-version", self.settings.api_version)
        api_key = self.options.api_key
        key = api_key() if callable(api_key) else api_key
        if not key:
            raise NoCredentialsError(
                "provider 'azure': no API key: pass api_key= (the key of your Azure AI "
                "endpoint) to the client (nothing was sent)"
            )
        request.set_credential("authorization", "Bearer " + key)

    def __repr__(self) -> str:
        return f"<AzureProvider azure {self.base_url} api-version={self.api_version}>"
