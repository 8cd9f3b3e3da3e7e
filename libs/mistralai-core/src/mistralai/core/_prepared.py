"""A request assembled from one call's arguments, before it becomes an httpx request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.core._operation import Operation


class PreparedRequest:
    """Mutable by providers (``prepare``) before sending; built once per call."""

    __slots__ = (
        "body",
        "content",
        "data",
        "files",
        "headers",
        "method",
        "op",
        "params",
        "stream",
        "timeout_s",
        "url",
    )

    def __init__(
        self,
        op: Operation[Any],
        url: str,
        *,
        params: list[tuple[str, str]] | None,
        headers: dict[str, str],
        body: Mapping[str, Any] | None,
        content: bytes | None,
        files: list[tuple[str, Any]] | None,
        data: dict[str, Any] | None,
        timeout_s: float | None,
        stream: bool,
    ) -> None:
        self.op = op
        self.method = op.method
        self.url = url
        self.params = params
        self.headers = headers
        self.body = body
        """The request body's arguments as given (after dropping omitted ones)."""
        self.content = content
        self.files = files
        self.data = data
        self.timeout_s = timeout_s
        self.stream = stream

    def set_json(self, content: bytes) -> None:
        self.content = content
        self.headers["content-type"] = "application/json"
