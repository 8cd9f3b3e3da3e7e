"""Typed errors of the ``gcp`` provider; all are :class:`~mistralai.core.errors.MistralError`
subclasses, and none carries a token. google-auth's own exceptions never reach the caller
(the original is kept as ``__cause__``)."""

from __future__ import annotations

from mistralai.core.errors import ConfigurationError, NoCredentialsError, PluginError

__all__ = [
    "GoogleAuthMissingError",
    "GoogleCredentialsError",
    "MissingProjectIdError",
    "TokenRefreshError",
]


class GoogleAuthMissingError(PluginError, ImportError):
    """google-auth is not installed but Google credentials are needed."""


class GoogleCredentialsError(NoCredentialsError):
    """No Google credentials could be found (``google.auth.default()`` found none); nothing
    was sent to the model."""


class TokenRefreshError(NoCredentialsError):
    """Google refused (or could not be reached) to issue an access token; nothing was sent
    to the model with a stale token."""


class MissingProjectIdError(ConfigurationError):
    """No ``project_id`` was given and the credentials do not name one; nothing was sent."""
