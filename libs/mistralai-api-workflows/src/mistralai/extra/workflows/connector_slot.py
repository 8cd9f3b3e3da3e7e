"""2.x ``mistralai.extra.workflows.connector_slot``: typed connector bindings for workflow
executions, serialised to the ``extensions`` the execute API takes::

    {"mistralai": {"connectors": {"bindings": [{"connector_name": "gmail"}, ...]}}}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

__all__ = ["ConnectorBindings", "ConnectorExtension", "ConnectorSlot", "WorkflowExtensions"]


class ConnectorSlot(BaseModel):
    """A connector the execution needs, optionally with a named credential set."""

    connector_name: str
    credentials_name: str | None = None


class ConnectorBindings(BaseModel):
    """The connector slots of an execution."""

    bindings: list[ConnectorSlot]


class ConnectorExtension(BaseModel):
    """The Mistral extension carrying the connector configuration."""

    connectors: ConnectorBindings


class WorkflowExtensions(BaseModel):
    """The ``extensions`` object of an execute request."""

    mistralai: ConnectorExtension

    @classmethod
    def from_connectors(cls, connectors: Sequence[ConnectorSlot]) -> WorkflowExtensions:
        return cls(
            mistralai=ConnectorExtension(connectors=ConnectorBindings(bindings=list(connectors)))
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form the API expects (unset credential names left out)."""
        return self.model_dump(mode="json", exclude_none=True)
