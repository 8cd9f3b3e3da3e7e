"""Every model of the fine_tuning domain (generated), including the shared ones it uses from core."""

from mistralai.api.fine_tuning._generated.models import *  # noqa: F403
from mistralai.api.fine_tuning._generated.models import __all__ as __all__
