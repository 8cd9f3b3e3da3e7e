"""The connection pool of the SDK's own async clients: several small httpcore pools.

httpcore's pool, on every request start and end, walks all its connections (and polls each
idle socket) and the queued requests: its cost per request grows with the number of
connections, and at 64 concurrent requests that walk was the largest client-side cost
(tools/bench/README.md, "Pool limits"). Here the connections are split over
:data:`SHARDS` pools and each request goes to the one with the fewest requests in flight, so
every walk covers an eighth of them. Between them the pools keep up to 64 connections alive
(enough for 64 concurrent requests without closing and reopening any: a new TLS connection to
the API costs a handshake) and open at most 96. Requests one at a time all go to the first
pool, and reuse its connection, as with a single pool.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import Any

import httpx

SHARDS = 8
SHARD_LIMITS = httpx.Limits(max_connections=12, max_keepalive_connections=8)
"""Per pool: 8 x 12 = 96 connections at most (httpx's default is 100 in one pool), 8 x 8 = 64
kept alive (httpx: 20, so at 64 concurrent requests it closed and reopened connections)."""


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """:data:`SHARDS` ``httpx.AsyncHTTPTransport`` pools; a request goes to the least busy."""

    def __init__(self, verify: ssl.SSLContext) -> None:
        self.pools = [
            httpx.AsyncHTTPTransport(verify=verify, limits=SHARD_LIMITS) for _ in range(SHARDS)
        ]
        self._busy = [0] * SHARDS

    def _least_busy(self) -> int:
        busy = self._busy
        best = 0
        for i in range(1, SHARDS):
            if busy[i] < busy[best]:
                best = i
        return best

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        i = self._least_busy()
        self._busy[i] += 1
        try:
            response = await self.pools[i].handle_async_request(request)
        except BaseException:
            self._busy[i] -= 1
            raise
        response.stream = _Tracked(response.stream, self._busy, i)
        return response

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()


class _Tracked(httpx.AsyncByteStream):
    """A response body that counts its request out of its pool once closed."""

    __slots__ = ("_busy", "_done", "_index", "_stream")

    def __init__(self, stream: Any, busy: list[int], index: int) -> None:
        self._stream = stream
        self._busy = busy
        self._index = index
        self._done = False

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()  # the pool's own iterator: no extra step per chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if not self._done:
                self._done = True
                self._busy[self._index] -= 1


def connections(transport: object) -> list[Any]:
    """The httpcore connections of a transport: of each pool of a sharded one."""
    pools = transport.pools if isinstance(transport, ShardedAsyncTransport) else [transport]
    found: list[Any] = []
    for pool in pools:
        inner: Any = getattr(pool, "_pool", None)
        found.extend(getattr(inner, "connections", ()))
    return found
