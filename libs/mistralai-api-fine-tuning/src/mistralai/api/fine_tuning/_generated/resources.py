# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-fine-tuning distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from mistralai.api.fine_tuning._generated import models
from mistralai.core.runtime import (
    UNSET,
    Operation,
    OptionalNullable,
    PagePaging,
    RawResource,
    Resource,
    RetryConfig,
    paginate,
    paginate_async,
    raw_method,
)

__all__ = [
    "Batch",
    "BatchJobs",
    "BatchJobsWithRawResponse",
    "FineTuning",
    "FineTuningJobs",
    "FineTuningJobsWithRawResponse",
]

_BATCH_JOBS_LIST: Operation[models.ListBatchJobsResponse] = Operation(
    operation_id="jobs_api_routes_batch_get_batch_jobs",
    method="GET",
    path="/v1/batch/jobs",
    namespace="batch",
    retry_safe=True,
    response=lambda: models.ListBatchJobsResponse,
    query_explode=frozenset({"metadata"}),
    omit_none=frozenset({"page", "page_size", "created_by_me", "order_by"}),
)
_BATCH_JOBS_LIST_PAGING = PagePaging(items="data", param="page", start=0, total="total")
_BATCH_JOBS_CREATE: Operation[models.BatchJob] = Operation(
    operation_id="jobs_api_routes_batch_create_batch_job",
    method="POST",
    path="/v1/batch/jobs",
    namespace="batch",
    retry_safe=False,
    response=lambda: models.BatchJob,
    body=lambda: models.CreateBatchJobRequest,
    body_kind="json",
    wire="mistralai.api.fine_tuning._generated.wire",
    omit_none=frozenset({"timeout_hours"}),
)
_BATCH_JOBS_GET: Operation[models.BatchJob] = Operation(
    operation_id="jobs_api_routes_batch_get_batch_job",
    method="GET",
    path="/v1/batch/jobs/{job_id}",
    namespace="batch",
    retry_safe=True,
    response=lambda: models.BatchJob,
)
_BATCH_JOBS_DELETE: Operation[models.DeleteBatchJobResponse] = Operation(
    operation_id="jobs_api_routes_batch_delete_batch_job",
    method="DELETE",
    path="/v1/batch/jobs/{job_id}",
    namespace="batch",
    retry_safe=True,
    response=lambda: models.DeleteBatchJobResponse,
)
_BATCH_JOBS_CANCEL: Operation[models.BatchJob] = Operation(
    operation_id="jobs_api_routes_batch_cancel_batch_job",
    method="POST",
    path="/v1/batch/jobs/{job_id}/cancel",
    namespace="batch",
    retry_safe=False,
    response=lambda: models.BatchJob,
)
_FINE_TUNING_JOBS_LIST: Operation[models.ListFineTuningJobsResponse] = Operation(
    operation_id="jobs_api_routes_fine_tuning_get_fine_tuning_jobs",
    method="GET",
    path="/v1/fine_tuning/jobs",
    namespace="fine_tuning",
    retry_safe=True,
    response=lambda: models.ListFineTuningJobsResponse,
    omit_none=frozenset({"page", "page_size", "created_by_me"}),
)
_FINE_TUNING_JOBS_LIST_PAGING = PagePaging(items="data", param="page", start=0, total="total")
_FINE_TUNING_JOBS_CREATE: Operation[
    models.JobsAPIRoutesFineTuningCreateFineTuningJobResponse | models.LegacyJobMetadataOut
] = Operation(
    operation_id="jobs_api_routes_fine_tuning_create_fine_tuning_job",
    method="POST",
    path="/v1/fine_tuning/jobs",
    namespace="fine_tuning",
    retry_safe=False,
    response=lambda: (
        models.JobsAPIRoutesFineTuningCreateFineTuningJobResponse | models.LegacyJobMetadataOut
    ),
    body=lambda: models.JobIn,
    body_kind="json",
    wire="mistralai.api.fine_tuning._generated.wire",
    omit_none=frozenset({"training_files", "auto_start", "invalid_sample_skip_percentage"}),
)
_FINE_TUNING_JOBS_GET: Operation[models.JobsAPIRoutesFineTuningGetFineTuningJobResponse] = (
    Operation(
        operation_id="jobs_api_routes_fine_tuning_get_fine_tuning_job",
        method="GET",
        path="/v1/fine_tuning/jobs/{job_id}",
        namespace="fine_tuning",
        retry_safe=True,
        response=lambda: models.JobsAPIRoutesFineTuningGetFineTuningJobResponse,
    )
)
_FINE_TUNING_JOBS_CANCEL: Operation[models.JobsAPIRoutesFineTuningCancelFineTuningJobResponse] = (
    Operation(
        operation_id="jobs_api_routes_fine_tuning_cancel_fine_tuning_job",
        method="POST",
        path="/v1/fine_tuning/jobs/{job_id}/cancel",
        namespace="fine_tuning",
        retry_safe=False,
        response=lambda: models.JobsAPIRoutesFineTuningCancelFineTuningJobResponse,
    )
)
_FINE_TUNING_JOBS_START: Operation[models.JobsAPIRoutesFineTuningStartFineTuningJobResponse] = (
    Operation(
        operation_id="jobs_api_routes_fine_tuning_start_fine_tuning_job",
        method="POST",
        path="/v1/fine_tuning/jobs/{job_id}/start",
        namespace="fine_tuning",
        retry_safe=False,
        response=lambda: models.JobsAPIRoutesFineTuningStartFineTuningJobResponse,
    )
)
_BORROWED_FILES_UPLOAD: Operation[models.CreateFileResponse] = Operation(
    operation_id="files_api_routes_upload_file",
    method="POST",
    path="/v1/files",
    namespace="files",
    retry_safe=False,
    response=lambda: models.CreateFileResponse,
    body=lambda: models.FilesAPIRoutesUploadFileMultiPartBodyParams,
    body_kind="multipart",
)
_BORROWED_FILES_DELETE: Operation[models.DeleteFileResponse] = Operation(
    operation_id="files_api_routes_delete_file",
    method="DELETE",
    path="/v1/files/{file_id}",
    namespace="files",
    retry_safe=True,
    response=lambda: models.DeleteFileResponse,
)
_BORROWED_FILES_DOWNLOAD: Operation[bytes] = Operation(
    operation_id="files_api_routes_download_file",
    method="GET",
    path="/v1/files/{file_id}/content",
    namespace="files",
    retry_safe=True,
    response=bytes,
    accept="application/octet-stream",
)


