# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-chat attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH"]

ATTACH: dict[str, str] = {
    "chat": "mistralai.chat._chat:Chat",
    "classifiers": "mistralai.chat._generated.resources:Classifiers",
    "embeddings": "mistralai.chat._generated.resources:Embeddings",
    "fim": "mistralai.chat._generated.resources:Fim",
    "models": "mistralai.chat._generated.resources:Models",
    "ocr": "mistralai.chat._generated.resources:Ocr",
}
