# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-fine-tuning attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "batch": "mistralai.api.fine_tuning.batch._resource:Batch",
    "fine_tuning": "mistralai.api.fine_tuning._jobs:FineTuning",
}

OPERATIONS = "mistralai.api.fine_tuning._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
