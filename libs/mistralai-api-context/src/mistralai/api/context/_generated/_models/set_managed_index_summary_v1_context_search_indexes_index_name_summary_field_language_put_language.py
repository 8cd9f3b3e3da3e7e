# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (UpdateSummaryRequestSummary...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage",
    "UpdateSummaryRequestSummary",
    "UpdateSummaryRequestSummaryStatus",
]

UpdateSummaryRequestSummaryStatus: TypeAlias = Literal["handwritten", "generated_confirmed"] | str


class UpdateSummaryRequestSummary(BaseModel):
    __mistral_keep__ = frozenset()
    content: str
    status: UpdateSummaryRequestSummaryStatus
    translated: bool


SetManagedIndexSummaryV1ContextSearchIndexesIndexNameSummaryFieldLanguagePutLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)
