"""Finding a model by name across the installed domains' model modules."""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import Any

from mistralai.core.errors import MissingModelError
from mistralai.core.plugins import default_registry

_CORE_MODULES = ("mistralai.core._generated.models", "mistralai.core._files")


def _modules() -> list[str]:
    seen: dict[str, None] = {}
    for spec in default_registry().domains():
        if spec.models:
            seen.setdefault(spec.models, None)
    for module in _CORE_MODULES:
        seen.setdefault(module, None)
    return list(seen)


# Names whose 2.x meaning is an exception class, not the model of the error body: ``except
# models.HTTPValidationError`` must catch (a pydantic model there raises TypeError).
_ERRORS = ("HTTPValidationError", "ObservabilityError")

# 2.x names of return types that are unions of models (no schema of their own in the spec):
# name -> the member model names (``list`` for a list of one of them).
_UNIONS: dict[str, tuple[str, ...]] = {
    "AgentsAPIV1ConversationsListResponse": ("ModelConversation", "AgentConversation"),
    "ResponseV1ConversationsGet": ("ModelConversation", "AgentConversation"),
    "ResponseExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePost": (
        "WorkflowExecutionResponse",
        "WorkflowExecutionSyncResponse",
    ),
    "ResponseExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIDExecutePost": (
        "WorkflowExecutionResponse",
        "WorkflowExecutionSyncResponse",
    ),
}


def _union(members: tuple[str, ...]) -> Any:
    def either(a: Any, b: Any) -> Any:
        return a | b

    return functools.reduce(either, (lookup_model(m) for m in members))


def lookup(name: str) -> Any:
    """What ``mistralai.client.models.<name>`` is (2.x meaning: see ``_ERRORS``)."""
    if name in _ERRORS:
        from mistralai.core import errors

        return getattr(errors, name)
    if name in _UNIONS:
        return _union(_UNIONS[name])
    if name == "ResponseConnectorListToolsV1":
        return list[lookup_model("MCPTool")] | list[dict[str, Any]]
    return lookup_model(name)


def lookup_model(name: str) -> Any:
    """The model (or alias) ``name`` from the installed domains' models, then core's."""
    if name.startswith("__"):
        raise AttributeError(name)
    for module_name in _modules():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if name in getattr(module, "__all__", ()):  # models only, not the module's imports
            return getattr(module, name)
    distribution = _distribution_of(name)
    if distribution is not None:
        raise MissingModelError(name, distribution)
    raise AttributeError(
        f"no installed Mistral domain package defines a model named {name!r} "
        f"(searched {', '.join(_modules())})"
    )


def _distribution_of(name: str) -> str | None:
    """The domain distribution whose models define ``name`` (from the generated index)."""
    from mistralai.core._generated.models import (
        _MODEL_DISTRIBUTIONS,  # pyright: ignore[reportPrivateUsage]
    )

    for distribution, text in _MODEL_DISTRIBUTIONS.items():
        if name in text.split():
            return distribution
    return None


def names() -> list[str]:
    found: set[str] = set(_ERRORS) | set(_UNIONS) | {"ResponseConnectorListToolsV1"}
    for module_name in _modules():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        found.update(getattr(module, "__all__", ()))
    return sorted(found)


class _ModelsSubmodule(types.ModuleType):
    """Stands for a 2.x per-model module: every attribute is looked up like the facade's."""

    def __getattr__(self, name: str) -> Any:
        return lookup(name)


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, package: str) -> None:
        self._prefix = package + "."

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self._prefix) or fullname.count(".") != self._prefix.count("."):
            return None
        leaf = fullname.rsplit(".", 1)[1]
        if leaf.startswith("_") or not leaf.islower():
            return None  # 2.x model modules are lowercase (``chatcompletionrequest``)
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _ModelsSubmodule(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        return None


def install_submodule_finder(package: str) -> None:
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder(package))
