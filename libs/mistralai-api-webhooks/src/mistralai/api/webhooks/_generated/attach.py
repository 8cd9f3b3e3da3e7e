# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-webhooks attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "beta.triggers": "mistralai.api.webhooks._generated.resources:Triggers",
    "beta.webhooks": "mistralai.api.webhooks._generated.resources:Webhooks",
}

OPERATIONS = "mistralai.api.webhooks._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
