"""What the run helpers need from an MCP client (2.x ``mistralai.extra.mcp.base`` names).

Kept here, without importing the ``mcp`` package at run time, so that ``RunContext`` can accept
MCP clients while the run helpers keep working without the ``mcp`` extra; the clients
themselves are in :mod:`mistralai.extra.mcp`.
"""

from __future__ import annotations

import typing
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, Any, Protocol

from mistralai.api.agents.models import FunctionTool
from mistralai.core.models import (
    AssistantMessageTypedDict,
    SystemMessageTypedDict,
    TextChunkTypedDict,
)

if TYPE_CHECKING:
    from mcp.types import ListPromptsResult

__all__ = ["MCPClientProtocol", "MCPSystemPrompt"]


class MCPSystemPrompt(typing.TypedDict):
    """An MCP prompt as Mistral messages (``get_system_prompt``)."""

    description: str | None
    messages: list[SystemMessageTypedDict | AssistantMessageTypedDict]


class MCPClientProtocol(Protocol):
    """What ``RunContext.register_mcp_client`` needs from an MCP client: tools in Mistral's
    format and a way to call them."""

    _name: str

    async def initialize(self, exit_stack: AsyncExitStack | None) -> None: ...

    async def aclose(self) -> None: ...

    async def get_tools(self) -> list[FunctionTool]: ...

    async def execute_tool(
        self, name: str, arguments: dict[str, Any]
    ) -> list[TextChunkTypedDict]: ...

    async def get_system_prompt(self, name: str, arguments: dict[str, Any]) -> MCPSystemPrompt: ...

    async def list_system_prompts(self) -> ListPromptsResult: ...
