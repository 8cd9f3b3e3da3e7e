# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminScimSyncRunOUT, ScimSyncGroupActionOut, ScimSyncGroupRefOut...)."""

from datetime import datetime

from pydantic import Field

from mistralai.api.admin._generated._models.admin_scim_sync_config import AdminScimSyncConfig
from mistralai.api.admin._generated._models.scim_sync_run_status import ScimSyncRunStatus
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminScimSyncRunOUT",
    "ScimSyncGroupActionOut",
    "ScimSyncGroupRefOut",
    "ScimSyncGroupUpdateActionOut",
    "ScimSyncGroupsSummaryOut",
    "ScimSyncMembershipActionOut",
    "ScimSyncSummaryOut",
    "ScimSyncUserActionOut",
    "ScimSyncUserRefOut",
    "ScimSyncUsersSummaryOut",
]


class ScimSyncGroupRefOut(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    group_name: str = Field(validation_alias="groupName", serialization_alias="groupName")


class ScimSyncGroupActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    group: ScimSyncGroupRefOut


class ScimSyncGroupUpdateActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    group: ScimSyncGroupRefOut
    previous_group_name: str = Field(
        validation_alias="previous_groupName", serialization_alias="previous_groupName"
    )


class ScimSyncGroupsSummaryOut(BaseModel):
    __mistral_keep__ = frozenset()
    create: list[ScimSyncGroupActionOut]
    update: list[ScimSyncGroupUpdateActionOut]
    delete: list[ScimSyncGroupActionOut]


class ScimSyncUserRefOut(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    user_name: str = Field(validation_alias="userName", serialization_alias="userName")


class ScimSyncMembershipActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    group: ScimSyncGroupRefOut
    users_added: list[ScimSyncUserRefOut]
    users_removed: list[ScimSyncUserRefOut]


class ScimSyncUserActionOut(BaseModel):
    __mistral_keep__ = frozenset()
    user: ScimSyncUserRefOut


class ScimSyncUsersSummaryOut(BaseModel):
    __mistral_keep__ = frozenset()
    provision: list[ScimSyncUserActionOut]
    deprovision: list[ScimSyncUserActionOut]


class ScimSyncSummaryOut(BaseModel):
    __mistral_keep__ = frozenset()
    users: ScimSyncUsersSummaryOut
    groups: ScimSyncGroupsSummaryOut
    memberships: list[ScimSyncMembershipActionOut]


class AdminScimSyncRunOUT(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    """Unique identifier of the SCIM synchronization run."""
    status: ScimSyncRunStatus
    """Current lifecycle status of the synchronization run."""
    dry_run: bool
    """Whether the run only previewed changes."""
    sync_config: AdminScimSyncConfig | None
    """Categories selected for this synchronization run."""
    created_at: datetime
    """Time at which the synchronization run was created."""
    started_at: datetime | None
    """Time at which processing started, if it has started."""
    finished_at: datetime | None
    """Time at which processing finished, if it has finished."""
    summary: ScimSyncSummaryOut | None
    """Preview or result summary, available after the synchronization plan is built."""
    error_message: str | None
    """Failure detail when the synchronization run could not complete."""
