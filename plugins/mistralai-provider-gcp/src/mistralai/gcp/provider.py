"""The ``gcp`` provider: Mistral models on Google Cloud Vertex AI.

Chat and FIM calls go to
``https://{region}-aiplatform.googleapis.com/v1/projects/{project_id}/locations/{region}/publishers/mistralai/models/{model}:rawPredict``
(``:streamRawPredict`` for streams), the model being the request's ``model`` argument;
``server_url`` replaces the ``https://{region}-aiplatform.googleapis.com`` part. Every other
operation fails before anything is sent
(:class:`~mistralai.core.errors.UnsupportedOperationError`).

Authentication: ``access_token=`` (a fixed token), ``credentials=`` (google-auth credentials)
or, by default, ``google.auth.default()`` with the cloud-platform scope, looked up on the first
request (never in the constructor: it may probe the metadata server) and refreshed before the
token expires; see :mod:`mistralai.gcp._auth`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

from mistralai.core.errors import ConfigurationError, RequestValidationError
from mistralai.core.provider import Provider, ProviderOptions
from mistralai.gcp._auth import PROJECT_PLACEHOLDER, TokenSource, require_google_auth

if TYPE_CHECKING:
    import httpx

    from mistralai.core.provider import PreparedRequest

__all__ = ["DEFAULT_REGION", "GCPProvider"]

DEFAULT_REGION: Final = "europe-west4"
CHAT_OPERATION: Final = "chat_completion_v1_chat_completions_post"
FIM_OPERATION: Final = "fim_completion_v1_fim_completions_post"

_OPTIONS: Final = frozenset({"project_id", "region", "access_token", "credentials"})
_REGION = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PROJECT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.:_-]*")


def _optional_str(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"provider 'gcp': {name} must be a non-empty string")
    return value


class GCPProvider(Provider):
    """Options: ``project_id`` (default: the one the credentials name), ``region`` (default
    ``europe-west4``), ``access_token`` (a fixed token; then ``project_id`` is required),
    ``credentials`` (google-auth credentials to use instead of ``google.auth.default()``),
    ``server_url`` and ``url_params``."""

    name = "gcp"
    served_domains = frozenset({"chat", "fim"})
    served_operations = frozenset({CHAT_OPERATION, FIM_OPERATION})

    region: str

    def __init__(self, options: ProviderOptions) -> None:
        extra = options.extra
        unknown = sorted(set(extra) - _OPTIONS)
        if unknown:
            raise ConfigurationError(
                f"provider 'gcp' takes no option(s): {', '.join(unknown)} (it takes "
                "project_id, region, access_token, credentials, server_url and url_params)"
            )
        if options.api_key is not None:
            raise ConfigurationError(
                "provider 'gcp' authenticates with Google credentials or access_token=, "
                "not api_key="
            )
        project_id = _optional_str("project_id", extra.get("project_id"))
        region = _optional_str("region", extra.get("region")) or DEFAULT_REGION
        access_token = _optional_str("access_token", extra.get("access_token"))
        credentials: Any = extra.get("credentials")
        if not _REGION.fullmatch(region):
            raise ConfigurationError(f"provider 'gcp': invalid region {region!r}")
        if project_id is not None and not _PROJECT.fullmatch(project_id):
            raise ConfigurationError(f"provider 'gcp': invalid project_id {project_id!r}")
        if access_token is not None:
            if credentials is not None:
                raise ConfigurationError(
                    "provider 'gcp': pass access_token= or credentials=, not both"
                )
            if project_id is None:
                raise ConfigurationError(
                    "provider 'gcp': with access_token=, project_id= is required"
                )
        elif credentials is None:
            require_google_auth()
        server_url = options.server_url or f"https://{region}-aiplatform.googleapis.com"
        super().__init__(dataclasses.replace(options, server_url=server_url, extra={}))
        self.options = options
        self.region = region
        self._source = TokenSource(
            access_token=access_token, credentials=credentials, project_id=project_id
        )
        self._auth: httpx.Auth | None = None

    @property
    def project_id(self) -> str | None:
        """The project: as given, or as read from the credentials after the first request."""
        return self._source.project_id

    @property
    def token_source(self) -> TokenSource:
        return self._source

    def prepare(self, request: PreparedRequest) -> None:
        body = request.body or {}
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise RequestValidationError(
                "provider 'gcp' takes the model from the request: pass model= (nothing was sent)"
            )
        op = request.op
        url = request.url
        base = url[: -len(op.path)] if url.endswith(op.path) else self.base_url
        project = self._source.project_id or PROJECT_PLACEHOLDER
        verb = "streamRawPredict" if request.stream else "rawPredict"
        request.url = (
            f"{base}/v1/projects/{quote(project, safe='')}/locations/{self.region}"
            f"/publishers/mistralai/models/{quote(model, safe='@')}:{verb}"
        )

    def auth_headers(self) -> Mapping[str, str]:
        return {}  # added by httpx_auth(), inside the send

    async def auth_headers_async(self) -> Mapping[str, str]:
        return {}

    def httpx_auth(self) -> httpx.Auth:
        auth = self._auth
        if auth is None:  # first request: httpx is loaded by now
            from mistralai.gcp._httpx_auth import GoogleBearerAuth

            auth = self._auth = GoogleBearerAuth(self._source)
        return auth

    def __repr__(self) -> str:
        return f"<GCPProvider gcp {self.base_url} region={self.region}>"
