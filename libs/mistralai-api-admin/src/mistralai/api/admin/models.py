"""Every model of the admin domain (generated), including the shared ones it uses from core."""

from mistralai.api.admin._generated.models import *  # noqa: F403
from mistralai.api.admin._generated.models import __all__ as __all__
