"""2.x ``mistralai.extra.run``: run a conversation with local Python functions as tools.

Provided by mistralai-api-agents; the implementation lives in :mod:`mistralai.api.agents.run`.
"""

from mistralai.api.agents.run import *  # noqa: F403
from mistralai.api.agents.run import __all__ as __all__
