# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.fine_tuning._generated._models.batch_job import BatchError, BatchJob
    from mistralai.api.fine_tuning._generated._models.batch_job_status import BatchJobStatus
    from mistralai.api.fine_tuning._generated._models.classifier_detailed_job_out import (
        CheckpointOut,
        ClassifierDetailedJobOut,
        ClassifierDetailedJobOutStatus,
        ClassifierFineTuningJobDetails,
        ClassifierFineTuningJobDetailsStatus,
        ClassifierTargetOut,
        CompletionDetailedJobOut,
        CompletionDetailedJobOutStatus,
        CompletionFineTuningJobDetails,
        CompletionFineTuningJobDetailsStatus,
        EventOut,
        MetricOut,
    )
    from mistralai.api.fine_tuning._generated._models.classifier_job_out import (
        ClassifierFineTuningJob,
        ClassifierFineTuningJobStatus,
        ClassifierJobOut,
        ClassifierJobOutStatus,
        CompletionFineTuningJob,
        CompletionFineTuningJobStatus,
        CompletionJobOut,
        CompletionJobOutStatus,
    )
    from mistralai.api.fine_tuning._generated._models.classifier_training_parameters import (
        ClassifierTrainingParameters,
        CompletionTrainingParameters,
        GithubRepositoryOut,
        JobMetadataOut,
        WandbIntegrationOut,
    )
    from mistralai.api.fine_tuning._generated._models.create_batch_job_request import (
        APIEndpoint,
        ApiEndpoint,
        BatchRequest,
        CreateBatchJobRequest,
    )
    from mistralai.api.fine_tuning._generated._models.delete_batch_job_response import (
        DeleteBatchJobResponse,
    )
    from mistralai.api.fine_tuning._generated._models.job_in import (
        ClassifierTargetIn,
        ClassifierTrainingParametersIn,
        CompletionTrainingParametersIn,
        FineTuneableModelType,
        GithubRepositoryIn,
        JobIn,
        TrainingFile,
        WandbIntegration,
    )
    from mistralai.api.fine_tuning._generated._models.jobs_api_routes_fine_tuning_cancel_fine_tuning_job_response import (
        JobsAPIRoutesFineTuningCancelFineTuningJobResponse,
    )
    from mistralai.api.fine_tuning._generated._models.jobs_api_routes_fine_tuning_create_fine_tuning_job_response import (
        JobsAPIRoutesFineTuningCreateFineTuningJobResponse,
        LegacyJobMetadataOut,
    )
    from mistralai.api.fine_tuning._generated._models.jobs_api_routes_fine_tuning_get_fine_tuning_job_response import (
        JobsAPIRoutesFineTuningGetFineTuningJobResponse,
    )
    from mistralai.api.fine_tuning._generated._models.jobs_api_routes_fine_tuning_get_fine_tuning_jobs_status import (
        JobsAPIRoutesFineTuningGetFineTuningJobsStatus,
    )
    from mistralai.api.fine_tuning._generated._models.jobs_api_routes_fine_tuning_start_fine_tuning_job_response import (
        JobsAPIRoutesFineTuningStartFineTuningJobResponse,
    )
    from mistralai.api.fine_tuning._generated._models.list_batch_jobs_response import (
        ListBatchJobsResponse,
    )
    from mistralai.api.fine_tuning._generated._models.list_fine_tuning_jobs_response import (
        JobsOut,
        JobsOutData,
        ListFineTuningJobsResponse,
        ListFineTuningJobsResponseData,
    )
    from mistralai.api.fine_tuning._generated._models.order_by import OrderBy
    from mistralai.api.fine_tuning._generated._typed_dicts import (
        BatchRequestTypedDict,
        ClassifierTargetInTypedDict,
        ClassifierTrainingParametersInTypedDict,
        CompletionTrainingParametersInTypedDict,
        CreateBatchJobRequestTypedDict,
        GithubRepositoryInTypedDict,
        JobInTypedDict,
        TrainingFileTypedDict,
        WandbIntegrationTypedDict,
    )
    from mistralai.core.models import (
        CreateFileResponse,
        DeleteFileResponse,
        FilePurpose,
        FilesAPIRoutesUploadFileFileVisibility,
        FilesAPIRoutesUploadFileMultiPartBodyParams,
        FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict,
        FileVisibility,
        FTClassifierLossFunction,
        SampleType,
        Source,
    )

