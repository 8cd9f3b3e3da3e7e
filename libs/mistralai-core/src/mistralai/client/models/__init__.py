"""2.x ``mistralai.client.models``: every model of the installed domains, resolved lazily.

``from mistralai.client.models import UserMessage`` looks the name up in the models module of
each installed domain (from the plugin registry), then in core's shared models; a name of a
domain package that is not installed raises ``MissingModelError`` (an ``ImportError``) naming
the package to install. ``HTTPValidationError`` and ``ObservabilityError`` are the exception
classes (``except models.HTTPValidationError`` works). Submodule
imports that 2.x code uses (``mistralai.client.models.chatcompletionrequest``) resolve the same
way.
"""

from __future__ import annotations

from typing import Any

from mistralai.client.models._lookup import install_submodule_finder, lookup, names

install_submodule_finder(__name__)


def __getattr__(name: str) -> Any:
    value = lookup(name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return names()
