# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Static types of the resources that domain packages attach to ``Mistral``.

For type checkers only: at run time each attribute is resolved through the plugin
registry, and a missing package raises ``MissingDomainError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import mistralai.admin._generated.resources as _admin_generated_resources
    import mistralai.agents._conversations as _agents_conversations
    import mistralai.agents._generated.resources as _agents_generated_resources
    import mistralai.audio._generated.resources as _audio_generated_resources
    import mistralai.chat._chat as _chat_chat
    import mistralai.chat._generated.resources as _chat_generated_resources
    import mistralai.connectors._connectors as _connectors_connectors
    import mistralai.files._files as _files_files
    import mistralai.files._generated.resources as _files_generated_resources
    import mistralai.fine_tuning._jobs as _fine_tuning_jobs
    import mistralai.observability._generated.resources as _observability_generated_resources
    import mistralai.workflows._generated.resources as _workflows_generated_resources
    import mistralai.workflows._workflows as _workflows_workflows

__all__ = ["ClientResources"]


class BetaNamespace:
    """``client.beta``."""

    admin: _admin_generated_resources.Admin
    agents: _agents_generated_resources.BetaAgents
    connectors: _connectors_connectors.Connectors
    conversations: _agents_conversations.Conversations
    libraries: _files_generated_resources.Libraries
    observability: _observability_generated_resources.Observability
    prompts: _agents_generated_resources.BetaPrompts
    rag: _files_generated_resources.Rag
    skills: _agents_generated_resources.Skills
    users: _admin_generated_resources.Users


class ClientResources:
    """The attributes of ``Mistral`` given by domain packages."""

    agents: _agents_generated_resources.Agents
    audio: _audio_generated_resources.Audio
    batch: _fine_tuning_jobs.Batch
    chat: _chat_chat.Chat
    classifiers: _chat_generated_resources.Classifiers
    embeddings: _chat_generated_resources.Embeddings
    events: _workflows_generated_resources.Events
    files: _files_files.Files
    fim: _chat_generated_resources.Fim
    fine_tuning: _fine_tuning_jobs.FineTuning
    models: _chat_generated_resources.Models
    ocr: _chat_generated_resources.Ocr
    workflows: _workflows_workflows.Workflows
    beta: BetaNamespace
