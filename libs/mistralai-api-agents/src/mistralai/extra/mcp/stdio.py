"""2.x ``mistralai.extra.mcp.stdio``: an MCP server started as a subprocess, over stdio."""

from __future__ import annotations

from contextlib import AsyncExitStack

from mcp import StdioServerParameters, stdio_client

from .base import MCPClientBase, MCPTransport

__all__ = ["MCPClientSTDIO"]


class MCPClientSTDIO(MCPClientBase):
    """MCP client of a server it starts as a subprocess (``mcp.StdioServerParameters``:
    command, args, env, cwd). The subprocess lives until the client (or the ``RunContext``
    it was registered with) is closed."""

    def __init__(self, stdio_params: StdioServerParameters, name: str | None = None) -> None:
        super().__init__(name=name)
        self._stdio_params = stdio_params

    async def _get_transport(self, exit_stack: AsyncExitStack) -> MCPTransport:
        read, write = await exit_stack.enter_async_context(stdio_client(self._stdio_params))
        return read, write
