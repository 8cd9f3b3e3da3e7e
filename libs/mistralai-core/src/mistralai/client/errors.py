"""2.x ``mistralai.client.errors``: the SDK's error classes (the same objects as core's).

``HTTPValidationErrorData`` and ``ObservabilityErrorData`` are the 2.x models of those errors'
bodies (loaded on first use: the observability one needs ``mistralai-api-observability``).
Our errors' ``data`` is the parsed body with attribute access (``e.data.detail``).
"""

from typing import Any

from mistralai.core.errors import *  # noqa: F403
from mistralai.core.errors import __all__ as _core_all

# core's names plus the two body models below (resolved by ``__getattr__``)
__all__ = list(_core_all) + ["HTTPValidationErrorData", "ObservabilityErrorData"]  # noqa: RUF005, F405  # pyright: ignore[reportUnsupportedDunderAll]


def __getattr__(name: str) -> Any:
    if name == "HTTPValidationErrorData":
        from mistralai.core.models import HTTPValidationError

        return HTTPValidationError
    if name == "ObservabilityErrorData":
        from mistralai.client.models._lookup import lookup_model

        return lookup_model("ObservabilityError")
    raise AttributeError(f"module 'mistralai.client.errors' has no attribute {name!r}")
