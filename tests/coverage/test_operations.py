"""Coverage of the API and of the official 2.x SDK's methods by the one ``Mistral`` client.

* Every operation of ``spec/mistral-openapi.yaml`` (overlaid: ``tools/codegen/overlay.py``:
  the spec's own, the 2.x-only ones of defect 7 and the 3.7.0 ones of ``spec/additions``) is
  named by ``tools/codegen/mapping.yaml``, and each of its method names
  (``name``, ``stream``, ``also``) is reachable on ``Mistral(api_key="k")`` as
  ``client.<dotted>`` and ``client.<dotted>_async``, both callables (the async one a
  coroutine function). Where the official SDK calls that operation
  (``shared/compat/spec_operations.json``), the method carries the official dotted name and
  the official parameter names, in the official order (extra parameters only after them).
* Every method of the official SDK (``shared/compat/official_surface.json``) exists on the
  client with its parameters, or is listed in ``docs/compat.md`` with the reason: the table
  "Official methods not provided" (no endpoint in the spec) or "Official methods whose
  parameters differ". A row for a method that does exist (or whose parameters no longer
  differ) fails too, so the document stays true.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from compat_support import (
    HTTP_METHODS,
    OPTIONS,
    compat_table,
    is_missing,
    lookup,
    mapping,
    method_names,
    official_methods,
    official_methods_3x,
    official_names_by_operation,
    spec_operation_ids,
)

ABSENT = "Official methods not provided"
DIFFERENT = "Official methods whose parameters differ"
ABSENT_3X = "Official 3.x methods not provided"
DIFFERENT_3X = "Official 3.x methods whose parameters differ"


def parameter_problem(official: dict[str, Any], fn: Any) -> str | None:
    """Why ``fn``'s parameters are not the official ones (``None`` if they are): the
    official names, options aside, must be the first of ``fn``'s, in order; the per-call
    options must all be there."""
    theirs = [p["name"].lstrip("*") for p in official["params"]]
    ours = list(inspect.signature(fn).parameters)
    their_args = [n for n in theirs if n not in OPTIONS]
    our_args = [n for n in ours if n not in OPTIONS]
    if our_args[: len(their_args)] != their_args:
        return f"parameters {our_args}, official {their_args}"
    missing = [o for o in OPTIONS if o in theirs and o not in ours]
    if missing:
        return f"missing per-call options {missing}"
    return None


def check_callables(client: Any, dotted: str) -> tuple[Any, Any]:
    sync = lookup(client, dotted)
    async_ = lookup(client, dotted + "_async")
    assert not is_missing(sync), f"client.{dotted} does not exist"
    assert not is_missing(async_), f"client.{dotted}_async does not exist"
    assert callable(sync), f"client.{dotted} is not callable"
    assert inspect.iscoroutinefunction(async_), f"client.{dotted}_async is not async"
    return sync, async_


# -- the spec's operations ---------------------------------------------------------------------


def expected_operation_count() -> int:
    """The spec's own operations plus what the overlay adds, counted from their sources."""
    import json

    from tools.prism.harness import overlay_module

    overlay = overlay_module()
    raw = overlay.load_raw_spec()
    count = sum(
        1
        for item in raw["paths"].values()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )
    count += len(overlay.OFFICIAL_ONLY_OPERATIONS)
    for path in overlay.ADDITIONS_DIR.glob("*.json"):
        count += sum(len(item) for item in json.loads(path.read_text())["paths"].values())
    return count


def test_the_mapping_names_every_operation_of_the_spec() -> None:
    ops = spec_operation_ids()
    assert len(ops) == expected_operation_count()
    assert len(set(ops)) == len(ops), "duplicate operationIds"
    assert set(mapping()) == set(ops), {
        "not mapped": sorted(set(ops) - set(mapping())),
        "not in the spec": sorted(set(mapping()) - set(ops)),
    }


@pytest.mark.parametrize("op_id", spec_operation_ids())
def test_operation_has_methods(op_id: str, client: Any) -> None:
    entry = mapping().get(op_id)
    assert entry is not None, f"{op_id} is not in tools/codegen/mapping.yaml"
    names = method_names(entry)
    official = official_names_by_operation().get(op_id, [])
    not_named = [n for n in official if n not in names and n not in compat_table(ABSENT)]
    assert not not_named, f"{op_id}: the official names {not_named} are not used"
    for dotted in names:
        sync, async_ = check_callables(client, dotted)
        spec_of = official_methods().get(dotted)
        if dotted in official and spec_of is not None and dotted not in compat_table(DIFFERENT):
            for fn in (sync, async_):
                problem = parameter_problem(spec_of, fn)
                assert problem is None, f"client.{dotted}: {problem}"


# -- the official SDK's methods ----------------------------------------------------------------


@pytest.mark.parametrize("dotted", sorted(official_methods()))
def test_official_method(dotted: str, client: Any) -> None:
    official = official_methods()[dotted]
    value = lookup(client, dotted)
    absent = compat_table(ABSENT)
    if dotted in absent:
        assert is_missing(value), (
            f"client.{dotted} exists: remove its row from docs/compat.md ({ABSENT})"
        )
        return
    assert not is_missing(value), (
        f"client.{dotted} (official 2.x) does not exist: add it, or list it in "
        f"docs/compat.md ({ABSENT}) with the reason"
    )
    if official["kind"] == "property":
        return
    assert callable(value), f"client.{dotted} is not callable"
    functions = [value]
    async_name = official.get("async_name")
    leaf = dotted.rsplit(".", 1)[-1]
    if official.get("has_async") and async_name and async_name != leaf:
        twin = lookup(client, dotted.rsplit(".", 1)[0] + "." + async_name)
        assert not is_missing(twin), f"client.{dotted}: no async twin {async_name}"
        assert inspect.iscoroutinefunction(twin), f"{async_name} is not async"
        functions.append(twin)
    problems = [p for fn in functions if (p := parameter_problem(official, fn)) is not None]
    if dotted in compat_table(DIFFERENT):
        assert problems, (
            f"client.{dotted} now has the official parameters: remove its row from "
            f"docs/compat.md ({DIFFERENT})"
        )
    else:
        assert not problems, (
            f"client.{dotted}: {problems[0]} (fix it, or list it in docs/compat.md, "
            f"{DIFFERENT}, with the reason)"
        )


