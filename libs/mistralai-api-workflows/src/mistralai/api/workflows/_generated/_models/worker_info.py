# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkerInfo...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkerInfo",
]


class WorkerInfo(BaseModel):
    """The workflow scheduler of the API key's workspace."""

    __mistral_keep__ = frozenset()
    scheduler_url: str
    namespace: str
