# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Static types of the resources that domain packages attach to ``Mistral``.

For type checkers only: at run time each attribute is resolved through the plugin
registry, and a missing package raises ``MissingDomainError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import mistralai.api.admin._generated.resources as _api_admin_generated_resources
    import mistralai.api.agents._conversations as _api_agents_conversations
    import mistralai.api.agents._generated.resources as _api_agents_generated_resources
    import mistralai.api.audio._generated.resources as _api_audio_generated_resources
    import mistralai.api.audio._realtime as _api_audio_realtime
    import mistralai.api.chat._chat as _api_chat_chat
    import mistralai.api.chat._generated.resources as _api_chat_generated_resources
    import mistralai.api.connectors._connectors as _api_connectors_connectors
    import mistralai.api.context._generated.resources as _api_context_generated_resources
    import mistralai.api.files._files as _api_files_files
    import mistralai.api.files._generated.resources as _api_files_generated_resources
    import mistralai.api.files._rag as _api_files_rag
    import mistralai.api.fine_tuning._jobs as _api_fine_tuning_jobs
    import mistralai.api.fine_tuning.batch._resource as _api_fine_tuning_batch_resource
    import mistralai.api.observability._generated.resources as _api_observability_generated_resources
    import mistralai.api.responses._generated.resources as _api_responses_generated_resources
    import mistralai.api.webhooks._generated.resources as _api_webhooks_generated_resources
    import mistralai.api.workflows._generated.resources as _api_workflows_generated_resources
    import mistralai.api.workflows._workflows as _api_workflows_workflows

__all__ = ["ClientResources"]


class BetaNamespace:
    """``client.beta``."""

    admin: _api_admin_generated_resources.Admin
    agents: _api_agents_generated_resources.BetaAgents
    connectors: _api_connectors_connectors.Connectors
    context: _api_context_generated_resources.BetaContext
    conversations: _api_agents_conversations.Conversations
    libraries: _api_files_generated_resources.Libraries
    observability: _api_observability_generated_resources.Observability
    prompts: _api_agents_generated_resources.BetaPrompts
    rag: _api_files_rag.Rag
    service_accounts: _api_admin_generated_resources.ServiceAccounts
    skills: _api_agents_generated_resources.Skills
    triggers: _api_webhooks_generated_resources.Triggers
    users: _api_admin_generated_resources.Users
    webhooks: _api_webhooks_generated_resources.Webhooks


class ClientResources:
    """The attributes of ``Mistral`` given by domain packages."""

    agents: _api_agents_generated_resources.Agents
    audio: _api_audio_realtime.Audio
    batch: _api_fine_tuning_batch_resource.Batch
    chat: _api_chat_chat.Chat
    classifiers: _api_chat_generated_resources.Classifiers
    embeddings: _api_chat_generated_resources.Embeddings
    events: _api_workflows_generated_resources.Events
    files: _api_files_files.Files
    fim: _api_chat_generated_resources.Fim
    fine_tuning: _api_fine_tuning_jobs.FineTuning
    models: _api_chat_generated_resources.Models
    ocr: _api_chat_generated_resources.Ocr
    realtime: _api_audio_generated_resources.Realtime
    responses: _api_responses_generated_resources.Responses
    workflows: _api_workflows_workflows.Workflows
    beta: BetaNamespace
