"""Connectors (beta): list the MCP connectors of the workspace and activate one for a user.

The 2.x per-scope methods (``activate_for_user``, ``..._workspace``,
``..._organization``) map onto the API's ``{consumer_scope}`` operations.
"""

from __future__ import annotations

from _support import api


def main() -> int:
    with api() as client:
        connectors = client.beta.connectors
        page = connectors.list()
        for connector in page.items:
            print(f"connector {connector.name}: {connector.description}")
        if page.items:
            res = connectors.activate_for_user(connector_id=page.items[0].id)
            print(f"connectors: {res.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
