# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (QueryDefinition, SignalDefinition, UpdateDefinition...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "QueryDefinition",
    "SignalDefinition",
    "UpdateDefinition",
    "WorkflowCodeDefinition",
]


class QueryDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Name of the query"""
    description: str | None = None
    """Description of the query"""
    input_schema: dict[str, Any]
    """Input JSON schema of the query's model"""
    output_schema: dict[str, Any] | None = None
    """Output JSON schema of the query's model"""


class SignalDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Name of the signal"""
    description: str | None = None
    """Description of the signal"""
    input_schema: dict[str, Any]
    """Input JSON schema of the signal's model"""


class UpdateDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Name of the update"""
    description: str | None = None
    """Description of the update"""
    input_schema: dict[str, Any]
    """Input JSON schema of the update's model"""
    output_schema: dict[str, Any] | None = None
    """Output JSON schema of the update's model"""


class WorkflowCodeDefinition(BaseModel):
    __mistral_keep__ = frozenset({"enforce_determinism", "on_behalf_of"})
    __mistral_drop_none__ = frozenset({"signals", "queries", "updates", "execution_timeout"})
    input_schema: dict[str, Any]
    """Input schema of the workflow's run method"""
    output_schema: dict[str, Any] | None = None
    """Output schema of the workflow's run method"""
    signals: list[SignalDefinition] | None = None
    """Signal handlers defined by the workflow"""
    queries: list[QueryDefinition] | None = None
    """Query handlers defined by the workflow"""
    updates: list[UpdateDefinition] | None = None
    """Update handlers defined by the workflow"""
    enforce_determinism: bool = False
    """Whether the workflow enforces deterministic execution"""
    on_behalf_of: bool = False
    """Whether the workflow must run associated to a user's identity"""
    execution_timeout: float | None = None
    """Maximum total execution time including retries and continue-as-new"""
    plugin_metadata: dict[str, Any] | None = None
    """Plugin-specific metadata (e.g. connector declarations)"""
