# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (UpdateIndexSummaryRequestSummary...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateIndexSummaryRequestSummary",
]


class UpdateIndexSummaryRequestSummary(BaseModel):
    __mistral_keep__ = frozenset()
    summary: str
