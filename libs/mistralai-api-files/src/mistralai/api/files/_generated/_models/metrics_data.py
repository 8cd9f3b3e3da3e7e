# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (UpdateIndexMetricsRequestIndexMetricsOffline, UpdateIndexMetricsRequestIndexMetricsOnline, UpdateIndexMetricsRequestSchemaMetrics...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "MetricsData",
    "UpdateIndexMetricsRequestIndexMetricsOffline",
    "UpdateIndexMetricsRequestIndexMetricsOnline",
    "UpdateIndexMetricsRequestSchemaMetrics",
]


class UpdateIndexMetricsRequestSchemaMetrics(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    document_count: int


class UpdateIndexMetricsRequestIndexMetricsOnline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "online"}
    __mistral_keep__ = frozenset({"status"})
    document_count: int
    schema_metrics: list[UpdateIndexMetricsRequestSchemaMetrics]
    status: Literal["online"] = "online"


class UpdateIndexMetricsRequestIndexMetricsOffline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "offline"}
    __mistral_keep__ = frozenset({"status", "clear_metrics"})
    status: Literal["offline"] = "offline"
    clear_metrics: bool = False


MetricsData: TypeAlias = Annotated[
    Annotated[UpdateIndexMetricsRequestIndexMetricsOnline, Tag("online")]
    | Annotated[UpdateIndexMetricsRequestIndexMetricsOffline, Tag("offline")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("status", frozenset({"online", "offline"})),
]
