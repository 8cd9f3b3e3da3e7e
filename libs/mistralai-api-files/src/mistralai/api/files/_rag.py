"""``client.beta.rag``: the generated operations, with ``search_indexes.update_index_metrics``
accepting both official forms.

2.x's ``update_index_metrics(index_id=..., request_body=...)`` calls
``PUT /v1/rag/indexes/index/{index_id}/metrics``; 3.x's method of the same name takes
``deployment_id`` and calls ``PUT /v1/rag/deployments/{deployment_id}/metrics`` (the spec's
``update_deployment_metrics`` here). Both forms work: the id given picks the endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mistralai.api.files._generated import models
from mistralai.api.files._generated.resources import Rag as GeneratedRag
from mistralai.api.files._generated.resources import SearchIndexes as GeneratedSearchIndexes
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig

__all__ = ["Rag", "SearchIndexes"]

MetricsBody = (
    models.MetricsData
    | models.MetricsDataTypedDict
    | models.UpdateMetricsRequestDeploymentMetricsOnline
    | models.UpdateMetricsRequestDeploymentMetricsOnlineTypedDict
    | models.UpdateMetricsRequestDeploymentMetricsOffline
    | models.UpdateMetricsRequestDeploymentMetricsOfflineTypedDict
)
"""An index's metrics (2.x form) or a deployment's (3.x form)."""


def _target(index_id: str | None, deployment_id: str | None) -> str:
    if (index_id is None) == (deployment_id is None):
        raise TypeError("update_index_metrics: give index_id (2.x) or deployment_id (3.x)")
    return "index" if index_id is not None else "deployment"


class SearchIndexes(GeneratedSearchIndexes):
    """``beta.rag.search_indexes``: ``update_index_metrics`` in its 2.x and 3.x forms."""

    __slots__ = ()

    def update_index_metrics(  # pyright: ignore[reportIncompatibleMethodOverride]
        self,
        *,
        index_id: str | None = None,
        request_body: MetricsBody,
        deployment_id: str | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Update the metrics of an index (``index_id``, 2.x) or of a deployment
        (``deployment_id``, 3.x: the same as :meth:`update_deployment_metrics`)."""
        options: dict[str, Any] = {
            "retries": retries,
            "server_url": server_url,
            "timeout_ms": timeout_ms,
            "http_headers": http_headers,
        }
        if _target(index_id, deployment_id) == "index":
            assert index_id is not None
            return super().update_index_metrics(
                index_id=index_id,
                request_body=request_body,  # pyright: ignore[reportArgumentType]
                **options,
            )
        assert deployment_id is not None
        return self.update_deployment_metrics(
            deployment_id=deployment_id,
            request=request_body,  # pyright: ignore[reportArgumentType]
            **options,
        )

    async def update_index_metrics_async(  # pyright: ignore[reportIncompatibleMethodOverride]
        self,
        *,
        index_id: str | None = None,
        request_body: MetricsBody,
        deployment_id: str | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`update_index_metrics`."""
        options: dict[str, Any] = {
            "retries": retries,
            "server_url": server_url,
            "timeout_ms": timeout_ms,
            "http_headers": http_headers,
        }
        if _target(index_id, deployment_id) == "index":
            assert index_id is not None
            return await super().update_index_metrics_async(
                index_id=index_id,
                request_body=request_body,  # pyright: ignore[reportArgumentType]
                **options,
            )
        assert deployment_id is not None
        return await self.update_deployment_metrics_async(
            deployment_id=deployment_id,
            request=request_body,  # pyright: ignore[reportArgumentType]
            **options,
        )


class Rag(GeneratedRag):
    """``beta.rag`` with the two-form ``search_indexes``."""

    __slots__ = ()

    @property
    def search_indexes(self) -> SearchIndexes:  # pyright: ignore[reportIncompatibleMethodOverride]
        """Operations of ``beta.rag.search_indexes``."""
        try:
            found = self._ns_search_indexes
        except AttributeError:
            found = self._ns_search_indexes = SearchIndexes(self._client)
        assert isinstance(found, SearchIndexes)
        return found
