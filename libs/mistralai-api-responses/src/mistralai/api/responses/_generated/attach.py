# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-responses attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "responses": "mistralai.api.responses._generated.resources:Responses",
}

OPERATIONS = "mistralai.api.responses._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
