# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.api.chat._generated._models.base_model_card import BaseModelCard, FTModelCard
from mistralai.core.runtime import UNKNOWN_TAG, UnknownVariant, open_discriminator

__all__ = [
    "ResponseRetrieveModelV1ModelsModelIDGet",
    "RetrieveModelV1ModelsModelIdGetResponse",
]

RetrieveModelV1ModelsModelIdGetResponse: TypeAlias = Annotated[
    Annotated[BaseModelCard, Tag("base")]
    | Annotated[FTModelCard, Tag("fine-tuned")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"base", "fine-tuned"})),
]

# names of the official 2.x SDK for the same schemas
ResponseRetrieveModelV1ModelsModelIDGet: TypeAlias = RetrieveModelV1ModelsModelIdGetResponse
