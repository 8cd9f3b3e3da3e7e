# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "StaticOrganizationRoles",
]

StaticOrganizationRoles: TypeAlias = (
    Literal[
        "0d48f530-095c-43fe-8aea-6673bcacabe6",
        "c955f4e1-9477-43f0-8349-6fbc629fccc9",
        "7bde5959-d676-47d2-b779-35b64323d278",
    ]
    | str
)
