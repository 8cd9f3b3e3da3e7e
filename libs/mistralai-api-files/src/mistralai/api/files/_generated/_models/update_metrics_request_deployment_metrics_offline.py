# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (UpdateMetricsRequestDeploymentMetricsOffline, UpdateMetricsRequestDeploymentMetricsOnline, UpdateMetricsRequestIndexMetrics...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "UpdateMetricsRequestDeploymentMetricsOffline",
    "UpdateMetricsRequestDeploymentMetricsOnline",
    "UpdateMetricsRequestIndexMetrics",
]


class UpdateMetricsRequestDeploymentMetricsOffline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "offline"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["offline"] = "offline"
    clear_metrics: bool = False


class UpdateMetricsRequestIndexMetrics(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    document_count: int


class UpdateMetricsRequestDeploymentMetricsOnline(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "online"}
    __mistral_keep__ = frozenset({"status"})
    status: Literal["online"] = "online"
    document_count: int
    index_metrics: list[UpdateMetricsRequestIndexMetrics]
