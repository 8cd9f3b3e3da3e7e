# pyright: reportUnnecessaryTypeIgnoreComment=true
"""Static checks (pyright, as tests/typing/client_types.py): a misspelt resource or retry
strategy is a type error.

``reportUnnecessaryTypeIgnoreComment`` is on for this file, so each ``# pyright: ignore``
below must be needed: if ``client.chta`` type-checked (``Mistral.__getattr__`` visible to type
checkers, answering ``Any``) or ``RetryConfig`` took any string, the ignore would be unneeded
and pyright would fail. Not a pytest module.
"""

from __future__ import annotations

from typing import assert_type

from mistralai.api.chat._chat import Chat
from mistralai.client import Mistral
from mistralai.core.retries import RetryConfig


def check(client: Mistral) -> None:
    assert_type(client.chat, Chat)  # the typed attach points still type-check
    print(client.chta)  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownArgumentType]
    RetryConfig("backoff")
    RetryConfig("none")
    RetryConfig("backof")  # pyright: ignore[reportArgumentType]
