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


class Widgets(Resource):
    """Lists widgets (the models endpoint, as far as the test server is concerned)."""

    def list(self) -> dict[str, object]:
        return self._client.request(_LIST)

    async def list_async(self) -> dict[str, object]:
        return await self._client.request_async(_LIST)
