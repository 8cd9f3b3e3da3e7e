# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-context attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "beta.context": "mistralai.api.context._generated.resources:BetaContext",
}

OPERATIONS = "mistralai.api.context._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
