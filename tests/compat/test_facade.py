"""The 2.x import paths that code migrating from the official SDK uses (shared/compat)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

IMPORTS = Path(__file__).resolve().parents[2] / "spec" / "compat" / "import_paths.json"

# 2.x model names of the chat domain and of core's shared models (reviewed by hand against
# the official SDK's import list): they must resolve when mistralai-api-chat is installed.
CHAT_DOMAIN_NAMES = [
    "AssistantMessage",
    "BuiltInConnectors",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionRequestMessage",
    "CompletionResponseStreamChoiceFinishReason",
    "ConfidenceScoresGranularity",
    "EmbeddingDtype",
    "EncodingFormat",
    "File",
    "Format",
    "Function",
    "ImageDetail",
    "MistralPromptMode",
    "ReasoningEffort",
    "ResponseFormats",
    "SystemMessage",
    "TableFormat",
    "TextChunk",
    "ThinkChunk",
    "Tool",
    "ToolChoiceEnum",
    "ToolMessage",
    "ToolTypes",
    "UserMessage",
]


def official_imports() -> dict[str, list[str]]:
    return json.loads(IMPORTS.read_text())["imports"]


def test_chat_names_are_2x_names() -> None:
    assert set(CHAT_DOMAIN_NAMES) <= set(official_imports()["mistralai.client.models"])


@pytest.mark.parametrize("name", CHAT_DOMAIN_NAMES)
def test_models_facade_resolves_chat_names(name: str) -> None:
    module = importlib.import_module("mistralai.client.models")
    value = getattr(module, name)
    assert value is not None
    owner = "mistralai.core.runtime" if name == "File" else "mistralai.api.chat.models"
    assert getattr(importlib.import_module(owner), name) is value  # its own module holds it


def test_user_message_round_trip() -> None:
    from mistralai.client.models import UserMessage

    message = UserMessage(content="hi")
    assert message.model_dump(exclude_unset=True) == {"role": "user", "content": "hi"}


def test_2x_submodule_import() -> None:
    from mistralai.client.models.chatcompletionrequest import ChatCompletionRequestTool

    assert (
        ChatCompletionRequestTool
        is importlib.import_module("mistralai.api.chat.models").ChatCompletionRequestTool
    )


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("mistralai.client", ["Mistral", "errors", "models"]),
        ("mistralai.client.utils", ["BackoffStrategy", "RetryConfig", "parse_datetime"]),
        ("mistralai.client.types", ["BaseModel"]),
        ("mistralai.client.httpclient", ["AsyncHttpClient"]),
        ("mistralai.extra", ["response_format_from_pydantic_model"]),
    ],
)
def test_core_and_chat_import_paths(module: str, names: list[str]) -> None:
    assert set(names) <= set(official_imports()[module])
    imported = importlib.import_module(module)
    for name in names:
        assert getattr(imported, name) is not None


def test_unknown_model_name_is_an_import_error() -> None:
    with pytest.raises(ImportError):
        exec("from mistralai.client.models import NoSuchModelAnywhere", {})


def test_errors_keep_2x_except_clauses_working() -> None:
    from mistralai.client import errors

    assert issubclass(errors.HTTPValidationError, errors.SDKError)
    assert issubclass(errors.RateLimitError, errors.SDKError)
    assert issubclass(errors.SDKError, errors.MistralError)
    assert issubclass(errors.APIConnectionError, errors.SDKError)


def test_importing_the_client_loads_no_domain_code() -> None:
    code = (
        "import sys; from mistralai.client import Mistral; import mistralai.core; "
        "print(sorted(m for m in sys.modules if m.startswith('mistralai.') and "
        "not m.startswith(('mistralai.core', 'mistralai.client'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_plugin_entry_modules_are_light() -> None:
    """Loading every plugin (what ``Mistral()`` does) imports neither pydantic nor httpx."""
    code = (
        "import sys\n"
        "from mistralai.core.plugins import default_registry\n"
        "registry = default_registry()\n"
        "assert not registry.broken, registry.broken\n"
        "print(len(registry.domains()), sorted(m for m in ('pydantic', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, heavy = out.stdout.split(" ", 1)
    assert int(count) >= 6
    assert heavy.strip() == "[]"


def test_facade_gives_models_not_the_modules_imports() -> None:
    with pytest.raises(ImportError):
        exec("from mistralai.client.models import Field", {})  # pydantic's, not a model
