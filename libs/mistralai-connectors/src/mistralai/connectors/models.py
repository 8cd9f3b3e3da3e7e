"""Every model of the connectors domain (generated), including the shared ones it uses from core."""

from mistralai.connectors._generated.models import *  # noqa: F403
from mistralai.connectors._generated.models import __all__ as __all__
