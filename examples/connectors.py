"""Connectors (beta): list the MCP connectors of the workspace and activate one for a user.

The 2.x per-scope methods (``activate_for_user``, ``..._workspace``,
``..._organization``) map onto the API's ``{consumer_scope}`` operations. Against the real API
the activation changes your account: it happens only for the connector named by
MISTRAL_CONNECTOR_ID.
"""

from __future__ import annotations

import os

from _support import api, is_fake


def main() -> int:
    with api() as client:
        connectors = client.beta.connectors
        page = connectors.list()
        for connector in page.items:
            print(f"connector {connector.name}: {connector.description}")
        chosen = os.environ.get("MISTRAL_CONNECTOR_ID")
        if chosen is None and is_fake() and page.items:
            chosen = page.items[0].id
        if chosen is not None:
            res = connectors.activate_for_user(connector_id=chosen)
            print(f"connectors: {res.message}")
        else:
            print("connectors: set MISTRAL_CONNECTOR_ID to activate one for your user")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
