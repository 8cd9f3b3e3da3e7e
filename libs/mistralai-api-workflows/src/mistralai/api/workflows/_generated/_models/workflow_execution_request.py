# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowExecutionRequest",
]


class WorkflowExecutionRequest(BaseModel):
    __mistral_keep__ = frozenset({"wait_for_result"})
    execution_id: str | None = None
    """Allows you to specify a custom execution ID. If not provided, a random ID will be generated."""
    input: dict[str, Any] | None = None
    """The input to the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema."""
    wait_for_result: bool = False
    """If true, wait for the workflow to complete and return the result directly."""
    timeout_seconds: float | None = None
    """Maximum time to wait for completion when wait_for_result is true."""
    custom_tracing_attributes: dict[str, str] | None = None
    force_new_trace: bool = False
    """If true, ignore the caller's trace context and start a new, independent trace for this execution instead of joining the caller's trace."""
    extensions: dict[str, Any] | None = None
    """Plugin-specific data to propagate into WorkflowContext.extensions at execution time."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead."""
    deployment_name: str | None = None
    """Name of the deployment to route this execution to"""
    traceparent: str | None = None
