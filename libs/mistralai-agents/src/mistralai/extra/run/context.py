"""2.x ``mistralai.extra.run.context``: :class:`RunContext` (see :mod:`mistralai.agents.run`)."""

from mistralai.agents.run.context import RunContext

__all__ = ["RunContext"]
