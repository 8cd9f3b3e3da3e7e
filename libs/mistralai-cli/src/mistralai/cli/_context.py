"""The state of one ``mistral`` invocation (global options) and the client built from it."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mistralai.core import Mistral

__all__ = ["CliState", "client", "state"]


@dataclass
class CliState:
    """Global options of the running invocation, set by the root command."""

    server_url: str | None = None
    debug: bool = False
    timeout_ms: int | None = None
    _client: Mistral | None = field(default=None, repr=False)

    def client(self) -> Mistral:
        if self._client is None:
            # Imported here: --help and shell completion do not need the HTTP stack.
            from mistralai.core import Mistral

            self._client = Mistral(server_url=self.server_url, timeout_ms=self.timeout_ms)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


# A context variable rather than click's context: typer ships its own copy of click, and the
# state must be reachable from any command module without importing either.
_CURRENT: ContextVar[CliState | None] = ContextVar("mistralai_cli_state", default=None)


def activate(current: CliState) -> None:
    _CURRENT.set(current)


def state() -> CliState:
    """The state of the running invocation (a default one when called outside of ``mistral``,
    for example by a plugin's command run on its own in tests)."""
    current = _CURRENT.get()
    if current is None:
        current = CliState()
        _CURRENT.set(current)
    return current


def client() -> Mistral:
    """The client of this invocation, built on first use and closed when the command ends.

    The API key comes from ``MISTRAL_API_KEY`` (read by the client at request time: a missing
    key is reported by the first request, with exit code 3); the URL from ``--server-url`` or
    ``MISTRAL_SERVER_URL``.
    """
    return state().client()
