# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ModelList...)."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.api.chat._generated._models.base_model_card import BaseModelCard, FTModelCard
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "ModelList",
    "ModelListData",
]

ModelListData: TypeAlias = Annotated[
    Annotated[BaseModelCard, Tag("base")]
    | Annotated[FTModelCard, Tag("fine-tuned")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"base", "fine-tuned"})),
]


class ModelList(BaseModel):
    __mistral_keep__ = frozenset({"object"})
    __mistral_drop_none__ = frozenset({"data"})
    object: str = "list"
    data: list[ModelListData] | None = None
