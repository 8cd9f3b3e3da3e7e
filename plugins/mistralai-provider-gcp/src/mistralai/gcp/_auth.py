"""Bearer tokens for Vertex AI: a fixed ``access_token``, or Google credentials refreshed
before they expire.

Concurrency: the first request that needs a token (or finds it about to expire, by
google-auth's own margin) refreshes it under a ``threading.Lock``; the others wait for that
one refresh and reuse its token. Async callers wait on an ``asyncio.Lock`` (one per event loop)
and the refresh itself runs in a worker thread (``asyncio.to_thread``), so the event loop is
never blocked. A 401 answer triggers one refresh (unless another request already replaced the
rejected token) and one retry.

google-auth is imported on first use only; its exceptions become typed SDK errors. The
provider's ``prepare_attempt`` hook asks for a token before each attempt (:meth:`TokenSource.token`
in sync calls, :meth:`TokenSource.token_async` in async ones), then builds the URL with the
project the credentials named.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
import weakref
from collections.abc import Sequence
from typing import Any, Final

from mistralai.gcp.errors import (
    GoogleAuthMissingError,
    GoogleCredentialsError,
    MissingProjectIdError,
    TokenRefreshError,
)

__all__ = [
    "SCOPES",
    "TokenSource",
    "require_google_auth",
]

SCOPES: Final[Sequence[str]] = ("https://www.googleapis.com/auth/cloud-platform",)

_MISSING_GOOGLE_AUTH: Final = (
    "provider 'gcp' needs the google-auth package to use Google credentials: "
    "pip install google-auth (or pass access_token=)"
)


def require_google_auth() -> None:
    """Fail with :class:`GoogleAuthMissingError` when google-auth is not installed (without
    importing it)."""
    try:
        found = importlib.util.find_spec("google.auth") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise GoogleAuthMissingError(_MISSING_GOOGLE_AUTH)


class TokenSource:
    """The token and project of one provider instance (shared by its sync and async calls)."""

    def __init__(
        self,
        *,
        access_token: str | None,
        credentials: Any,
        project_id: str | None,
        token_timeout_s: float | None = None,
    ) -> None:
        self._fixed = access_token
        self._credentials: Any = credentials
        self._project_id = project_id
        self._token_timeout_s = token_timeout_s
        self._lock = threading.Lock()
        """Held while credentials load or refresh (in a worker thread for async callers)."""
        self._locks_lock = threading.Lock()
        """Guards ``_async_locks`` only: never held across I/O, so taking it never blocks a loop."""
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._refreshes = 0

    @property
    def refreshable(self) -> bool:
        """Whether a rejected token can be replaced (not for a fixed ``access_token``)."""
        return self._fixed is None

    @property
    def project_id(self) -> str | None:
        """The project, once known (given, or read from the credentials)."""
        return self._project_id

    @property
    def refreshes(self) -> int:
        """How many times a token was fetched (for diagnostics and tests)."""
        return self._refreshes

    # -- without I/O -----------------------------------------------------------------------
    def _usable(self, rejected: str | None) -> str | None:
        """The current token when it can be used as is, else ``None``."""
        if self._fixed is not None:
            return self._fixed
        credentials = self._credentials
        if credentials is None or self._project_id is None:
            return None
        if not credentials.valid:  # first: a refresh may be replacing the token right now
            return None
        token: str | None = credentials.token
        if token and token != rejected:
            return token
        return None

    # -- sync ------------------------------------------------------------------------------
    def token(self, rejected: str | None = None) -> str:
        """A valid token; refreshes it (once, whoever else is waiting) when needed.

        ``rejected`` is a token the server refused: it is replaced even if not expired.
        """
        token = self._usable(rejected)
        if token is not None:
            return token
        with self._lock:
            token = self._usable(rejected)
            if token is not None:
                return token
            credentials = self._load()
            self._refresh(credentials)
            token = credentials.token
            if not token:
                raise TokenRefreshError(
                    "provider 'gcp': Google issued no access token (nothing was sent)"
                )
            return token

    def _load(self) -> Any:
        """The credentials, found with ``google.auth.default()`` on first use (in the calling
        thread: a worker thread for async calls), and the project they name."""
        credentials: Any = self._credentials
        if credentials is None:
            try:
                google_auth: Any = importlib.import_module("google.auth")  # partly untyped
                from google.auth import exceptions

                from mistralai.gcp._transport import HttpxRequest
            except ImportError as exc:
                raise GoogleAuthMissingError(_MISSING_GOOGLE_AUTH) from exc
            try:
                # ``request``: how google-auth probes the metadata server or resolves the
                # project of external-account credentials (httpx, not ``requests``).
                found: tuple[Any, str | None] = google_auth.default(
                    scopes=list(SCOPES), request=HttpxRequest(self._token_timeout_s or 30.0)
                )
                credentials, detected = found
            except exceptions.DefaultCredentialsError as exc:
                raise GoogleCredentialsError(
                    "provider 'gcp': no Google credentials found: run `gcloud auth "
                    "application-default login`, set GOOGLE_APPLICATION_CREDENTIALS, or pass "
                    f"access_token= (nothing was sent). google-auth said: {_first_line(exc)}"
                ) from exc
            except exceptions.GoogleAuthError as exc:
                raise GoogleCredentialsError(
                    "provider 'gcp': the Google credentials could not be loaded "
                    f"({type(exc).__name__}: {_first_line(exc)}); nothing was sent"
                ) from exc
            self._credentials = credentials
            if self._project_id is None and detected:
                self._project_id = str(detected)
        if self._project_id is None:
            project = getattr(credentials, "project_id", None) or getattr(
                credentials, "quota_project_id", None
            )
            if not project:
                raise MissingProjectIdError(
                    "provider 'gcp': no project id: pass project_id= (the Google Cloud "
                    "project where the model is enabled); the credentials do not name one "
                    "(nothing was sent)"
                )
            self._project_id = str(project)
        return credentials

    def _refresh(self, credentials: Any) -> None:
        from google.auth import exceptions

        from mistralai.gcp._transport import DEFAULT_TIMEOUT_S, HttpxRequest

        request = HttpxRequest(self._token_timeout_s or DEFAULT_TIMEOUT_S)
        try:
            credentials.refresh(request)
        except exceptions.RefreshError as exc:
            raise TokenRefreshError(
                "provider 'gcp': Google refused to issue an access token "
                f"({_first_line(exc)}); nothing was sent"
            ) from exc
        except exceptions.GoogleAuthError as exc:
            raise TokenRefreshError(
                "provider 'gcp': no access token could be obtained "
                f"({type(exc).__name__}: {_first_line(exc)}); nothing was sent"
            ) from exc
        self._refreshes += 1

    # -- async -----------------------------------------------------------------------------
    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._locks_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def token_async(self, rejected: str | None = None) -> str:
        """Like :meth:`token`; any loading or refresh runs in a worker thread."""
        token = self._usable(rejected)
        if token is not None:
            return token
        async with self._async_lock():
            token = self._usable(rejected)
            if token is not None:
                return token
            return await asyncio.to_thread(self.token, rejected)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= 300 else line[:300] + "..."
