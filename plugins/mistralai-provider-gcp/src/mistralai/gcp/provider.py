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

import re
from dataclasses import dataclass
from typing import Any, Final

from mistralai.core.errors import ConfigurationError, RequestValidationError
from mistralai.core.provider import PreparedRequest, Provider, ProviderOptions
from mistralai.gcp._auth import TokenSource, require_google_auth

__all__ = ["DEFAULT_REGION", "VERTEX_PATH", "GCPOptions", "GCPProvider"]

DEFAULT_REGION: Final = "europe-west4"
VERTEX_PATH: Final = (
    "/v1/projects/{project}/locations/{region}/publishers/mistralai/models/{model}:{verb}"
)
"""The path template of a Vertex call (filled in by core, each value encoded as a segment)."""

_REGION = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PROJECT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.:_-]*")


def _check_str(name: str, value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise ConfigurationError(f"provider 'gcp': {name} must be a non-empty string")


@dataclass(frozen=True, slots=True, kw_only=True)
class GCPOptions:
    """The keyword options of ``Mistral(provider="gcp", ...)``."""

    project_id: str | None = None
    """Default: the project the credentials name (known after the first request)."""
    region: str = DEFAULT_REGION
    access_token: str | None = None
    """A fixed token (then ``project_id`` is required and google-auth is not used)."""
    credentials: Any = None
    """google-auth credentials to use instead of ``google.auth.default()``."""

    def __post_init__(self) -> None:
        for name in ("project_id", "region", "access_token"):
            _check_str(name, getattr(self, name))
        if not _REGION.fullmatch(self.region):
            raise ConfigurationError(f"provider 'gcp': invalid region {self.region!r}")
        if self.project_id is not None and not _PROJECT.fullmatch(self.project_id):
            raise ConfigurationError(f"provider 'gcp': invalid project_id {self.project_id!r}")
        if self.access_token is not None:
            if self.credentials is not None:
                raise ConfigurationError(
                    "provider 'gcp': pass access_token= or credentials=, not both"
                )
            if self.project_id is None:
                raise ConfigurationError(
                    "provider 'gcp': with access_token=, project_id= is required"
                )


class GCPProvider(Provider):
    """Options: :class:`GCPOptions` (``project_id``, ``region``, ``access_token``,
    ``credentials``), plus ``server_url`` and ``url_params``."""

    name = "gcp"
    served_operations = frozenset(
        {"chat_completion_v1_chat_completions_post", "fim_completion_v1_fim_completions_post"}
    )
    options_type = GCPOptions
    settings: GCPOptions

    def __init__(self, options: ProviderOptions) -> None:
        if options.api_key is not None:
            raise ConfigurationError(
                "provider 'gcp' authenticates with Google credentials or access_token=, "
                "not api_key="
            )
        super().__init__(options)
        settings = self.settings
        if settings.access_token is None and settings.credentials is None:
            require_google_auth()
        self._source = TokenSource(
            access_token=settings.access_token,
            credentials=settings.credentials,
            project_id=settings.project_id,
        )

    def default_server_url(self) -> str | None:
        return f"https://{self.settings.region}-aiplatform.googleapis.com"

    @property
    def region(self) -> str:
        return self.settings.region

    @property
    def project_id(self) -> str | None:
        """The project: as given, or as read from the credentials after the first request."""
        return self._source.project_id

    @property
    def token_source(self) -> TokenSource:
        return self._source

    async def prepare_attempt(self, request: PreparedRequest) -> None:
        body = request.body or {}
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise RequestValidationError(
                "provider 'gcp' takes the model from the request: pass model= (nothing was sent)"
            )
        source = self._source
        # After a 401 the token we sent is the rejected one: replace it even if not expired
        # (unless another request already did).
        rejected = None
        if request.unauthorized:
            rejected = request.headers.get("authorization", "").removeprefix("Bearer ") or None
        if request.is_async:
            token = await source.token_async(rejected)  # refresh in a worker thread
        else:
            token = source.token(rejected)
        request.retry_unauthorized = source.refreshable
        # The token is in hand, so the project is known (given, or read from the credentials).
        project = source.project_id
        assert project is not None  # TokenSource raises MissingProjectIdError otherwise
        request.path = VERTEX_PATH
        request.path_params.update(
            project=project,
            region=self.settings.region,
            model=model,
            verb="streamRawPredict" if request.stream else "rawPredict",
        )
        request.set_credential("authorization", "Bearer " + token)

    def __repr__(self) -> str:
        return f"<GCPProvider gcp {self.base_url} region={self.region}>"