__all__ = [
    "APIEndpoint",
    "ApiEndpoint",
    "BatchError",
    "BatchJob",
    "BatchJobStatus",
    "BatchRequest",
    "BatchRequestTypedDict",
    "CheckpointOut",
    "ClassifierDetailedJobOut",
    "ClassifierDetailedJobOutStatus",
    "ClassifierFineTuningJob",
    "ClassifierFineTuningJobDetails",
    "ClassifierFineTuningJobDetailsStatus",
    "ClassifierFineTuningJobStatus",
    "ClassifierJobOut",
    "ClassifierJobOutStatus",
    "ClassifierTargetIn",
    "ClassifierTargetInTypedDict",
    "ClassifierTargetOut",
    "ClassifierTrainingParameters",
    "ClassifierTrainingParametersIn",
    "ClassifierTrainingParametersInTypedDict",
    "CompletionDetailedJobOut",
    "CompletionDetailedJobOutStatus",
    "CompletionFineTuningJob",
    "CompletionFineTuningJobDetails",
    "CompletionFineTuningJobDetailsStatus",
    "CompletionFineTuningJobStatus",
    "CompletionJobOut",
    "CompletionJobOutStatus",
    "CompletionTrainingParameters",
    "CompletionTrainingParametersIn",
    "CompletionTrainingParametersInTypedDict",
    "CreateBatchJobRequest",
    "CreateBatchJobRequestTypedDict",
    "CreateFileResponse",
    "DeleteBatchJobResponse",
    "DeleteFileResponse",
    "EventOut",
    "FTClassifierLossFunction",
    "FilePurpose",
    "FileVisibility",
    "FilesAPIRoutesUploadFileFileVisibility",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "FineTuneableModelType",
    "GithubRepositoryIn",
    "GithubRepositoryInTypedDict",
    "GithubRepositoryOut",
    "JobIn",
    "JobInTypedDict",
    "JobMetadataOut",
    "JobsAPIRoutesFineTuningCancelFineTuningJobResponse",
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponse",
    "JobsAPIRoutesFineTuningGetFineTuningJobResponse",
    "JobsAPIRoutesFineTuningGetFineTuningJobsStatus",
    "JobsAPIRoutesFineTuningStartFineTuningJobResponse",
    "JobsOut",
    "JobsOutData",
    "LegacyJobMetadataOut",
    "ListBatchJobsResponse",
    "ListFineTuningJobsResponse",
    "ListFineTuningJobsResponseData",
    "MetricOut",
    "OrderBy",
    "SampleType",
    "Source",
    "TrainingFile",
    "TrainingFileTypedDict",
    "WandbIntegration",
    "WandbIntegrationOut",
    "WandbIntegrationTypedDict",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.batch_job": "BatchError BatchJob",
            "._models.batch_job_status": "BatchJobStatus",
            "._models.classifier_detailed_job_out": (
                "CheckpointOut ClassifierDetailedJobOut ClassifierDetailedJobOutStatus "
                "ClassifierFineTuningJobDetails ClassifierFineTuningJobDetailsStatus "
                "ClassifierTargetOut CompletionDetailedJobOut CompletionDetailedJobOutStatus "
                "CompletionFineTuningJobDetails CompletionFineTuningJobDetailsStatus EventOut "
                "MetricOut"
            ),
            "._models.classifier_job_out": (
                "ClassifierFineTuningJob ClassifierFineTuningJobStatus ClassifierJobOut "
                "ClassifierJobOutStatus CompletionFineTuningJob CompletionFineTuningJobStatus "
                "CompletionJobOut CompletionJobOutStatus"
            ),
            "._models.classifier_training_parameters": (
                "ClassifierTrainingParameters CompletionTrainingParameters GithubRepositoryOut "
                "JobMetadataOut WandbIntegrationOut"
            ),
            "._models.create_batch_job_request": "APIEndpoint ApiEndpoint BatchRequest CreateBatchJobRequest",
            "._models.delete_batch_job_response": "DeleteBatchJobResponse",
            "._models.job_in": (
                "ClassifierTargetIn ClassifierTrainingParametersIn CompletionTrainingParametersIn "
                "FineTuneableModelType GithubRepositoryIn JobIn TrainingFile WandbIntegration"
            ),
            "._models.jobs_api_routes_fine_tuning_cancel_fine_tuning_job_response": "JobsAPIRoutesFineTuningCancelFineTuningJobResponse",
            "._models.jobs_api_routes_fine_tuning_create_fine_tuning_job_response": "JobsAPIRoutesFineTuningCreateFineTuningJobResponse LegacyJobMetadataOut",
            "._models.jobs_api_routes_fine_tuning_get_fine_tuning_job_response": "JobsAPIRoutesFineTuningGetFineTuningJobResponse",
            "._models.jobs_api_routes_fine_tuning_get_fine_tuning_jobs_status": "JobsAPIRoutesFineTuningGetFineTuningJobsStatus",
            "._models.jobs_api_routes_fine_tuning_start_fine_tuning_job_response": "JobsAPIRoutesFineTuningStartFineTuningJobResponse",
            "._models.list_batch_jobs_response": "ListBatchJobsResponse",
            "._models.list_fine_tuning_jobs_response": "JobsOut JobsOutData ListFineTuningJobsResponse ListFineTuningJobsResponseData",
            "._models.order_by": "OrderBy",
            "._typed_dicts": (
                "BatchRequestTypedDict ClassifierTargetInTypedDict "
                "ClassifierTrainingParametersInTypedDict CompletionTrainingParametersInTypedDict "
                "CreateBatchJobRequestTypedDict GithubRepositoryInTypedDict JobInTypedDict "
                "TrainingFileTypedDict WandbIntegrationTypedDict"
            ),
            "mistralai.core.models": (
                "CreateFileResponse DeleteFileResponse FTClassifierLossFunction FilePurpose "
                "FileVisibility FilesAPIRoutesUploadFileFileVisibility "
                "FilesAPIRoutesUploadFileMultiPartBodyParams "
                "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict SampleType Source"
            ),
        },
    )
