# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-files attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "beta.libraries": "mistralai.api.files._generated.resources:Libraries",
    "beta.rag": "mistralai.api.files._rag:Rag",
    "files": "mistralai.api.files._files:Files",
}

OPERATIONS = "mistralai.api.files._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
