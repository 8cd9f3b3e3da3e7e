"""Shapes c and e: each domain installed alone with core, and every domain together.

For each of the nine domain distributions, a fresh environment holds ``mistralai-core`` and
that domain only (from wheels built once per session). In it:

* every attach point the domain declares (its ``_generated/attach.py``) resolves, on
  ``Mistral(api_key="k")``, to a ``Resource``; every method the mapping gives the domain
  (``tools/codegen/mapping.yaml``) and its ``_async`` twin are callables there;
* every attach point of the *other* domains raises ``MissingDomainError`` (an
  ``AttributeError``) naming the distribution to install;
* ``from mistralai.client.models import X`` works for models of the domain (the same object
  as in ``mistralai.<domain>.models``) and fails for a model of another domain.

A last environment holds all nine domains: every attach point resolves and every mapped
method exists, sync and async, and every sample model resolves.

Environments are created in parallel (``uv venv`` + ``uv pip install`` of the session's
wheels; third-party dependencies come from uv's cache).
"""

from __future__ import annotations

import ast
import json
import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.packaging.domains import attach_points as declared_attach_points
from tools.packaging.domains import domain_packages

ROOT = Path(__file__).resolve().parents[2]

#: distribution -> import name of the domain (``mistralai.api.<name>``), found from the tree
DOMAINS: dict[str, str] = domain_packages()
ALL = "all"
SAMPLE_MODELS = 3


@cache
def attach_points(distribution: str) -> list[str]:
    return sorted(declared_attach_points(distribution))


@cache
def mapped_methods(distribution: str) -> list[str]:
    with (ROOT / "tools" / "codegen" / "mapping.yaml").open("rb") as f:
        mapping: dict[str, Any] = yaml.safe_load(f)
    names: list[str] = []
    for entry in mapping.values():
        if (
            isinstance(entry, dict)
            and entry.get("package") == distribution
            and entry.get("method", True) is not False
        ):
            names.append(entry["name"])
            if entry.get("stream"):
                names.append(entry["stream"])
            names += list(entry.get("also") or [])
    return names


