# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Where the resources of mistralai-agents attach on the client: dotted attach point -> "module:Class"."""

__all__ = ["ATTACH"]

ATTACH: dict[str, str] = {
    "agents": "mistralai.agents._generated.resources:Agents",
    "beta.agents": "mistralai.agents._generated.resources:BetaAgents",
    "beta.conversations": "mistralai.agents._conversations:Conversations",
    "beta.prompts": "mistralai.agents._generated.resources:BetaPrompts",
    "beta.skills": "mistralai.agents._generated.resources:Skills",
}
