# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Which first-party distribution serves each attach point (``chat``, ``beta.agents``):
used only to name the package to install when one is missing. Registration itself
goes through entry points like any plugin's."""

__all__ = ["FIRST_PARTY"]

FIRST_PARTY: dict[str, str] = {
    "beta.admin": "mistralai-api-admin",
    "beta.service_accounts": "mistralai-api-admin",
    "beta.users": "mistralai-api-admin",
    "agents": "mistralai-api-agents",
    "beta.agents": "mistralai-api-agents",
    "beta.conversations": "mistralai-api-agents",
    "beta.prompts": "mistralai-api-agents",
    "beta.skills": "mistralai-api-agents",
    "audio": "mistralai-api-audio",
    "realtime": "mistralai-api-audio",
    "chat": "mistralai-api-chat",
    "classifiers": "mistralai-api-chat",
    "embeddings": "mistralai-api-chat",
    "fim": "mistralai-api-chat",
    "models": "mistralai-api-chat",
    "ocr": "mistralai-api-chat",
    "beta.connectors": "mistralai-api-connectors",
    "beta.context": "mistralai-api-context",
    "beta.libraries": "mistralai-api-files",
    "beta.rag": "mistralai-api-files",
    "files": "mistralai-api-files",
    "batch": "mistralai-api-fine-tuning",
    "fine_tuning": "mistralai-api-fine-tuning",
    "beta.observability": "mistralai-api-observability",
    "responses": "mistralai-api-responses",
    "beta.triggers": "mistralai-api-webhooks",
    "beta.webhooks": "mistralai-api-webhooks",
    "events": "mistralai-api-workflows",
    "workflows": "mistralai-api-workflows",
}
