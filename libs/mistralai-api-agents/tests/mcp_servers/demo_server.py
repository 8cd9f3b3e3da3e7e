"""A small MCP server made with the ``mcp`` package, for the MCP client tests.

``python demo_server.py`` serves it over stdio (the stdio tests start it as a subprocess);
the HTTP tests import :func:`build_server` and serve its SSE or streamable HTTP app with
uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import os

from mcp.server.fastmcp import FastMCP


def build_server() -> FastMCP:
    server = FastMCP("demo", log_level="WARNING")

    @server.tool()
    def echo(text: str) -> str:
        """Echo a text back.

        Args:
            text: what to echo
        """
        return f"echo: {text}"

    @server.tool()
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    @server.tool()
    def fail(reason: str) -> str:
        """Always fails."""
        raise ValueError(f"failed on purpose: {reason}")

    @server.tool()
    def whoami() -> str:
        """The server process's marker (tells the stdio subprocess apart)."""
        return os.environ.get("DEMO_MARKER", "no marker")

    @server.prompt()
    def review(code: str) -> str:
        """Review some code."""
        return f"Please review: {code}"

    return server


if __name__ == "__main__":
    build_server().run("stdio")
