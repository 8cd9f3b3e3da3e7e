# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (ConnectionCredentials, CredentialsCreateOrUpdate, OAuth2Token...)."""

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "ConnectionCredentials",
    "CredentialsCreateOrUpdate",
    "OAuth2Token",
]


class OAuth2Token(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"token_type": "Bearer"}
    __mistral_keep__ = frozenset({"token_type"})
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int | None = None
    scope: str | None = None
    refresh_token: str | None = None
    expires_at: datetime | None = None


class ConnectionCredentials(BaseModel):
    __mistral_keep__ = frozenset()
    oauth: OAuth2Token | None = None
    headers: dict[str, str] | None = None
    bearer_token: str | None = None
    github_installation_id: str | None = None


class CredentialsCreateOrUpdate(BaseModel):
    """Request to create or update non-OAuth2 credentials for a connector."""

    __mistral_keep__ = frozenset()
    name: str
    """Name of the credentials. Use this name to access or modify your credentials."""
    title: str | None = None
    """Human-readable title for the credentials."""
    is_default: bool | None = None
    """Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other ..."""
    credentials: ConnectionCredentials | None = None
    """The credential data (headers, bearer_token)."""