class Batch(Resource):
    """Operations of ``batch``."""

    __slots__ = ("_ns_jobs",)
    _ns_jobs: BatchJobs

    @property
    def jobs(self) -> BatchJobs:
        """Operations of ``batch.jobs``."""
        try:
            return self._ns_jobs
        except AttributeError:
            self._ns_jobs = BatchJobs(self._client)
            return self._ns_jobs


class BatchJobs(Resource):
    """Operations of ``batch.jobs``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BatchJobsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return BatchJobsWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        model: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        created_after: OptionalNullable[datetime] = UNSET,
        created_by_me: bool | None = False,
        status: OptionalNullable[Sequence[models.BatchJobStatus]] = UNSET,
        order_by: models.OrderBy | None = "-created",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListBatchJobsResponse:
        """Get Batch Jobs.

        Get a list of batch jobs for your organization and user.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page:
        :param page_size:
        :param model:
        :param agent_id:
        :param metadata:
        :param created_after:
        :param created_by_me:
        :param status:
        :param order_by:
        """
        return paginate(
            self._client,
            _BATCH_JOBS_LIST,
            _BATCH_JOBS_LIST_PAGING,
            {
                "page": page,
                "page_size": page_size,
                "model": model,
                "agent_id": agent_id,
                "metadata": metadata,
                "created_after": created_after,
                "created_by_me": created_by_me,
                "status": status,
                "order_by": order_by,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        model: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Mapping[str, Any]] = UNSET,
        created_after: OptionalNullable[datetime] = UNSET,
        created_by_me: bool | None = False,
        status: OptionalNullable[Sequence[models.BatchJobStatus]] = UNSET,
        order_by: models.OrderBy | None = "-created",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListBatchJobsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _BATCH_JOBS_LIST,
            _BATCH_JOBS_LIST_PAGING,
            {
                "page": page,
                "page_size": page_size,
                "model": model,
                "agent_id": agent_id,
                "metadata": metadata,
                "created_after": created_after,
                "created_by_me": created_by_me,
                "status": status,
                "order_by": order_by,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        endpoint: models.ApiEndpoint,
        input_files: OptionalNullable[Sequence[str]] = UNSET,
        requests: OptionalNullable[
            Sequence[models.BatchRequest | models.BatchRequestTypedDict]
        ] = UNSET,
        model: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        timeout_hours: int | None = 24,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchJob:
        """Create Batch Job.

        Create a new batch job, it will be queued for processing.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param endpoint: The endpoint to be used for batch inference.
        :param input_files: A list of `.jsonl` files for batch inference. Each line must be a JSON object with a `body` field containing the request payload: ```json {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French cheese?"}]}} {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French wine?"}]}} ```
        :param requests:
        :param model: The model to be used for batch inference.
        :param agent_id: In case you want to use a specific agent from the **deprecated** agents api for batch inference, you can specify the agent ID here.
        :param metadata: The metadata of your choice to be associated with the batch inference job.
        :param timeout_hours: The timeout in hours for the batch inference job.
        """
        return self._client.request(
            _BATCH_JOBS_CREATE,
            body={
                "endpoint": endpoint,
                "input_files": input_files,
                "requests": requests,
                "model": model,
                "agent_id": agent_id,
                "metadata": metadata,
                "timeout_hours": timeout_hours,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        endpoint: models.ApiEndpoint,
        input_files: OptionalNullable[Sequence[str]] = UNSET,
        requests: OptionalNullable[
            Sequence[models.BatchRequest | models.BatchRequestTypedDict]
        ] = UNSET,
        model: OptionalNullable[str] = UNSET,
        agent_id: OptionalNullable[str] = UNSET,
        metadata: OptionalNullable[Mapping[str, str]] = UNSET,
        timeout_hours: int | None = 24,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchJob:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _BATCH_JOBS_CREATE,
            body={
                "endpoint": endpoint,
                "input_files": input_files,
                "requests": requests,
                "model": model,
                "agent_id": agent_id,
                "metadata": metadata,
                "timeout_hours": timeout_hours,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        job_id: str,
        inline: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchJob:
        """Get Batch Job.

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param job_id:
        :param inline:
        """
        return self._client.request(
            _BATCH_JOBS_GET,
            path={"job_id": job_id},
            query={"inline": inline},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        job_id: str,
        inline: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchJob:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _BATCH_JOBS_GET,
            path={"job_id": job_id},
            query={"inline": inline},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteBatchJobResponse:
        """Delete Batch Job.

        Request the deletion of a batch job.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param job_id:
        """
        return self._client.request(
            _BATCH_JOBS_DELETE,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeleteBatchJobResponse:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _BATCH_JOBS_DELETE,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def cancel(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchJob:
        """Cancel Batch Job.

        Request the cancellation of a batch job.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param job_id:
        """
        return self._client.request(
            _BATCH_JOBS_CANCEL,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def cancel_async(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchJob:
        """Async twin of :meth:`cancel`."""
        return await self._client.request_async(
            _BATCH_JOBS_CANCEL,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class FineTuning(Resource):
    """Operations of ``fine_tuning``."""

    __slots__ = ("_ns_jobs",)
    _ns_jobs: FineTuningJobs

    @property
    def jobs(self) -> FineTuningJobs:
        """Operations of ``fine_tuning.jobs``."""
        try:
            return self._ns_jobs
        except AttributeError:
            self._ns_jobs = FineTuningJobs(self._client)
            return self._ns_jobs


class FineTuningJobs(Resource):
    """Operations of ``fine_tuning.jobs``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> FineTuningJobsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return FineTuningJobsWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        model: OptionalNullable[str] = UNSET,
        created_after: OptionalNullable[datetime] = UNSET,
        created_before: OptionalNullable[datetime] = UNSET,
        created_by_me: bool | None = False,
        status: OptionalNullable[models.JobsAPIRoutesFineTuningGetFineTuningJobsStatus] = UNSET,
        wandb_project: OptionalNullable[str] = UNSET,
        wandb_name: OptionalNullable[str] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListFineTuningJobsResponse:
        """Get Fine Tuning Jobs.

        Get a list of fine-tuning jobs for your organization and user.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page: The page number of the results to be returned.
        :param page_size: The number of items to return per page.
        :param model: The model name used for fine-tuning to filter on. When set, the other results are not displayed.
        :param created_after: The date/time to filter on. When set, the results for previous creation times are not displayed.
        :param created_before:
        :param created_by_me: When set, only return results for jobs created by the API caller. Other results are not displayed.
        :param status: The current job state to filter on. When set, the other results are not displayed.
        :param wandb_project: The Weights and Biases project to filter on. When set, the other results are not displayed.
        :param wandb_name: The Weight and Biases run name to filter on. When set, the other results are not displayed.
        :param suffix: The model suffix to filter on. When set, the other results are not displayed.
        """
        return paginate(
            self._client,
            _FINE_TUNING_JOBS_LIST,
            _FINE_TUNING_JOBS_LIST_PAGING,
            {
                "page": page,
                "page_size": page_size,
                "model": model,
                "created_after": created_after,
                "created_before": created_before,
                "created_by_me": created_by_me,
                "status": status,
                "wandb_project": wandb_project,
                "wandb_name": wandb_name,
                "suffix": suffix,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page: int | None = 0,
        page_size: int | None = 100,
        model: OptionalNullable[str] = UNSET,
        created_after: OptionalNullable[datetime] = UNSET,
        created_before: OptionalNullable[datetime] = UNSET,
        created_by_me: bool | None = False,
        status: OptionalNullable[models.JobsAPIRoutesFineTuningGetFineTuningJobsStatus] = UNSET,
        wandb_project: OptionalNullable[str] = UNSET,
        wandb_name: OptionalNullable[str] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListFineTuningJobsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _FINE_TUNING_JOBS_LIST,
            _FINE_TUNING_JOBS_LIST_PAGING,
            {
                "page": page,
                "page_size": page_size,
                "model": model,
                "created_after": created_after,
                "created_before": created_before,
                "created_by_me": created_by_me,
                "status": status,
                "wandb_project": wandb_project,
                "wandb_name": wandb_name,
                "suffix": suffix,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create(
        self,
        *,
        model: str,
        hyperparameters: models.CompletionTrainingParametersIn
        | models.CompletionTrainingParametersInTypedDict
        | models.ClassifierTrainingParametersIn
        | models.ClassifierTrainingParametersInTypedDict,
        training_files: Sequence[models.TrainingFile | models.TrainingFileTypedDict] | None = None,
        validation_files: OptionalNullable[Sequence[str]] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        integrations: OptionalNullable[
            Sequence[models.WandbIntegration | models.WandbIntegrationTypedDict]
        ] = UNSET,
        auto_start: bool | None = None,
        invalid_sample_skip_percentage: float | None = 0,
        job_type: OptionalNullable[models.FineTuneableModelType] = UNSET,
        repositories: OptionalNullable[
            Sequence[models.GithubRepositoryIn | models.GithubRepositoryInTypedDict]
        ] = UNSET,
        classifier_targets: OptionalNullable[
            Sequence[models.ClassifierTargetIn | models.ClassifierTargetInTypedDict]
        ] = UNSET,
        dry_run: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningCreateFineTuningJobResponse | models.LegacyJobMetadataOut:
        """Create Fine Tuning Job.

        Create a new fine-tuning job, it will be queued for processing.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param model:
        :param hyperparameters:
        :param training_files:
        :param validation_files: A list containing the IDs of uploaded files that contain validation data. If you provide these files, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in `checkpoints` when getting the status of a running fine-tuning job. The same data should not be present in both train and validation files.
        :param suffix: A string that will be added to your fine-tuning model name. For example, a suffix of "my-great-model" would produce a model name like `ft:open-mistral-7b:my-great-model:xxx...`
        :param integrations: A list of integrations to enable for your fine-tuning job.
        :param auto_start: This field will be required in a future release.
        :param invalid_sample_skip_percentage:
        :param job_type:
        :param repositories:
        :param classifier_targets:
        :param dry_run: * If `true` the job is not spawned, instead the query returns a handful of useful metadata for the user to perform sanity checks (see `LegacyJobMetadataOut` response). * Otherwise, the job is started and the query returns the job ID along with some of the input parameters (see `JobOut` response).
        """
        return self._client.request(
            _FINE_TUNING_JOBS_CREATE,
            query={"dry_run": dry_run},
            body={
                "model": model,
                "hyperparameters": hyperparameters,
                "training_files": training_files,
                "validation_files": validation_files,
                "suffix": suffix,
                "integrations": integrations,
                "auto_start": auto_start,
                "invalid_sample_skip_percentage": invalid_sample_skip_percentage,
                "job_type": job_type,
                "repositories": repositories,
                "classifier_targets": classifier_targets,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        model: str,
        hyperparameters: models.CompletionTrainingParametersIn
        | models.CompletionTrainingParametersInTypedDict
        | models.ClassifierTrainingParametersIn
        | models.ClassifierTrainingParametersInTypedDict,
        training_files: Sequence[models.TrainingFile | models.TrainingFileTypedDict] | None = None,
        validation_files: OptionalNullable[Sequence[str]] = UNSET,
        suffix: OptionalNullable[str] = UNSET,
        integrations: OptionalNullable[
            Sequence[models.WandbIntegration | models.WandbIntegrationTypedDict]
        ] = UNSET,
        auto_start: bool | None = None,
        invalid_sample_skip_percentage: float | None = 0,
        job_type: OptionalNullable[models.FineTuneableModelType] = UNSET,
        repositories: OptionalNullable[
            Sequence[models.GithubRepositoryIn | models.GithubRepositoryInTypedDict]
        ] = UNSET,
        classifier_targets: OptionalNullable[
            Sequence[models.ClassifierTargetIn | models.ClassifierTargetInTypedDict]
        ] = UNSET,
        dry_run: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningCreateFineTuningJobResponse | models.LegacyJobMetadataOut:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _FINE_TUNING_JOBS_CREATE,
            query={"dry_run": dry_run},
            body={
                "model": model,
                "hyperparameters": hyperparameters,
                "training_files": training_files,
                "validation_files": validation_files,
                "suffix": suffix,
                "integrations": integrations,
                "auto_start": auto_start,
                "invalid_sample_skip_percentage": invalid_sample_skip_percentage,
                "job_type": job_type,
                "repositories": repositories,
                "classifier_targets": classifier_targets,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningGetFineTuningJobResponse:
        """Get Fine Tuning Job.

        Get a fine-tuned job details by its UUID.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param job_id: The ID of the job to analyse.
        """
        return self._client.request(
            _FINE_TUNING_JOBS_GET,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningGetFineTuningJobResponse:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _FINE_TUNING_JOBS_GET,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def cancel(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningCancelFineTuningJobResponse:
        """Cancel Fine Tuning Job.

        Request the cancellation of a fine tuning job.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param job_id: The ID of the job to cancel.
        """
        return self._client.request(
            _FINE_TUNING_JOBS_CANCEL,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def cancel_async(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningCancelFineTuningJobResponse:
        """Async twin of :meth:`cancel`."""
        return await self._client.request_async(
            _FINE_TUNING_JOBS_CANCEL,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def start(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningStartFineTuningJobResponse:
        """Start Fine Tuning Job.

        Request the start of a validated fine tuning job.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param job_id:
        """
        return self._client.request(
            _FINE_TUNING_JOBS_START,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def start_async(
        self,
        *,
        job_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JobsAPIRoutesFineTuningStartFineTuningJobResponse:
        """Async twin of :meth:`start`."""
        return await self._client.request_async(
            _FINE_TUNING_JOBS_START,
            path={"job_id": job_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class BatchJobsWithRawResponse(RawResource):
    """``batch.jobs.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(BatchJobs.list)
    list_async = raw_method(BatchJobs.list_async)
    create = raw_method(BatchJobs.create)
    create_async = raw_method(BatchJobs.create_async)
    get = raw_method(BatchJobs.get)
    get_async = raw_method(BatchJobs.get_async)
    delete = raw_method(BatchJobs.delete)
    delete_async = raw_method(BatchJobs.delete_async)
    cancel = raw_method(BatchJobs.cancel)
    cancel_async = raw_method(BatchJobs.cancel_async)


class FineTuningJobsWithRawResponse(RawResource):
    """``fine_tuning.jobs.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(FineTuningJobs.list)
    list_async = raw_method(FineTuningJobs.list_async)
    create = raw_method(FineTuningJobs.create)
    create_async = raw_method(FineTuningJobs.create_async)
    get = raw_method(FineTuningJobs.get)
    get_async = raw_method(FineTuningJobs.get_async)
    cancel = raw_method(FineTuningJobs.cancel)
    cancel_async = raw_method(FineTuningJobs.cancel_async)
    start = raw_method(FineTuningJobs.start)
    start_async = raw_method(FineTuningJobs.start_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "jobs_api_routes_batch_get_batch_jobs": _BATCH_JOBS_LIST,
    "jobs_api_routes_batch_create_batch_job": _BATCH_JOBS_CREATE,
    "jobs_api_routes_batch_get_batch_job": _BATCH_JOBS_GET,
    "jobs_api_routes_batch_delete_batch_job": _BATCH_JOBS_DELETE,
    "jobs_api_routes_batch_cancel_batch_job": _BATCH_JOBS_CANCEL,
    "jobs_api_routes_fine_tuning_get_fine_tuning_jobs": _FINE_TUNING_JOBS_LIST,
    "jobs_api_routes_fine_tuning_create_fine_tuning_job": _FINE_TUNING_JOBS_CREATE,
    "jobs_api_routes_fine_tuning_get_fine_tuning_job": _FINE_TUNING_JOBS_GET,
    "jobs_api_routes_fine_tuning_cancel_fine_tuning_job": _FINE_TUNING_JOBS_CANCEL,
    "jobs_api_routes_fine_tuning_start_fine_tuning_job": _FINE_TUNING_JOBS_START,
    "files_api_routes_upload_file": _BORROWED_FILES_UPLOAD,
    "files_api_routes_delete_file": _BORROWED_FILES_DELETE,
    "files_api_routes_download_file": _BORROWED_FILES_DOWNLOAD,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
