# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-files attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH"]

ATTACH: dict[str, str] = {
    "beta.libraries": "mistralai.files._generated.resources:Libraries",
    "beta.rag": "mistralai.files._generated.resources:Rag",
    "files": "mistralai.files._files:Files",
}
