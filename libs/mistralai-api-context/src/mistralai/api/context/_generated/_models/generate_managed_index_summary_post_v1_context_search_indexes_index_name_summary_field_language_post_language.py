# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage",
]

GenerateManagedIndexSummaryPostV1ContextSearchIndexesIndexNameSummaryFieldLanguagePostLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)
