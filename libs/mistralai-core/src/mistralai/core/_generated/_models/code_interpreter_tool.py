# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (CodeInterpreterTool, CustomConnector, DocumentLibraryTool...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core._generated._models.api_key_auth import (
    APIKeyAuth,
    OAuth2TokenAuth,
    ToolConfiguration,
)
from mistralai.core.runtime import UNKNOWN_TAG, ConstFieldsModel, UnknownVariant, open_discriminator

__all__ = [
    "CodeInterpreterTool",
    "CustomConnector",
    "CustomConnectorAuthorization",
    "DocumentLibraryTool",
    "ImageGenerationTool",
    "WebSearchPremiumTool",
    "WebSearchTool",
]


class CodeInterpreterTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "code_interpreter"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["code_interpreter"] = "code_interpreter"


CustomConnectorAuthorization: TypeAlias = Annotated[
    Annotated[APIKeyAuth, Tag("api-key")]
    | Annotated[OAuth2TokenAuth, Tag("oauth2-token")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"api-key", "oauth2-token"})),
]


class CustomConnector(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "connector"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["connector"] = "connector"
    connector_id: str
    authorization: CustomConnectorAuthorization | None = None
    tool_configuration: ToolConfiguration | None = None


class DocumentLibraryTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "document_library"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["document_library"] = "document_library"
    library_ids: list[str]
    """Ids of the library in which to search."""


class ImageGenerationTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image_generation"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["image_generation"] = "image_generation"


class WebSearchPremiumTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "web_search_premium"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search_premium"] = "web_search_premium"


class WebSearchTool(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "web_search"}
    __mistral_keep__ = frozenset({"type"})
    tool_configuration: ToolConfiguration | None = None
    type: Literal["web_search"] = "web_search"
