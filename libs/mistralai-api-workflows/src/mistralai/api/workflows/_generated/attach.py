# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-workflows attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "events": "mistralai.api.workflows._generated.resources:Events",
    "workflows": "mistralai.api.workflows._workflows:Workflows",
}

OPERATIONS = "mistralai.api.workflows._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