@cache
def own_models(distribution: str) -> list[str]:
    """A few model names defined by the domain itself (not re-exported from core)."""
    generated = ROOT / "libs" / distribution / "src" / "mistralai" / "api" / DOMAINS[distribution]
    names: list[str] = []
    for module in sorted((generated / "_generated" / "_models").glob("*.py")):
        tree = ast.parse(module.read_text())
        names += [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
    assert names, f"{distribution} defines no model"
    return names[:SAMPLE_MODELS]


SCRIPT = """
import importlib

DATA = json.loads(DATA_JSON)

from mistralai.client import Mistral
from mistralai.core.errors import MissingDomainError
from mistralai.core.runtime import Resource
from mistralai.core.plugins import default_registry

client = Mistral(api_key="k")
out["broken"] = {n: repr(e) for n, e in default_registry().broken.items()}


def resolve(dotted):
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


points = {}
for point in DATA["own_points"]:
    res = outcome(lambda: resolve(point))
    if res["ok"]:
        res["is_resource"] = isinstance(resolve(point), Resource)
    points[point] = res
out["own_points"] = points

bad_methods = []
for dotted in DATA["own_methods"]:
    for name in (dotted, dotted + "_async"):
        try:
            if not callable(resolve(name)):
                bad_methods.append(name + ": not callable")
        except Exception as exc:
            bad_methods.append(f"{name}: {type(exc).__name__}: {exc}")
out["bad_methods"] = bad_methods

missing = {}
for point in DATA["other_points"]:
    try:
        resolve(point)
        missing[point] = {"error": None}
    except MissingDomainError as exc:
        missing[point] = {
            "error": "MissingDomainError",
            "distribution": exc.distribution,
            "message": str(exc),
            "attribute_error": isinstance(exc, AttributeError),
        }
    except BaseException as exc:
        missing[point] = {"error": f"{type(exc).__name__}: {exc}"}
out["other_points"] = missing

models = {}
for name, owner in DATA["own_models"].items():
    def facade_matches_owner():
        ns = {}
        exec(f"from mistralai.client.models import {name}", ns)
        own = getattr(importlib.import_module(owner), name)
        assert ns[name] is own, (ns[name], own)
        return ns[name]
    models[name] = outcome(facade_matches_owner)
out["own_models"] = models

others = {}
for name in DATA["other_models"]:
    def facade_import():
        ns = {}
        exec(f"from mistralai.client.models import {name}", ns)
        return ns[name]
    others[name] = outcome(facade_import)
out["other_models"] = others
print(json.dumps(out))
"""


def shape_packages(shape: str) -> list[str]:
    domains = list(DOMAINS) if shape == ALL else [shape]
    return ["mistralai-core", *domains]


def shape_data(shape: str) -> dict[str, Any]:
    installed = list(DOMAINS) if shape == ALL else [shape]
    others = [d for d in DOMAINS if d not in installed]
    return {
        "own_points": [p for d in installed for p in attach_points(d)],
        "own_methods": [m for d in installed for m in mapped_methods(d)],
        "other_points": [p for d in others for p in attach_points(d)],
        "own_models": {
            name: f"mistralai.api.{DOMAINS[d]}.models" for d in installed for name in own_models(d)
        },
        "other_models": [own_models(d)[0] for d in others],
    }


@pytest.fixture(scope="module")
def shape_results(venv_factory: Any, prelude: str) -> Iterator[dict[str, Future[dict[str, Any]]]]:
    """Every shape's environment and script result, computed in parallel (started on first
    use; each test waits for its own)."""

    # Parsed here, before the threads: CPython 3.11's ast.parse is not safe to run in several
    # threads at once ("AST constructor recursion depth mismatch").
    shapes = [*DOMAINS, ALL]
    data = {shape: json.dumps(shape_data(shape)) for shape in shapes}

    def run(shape: str) -> dict[str, Any]:
        venv = venv_factory(shape_packages(shape))
        script = prelude + f"DATA_JSON = {data[shape]!r}\n" + SCRIPT
        return venv.run(script, timeout=180)

    workers = max(2, min(4, os.cpu_count() or 2))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        yield {shape: pool.submit(run, shape) for shape in shapes}


def check_shape(shape: str, result: dict[str, Any]) -> None:
    data = shape_data(shape)
    assert result["broken"] == {}, result["broken"]
    for point, res in result["own_points"].items():
        assert res["ok"], f"{shape}: client.{point}: {res.get('error')}"
        assert res["is_resource"], f"{shape}: client.{point} is a {res['type']}"
    assert sorted(result["own_points"]) == sorted(data["own_points"])
    assert data["own_methods"], f"{shape}: no method mapped"
    assert result["bad_methods"] == [], result["bad_methods"]
    owners = {p: d for d in DOMAINS for p in attach_points(d)}
    for point, res in result["other_points"].items():
        assert res["error"] == "MissingDomainError", f"{shape}: client.{point}: {res}"
        assert res["attribute_error"], point
        assert res["distribution"] == owners[point], (point, res)
        assert owners[point] in res["message"], res["message"]
    for name, res in result["own_models"].items():
        assert res["ok"], f"{shape}: from mistralai.client.models import {name}: {res}"
    for name, res in result["other_models"].items():
        assert not res["ok"], f"{shape}: {name} of another domain resolved"
        # an ImportError naming the (other, not installed) package that defines it
        assert res["type"] == "MissingModelError", res
        named = res["error"].rsplit("pip install ", 1)[-1]
        assert named in DOMAINS and named != shape, res


@pytest.mark.parametrize("shape", list(DOMAINS))
def test_domain_alone(shape: str, shape_results: dict[str, Future[dict[str, Any]]]) -> None:
    result = shape_results[shape].result()
    check_shape(shape, result)
    assert result["other_points"], "a domain alone leaves the other domains missing"


def test_all_domains(shape_results: dict[str, Future[dict[str, Any]]]) -> None:
    result = shape_results[ALL].result()
    check_shape(ALL, result)
    assert result["other_points"] == {}
    total = sum(len(mapped_methods(d)) for d in DOMAINS)
    assert len(shape_data(ALL)["own_methods"]) == total >= 293
