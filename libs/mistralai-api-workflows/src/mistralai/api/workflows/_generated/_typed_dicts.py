# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-workflows distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NotRequired, Required

from typing_extensions import TypedDict

from mistralai.api.workflows._generated._models.encoded_payload_options import EncodedPayloadOptions
from mistralai.api.workflows._generated._models.schedule_overlap_policy import ScheduleOverlapPolicy

__all__ = [
    "BatchExecutionBodyTypedDict",
    "CreateDeploymentRequestTypedDict",
    "DeploymentResourceConfigTypedDict",
    "DeploymentResourceConfigUpdateTypedDict",
    "DeploymentWorkerSpecInputTypedDict",
    "NetworkEncodedInputTypedDict",
    "PartialScheduleDefinitionTypedDict",
    "QueryInvocationBodyTypedDict",
    "ResetInvocationBodyTypedDict",
    "ScheduleCalendarTypedDict",
    "ScheduleDefinitionTypedDict",
    "ScheduleIntervalTypedDict",
    "SchedulePolicyTypedDict",
    "ScheduleRangeTypedDict",
    "SignalInvocationBodyTypedDict",
    "UpdateDeploymentRequestTypedDict",
    "UpdateInvocationBodyTypedDict",
    "WorkflowBulkArchiveRequestTypedDict",
    "WorkflowBulkUnarchiveRequestTypedDict",
    "WorkflowExecutionRequestTypedDict",
    "WorkflowSchedulePauseRequestTypedDict",
    "WorkflowScheduleRequestTypedDict",
    "WorkflowScheduleTriggerRequestTypedDict",
    "WorkflowScheduleUpdateRequestTypedDict",
    "WorkflowTagsAddRequestTypedDict",
    "WorkflowUpdateRequestTypedDict",
    "WorkflowsWorkerSpecUpdateTypedDict",
]


class BatchExecutionBodyTypedDict(TypedDict):
    """Dict form of :class:`BatchExecutionBody`."""

    execution_ids: Required[Sequence[str]]


class CreateDeploymentRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateDeploymentRequest`."""

    name: Required[str]
    spec: Required[DeploymentWorkerSpecInputTypedDict]
    resources: NotRequired[DeploymentResourceConfigTypedDict | None]
    hardened: NotRequired[bool]


class DeploymentResourceConfigTypedDict(TypedDict):
    """Dict form of :class:`DeploymentResourceConfig`."""

    replicas: NotRequired[int | None]
    cpu_request: NotRequired[str | None]
    cpu_limit: NotRequired[str | None]
    memory_request: NotRequired[str | None]
    memory_limit: NotRequired[str | None]


class DeploymentResourceConfigUpdateTypedDict(TypedDict):
    """Dict form of :class:`DeploymentResourceConfigUpdate`."""

    replicas: NotRequired[int | None]
    cpu_request: NotRequired[str | None]
    cpu_limit: NotRequired[str | None]
    memory_request: NotRequired[str | None]
    memory_limit: NotRequired[str | None]


class DeploymentWorkerSpecInputTypedDict(TypedDict):
    """Dict form of :class:`DeploymentWorkerSpecInput`."""

    github_url: Required[str]
    revision: NotRequired[str | None]
    entrypoint: NotRequired[str | None]
    working_dir: NotRequired[str | None]


class NetworkEncodedInputTypedDict(TypedDict):
    """Dict form of :class:`NetworkEncodedInput`."""

    b64payload: Required[str]
    encoding_options: NotRequired[Sequence[EncodedPayloadOptions]]
    empty: NotRequired[bool]


class PartialScheduleDefinitionTypedDict(TypedDict):
    """Dict form of :class:`PartialScheduleDefinition`."""

    input: NotRequired[Any]
    calendars: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    intervals: NotRequired[Sequence[ScheduleIntervalTypedDict]]
    cron_expressions: NotRequired[Sequence[str]]
    skip: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    start_at: NotRequired[datetime | None]
    end_at: NotRequired[datetime | None]
    jitter: NotRequired[str | None]
    time_zone_name: NotRequired[str | None]
    policy: NotRequired[SchedulePolicyTypedDict]
    max_executions: NotRequired[int | None]


class QueryInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`QueryInvocationBody`."""

    name: Required[str]
    input: NotRequired[NetworkEncodedInputTypedDict | Mapping[str, Any] | None]


class ResetInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`ResetInvocationBody`."""

    event_id: Required[int]
    reason: NotRequired[str | None]
    exclude_signals: NotRequired[bool]
    exclude_updates: NotRequired[bool]


class ScheduleCalendarTypedDict(TypedDict):
    """Dict form of :class:`ScheduleCalendar`."""

    second: NotRequired[Sequence[ScheduleRangeTypedDict]]
    minute: NotRequired[Sequence[ScheduleRangeTypedDict]]
    hour: NotRequired[Sequence[ScheduleRangeTypedDict]]
    day_of_month: NotRequired[Sequence[ScheduleRangeTypedDict]]
    month: NotRequired[Sequence[ScheduleRangeTypedDict]]
    year: NotRequired[Sequence[ScheduleRangeTypedDict]]
    day_of_week: NotRequired[Sequence[ScheduleRangeTypedDict]]
    comment: NotRequired[str | None]


class ScheduleDefinitionTypedDict(TypedDict):
    """Dict form of :class:`ScheduleDefinition`."""

    input: Required[Any]
    calendars: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    intervals: NotRequired[Sequence[ScheduleIntervalTypedDict]]
    cron_expressions: NotRequired[Sequence[str]]
    skip: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    start_at: NotRequired[datetime | None]
    end_at: NotRequired[datetime | None]
    jitter: NotRequired[str | None]
    time_zone_name: NotRequired[str | None]
    policy: NotRequired[SchedulePolicyTypedDict]
    max_executions: NotRequired[int | None]
    schedule_id: NotRequired[str | None]


class ScheduleIntervalTypedDict(TypedDict):
    """Dict form of :class:`ScheduleInterval`."""

    every: Required[str]
    offset: NotRequired[str | None]


class SchedulePolicyTypedDict(TypedDict):
    """Dict form of :class:`SchedulePolicy`."""

    catchup_window_seconds: NotRequired[int]
    overlap: NotRequired[ScheduleOverlapPolicy]
    pause_on_failure: NotRequired[bool]


class ScheduleRangeTypedDict(TypedDict):
    """Dict form of :class:`ScheduleRange`."""

    start: Required[int]
    end: NotRequired[int]
    step: NotRequired[int]


class SignalInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`SignalInvocationBody`."""

    name: Required[str]
    input: NotRequired[NetworkEncodedInputTypedDict | Mapping[str, Any] | None]


class UpdateDeploymentRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateDeploymentRequest`."""

    spec: NotRequired[WorkflowsWorkerSpecUpdateTypedDict | None]
    resources: NotRequired[DeploymentResourceConfigUpdateTypedDict | None]


class UpdateInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`UpdateInvocationBody`."""

    name: Required[str]
    input: NotRequired[NetworkEncodedInputTypedDict | Mapping[str, Any] | None]


class WorkflowBulkArchiveRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowBulkArchiveRequest`."""

    workflow_ids: Required[Sequence[str]]


class WorkflowBulkUnarchiveRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowBulkUnarchiveRequest`."""

    workflow_ids: Required[Sequence[str]]


class WorkflowExecutionRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowExecutionRequest`."""

    execution_id: NotRequired[str | None]
    input: NotRequired[Mapping[str, Any] | None]
    wait_for_result: NotRequired[bool]
    timeout_seconds: NotRequired[float | None]
    custom_tracing_attributes: NotRequired[Mapping[str, str] | None]
    force_new_trace: NotRequired[bool]
    extensions: NotRequired[Mapping[str, Any] | None]
    task_queue: NotRequired[str | None]
    deployment_name: NotRequired[str | None]
    traceparent: NotRequired[str | None]


class WorkflowSchedulePauseRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowSchedulePauseRequest`."""

    note: NotRequired[str | None]


class WorkflowScheduleRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowScheduleRequest`."""

    schedule: Required[ScheduleDefinitionTypedDict]
    workflow_registration_id: NotRequired[str | None]
    workflow_version_id: NotRequired[str | None]
    workflow_identifier: NotRequired[str | None]
    workflow_task_queue: NotRequired[str | None]
    schedule_id: NotRequired[str | None]
    deployment_name: NotRequired[str | None]


class WorkflowScheduleTriggerRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowScheduleTriggerRequest`."""

    overlap: NotRequired[ScheduleOverlapPolicy | None]


class WorkflowScheduleUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowScheduleUpdateRequest`."""

    schedule: Required[PartialScheduleDefinitionTypedDict]


class WorkflowUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowUpdateRequest`."""

    display_name: NotRequired[str | None]
    description: NotRequired[str | None]
    available_in_chat_assistant: NotRequired[bool | None]
    tags: NotRequired[Sequence[str] | None]


class WorkflowsWorkerSpecUpdateTypedDict(TypedDict):
    """Dict form of :class:`WorkflowsWorkerSpecUpdate`."""

    github_url: NotRequired[str | None]
    revision: NotRequired[str | None]
    entrypoint: NotRequired[str | None]
    working_dir: NotRequired[str | None]


class WorkflowTagsAddRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowTagsAddRequest`."""

    tags: Required[Sequence[str]]
