"""Every model of the audio domain (generated), including the shared ones it uses from core."""

from mistralai.api.audio._generated.models import *  # noqa: F403
from mistralai.api.audio._generated.models import __all__ as __all__
