"""2.x ``mistralai.extra.workflows.helpers``: ``get_scheduler_namespace``.

The workflow namespace of the API key's workspace, read from
``GET /v1/workflows/workers/whoami``: an endpoint the public spec does not list, described by
``spec/additions/mistralai-2.5.1-extra.json`` and generated into the workflows package's
registry (``OPERATIONS``, no method exposes it). As in 2.x,
``get_scheduler_namespace`` is a coroutine; ``get_scheduler_namespace_sync`` is its blocking
twin.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated.models import WorkerInfo
from mistralai.api.workflows._generated.resources import OPERATIONS
from mistralai.core.runtime import UNSET, Operation, OptionalNullable, RetryConfig

if TYPE_CHECKING:
    from mistralai.core.runtime import BaseClient

__all__ = ["WorkerInfo", "get_scheduler_namespace", "get_scheduler_namespace_sync"]

_WHOAMI: Operation[WorkerInfo] = OPERATIONS["get_worker_info_v1_workflows_workers_whoami_get"]


async def get_scheduler_namespace(
    client: BaseClient,
    *,
    retries: OptionalNullable[RetryConfig] = UNSET,
    server_url: str | None = None,
    timeout_ms: int | None = None,
    http_headers: Mapping[str, str] | None = None,
) -> str:
    """The workflow (scheduler) namespace of ``client``'s workspace."""
    info = await client.request_async(
        _WHOAMI,
        retries=retries,
        server_url=server_url,
        timeout_ms=timeout_ms,
        http_headers=http_headers,
    )
    return info.namespace


def get_scheduler_namespace_sync(
    client: BaseClient,
    *,
    retries: OptionalNullable[RetryConfig] = UNSET,
    server_url: str | None = None,
    timeout_ms: int | None = None,
    http_headers: Mapping[str, str] | None = None,
) -> str:
    """Blocking twin of :func:`get_scheduler_namespace`."""
    info = client.request(
        _WHOAMI,
        retries=retries,
        server_url=server_url,
        timeout_ms=timeout_ms,
        http_headers=http_headers,
    )
    return info.namespace
