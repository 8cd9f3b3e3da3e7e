# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-observability attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "beta.observability": "mistralai.api.observability._generated.resources:Observability",
}

OPERATIONS = "mistralai.api.observability._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
