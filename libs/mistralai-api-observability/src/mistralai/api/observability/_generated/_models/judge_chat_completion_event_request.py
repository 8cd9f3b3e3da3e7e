# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (JudgeChatCompletionEventRequest...)."""

from mistralai.api.observability._generated._models.create_judge_request import CreateJudgeRequest
from mistralai.core.runtime import BaseModel

__all__ = [
    "JudgeChatCompletionEventRequest",
]


class JudgeChatCompletionEventRequest(BaseModel):
    __mistral_keep__ = frozenset()
    judge_definition: CreateJudgeRequest
