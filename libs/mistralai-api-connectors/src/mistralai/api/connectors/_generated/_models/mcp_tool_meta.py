# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (MCPToolMeta, MCPUIToolMeta, ToolAnnotations...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "MCPToolMeta",
    "MCPUIToolMeta",
    "TaskSupport",
    "ToolAnnotations",
    "ToolExecution",
    "ToolType",
    "TurbineToolLocale",
    "TurbineToolMeta",
    "Visibility",
]

Visibility: TypeAlias = Literal["model", "app"] | str


class MCPUIToolMeta(BaseModel):
    """UI metadata for tools that reference UI resources."""

    __mistral_keep__ = frozenset()
    resource_uri: str | None = Field(
        default=None, validation_alias="resourceUri", serialization_alias="resourceUri"
    )
    visibility: list[Visibility] | None = None


ToolType: TypeAlias = Literal["rag", "image", "code", "event"] | str


class TurbineToolLocale(BaseModel):
    __mistral_keep__ = frozenset()
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineToolMeta(BaseModel):
    __mistral_keep__ = frozenset()
    locale: TurbineToolLocale | None = None
    tool_type: ToolType | None = None
    timeout: float | None = None
    private_execution: bool | None = None


class MCPToolMeta(BaseModel):
    """Typed _meta for MCP tools. Only the 'ui' field is typed. Other fields are allowed via extra="allow"."""

    __mistral_keep__ = frozenset()
    ui: MCPUIToolMeta | None = None
    ai_mistral_turbine: TurbineToolMeta | None = Field(
        default=None,
        validation_alias="ai.mistral/turbine",
        serialization_alias="ai.mistral/turbine",
    )


class ToolAnnotations(BaseModel):
    """Additional properties describing a Tool to clients. NOTE: all properties in ToolAnnotations are **hints**. They are not guaranteed to provide a faithful description of tool behavior (including descriptive properties like `title`). Clients should never make tool use decisions based on ToolAnnotations received from untrusted servers."""

    __mistral_keep__ = frozenset()
    title: str | None = None
    read_only_hint: bool | None = Field(
        default=None, validation_alias="readOnlyHint", serialization_alias="readOnlyHint"
    )
    destructive_hint: bool | None = Field(
        default=None, validation_alias="destructiveHint", serialization_alias="destructiveHint"
    )
    idempotent_hint: bool | None = Field(
        default=None, validation_alias="idempotentHint", serialization_alias="idempotentHint"
    )
    open_world_hint: bool | None = Field(
        default=None, validation_alias="openWorldHint", serialization_alias="openWorldHint"
    )


TaskSupport: TypeAlias = Literal["forbidden", "optional", "required"] | str


class ToolExecution(BaseModel):
    """Execution-related properties for a tool."""

    __mistral_keep__ = frozenset()
    task_support: TaskSupport | None = Field(
        default=None, validation_alias="taskSupport", serialization_alias="taskSupport"
    )
