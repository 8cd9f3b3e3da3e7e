"""2.x ``mistralai.extra.run.context``: :class:`RunContext` (see :mod:`mistralai.api.agents.run`)."""

from mistralai.api.agents.run.context import AgentRequestKwargs, ModelRequestKwargs, RunContext

__all__ = ["AgentRequestKwargs", "ModelRequestKwargs", "RunContext"]
