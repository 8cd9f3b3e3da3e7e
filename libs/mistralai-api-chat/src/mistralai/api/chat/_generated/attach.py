# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-chat attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "chat": "mistralai.api.chat._chat:Chat",
    "classifiers": "mistralai.api.chat._generated.resources:Classifiers",
    "embeddings": "mistralai.api.chat._generated.resources:Embeddings",
    "fim": "mistralai.api.chat._generated.resources:Fim",
    "models": "mistralai.api.chat._generated.resources:Models",
    "ocr": "mistralai.api.chat._generated.resources:Ocr",
}

OPERATIONS = "mistralai.api.chat._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
