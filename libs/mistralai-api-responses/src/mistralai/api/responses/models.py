"""Every model of the responses domain (generated), including the shared ones it uses from core."""

from mistralai.api.responses._generated.models import *  # noqa: F403
from mistralai.api.responses._generated.models import __all__ as __all__
