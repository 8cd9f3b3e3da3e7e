"""Errors raised by the workflow wait helpers.

Both subclass the built-in exceptions the 2.x helpers documented (``RuntimeError`` for an
execution that ends badly, ``TimeoutError`` for one still running when the wait gives up), so
``except RuntimeError`` / ``except TimeoutError`` clauses keep working, and both are
:class:`~mistralai.core.errors.MistralError`.
"""

from __future__ import annotations

from mistralai.api.workflows._generated.models import WorkflowExecutionResponse
from mistralai.core.errors import MistralError

__all__ = ["WorkflowExecutionFailedError", "WorkflowWaitTimeoutError"]


class WorkflowExecutionFailedError(MistralError, RuntimeError):
    """The execution ended in a status other than ``COMPLETED`` (``FAILED``, ``CANCELED``,
    ``TERMINATED``, ``TIMED_OUT``...). ``execution`` is its final state."""

    def __init__(self, execution: WorkflowExecutionResponse) -> None:
        super().__init__(
            f"workflow execution {execution.execution_id} ({execution.workflow_name}) "
            f"ended with status {execution.status}"
        )
        self.execution = execution
        self.execution_id = execution.execution_id
        self.status = execution.status


class WorkflowWaitTimeoutError(MistralError, TimeoutError):
    """The execution was still running when the wait gave up (``max_attempts`` polls or
    ``timeout`` seconds). ``execution`` is the last state seen; the execution keeps running."""

    def __init__(
        self, execution: WorkflowExecutionResponse, *, attempts: int, elapsed: float
    ) -> None:
        super().__init__(
            f"workflow execution {execution.execution_id} is still {execution.status} "
            f"after {attempts} polls ({elapsed:.1f}s)"
        )
        self.execution = execution
        self.execution_id = execution.execution_id
        self.status = execution.status
        self.attempts = attempts
        self.elapsed = elapsed
