"""Every model of the files domain (generated), including the shared ones it uses from core."""

from typing import TYPE_CHECKING

from mistralai.api.files._generated import models as _generated
from mistralai.api.files._generated.models import __all__ as __all__
from mistralai.core.runtime import forward

if TYPE_CHECKING:
    from mistralai.api.files._generated.models import *  # noqa: F403
else:
    __getattr__, __dir__ = forward(__name__, _generated)
