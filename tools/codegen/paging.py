"""Which list operations page, and how: derived from the spec, or given in ``mapping.yaml``.

A ``paginate:`` entry in ``mapping.yaml`` wins; ``paginate: false`` turns paging off. Without
an entry the classification is derived when the operation is unambiguous:

- cursor: a query parameter ``cursor``/``page_token``/``pageToken``/``next_page_token`` and a
  response field ``next_cursor``/``next_page_token``/``nextPageToken`` (top level or in a
  ``pagination`` object) beside exactly one array;
- page: a query parameter ``page`` with an integer default (the first page's number) and
  exactly one array in the response (or a bare array); total from ``total``/``count``/
  ``total_items``, flag from ``has_more``, page count from ``total_pages``;
- offset: a query parameter ``offset`` and exactly one array; total from ``total``.

The array may sit in the single object field of a wrapper response (``{"judges": {"results":
[...], "count": 3}}``). An operation with a paging query parameter that cannot be derived
must have an entry: the generator stops otherwise, so every such operation is reviewed.
All paths are dotted *wire* names; the emitter turns them into Python attribute paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from schema_ir import IR, AliasDef, ObjDef, OpDef, T, TList, TRef, TUnion, split_null

CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "next_page_token")
NEXT_CURSOR_FIELDS = ("next_cursor", "next_page_token", "nextPageToken")
PAGING_PARAMS = (*CURSOR_PARAMS, "page", "offset")
TOTAL_FIELDS = ("total", "count", "total_items")
STRATEGIES = ("cursor", "page", "offset")
KEYS = {"strategy", "items", "param", "cursor", "start", "total", "total_pages", "more"}


@dataclass(frozen=True)
class PagingSpec:
    strategy: str  # cursor page offset
    items: str  # dotted wire path of the items array ("" = the response itself)
    param: str  # wire name of the query parameter that selects the page
    cursor: str | None = None
    start: int = 0
    total: str | None = None
    total_pages: str | None = None
    more: str | None = None
    derived: bool = False

    def describe(self) -> str:
        parts = [f"items={self.items or '<response>'}", f"param={self.param}"]
        for key in ("cursor", "total", "total_pages", "more"):
            value = getattr(self, key)
            if value:
                parts.append(f"{key}={value}")
        if self.strategy == "page":
            parts.append(f"start={self.start}")
        return f"{self.strategy}: " + ", ".join(parts)


def _obj(ir: IR, t: T | None) -> ObjDef | None:
    while t is not None:
        t, _ = split_null(t)
        if isinstance(t, TRef):
            d = ir.defs.get(t.name)
            if isinstance(d, AliasDef):
                t = d.type
                continue
            return d if isinstance(d, ObjDef) else None
        return None
    return None


def _is_list(ir: IR, t: T) -> bool:
    t, _ = split_null(t)
    while isinstance(t, TRef) and isinstance(ir.defs.get(t.name), AliasDef):
        d = ir.defs[t.name]
        assert isinstance(d, AliasDef)
        t, _ = split_null(d.type)
    if isinstance(t, TUnion):
        return all(_is_list(ir, m) for m in t.members)
    return isinstance(t, TList)


def _container(ir: IR, response: T | None) -> tuple[str, ObjDef | None] | None:
    """(prefix, object holding the items) of a response, or ("", None) for a bare list."""
    if response is None:
        return None
    if _is_list(ir, response):
        return "", None
    obj = _obj(ir, response)
    if obj is None:
        return None
    if any(_is_list(ir, f.type) for f in obj.fields):
        return "", obj
    if len(obj.fields) == 1:
        inner = _obj(ir, obj.fields[0].type)
        if inner is not None:
            return obj.fields[0].wire + ".", inner
    return None


def _field(obj: ObjDef | None, names: tuple[str, ...]) -> str | None:
    if obj is None:
        return None
    wires = {f.wire for f in obj.fields}
    found = [n for n in names if n in wires]
    return found[0] if len(found) == 1 else None


def derive(ir: IR, op: OpDef) -> PagingSpec | str | None:
    """The derived paging of ``op``; ``None`` if it does not page; a reason if ambiguous."""
    query = {p.wire: p for p in op.params if p.where == "query"}
    paging_params = [p for p in PAGING_PARAMS if p in query]
    if not paging_params:
        return None
    if op.response_kind != "json" or op.event is not None:
        return "no JSON response"
    found = _container(ir, op.response)
    if found is None:
        return "no items array in the response"
    prefix, obj = found
    if obj is None:
        items = ""
    else:
        arrays = [f.wire for f in obj.fields if _is_list(ir, f.type)]
        if len(arrays) != 1:
            return f"{len(arrays)} arrays in the response"
        items = prefix + arrays[0]
    pagination = None
    if obj is not None:
        for f in obj.fields:
            if f.wire == "pagination":
                pagination = _obj(ir, f.type)

    cursor_param = [p for p in CURSOR_PARAMS if p in query]
    if cursor_param:
        cursor = _field(obj, NEXT_CURSOR_FIELDS)
        if cursor is not None:
            cursor = prefix + cursor
        elif _field(pagination, NEXT_CURSOR_FIELDS) is not None:
            cursor = prefix + "pagination." + str(_field(pagination, NEXT_CURSOR_FIELDS))
        if len(cursor_param) == 1 and cursor is not None:
            return PagingSpec("cursor", items, cursor_param[0], cursor=cursor, derived=True)
        if "page" not in query and "offset" not in query:
            return "no next-cursor field in the response"

    def totals(names: tuple[str, ...]) -> tuple[str | None, str | None, str | None]:
        total = _field(obj, names)
        more = _field(obj, ("has_more",))
        pages = _field(obj, ("total_pages",))
        out = [prefix + x if x else None for x in (total, more, pages)]
        if pagination is not None:
            sub = prefix + "pagination."
            out[0] = out[0] or (sub + t if (t := _field(pagination, names)) else None)
            out[1] = out[1] or (sub + m if (m := _field(pagination, ("has_more",))) else None)
            out[2] = out[2] or (sub + p if (p := _field(pagination, ("total_pages",))) else None)
        return out[0], out[1], out[2]

    if "page" in query and "offset" not in query:
        start = query["page"].default
        if not isinstance(start, int) or isinstance(start, bool):
            return "page parameter without an integer default (first page number)"
        total, more, pages = totals(TOTAL_FIELDS)
        return PagingSpec(
            "page",
            items,
            "page",
            start=start,
            total=total,
            total_pages=pages,
            more=more,
            derived=True,
        )
    if "offset" in query and "page" not in query:
        total, more, _ = totals(("total",))
        return PagingSpec("offset", items, "offset", total=total, more=more, derived=True)
    return "several paging parameters"


def explicit(op_id: str, entry: Any) -> PagingSpec | None:
    if entry is False:
        return None
    if not isinstance(entry, dict):
        raise SystemExit(f"mapping.yaml: {op_id}: bad paginate entry {entry!r}")
    e = cast("dict[str, Any]", entry)
    if not set(e) <= KEYS:
        raise SystemExit(f"mapping.yaml: {op_id}: unknown paginate keys {sorted(set(e) - KEYS)}")
    strategy = e.get("strategy")
    if strategy not in STRATEGIES or "items" not in e or "param" not in e:
        raise SystemExit(f"mapping.yaml: {op_id}: paginate needs strategy, items and param")
    if (strategy == "cursor") != ("cursor" in e):
        raise SystemExit(f"mapping.yaml: {op_id}: `cursor:` goes with strategy cursor only")
    return PagingSpec(
        strategy,
        e["items"],
        e["param"],
        cursor=e.get("cursor"),
        start=int(e.get("start", 0)),
        total=e.get("total"),
        total_pages=e.get("total_pages"),
        more=e.get("more"),
    )


def classify(ir: IR, ops: list[OpDef], mapping: dict[str, dict[str, Any]]) -> dict[str, PagingSpec]:
    """Paging of every operation that pages, by operation id; fails on undecided ones."""
    out: dict[str, PagingSpec] = {}
    undecided: list[str] = []
    for op in ops:
        entry = mapping[op.op_id]
        if "paginate" in entry:
            spec = explicit(op.op_id, entry["paginate"])
            if spec is not None:
                if spec.param not in {p.wire for p in op.params if p.where == "query"}:
                    raise SystemExit(f"mapping.yaml: {op.op_id}: no query parameter {spec.param}")
                out[op.op_id] = spec
            continue
        found = derive(ir, op)
        if isinstance(found, str):
            undecided.append(f"{op.op_id} ({found})")
        elif found is not None:
            out[op.op_id] = found
    if undecided:
        raise SystemExit(
            "mapping.yaml: paging of these operations cannot be derived; add `paginate:` "
            "(or `paginate: false`): " + ", ".join(undecided)
        )
    return out
