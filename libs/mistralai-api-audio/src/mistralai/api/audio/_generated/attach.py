# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-audio attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "audio": "mistralai.api.audio._realtime:Audio",
    "realtime": "mistralai.api.audio._generated.resources:Realtime",
}

OPERATIONS = "mistralai.api.audio._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
