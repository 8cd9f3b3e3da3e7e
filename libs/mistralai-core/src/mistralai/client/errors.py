"""2.x ``mistralai.client.errors``: the SDK's error classes (the same objects as core's)."""

from mistralai.core.errors import *  # noqa: F403
from mistralai.core.errors import __all__ as __all__
