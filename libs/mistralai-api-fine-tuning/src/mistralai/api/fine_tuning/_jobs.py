"""``client.fine_tuning``: the generated operations plus the ``jobs.wait`` helpers (the batch
helpers are in :mod:`mistralai.api.fine_tuning.batch`)."""

from __future__ import annotations

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning._generated import resources as generated
from mistralai.api.fine_tuning._job_waits import JobWaits, namespace
from mistralai.api.fine_tuning._wait import FINE_TUNING_TERMINAL_STATUSES

__all__ = ["FineTuning", "FineTuningJobs"]


FineTuningJob = models.JobsAPIRoutesFineTuningGetFineTuningJobResponse


class FineTuningJobs(generated.FineTuningJobs, JobWaits[FineTuningJob]):
    """``fine_tuning.jobs``: list, create, get, cancel, start, and :meth:`wait`.

    ``wait`` ends on ``SUCCESS`` (``fine_tuned_model`` names the new model), ``FAILED``,
    ``FAILED_VALIDATION`` or ``CANCELLED``, or on ``VALIDATED`` for a job created with
    ``auto_start=False``: it waits for ``start`` and would not move on its own."""

    __slots__ = ()

    _kind = "fine-tuning job"
    _terminal = FINE_TUNING_TERMINAL_STATUSES


class FineTuning(generated.FineTuning):
    """``client.fine_tuning``."""

    __slots__ = ()

    @property
    def jobs(self) -> FineTuningJobs:
        """Operations of ``fine_tuning.jobs`` (with ``wait``)."""
        return namespace(self, "_ns_jobs", FineTuningJobs)
