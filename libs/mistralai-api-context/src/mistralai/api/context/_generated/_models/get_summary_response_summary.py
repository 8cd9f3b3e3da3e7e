# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (GetSummaryResponseSummary...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSummaryResponseSummary",
    "GetSummaryResponseSummaryStatus",
]

GetSummaryResponseSummaryStatus: TypeAlias = (
    Literal["handwritten", "generated", "generated_confirmed"] | str
)


class GetSummaryResponseSummary(BaseModel):
    __mistral_keep__ = frozenset()
    content: str
    status: GetSummaryResponseSummaryStatus | str
    translated: bool
