"""The models shared by several domains (generated), part of core's public contract.

Domain packages' generated models import the shared ones from here (never from core's
private ``mistralai.core._generated``); ``File``, ``FileInput`` and ``FileTypedDict`` (upload
values) are here too. ``narrow`` and ``is_unknown`` narrow the open unions of every domain's
models (``narrow(job, ClassifierFineTuningJob).status``).
"""

from mistralai.core._generated.models import *  # noqa: F403
from mistralai.core._generated.models import __all__ as _generated_names
from mistralai.core._narrow import is_unknown, narrow

__all__ = [*_generated_names, "is_unknown", "narrow"]  # pyright: ignore[reportUnsupportedDunderAll]