def test_compat_rows_name_official_methods() -> None:
    for title in (ABSENT, DIFFERENT):
        unknown = sorted(set(compat_table(title)) - set(official_methods()))
        assert not unknown, f"docs/compat.md ({title}) lists non-official names: {unknown}"
        empty = [name for name, row in compat_table(title).items() if not row.cells[-1]]
        assert not empty, f"docs/compat.md ({title}): rows without a reason: {empty}"


def test_methods_missing_from_the_spec_are_mapped_or_documented(client: Any) -> None:
    """The official methods whose endpoints the spec lacks or models differently
    (``sdk_generated_methods_not_in_spec``): each is on the client (mapped onto the spec's
    operation, e.g. connector activation per scope onto ``{consumer_scope}``) or listed."""
    names = official_methods().keys()
    from compat_support import official_surface

    not_in_spec = official_surface()["counts"]["sdk_generated_methods_not_in_spec"]
    assert set(not_in_spec) <= set(names)
    absent = compat_table(ABSENT)
    unaccounted = [n for n in not_in_spec if n not in absent and is_missing(lookup(client, n))]
    assert not unaccounted, unaccounted
    for scope in ("organization", "workspace", "user"):
        for verb in ("activate", "deactivate"):
            check_callables(client, f"beta.connectors.{verb}_for_{scope}")


# -- the newest official release (3.7.0) -------------------------------------------------------


def missing_parameters(official: dict[str, Any], fn: Any) -> list[str]:
    """The official parameters ``fn`` does not accept (3.x: every one must be accepted; where
    3.x and 2.x order them differently, 2.x's order wins, docs/compat.md)."""
    ours = set(inspect.signature(fn).parameters)
    return [
        name
        for p in official["params"]
        if (name := p["name"].lstrip("*")) not in ours and name not in ("self",)
    ]


def check_3x(client: Any, dotted: str) -> list[str]:
    """Why ``client.<dotted>`` is not the 3.x method (empty if it is)."""
    official = official_methods_3x()[dotted]
    value = lookup(client, dotted)
    if is_missing(value):
        return ["missing"]
    if official["kind"] == "property" or not callable(value):
        return []
    functions = [value]
    async_name = official.get("async_name")
    if official.get("has_async") and async_name and async_name != dotted.rsplit(".", 1)[-1]:
        twin = lookup(client, dotted.rsplit(".", 1)[0] + "." + async_name)
        if is_missing(twin):
            return [f"no async twin {async_name}"]
        functions.append(twin)
    return [f"missing parameter {n}" for fn in functions for n in missing_parameters(official, fn)]


@pytest.mark.parametrize("dotted", sorted(official_methods_3x()))
def test_official_3x_method(dotted: str, client: Any) -> None:
    problems = check_3x(client, dotted)
    if dotted in compat_table(ABSENT_3X):
        assert problems == ["missing"], f"client.{dotted} exists: remove its row ({ABSENT_3X})"
    elif dotted in compat_table(DIFFERENT_3X):
        assert problems and problems != ["missing"], (
            f"client.{dotted} now has the 3.x parameters: remove its row ({DIFFERENT_3X})"
        )
    else:
        assert not problems, (
            f"client.{dotted}: {problems} (fix it, or list it in docs/compat.md with the reason)"
        )


def test_3x_coverage_counts(client: Any) -> None:
    """With every package installed, every 2.5.1 method and every 3.7.0 method is present
    with every official parameter (the bar was 311 of 313: the two others are the connectors
    gateway's clients, which are here too)."""
    full_3x = [d for d in official_methods_3x() if not check_3x(client, d)]
    assert len(official_methods_3x()) == 313
    assert len(full_3x) == 313, sorted(set(official_methods_3x()) - set(full_3x))
    full_2x = [
        d
        for d, m in official_methods().items()
        if not is_missing(v := lookup(client, d))
        and (m["kind"] == "property" or not callable(v) or parameter_problem(m, v) is None)
    ]
    assert len(official_methods()) == 255
    assert len(full_2x) == 255, sorted(set(official_methods()) - set(full_2x))


def test_methods_3x_dropped_are_marked_deprecated(client: Any) -> None:
    """2.5.1 methods the 3.x SDK dropped stay (the API serves them), marked deprecated."""
    dropped = sorted(set(official_methods()) - set(official_methods_3x()))
    assert len(dropped) == 45
    undocumented = [
        d for d in dropped if "deprecated" not in (inspect.getdoc(lookup(client, d)) or "").lower()
    ]
    assert not undocumented, undocumented


def test_compat_3x_rows_name_official_methods() -> None:
    for title in (ABSENT_3X, DIFFERENT_3X):
        unknown = sorted(set(compat_table(title)) - set(official_methods_3x()))
        assert not unknown, f"docs/compat.md ({title}) lists non-3.x names: {unknown}"
