# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "StaticWorkspaceRoles",
    "WorkspaceRole",
]

StaticWorkspaceRoles: TypeAlias = (
    Literal[
        "d7ea77c5-9260-41d0-ab26-52b5add3ee56",
        "48436751-ee56-44bd-8a2d-712233977821",
        "375cd0db-3bbe-4b79-80f3-954ccf04f3d1",
        "578584f1-4319-4c88-9948-38a5184483b6",
        "d79b3027-4eb2-4521-8722-825acfee7d8b",
        "252a0825-40b9-4b98-be80-7658956f13e9",
        "17aa61c5-1c61-477e-a40a-e52c8ccd74b9",
        "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
        "731eb2be-a74f-4070-b797-35bf7009e553",
        "ff86d432-7f27-47f8-b02f-b5c102ef6a55",
        "0f9acbf6-93b5-42c7-a227-fc7652755f65",
        "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
    ]
    | str
)

WorkspaceRole: TypeAlias = Literal["A", "M"] | str
