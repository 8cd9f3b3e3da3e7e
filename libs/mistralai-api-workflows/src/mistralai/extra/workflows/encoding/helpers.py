"""2.x ``...workflows.encoding.helpers``: ``generate_two_part_id`` and
``configure_workflow_encoding``."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from .config import WorkflowEncodingConfig

if TYPE_CHECKING:
    from mistralai.core.runtime import BaseClient

__all__ = [
    "configure_workflow_encoding",
    "configure_workflow_encoding_sync",
    "generate_two_part_id",
]


def generate_two_part_id(primary_seed: str | None = None, secondary_seed: str | None = None) -> str:
    """64 hex digits: uuid5(DNS namespace, primary seed) then uuid5(DNS, secondary seed).

    A missing (or empty) seed is a random uuid4 hex, so the result is deterministic only when
    both seeds are given; the same seeds give the same id as in 2.x.
    """
    primary = primary_seed or uuid.uuid4().hex
    secondary = secondary_seed or uuid.uuid4().hex
    return (
        uuid.uuid5(uuid.NAMESPACE_DNS, primary).hex + uuid.uuid5(uuid.NAMESPACE_DNS, secondary).hex
    )


async def configure_workflow_encoding(
    config: WorkflowEncodingConfig,
    *,
    client: BaseClient,
    namespace: str | None = None,
) -> None:
    """Encode workflow payloads sent by ``client`` and decode those it receives.

    After this call, on that client only: the ``input`` of ``workflows.execute_workflow``
    (and the registration twin, sent as ``encoded_input``), of signals, queries, updates and
    schedules is encoded; the ``result`` of executions and the event payloads of
    ``events.get_workflow_events`` and of the event streams are decoded. ``namespace`` (part
    of offloaded blob keys) is read from the API (``/v1/workflows/workers/whoami``) when not
    given. Calling it again replaces the configuration.
    """
    from .._client_hook import install

    if not namespace:
        from ..helpers import get_scheduler_namespace

        namespace = await get_scheduler_namespace(client)
    install(client, config, namespace)


def configure_workflow_encoding_sync(
    config: WorkflowEncodingConfig,
    *,
    client: BaseClient,
    namespace: str | None = None,
) -> None:
    """Blocking twin of :func:`configure_workflow_encoding` (not in 2.x)."""
    from .._client_hook import install

    if not namespace:
        from ..helpers import get_scheduler_namespace_sync

        namespace = get_scheduler_namespace_sync(client)
    install(client, config, namespace)
