# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (ExtendedOAuthServerMetadata, GlobalHeaderValue...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "ExtendedOAuthServerMetadata",
    "GlobalHeaderValue",
    "OAuthMetadataSource",
]

OAuthMetadataSource: TypeAlias = Literal["autodiscovery", "provided"] | str
"""How a connector's OAuth server metadata was obtained."""


class ExtendedOAuthServerMetadata(BaseModel):
    """Custom superset of RFC 8414 OAuth 2.0 Authorization Server Metadata. Stored at connector creation time (provided for HTTP connectors, discovered via .well-known for MCP). Mirrors the shape of .well-known/oauth-authorization-server responses."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"response_types_supported"})
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    registration_endpoint: str | None = None
    scopes_supported: list[str] | None = None
    response_types_supported: list[str] | None = None
    response_modes_supported: list[str] | None = None
    grant_types_supported: list[str] | None = None
    token_endpoint_auth_methods_supported: list[str] | None = None
    token_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    service_documentation: str | None = None
    ui_locales_supported: list[str] | None = None
    op_policy_uri: str | None = None
    op_tos_uri: str | None = None
    revocation_endpoint: str | None = None
    revocation_endpoint_auth_methods_supported: list[str] | None = None
    revocation_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    introspection_endpoint: str | None = None
    introspection_endpoint_auth_methods_supported: list[str] | None = None
    introspection_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    code_challenge_methods_supported: list[str] | None = None
    client_id_metadata_document_supported: bool | None = None
    x_source: OAuthMetadataSource | None = None
    x_resource_url: str | None = None
    x_scope: str | None = None


class GlobalHeaderValue(BaseModel):
    """Value of a connector-wide header. ``value`` is plaintext in memory so create round-trips and encryption-at-rest keep the real value; secrets are redacted only on JSON serialization (API responses)."""

    __mistral_keep__ = frozenset()
    is_secret: bool = True
    value: str
