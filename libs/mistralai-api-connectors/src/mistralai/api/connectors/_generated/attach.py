# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-connectors attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "beta.connectors": "mistralai.api.connectors._connectors:Connectors",
}

OPERATIONS = "mistralai.api.connectors._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
