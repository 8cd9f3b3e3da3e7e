"""Every model of the fine_tuning domain (generated), including the shared ones it uses from core."""

from typing import TYPE_CHECKING

from mistralai.api.fine_tuning._generated import models as _generated
from mistralai.api.fine_tuning._generated.models import __all__ as __all__
from mistralai.core.runtime import forward

if TYPE_CHECKING:
    from mistralai.api.fine_tuning._generated.models import *  # noqa: F403
else:
    __getattr__, __dir__ = forward(__name__, _generated)
