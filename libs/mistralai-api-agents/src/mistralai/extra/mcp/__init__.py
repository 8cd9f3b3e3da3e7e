"""2.x ``mistralai.extra.mcp``: MCP clients whose tools conversation runs can call.

- :mod:`.base`: ``MCPClientProtocol`` (what ``RunContext.register_mcp_client`` accepts) and
  ``MCPClientBase`` (an initialized ``mcp.ClientSession`` turned into Mistral tools);
- :mod:`.stdio`: ``MCPClientSTDIO``, a server started as a subprocess (``StdioServerParameters``);
- :mod:`.sse`: ``MCPClientSSE``, a remote server over SSE or streamable HTTP, with OAuth;
- :mod:`.auth`: OAuth discovery, dynamic client registration, ``OAuthParams``.

They need the ``mcp`` package (and authlib for OAuth): the ``agents`` extra,
``pip install "mistralai[agents]"`` (or ``pip install "mistralai-api-agents[mcp]"``).
"""

from __future__ import annotations

import importlib.util

# Fail on import with the command that fixes it, rather than with a bare "No module named
# 'mcp'" from deep inside a submodule.
_missing = [name for name in ("mcp", "authlib") if importlib.util.find_spec(name) is None]
if _missing:
    raise ImportError(
        f"mistralai.extra.mcp needs {' and '.join(_missing)}, which are not installed: "
        'install the agents extra with pip install "mistralai[agents]" '
        '(or pip install "mistralai-api-agents[mcp]")',
        name=_missing[0],
    )

__all__: list[str] = []
