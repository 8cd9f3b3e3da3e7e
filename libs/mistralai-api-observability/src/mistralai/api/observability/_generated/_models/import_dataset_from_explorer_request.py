# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ImportDatasetFromExplorerRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ImportDatasetFromExplorerRequest",
]


class ImportDatasetFromExplorerRequest(BaseModel):
    __mistral_keep__ = frozenset()
    completion_event_ids: list[str]
