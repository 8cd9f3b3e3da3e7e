"""Compatibility facade: what code written for the official 2.x SDK imports.

``from mistralai.client import Mistral``, ``mistralai.client.models`` (every model of the
installed domains, resolved lazily), ``errors``, ``utils``, ``types``, and the 2.x constants
``VERSION``/``__version__`` (this SDK's version), ``USER_AGENT``, ``SERVERS`` and
``SERVER_EU`` (``Mistral(server=SERVER_EU)`` selects a server by name).

``MISTRAL_DEBUG`` set in the environment (any non-empty value) logs every request and
response at DEBUG level on the ``mistralai`` logger, as 2.x did; credentials are redacted.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from mistralai.core._coexistence import check_coexistence

check_coexistence()  # ImportError if the official monolith shares this environment

import logging  # noqa: E402
import os  # noqa: E402

from mistralai.core import __version__  # noqa: E402
from mistralai.core._client import USER_AGENT  # noqa: E402
from mistralai.core.mistral import Mistral  # noqa: E402
from mistralai.core.provider import SERVERS  # noqa: E402

if TYPE_CHECKING:
    from mistralai.client import errors, models, types, utils

VERSION: str = __version__
SERVER_EU = "eu"
"""The name of the default server (``Mistral(server="eu")``), as in 2.x."""

__all__ = [
    "SERVERS",
    "SERVER_EU",
    "USER_AGENT",
    "VERSION",
    "Mistral",
    "__version__",
    "errors",
    "models",
    "types",
    "utils",
]


def _debug_from_env() -> None:
    """2.x's ``MISTRAL_DEBUG``: the client already logs each request and response at DEBUG on
    the ``mistralai`` logger (headers redacted); this turns that logger on, printing to stderr
    through a handler of its own when logging is not configured yet."""
    if not os.environ.get("MISTRAL_DEBUG"):
        return
    logger = logging.getLogger("mistralai")
    logger.setLevel(logging.DEBUG)
    plugins = logging.getLogger("mistralai.plugins")
    if plugins.level == logging.NOTSET:
        plugins.setLevel(logging.INFO)  # pluggy's hook tracing is not what 2.x printed
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        logger.addHandler(handler)


_debug_from_env()


def __getattr__(name: str) -> Any:
    if name in {"errors", "models", "types", "utils", "httpclient"}:
        return import_module(f"mistralai.client.{name}")
    raise AttributeError(f"module 'mistralai.client' has no attribute {name!r}")
