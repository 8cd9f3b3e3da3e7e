"""The models shared by several domains (generated), part of core's public contract.

Domain packages' generated models import the shared ones from here (never from core's
private ``mistralai.core._generated``); ``File``, ``FileInput`` and ``FileTypedDict`` (upload
values) are here too.
"""

from mistralai.core._generated.models import *  # noqa: F403
from mistralai.core._generated.models import __all__ as __all__
