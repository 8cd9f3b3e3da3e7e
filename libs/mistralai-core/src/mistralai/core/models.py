"""The models shared by several domains (generated), part of core's public contract.

Domain packages' generated models import the shared ones from here (never from core's
private ``mistralai.core._generated``); ``File``, ``FileInput`` and ``FileTypedDict`` (upload
values) are here too. ``narrow`` and ``is_unknown`` narrow the open unions of every domain's
models (``narrow(job, ClassifierFineTuningJob).status``).
"""

from typing import TYPE_CHECKING

from mistralai.core._generated import models as _generated
from mistralai.core._generated.models import __all__ as _generated_names
from mistralai.core._lazy_names import forward
from mistralai.core._narrow import is_unknown, narrow

if TYPE_CHECKING:
    from mistralai.core._generated.models import *  # noqa: F403
else:
    __getattr__, __dir__ = forward(__name__, _generated)

__all__ = [*_generated_names, "is_unknown", "narrow"]  # pyright: ignore[reportUnsupportedDunderAll]
