"""2.x ``mistralai.extra.run.deferred``: how answers to deferred tool calls resume a run.

It exports nothing public in 2.x either; the answers themselves
(``DeferredToolCallConfirmation``, ``DeferredToolCallRejection``, ``DeferralReason``) are in
:mod:`mistralai.extra.exceptions`. The logic is :mod:`mistralai.api.agents.run.deferred`.
"""

from mistralai.api.agents.run.deferred import (
    DeferredPlan,
    is_deferred_response,
    is_server_deferred,
    plan_deferred_responses,
)

__all__: list[str] = []

# Importable under their own names for code that needs them (not part of 2.x's surface).
_helpers = (DeferredPlan, is_deferred_response, is_server_deferred, plan_deferred_responses)
