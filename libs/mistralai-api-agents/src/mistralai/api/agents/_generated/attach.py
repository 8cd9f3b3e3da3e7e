# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-api-agents attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH", "OPERATIONS"]

ATTACH: dict[str, str] = {
    "agents": "mistralai.api.agents._generated.resources:Agents",
    "beta.agents": "mistralai.api.agents._generated.resources:BetaAgents",
    "beta.conversations": "mistralai.api.agents._conversations:Conversations",
    "beta.prompts": "mistralai.api.agents._generated.resources:BetaPrompts",
    "beta.skills": "mistralai.api.agents._generated.resources:Skills",
}

OPERATIONS = "mistralai.api.agents._generated.resources:OPERATIONS"
"""Import string of the package's operation registry (operation id -> Operation)."""
