"""Retry safety is declared in tools/codegen/mapping.yaml (a rule + exceptions) and generated
onto every operation (docs/reliability.md, Retries)."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODEGEN = ROOT / "tools" / "codegen"


def _codegen_module(name: str) -> Any:
    """A module of tools/codegen (the generator's modules import each other by bare name)."""
    sys.path.insert(0, str(CODEGEN))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(CODEGEN))


def _plan_module() -> Any:
    return _codegen_module("plan")


def _spec() -> Any:
    """The spec as the generator reads it: through the overlay."""
    return _codegen_module("overlay").overlaid_spec()


@pytest.fixture(scope="module")
def plan() -> Any:
    return _plan_module().Plan(_spec())


SAFE = [
    "chat_completion_v1_chat_completions_post",
    "fim_completion_v1_fim_completions_post",
    "embeddings_v1_embeddings_post",
    "classifications_v1_classifications_post",
    "moderations_v1_moderations_post",
    "ocr_v1_ocr_post",
    "files_api_routes_delete_file",
    "files_api_routes_list_files",
]
UNSAFE = [
    "agents_api_v1_agents_create",
    "agents_api_v1_conversations_start",
    "files_api_routes_upload_file",
    "jobs_api_routes_fine_tuning_create_fine_tuning_job",
    "jobs_api_routes_fine_tuning_start_fine_tuning_job",
    "jobs_api_routes_batch_create_batch_job",
    "execute_workflow_v1_workflows__workflow_identifier__execute_post",
]


@pytest.mark.parametrize("op_id", SAFE)
def test_pure_computations_and_idempotent_methods_are_safe(plan: Any, op_id: str) -> None:
    assert plan.retry_safe[op_id] is True


@pytest.mark.parametrize("op_id", UNSAFE)
def test_operations_that_create_or_start_are_not(plan: Any, op_id: str) -> None:
    assert plan.retry_safe[op_id] is False


def test_rule_covers_every_operation(plan: Any) -> None:
    assert set(plan.retry_safe) == {op.op_id for op in plan.ir.ops}
    for op in plan.ir.ops:
        by_rule = op.method.upper() in plan.retry_safe_methods
        if plan.retry_safe[op.op_id] != by_rule:
            assert "retry_safe" in plan.mapping[op.op_id]  # only declared exceptions differ


def test_every_generated_operation_is_marked() -> None:
    files = sorted(ROOT.glob("libs/*/src/mistralai/**/_generated/resources.py"))
    assert files
    count = 0
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            # ``_X: Operation[...] = Operation(...)`` (the type argument in the annotation)
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("Operation", "StreamOperation")
            ):
                count += 1
                names = {k.arg for k in node.keywords}
                assert "retry_safe" in names, f"{path}: an operation without retry_safe"
    assert count > 250


def test_an_exception_equal_to_the_rule_is_refused(tmp_path: Path) -> None:
    text = (CODEGEN / "mapping.yaml").read_text()
    entry = "prompts_list: {package: mistralai-api-agents, name: beta.prompts.list}"
    assert entry in text
    (tmp_path / "mapping.yaml").write_text(text.replace(entry, entry[:-1] + ", retry_safe: true}"))
    (tmp_path / "names.yaml").write_text((CODEGEN / "names.yaml").read_text())
    module = _plan_module()
    here = module.HERE
    module.HERE = tmp_path
    try:
        with pytest.raises(SystemExit, match="drop it"):
            module.Plan(_spec())
    finally:
        module.HERE = here
