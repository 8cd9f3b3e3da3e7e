"""Base class of every generated resource (``client.chat``, ``client.beta.agents``...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mistralai.core._client import BaseClient


class Resource:
    """A group of operations bound to one client; sync and async twins share it."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client
