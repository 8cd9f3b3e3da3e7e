"""The TLS context of the SDK's own httpx clients: httpx's default verification, with the CA
bundle read on the first TLS handshake instead of when a client is created."""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import Any

__all__ = ["tls_context"]


class _DeferredCAContext(ssl.SSLContext):
    """The TLS settings of the SDK's own clients: httpx's default verification (certifi's CA
    bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``, on top of ``ssl.create_default_context``'s
    settings), with the CA bundle read on the first TLS handshake instead of when a client is
    created. Reading it takes tens of milliseconds, which httpx pays for every client it
    creates, the SDK's first call included, even for an ``http://`` server. One context is
    shared by all the SDK's clients of the process (sync, async, one per event loop), so the
    bundle is read once. ``libs/mistralai-core/tests/test_hot_path.py`` checks that it ends up
    equal to httpx's own.
    """

    _ca_ready = False

    @classmethod
    def create(cls) -> _DeferredCAContext:
        # as ssl.create_default_context(): PROTOCOL_TLS_CLIENT already requires a certificate
        # and checks the host name
        context = cls(ssl.PROTOCOL_TLS_CLIENT)
        if sys.version_info >= (3, 13):
            context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
        keylog = os.environ.get("SSLKEYLOGFILE")
        if keylog and not sys.flags.ignore_environment:
            context.keylog_filename = keylog
        return context

    def prepare(self) -> None:
        if self._ca_ready:
            return
        with _tls_lock:
            if self._ca_ready:
                return
            cafile = os.environ.get("SSL_CERT_FILE")  # httpx's rules (trust_env is on)
            capath = os.environ.get("SSL_CERT_DIR")
            if cafile:
                self.load_verify_locations(cafile=cafile)
            elif capath:
                self.load_verify_locations(capath=capath)
            else:
                import certifi

                self.load_verify_locations(cafile=certifi.where())
            self._ca_ready = True

    # Every TLS connection starts with one of these two (sockets: httpcore's sync backend;
    # memory BIOs: asyncio, anyio, trio).
    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:  # pyright: ignore[reportIncompatibleMethodOverride]
        self.prepare()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:  # pyright: ignore[reportIncompatibleMethodOverride]
        self.prepare()
        return super().wrap_bio(*args, **kwargs)


_tls_lock = threading.Lock()
_tls: list[_DeferredCAContext] = []


def tls_context() -> ssl.SSLContext:
    """The shared TLS context of the SDK's own clients (created on first use)."""
    if not _tls:
        with _tls_lock:
            if not _tls:
                _tls.append(_DeferredCAContext.create())
    return _tls[0]
