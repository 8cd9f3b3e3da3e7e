"""``jobs.wait`` / ``jobs.wait_async`` of fine-tuning and batch jobs, written once.

:class:`JobWaits` holds the two methods (the 2.x-style parameters, the older names still
accepted); a generated jobs resource (with ``get`` / ``get_async``) mixes it in and says
what a job is (``kind``, its terminal statuses). The waiting itself is core's polling engine
(:mod:`mistralai.api.fine_tuning._wait`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from mistralai.api.fine_tuning._wait import WaitOptions, wait_job, wait_job_async, wait_options
from mistralai.core.runtime import Resource

__all__ = ["JobWaits", "namespace", "options"]

J = TypeVar("J")
N = TypeVar("N", bound=Resource)


def options(
    polling_interval: float | None,
    max_attempts: int | None,
    timeout: float | None,
    on_poll: Callable[[J], object] | None,
    poll_interval: float | None,
    progress: Callable[[J], object] | None,
) -> WaitOptions[J]:
    """:func:`~mistralai.api.fine_tuning._wait.wait_options` from a helper's parameters, in
    the order every helper declares them."""
    return wait_options(
        polling_interval=polling_interval,
        max_attempts=max_attempts,
        timeout=timeout,
        on_poll=on_poll,
        poll_interval=poll_interval,
        progress=progress,
    )


def namespace(owner: Resource, attribute: str, kind: type[N]) -> N:
    """The hand-written ``kind`` namespace cached in ``owner.<attribute>`` (the slot where
    the generated property caches the generated class)."""
    value: object = getattr(owner, attribute, None)
    if not isinstance(value, kind):
        value = kind(owner._client)  # pyright: ignore[reportPrivateUsage]
        setattr(owner, attribute, value)
    return value


class JobWaits(Generic[J]):
    """``wait`` and ``wait_async`` for a jobs resource whose jobs are ``J``."""

    __slots__ = ()

    _kind: ClassVar[str]
    """What a job is called in errors (``"batch job"``)."""
    _terminal: ClassVar[frozenset[str]]
    """The statuses that end a wait."""

    if TYPE_CHECKING:  # the generated jobs resource the class is mixed into has them

        def get(self, *, job_id: str) -> J: ...

        async def get_async(self, *, job_id: str) -> J: ...

    def wait(
        self,
        job_id: str,
        *,
        polling_interval: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        on_poll: Callable[[J], None] | None = None,
        poll_interval: float | None = None,
        progress: Callable[[J], None] | None = None,
    ) -> J:
        """Poll the job every ``polling_interval`` seconds until it reaches a terminal status
        (see the class: ``SUCCESS``, ``FAILED``, ``CANCELLED``...).

        :param job_id: the job.
        :param polling_interval: seconds between polls (default 5).
        :param max_attempts: give up after this many polls (``None``: no limit).
        :param timeout: give up after this many seconds (``None``: wait as long as it takes).
        :param on_poll: called with the job after every poll (the last call sees the final job).
        :param poll_interval: older name of ``polling_interval``, still accepted.
        :param progress: older name of ``on_poll``, still accepted.
        :returns: the job in its terminal status.
        :raises WaitTimeoutError: the timeout passed (or ``max_attempts`` polls were made)
            first; ``error.job`` is the last job seen.
        """
        how = options(polling_interval, max_attempts, timeout, on_poll, poll_interval, progress)
        return wait_job(self._kind, job_id, self._terminal, how, lambda: self.get(job_id=job_id))

    async def wait_async(
        self,
        job_id: str,
        *,
        polling_interval: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        on_poll: Callable[[J], Awaitable[None] | None] | None = None,
        poll_interval: float | None = None,
        progress: Callable[[J], Awaitable[None] | None] | None = None,
    ) -> J:
        """Async twin of :meth:`wait`; ``on_poll`` may also be a coroutine function."""
        how = options(polling_interval, max_attempts, timeout, on_poll, poll_interval, progress)
        return await wait_job_async(
            self._kind, job_id, self._terminal, how, lambda: self.get_async(job_id=job_id)
        )
