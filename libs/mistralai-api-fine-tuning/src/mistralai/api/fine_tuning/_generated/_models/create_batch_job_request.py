# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (BatchRequest, CreateBatchJobRequest...)."""

from typing import Any, Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "APIEndpoint",
    "ApiEndpoint",
    "BatchRequest",
    "CreateBatchJobRequest",
]

ApiEndpoint: TypeAlias = (
    Literal[
        "/v1/chat/completions",
        "/v1/embeddings",
        "/v1/fim/completions",
        "/v1/moderations",
        "/v1/chat/moderations",
        "/v1/ocr",
        "/v1/classifications",
        "/v1/chat/classifications",
        "/v1/conversations",
        "/v1/audio/transcriptions",
    ]
    | str
)


class BatchRequest(BaseModel):
    __mistral_keep__ = frozenset()
    custom_id: str | None = None
    body: dict[str, Any]


class CreateBatchJobRequest(BaseModel):
    __mistral_keep__ = frozenset({"timeout_hours"})
    input_files: list[str] | None = None
    """A list of `.jsonl` files for batch inference. Each line must be a JSON object with a `body` field containing the request payload: ```json {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French cheese?"}]}} {"custom_id": "1", "body": ..."""
    requests: list[BatchRequest] | None = None
    endpoint: ApiEndpoint
    """The endpoint to be used for batch inference."""
    model: str | None = None
    """The model to be used for batch inference."""
    agent_id: str | None = None
    """In case you want to use a specific agent from the **deprecated** agents api for batch inference, you can specify the agent ID here."""
    metadata: dict[str, str] | None = None
    """The metadata of your choice to be associated with the batch inference job."""
    timeout_hours: int = 24
    """The timeout in hours for the batch inference job."""


# names of the official 2.x SDK for the same schemas
APIEndpoint: TypeAlias = ApiEndpoint
