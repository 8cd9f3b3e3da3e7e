"""Admin (beta): who the key belongs to, and the organisation's workspaces.

``beta.users`` operations send the key as ``x-api-key`` too (the API wants it there); the
admin package adds it for you.
"""

from __future__ import annotations

from _support import api


def main() -> int:
    with api() as client:
        me = client.beta.users.get_identity()
        print(f"admin: signed in as {me.email}")
        workspaces = client.beta.admin.workspaces.list()
        print(f"workspaces: {workspaces.total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
