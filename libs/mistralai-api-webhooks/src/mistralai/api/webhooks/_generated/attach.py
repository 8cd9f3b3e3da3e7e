# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-webhooks attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH"]

ATTACH: dict[str, str] = {
    "beta.triggers": "mistralai.api.webhooks._generated.resources:Triggers",
    "beta.webhooks": "mistralai.api.webhooks._generated.resources:Webhooks",
}
