# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ListSortDirection",
    "ListSortField",
]

ListSortDirection: TypeAlias = (
    Literal[
        "list_sort_direction_unspecified", "list_sort_direction_asc", "list_sort_direction_desc"
    ]
    | str
)

ListSortField: TypeAlias = (
    Literal[
        "list_sort_field_unspecified",
        "list_sort_field_created_at",
        "list_sort_field_last_modified_at",
        "list_sort_field_name",
        "list_sort_field_title",
    ]
    | str
)
