"""Every model of the webhooks domain (generated), including the shared ones it uses from core."""

from mistralai.api.webhooks._generated.models import *  # noqa: F403
from mistralai.api.webhooks._generated.models import __all__ as __all__
