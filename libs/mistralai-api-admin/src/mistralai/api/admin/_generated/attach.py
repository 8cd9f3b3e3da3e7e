# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-admin attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "beta.admin": "mistralai.api.admin._generated.resources:Admin",
    "beta.service_accounts": "mistralai.api.admin._generated.resources:ServiceAccounts",
    "beta.users": "mistralai.api.admin._generated.resources:Users",
}

OPERATIONS = "mistralai.api.admin._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
