"""A request assembled from one call's arguments, before it becomes an httpx request.

Public as :class:`mistralai.core.provider.PreparedRequest`: it is what a provider's
``prepare_attempt`` hook receives before each attempt. Its parts are kept apart (base URL,
path template and parameters, query, headers, body) so that a provider changes the one it
owns without taking the URL apart again; :attr:`PreparedRequest.url` is derived from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from mistralai.core._operation import Operation

OPERATION_ID = "mistralai.operation_id"
"""The key of ``request.extensions`` holding the operation id of the call an attempt belongs to
(public as ``mistralai.core.plugins.OPERATION_ID``)."""

# As core's path encoding: everything but RFC 3986's unreserved characters and the
# sub-delimiters allowed in a segment is percent-encoded, ``/`` included.
_SEGMENT_SAFE = "!$&'()*+,;=:@"  # quote() always keeps -._~


class PreparedRequest:
    """One call's request, built once and handed to the provider before each attempt.

    A provider may change, before each attempt: :attr:`base_url`, :attr:`path` (a template:
    ``{name}`` is filled from :attr:`path_params`, each value percent-encoded as one path
    segment), :attr:`path_params`, :attr:`query` (list of pairs; :meth:`set_query` replaces a
    name), :attr:`headers` (:meth:`set_credential` for secrets: they are redacted from the
    debug log, checked before sending, and a header of the same name given in the call's
    ``http_headers`` wins). :attr:`body` holds the body's arguments as given (read-only use:
    the JSON is already in :attr:`content`). Changes must be idempotent: the hook runs again
    before a retry.
    """

    __slots__ = (
        "_caller_headers",
        "attempt",
        "base_url",
        "body",
        "content",
        "data",
        "files",
        "headers",
        "is_async",
        "method",
        "op",
        "path",
        "path_params",
        "query",
        "reauthenticated",
        "retry_unauthorized",
        "secret_headers",
        "stream",
        "timeout_s",
        "unauthorized",
    )

    def __init__(
        self,
        op: Operation[Any],
        base_url: str,
        *,
        path: str | None = None,
        path_params: dict[str, str] | None = None,
        query: list[tuple[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        files: list[tuple[str, Any]] | None = None,
        data: dict[str, Any] | None = None,
        timeout_s: float | None = None,
        stream: bool = False,
        is_async: bool = False,
        caller_headers: frozenset[str] = frozenset(),
    ) -> None:
        self.op = op
        """The operation (``op.operation_id``, ``op.path``, ``op.namespace``...)."""
        self.method = op.method
        self.base_url = base_url.rstrip("/")
        """The provider's ``base_url``, or the call's ``server_url=``."""
        self.path = op.path if path is None else path
        """The path template (``/v1/agents/{agent_id}``)."""
        self.path_params: dict[str, str] = {} if path_params is None else path_params
        """Path parameter values (wire names), not yet percent-encoded."""
        self.query: list[tuple[str, str]] = [] if query is None else query
        self.headers: dict[str, str] = {} if headers is None else headers
        self.body = body
        """The request body's arguments as given (after dropping omitted ones)."""
        self.content = content
        self.files = files
        self.data = data
        self.timeout_s = timeout_s
        self.stream = stream
        """Whether the call is a stream (events or bytes)."""
        self.is_async = is_async
        """Whether the call runs on an event loop: the hook must not block it then."""
        self.attempt = 0
        """0 for the first attempt, then 1, 2... (retries, and the retry after a 401)."""
        self.unauthorized = False
        """True when the previous attempt was answered 401 with the credential still in
        :attr:`headers`: the hook should replace it (see :attr:`retry_unauthorized`)."""
        self.retry_unauthorized = False
        """Set by the hook to have a 401 answer retried once, after calling it again with
        :attr:`unauthorized` set (refreshable credentials)."""
        self.reauthenticated = False
        """Whether the one retry after a 401 was used (set by core)."""
        self.secret_headers: set[str] = set()
        """Lower-cased names of the headers set with :meth:`set_credential`."""
        self._caller_headers = caller_headers

    @property
    def url(self) -> str:
        """The full URL without the query: base URL + path with its parameters filled."""
        path = self.path
        if self.path_params:
            path = path.format_map(
                {k: quote(v, safe=_SEGMENT_SAFE) for k, v in self.path_params.items()}
            )
        return self.base_url + path

    @url.setter
    def url(self, value: str) -> None:
        # Providers written before the parts were kept apart set the whole URL.
        self.base_url, self.path, self.path_params = value, "", {}

    @property
    def params(self) -> list[tuple[str, str]]:
        """The query pairs (the former name of :attr:`query`)."""
        return self.query

    @params.setter
    def params(self, value: list[tuple[str, str]] | None) -> None:
        self.query = [] if value is None else value

    def set_query(self, name: str, value: str) -> None:
        """Send ``name=value`` (once), replacing any value the call gave for ``name``."""
        self.query = [(k, v) for k, v in self.query if k != name]
        self.query.append((name, value))

    def set_credential(self, name: str, value: str) -> None:
        """Set a secret header (redacted from logs). A header of that name given in the
        call's ``http_headers`` wins: 2.x sends a per-call ``Authorization`` as given."""
        lowered = name.lower()
        if lowered in self._caller_headers:
            return
        for existing in [k for k in self.headers if k.lower() == lowered and k != name]:
            del self.headers[existing]
        self.headers[name] = value
        self.secret_headers.add(lowered)

    def caller_gave(self, name: str) -> bool:
        """Whether the call's ``http_headers`` (or ``security=``) set header ``name``."""
        return name.lower() in self._caller_headers

    def credentials(self) -> dict[str, str]:
        """The headers set with :meth:`set_credential`."""
        return {k: v for k, v in self.headers.items() if k.lower() in self.secret_headers}

    def set_json(self, content: bytes) -> None:
        self.content = content
        self.headers["content-type"] = "application/json"

    def __repr__(self) -> str:  # never the headers: they hold credentials
        return f"<PreparedRequest {self.method} {self.url} ({self.op.operation_id})>"
