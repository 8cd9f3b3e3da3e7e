# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (AuthenticationConfiguration, CredentialsStatus...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from mistralai.api.connectors._generated._models.outbound_authentication_type import (
    OutboundAuthenticationType,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "AuthStatus",
    "AuthenticationConfiguration",
    "ConsumerType",
    "CredentialsStatus",
    "CredentialsStatusErrorReason",
    "HTTPStatus",
]

AuthStatus: TypeAlias = Literal["valid", "invalid", "error"] | str

ConsumerType: TypeAlias = Literal["user", "org", "workspace", "system"] | str

CredentialsStatusErrorReason: TypeAlias = (
    Literal[
        "oauth expired",
        "oauth near expiry",
        "empty credentials",
        "unparsable credentials",
        "you need to reconnect",
        "oauth refresh error",
        "MCP server unreachable",
        "MCP server timed out",
        "MCP server error",
        "unknown error",
    ]
    | str
)

HTTPStatus: TypeAlias = Literal[
    100,
    101,
    102,
    103,
    200,
    201,
    202,
    203,
    204,
    205,
    206,
    207,
    208,
    226,
    300,
    301,
    302,
    303,
    304,
    305,
    307,
    308,
    400,
    401,
    402,
    403,
    404,
    405,
    406,
    407,
    408,
    409,
    410,
    411,
    412,
    413,
    414,
    415,
    416,
    417,
    418,
    421,
    422,
    423,
    424,
    425,
    426,
    428,
    429,
    431,
    451,
    500,
    501,
    502,
    503,
    504,
    505,
    506,
    507,
    508,
    510,
    511,
]
"""HTTP status codes and reason phrases Status codes from the following RFCs are all observed: * RFC 7231: Hypertext Transfer Protocol (HTTP/1.1), obsoletes 2616 * RFC 6585: Additional HTTP Status Codes * RFC 3229: Delta encoding in HTTP * RFC 4918: HTTP Extensions for WebDAV, obsoletes 2518 * RFC ..."""


class CredentialsStatus(BaseModel):
    __mistral_keep__ = frozenset()
    status_type: AuthStatus
    last_checked_at: datetime | None = None
    error_http_code: HTTPStatus | None = None
    error_message: CredentialsStatusErrorReason | None = None


class AuthenticationConfiguration(BaseModel):
    __mistral_keep__ = frozenset({"is_default"})
    name: str
    title: str | None = None
    authentication_type: OutboundAuthenticationType
    scope: ConsumerType
    status: CredentialsStatus | None = None
    is_default: bool = False
