"""The widgets resource: one operation sent through the core request pipeline."""

from __future__ import annotations

from mistralai.core.runtime import Operation, Resource

_LIST = Operation[dict[str, object]](
    operation_id="acme_widgets_list",
    method="GET",
    path="/v1/models",
    response=dict[str, object],
    domain="widgets",
)

_PING = Operation[dict[str, object]](
    operation_id="acme_gadgets_ping",
    method="GET",
    path="/v1/acme/ping",
    response=dict[str, object],
    domain="gadgets",
)


class Widgets(Resource):
    """Lists widgets (the models endpoint, as far as the test server is concerned)."""

    def list(self) -> dict[str, object]:
        return self._client.request(_LIST)

    async def list_async(self) -> dict[str, object]:
        return await self._client.request_async(_LIST)

    def ping(self) -> dict[str, object]:
        """An operation of another domain (``gadgets``), which the acme provider does not serve."""
        return self._client.request(_PING)
