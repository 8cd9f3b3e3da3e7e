"""Every model of the context domain (generated), including the shared ones it uses from core."""

from mistralai.api.context._generated.models import *  # noqa: F403
from mistralai.api.context._generated.models import __all__ as __all__
