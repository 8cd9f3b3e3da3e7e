"""The plugin system: pluggy hook specifications, the specs plugins return, and the loader.

Domain packages and providers register through entry points (groups ``mistralai.domains``
and ``mistralai.providers``) that name a small ``_plugin`` module implementing the hooks
below. Core's own default provider is registered the same way: there is no special case.

A domain package may also list its attach points as entry points of ``mistralai.attach``
(name: the attach point, value: its plugin module). Such a plugin is imported the first time
one of those attach points is used, not when the client is created: a program using
``client.chat`` imports one domain plugin, not all of them. What the plugin then provides must
be exactly what it declared, and it may implement no hook but ``mistralai_domains`` (any other
hook would otherwise apply only from its first use); both are checked when it loads.

The loader imports each entry point on its own: a plugin that fails to import does not break
the others; its error is raised when something it would have provided is used. Two plugins
claiming one name, or a plugin built for a plugin API version outside
:data:`SUPPORTED_PLUGIN_API`, are errors raised when that name is used, naming the
distributions involved and the ``pip`` command that fixes it.

Every spec states the plugin API version its package was built for (``api_version``, a
required field): each plugin package keeps it as a literal constant in its own ``_plugin``
module (``PLUGIN_API = 1``), never imported from core, so that an old plugin installed next to
a newer core (or the reverse) is detected. See ``docs/versioning.md``.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pluggy

from mistralai.core import hookspecs
from mistralai.core._prepared import OPERATION_ID
from mistralai.core.errors import PluginError
from mistralai.core.hookspecs import PROJECT, hookimpl, hookspec

if TYPE_CHECKING:
    from mistralai.core.provider import Provider

__all__ = [
    "ATTACH_GROUP",
    "DOMAINS_GROUP",
    "MIN_PLUGIN_API_VERSION",
    "OPERATION_ID",
    "PLUGIN_API_VERSION",
    "PROJECT",
    "PROVIDERS_GROUP",
    "SUPPORTED_PLUGIN_API",
    "DomainSpec",
    "Middleware",
    "ProviderSpec",
    "Registry",
    "default_registry",
    "domain_specs",
    "hookimpl",
    "hookspec",
    "import_string",
    "reset_default_registry",
]

DOMAINS_GROUP = "mistralai.domains"
PROVIDERS_GROUP = "mistralai.providers"
ATTACH_GROUP = "mistralai.attach"
"""Entry points naming the attach points of a domain plugin loaded on first use (see above)."""
PLUGIN_API_VERSION = 1
"""The current plugin API: what a plugin built against this core declares. Bumped when the
contract between core and plugins changes incompatibly (see ``docs/versioning.md``)."""
MIN_PLUGIN_API_VERSION = 1
"""The oldest plugin API this core still accepts (kept below :data:`PLUGIN_API_VERSION` for a
deprecation period after a bump, so that plugins built for the previous one keep working)."""
SUPPORTED_PLUGIN_API = range(MIN_PLUGIN_API_VERSION, PLUGIN_API_VERSION + 1)
"""Every plugin API version this core supports."""
CORE_DISTRIBUTION = "mistralai-core"
# OPERATION_ID (from _prepared, where core uses it): the key of ``request.extensions`` holding
# the operation id (``chat_completion_v1_...``) of the call an attempt belongs to, so that
# middleware need not guess the operation from a URL a provider may have rewritten.

_log = logging.getLogger("mistralai.plugins")


@dataclass(frozen=True, slots=True)
class DomainSpec:
    """One resource a domain package attaches to the client.

    ``attach`` is a dotted attach point (``chat``, ``beta.agents``); ``resource`` an import
    string ``"package.module:Class"`` loaded on first use; ``models`` the module holding the
    domain's models (for the ``mistralai.client.models`` facade); ``api_version`` (keyword,
    required) the plugin API the package was built for: a literal of the plugin package.
    """

    attach: str
    resource: str
    distribution: str = ""
    """The distribution providing it: filled in by core from the entry point when left empty
    (still accepted when given, for plugins that pass it)."""
    models: str | None = None
    operations: str | None = None
    """Import string of the package's operation registry (``"module:OPERATIONS"``, operation
    id -> ``Operation``), for helpers that look an operation up by id or endpoint."""
    api_version: int = field(kw_only=True)


def domain_specs(
    attach: dict[str, str],
    *,
    distribution: str = "",
    models: str,
    api_version: int,
    operations: str | None = None,
) -> list[DomainSpec]:
    """The specs of a domain package from its generated attach table (attach point ->
    ``"module:Class"``, hand-written classes included: see ``tools/codegen/resources.yaml``).
    ``api_version`` is the plugin API the package was built for (its ``PLUGIN_API``);
    ``distribution`` may be left out (core takes it from the entry point)."""
    return [
        DomainSpec(
            attach=point,
            resource=target,
            distribution=distribution,
            models=models,
            operations=operations,
            api_version=api_version,
        )
        for point, target in attach.items()
    ]


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """A provider: ``factory`` is an import string of a callable taking
    :class:`~mistralai.core.provider.ProviderOptions` and returning a
    :class:`~mistralai.core.provider.Provider`. ``api_version`` (keyword, required) is the
    plugin API the package was built for: a literal of the plugin package. ``distribution``
    may be left out: core fills it in from the entry point."""

    name: str
    factory: str
    distribution: str = ""
    api_version: int = field(kw_only=True)


class Middleware(Protocol):
    """Sees every attempt of the client it was given to (by the ``mistralai_middleware`` hook).

    ``before_send(request)`` runs before each attempt, after the provider has authenticated
    it (set headers, do not append: a retry sends the same request object again);
    ``after_response(response)`` once the response headers are in, before the body is read.
    ``request.extensions[OPERATION_ID]`` is the call's operation id. A middleware may also
    define ``on_error(request, exc)``: called when an attempt gets no response (connection
    failure, timeout), with the SDK error about to be raised or retried; it is optional, so
    middleware written before it existed keeps working.
    """

    def before_send(self, request: Any) -> None: ...

    def after_response(self, response: Any) -> None: ...


class _Claim:
    """The spec that won a name, and the distributions of the others claiming it."""

    __slots__ = ("others", "spec")

    def __init__(self, spec: Any) -> None:
        self.spec = spec
        self.others: list[str] = []


class _Deferred:
    """A plugin that declared its attach points: imported when one of them is first used."""

    __slots__ = ("distribution", "points", "value")

    def __init__(self, value: str, distribution: str, points: frozenset[str]) -> None:
        self.value = value
        self.distribution = distribution
        self.points = points


def import_string(target: str) -> Any:
    """``"package.module:Attr"`` → the attribute."""
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr) if attr else module


class Registry:
    """What the installed plugins provide, loaded once from entry points (or given directly).

    Hooks are called through pluggy (``manager.hook``, or a subset of it for one plugin), so
    pluggy's call tracing sees them all: with ``MISTRAL_DEBUG`` set, every hook call and its
    result is logged at DEBUG level on the ``mistralai.plugins`` logger.
    """

    def __init__(self) -> None:
        self.manager = pluggy.PluginManager(PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self._domains: dict[str, _Claim] = {}
        self._providers: dict[str, _Claim] = {}
        self._deferred: dict[str, _Deferred] = {}
        """Plugin name -> a plugin with declared attach points, not imported yet."""
        self._waiting: dict[str, list[str]] = {}
        """Declared attach point -> the names of the deferred plugins declaring it."""
        self._declared: dict[str, str] = {}
        """Declared attach point -> the distribution declaring it (kept once loaded)."""
        self._lock = threading.RLock()
        self.broken: dict[str, BaseException] = {}
        """Distribution (or entry point) name -> the error that kept it from loading."""
        if os.environ.get("MISTRAL_DEBUG"):
            self.manager.trace.root.setwriter(_log.debug)
            self.manager.enable_tracing()

    # -- loading ---------------------------------------------------------------------------
    def load_entry_points(self) -> None:
        """Register the installed plugins: those declaring their attach points
        (``mistralai.attach``) are imported when one of them is first used, the others now."""
        rows = scan_entry_points()
        declared: dict[tuple[str, str], set[str]] = {}  # (distribution, module) -> points
        for group, ep_name, value, dist in rows:
            if group == ATTACH_GROUP:
                declared.setdefault((dist, value), set()).add(ep_name)
        with self._lock:
            for group, ep_name, value, dist in rows:
                if group == ATTACH_GROUP:
                    continue
                name = f"{group}:{ep_name}:{dist}"
                points = declared.pop((dist, value), None) if group == DOMAINS_GROUP else None
                if self._known(name):
                    continue
                if points:
                    self._defer(name, value, dist, points)
                    continue
                try:
                    plugin = _load_entry_point(value)
                except Exception as exc:  # a broken plugin must not break the others
                    self.broken[dist] = _detached(exc)
                    continue
                self._register(plugin, name, dist, stamp=True)
            # declared in mistralai.attach only (no mistralai.domains entry for older cores)
            for (dist, value), points in declared.items():
                name = f"{ATTACH_GROUP}:{value}:{dist}"
                if not self._known(name):
                    self._defer(name, value, dist, points)

    def _known(self, name: str) -> bool:
        return name in self._deferred or self.manager.has_plugin(name)

    def _defer(self, name: str, value: str, distribution: str, points: set[str]) -> None:
        self._deferred[name] = _Deferred(value, distribution, frozenset(points))
        for point in points:
            self._waiting.setdefault(point, []).append(name)
            self._declared.setdefault(point, distribution)

    def _load_deferred(self, names: list[str]) -> None:
        with self._lock:
            for name in names:
                deferred = self._deferred.get(name)
                if deferred is None:
                    continue  # another thread loaded it meanwhile
                try:
                    plugin = _load_entry_point(deferred.value)
                except Exception as exc:
                    self.broken[deferred.distribution] = _detached(exc)
                else:
                    self._register(plugin, name, deferred.distribution, True, deferred.points)
                finally:
                    # Only now, once its specs are claimed: until then a thread looking one of
                    # its points up must find it waiting, and wait for this lock.
                    del self._deferred[name]
                    for point in deferred.points:
                        waiting = self._waiting[point]
                        waiting.remove(name)
                        if not waiting:
                            del self._waiting[point]

    def _load_all(self) -> None:
        """Import every deferred plugin (for the queries that list everything)."""
        if self._deferred:
            self._load_deferred(list(self._deferred))

    def register(self, plugin: object, *, name: str | None = None, distribution: str = "") -> None:
        """Register a plugin object or module implementing the hooks (also used by tests).

        ``distribution`` fills in the specs that leave theirs empty (the loader passes the
        entry point's distribution, which then wins over one a spec states)."""
        with self._lock:
            self._register(plugin, name, distribution, stamp=False)

    def _register(
        self,
        plugin: object,
        name: str | None,
        distribution: str,
        stamp: bool,
        declared: frozenset[str] | None = None,
    ) -> None:
        manager = self.manager
        label = distribution or name or repr(plugin)
        try:
            plugin_name = manager.register(plugin, name=name)
            if plugin_name is None:
                return
            # A hookimpl matching no spec (a misspelled hook) is an error, not a silent no-op.
            manager.check_pending()
        except pluggy.PluginValidationError as exc:
            if manager.is_registered(plugin):
                manager.unregister(plugin)
            self.broken[label] = _detached(
                PluginError(f"{label} is not a valid mistralai plugin: {_validation(exc)}")
            )
            return
        others = [p for p in manager.get_plugins() if p is not plugin]
        claims: list[tuple[dict[str, _Claim], str, Any]] = []
        for hook_name, key, table in (
            ("mistralai_domains", "attach", self._domains),
            ("mistralai_providers", "name", self._providers),
        ):
            # Only this plugin's implementation: one failing plugin must not hide the others'
            # specs, and each spec is attributed to the distribution that provided it.
            caller = manager.subset_hook_caller(hook_name, remove_plugins=others)
            try:
                results: list[Any] = caller()
            except Exception as exc:
                self.broken[label] = _detached(exc)
                continue
            for produced in results:
                for spec in produced or ():
                    if distribution and (stamp or not spec.distribution):
                        spec = dataclasses.replace(spec, distribution=distribution)
                    claims.append((table, getattr(spec, key), spec))
        if declared is not None and label not in self.broken:
            problem = _undeclared(manager, plugin, label, declared, claims)
            if problem is not None:
                manager.unregister(plugin)
                self.broken[label] = problem
                return
        for table, key, spec in claims:
            _claim(table, key, spec)

    # -- queries ---------------------------------------------------------------------------
    def domain(self, attach: str) -> DomainSpec | None:
        waiting = self._waiting.get(attach)
        if waiting:
            self._load_deferred(list(waiting))
        claim = self._domains.get(attach)
        if claim is None:
            return None
        _check(claim, "attach point", attach)
        return claim.spec

    def domains(self) -> list[DomainSpec]:
        self._load_all()
        return [claim.spec for claim in self._domains.values()]

    def declared_by(self, attach: str) -> str | None:
        """The distribution that declared ``attach`` in ``mistralai.attach``, if any (whether
        or not its plugin loaded)."""
        return self._declared.get(attach)

    def attach_points(self) -> frozenset[str]:
        """The attach points provided or declared (without importing deferred plugins)."""
        return frozenset(self._domains).union(self._waiting)

    def operations(self) -> dict[str, Any]:
        """Every installed domain's operations by id (``<id>:stream`` for a streaming twin),
        read from the registries the packages declare; a package failing to import is left
        out (its attach points raise when used)."""
        found: dict[str, Any] = {}
        for target in dict.fromkeys(s.operations for s in self.domains() if s.operations):
            try:
                table: dict[str, Any] = import_string(target)
            except Exception:
                continue
            for op_id, op in table.items():
                found.setdefault(op_id, op)
        return found

    def provider(self, name: str) -> ProviderSpec | None:
        claim = self._providers.get(name)
        if claim is None:
            return None
        _check(claim, "provider", name)
        return claim.spec

    def providers(self) -> list[str]:
        return sorted(self._providers)

    def middleware(self, client: Any = None, provider: Provider | None = None) -> list[Middleware]:
        """The middleware the plugins give one client (``client`` and ``provider`` are passed
        to the hook; implementations that take no arguments keep working)."""
        collected: list[Middleware] = []
        for produced in self.manager.hook.mistralai_middleware(client=client, provider=provider):
            collected.extend(produced or ())
        return collected

    def broken_error(self) -> PluginError | None:
        self._load_all()
        if not self.broken:
            return None
        listing = "; ".join(
            f"{dist}: {type(exc).__name__}: {exc}" for dist, exc in self.broken.items()
        )
        return PluginError(f"some plugins failed to load ({listing})")


def _undeclared(
    manager: pluggy.PluginManager,
    plugin: object,
    label: str,
    declared: frozenset[str],
    claims: list[tuple[dict[str, _Claim], str, Any]],
) -> PluginError | None:
    """Why a plugin loaded on first use breaks its declaration, or ``None``: it must provide
    exactly the attach points it listed in ``mistralai.attach`` and implement no other hook
    (a middleware or provider of it would only apply once something imported it)."""
    hooks = sorted(
        caller.name
        for caller in manager.get_hookcallers(plugin) or ()
        if caller.name != "mistralai_domains"
    )
    if hooks:
        return PluginError(
            f"{label} lists attach points in {ATTACH_GROUP}, so it is imported on first use, "
            f"but it also implements {', '.join(hooks)}: list it in {DOMAINS_GROUP} only"
        )
    provided = frozenset(key for _table, key, spec in claims if isinstance(spec, DomainSpec))
    if provided != declared:
        return PluginError(
            f"{label} declares the attach points {', '.join(sorted(declared))} "
            f"(entry points of {ATTACH_GROUP}) but provides "
            f"{', '.join(sorted(provided)) or 'none'}: the two lists must be the same"
        )
    return None


def _validation(exc: pluggy.PluginValidationError) -> str:
    message = str(exc)
    if "unknown hook" in message:
        known = ", ".join(sorted(n for n in dir(hookspecs) if n.startswith("mistralai_")))
        message += f" (the hooks are: {known}; is its name misspelled?)"
    return message


def _detached(exc: BaseException) -> BaseException:
    """``exc`` without its traceback (nor its causes'): the traceback's frames reach up to the
    caller of the first ``Mistral(...)``, which a stored error would otherwise keep alive (and
    with it that client's sockets) for the life of the process. The message stays."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__
    return exc


# -- entry-point scan ----------------------------------------------------------------------
#
# ``importlib.metadata.entry_points()`` costs a cold start about 60 ms of CPU: importing
# importlib.metadata (email, zipfile, csv...), then building a Distribution object and parsing
# the metadata of every installed distribution. The scan below reads only the
# ``entry_points.txt`` files of the ``*.dist-info`` / ``*.egg-info`` directories on sys.path
# (a few ms), in the same order and with the same "first distribution of a name wins" rule.
# Its result is cached for the process, keyed on sys.path and the modification time of each
# of its directories (installing or removing a distribution changes them), so registries built
# after ``reset_default_registry()`` see new packages without scanning again otherwise. Where
# the layout is not plain directories (a zip on sys.path, or a meta-path finder that provides
# its own distributions), importlib.metadata does the scan.

EntryPointRow = tuple[str, str, str, str]
"""(group, entry point name, value ``module:attr``, distribution name)."""

_GROUPS = (DOMAINS_GROUP, PROVIDERS_GROUP, ATTACH_GROUP)
_scan_cache: tuple[tuple[tuple[str, int], ...], list[EntryPointRow]] | None = None
_scan_lock = threading.Lock()


def scan_entry_points() -> list[EntryPointRow]:
    """The installed entry points of core's groups, domains first (cached, see above)."""
    global _scan_cache
    key = _path_key()
    if key is None:
        return _scan_with_metadata()
    with _scan_lock:
        cached = _scan_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        rows = _scan_directories([entry for entry, _ in key])
        _scan_cache = (key, rows)
        return rows


def _path_key() -> tuple[tuple[str, int], ...] | None:
    """sys.path's directories with their mtimes; None when the fast scan does not apply."""
    import importlib.machinery
    import os
    import sys

    for finder in sys.meta_path:
        if finder is not importlib.machinery.PathFinder and hasattr(finder, "find_distributions"):
            return None  # distributions from elsewhere (an app bundler, a zip importer...)
    key: list[tuple[str, int]] = []
    for entry in sys.path:
        path = entry or os.getcwd()
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue  # missing entries provide nothing
        if not os.path.isdir(path):
            return None  # a zip or an egg file: importlib.metadata knows how to read it
        key.append((path, st.st_mtime_ns))
    return tuple(key)


def _scan_directories(paths: list[str]) -> list[EntryPointRow]:
    import os

    by_group: dict[str, list[EntryPointRow]] = {group: [] for group in _GROUPS}
    seen: set[str] = set()
    for path in paths:
        try:
            names = sorted(os.listdir(path))
        except OSError:
            continue
        for name in names:
            stem, dot, ext = name.rpartition(".")
            if not dot or ext.lower() not in ("dist-info", "egg-info"):
                continue
            normalized = _normalize(stem.partition("-")[0])
            if normalized in seen:
                continue  # an earlier sys.path entry holds this distribution: it wins
            seen.add(normalized)
            info = os.path.join(path, name)
            try:
                with open(os.path.join(info, "entry_points.txt"), encoding="utf-8") as f:
                    text = f.read()
            except OSError:
                continue
            rows = _parse_entry_points(text)
            if not rows:
                continue
            dist = _distribution_name(info, ext.lower()) or stem.partition("-")[0]
            for group, ep_name, value in rows:
                by_group[group].append((group, ep_name, value, dist))
    return [row for group in _GROUPS for row in by_group[group]]


def _normalize(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "_", name).lower()


def _parse_entry_points(text: str) -> list[tuple[str, str, str]]:
    """The (group, name, value) lines of an ``entry_points.txt`` in core's groups."""
    rows: list[tuple[str, str, str]] = []
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line[0] == "[" and line[-1] == "]":
            group = line[1:-1].strip()
        elif group in _GROUPS and "=" in line:
            name, _, value = line.partition("=")
            rows.append((group, name.strip(), value.strip()))
    return rows


def _distribution_name(info: str, ext: str) -> str | None:
    """The ``Name:`` of a distribution's metadata (read only for the few that match)."""
    import os

    metadata = os.path.join(info, "METADATA" if ext == "dist-info" else "PKG-INFO")
    try:
        with open(metadata, encoding="utf-8", errors="replace") as f:
            for line in f:
                if not line.strip():
                    break  # end of the headers
                if line[:5].lower() == "name:":
                    return line[5:].strip()
    except OSError:
        pass
    return None


def _scan_with_metadata() -> list[EntryPointRow]:
    from importlib.metadata import entry_points

    rows: list[EntryPointRow] = []
    for group in _GROUPS:
        for ep in entry_points(group=group):
            dist = ep.dist.name if ep.dist is not None else ep.name
            rows.append((group, ep.name, ep.value, dist))
    return rows


def _load_entry_point(value: str) -> Any:
    """What an entry point's value (``module``, ``module:attr.sub``, optional ``[extras]``)
    names, as ``EntryPoint.load()`` resolves it."""
    target = value.split("[", 1)[0].strip()
    module_name, _, attrs = target.partition(":")
    obj: Any = importlib.import_module(module_name.strip())
    for attr in attrs.strip().split(".") if attrs.strip() else ():
        obj = getattr(obj, attr)
    return obj


def _claim(table: dict[str, _Claim], key: str, spec: Any) -> None:
    existing = table.get(key)
    if existing is None:
        table[key] = _Claim(spec)
    elif existing.spec.distribution != spec.distribution:
        existing.others.append(spec.distribution)


def _check(claim: _Claim, what: str, key: str) -> None:
    spec = claim.spec
    if claim.others:
        names = ", ".join([spec.distribution, *claim.others])
        raise PluginError(f"{what} '{key}' is claimed by more than one package: {names}")
    if spec.api_version not in SUPPORTED_PLUGIN_API:
        raise PluginError(api_version_message(spec.distribution, spec.api_version))


def installed_version(distribution: str) -> str:
    """The installed version of a distribution, or a placeholder saying why it is unknown."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "(version unknown: not installed as a distribution)"
    except Exception:  # broken metadata must not hide the real error
        return "(version unknown)"


def supported_range() -> str:
    """The supported plugin API versions, for messages (``1``, ``1 to 3``)."""
    low, high = SUPPORTED_PLUGIN_API[0], SUPPORTED_PLUGIN_API[-1]
    return str(low) if low == high else f"{low} to {high}"


def api_version_message(distribution: str, api_version: int) -> str:
    """Why a plugin built for ``api_version`` cannot be used, and the command that fixes it."""
    if api_version > SUPPORTED_PLUGIN_API[-1]:
        fix = f"pip install --upgrade {CORE_DISTRIBUTION}"
        why = "it is newer than this mistralai-core"
    else:
        fix = f"pip install --upgrade {distribution}"
        why = f"it is older than this mistralai-core (oldest supported: {SUPPORTED_PLUGIN_API[0]})"
    return (
        f"{distribution} {installed_version(distribution)} was built for plugin API "
        f"{api_version}, but {CORE_DISTRIBUTION} {installed_version(CORE_DISTRIBUTION)} "
        f"supports plugin API {supported_range()}: {why}; fix it with `{fix}`"
    )


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """The process-wide registry, loaded from entry points on first use."""
    global _default
    registry = _default
    if registry is None:
        with _default_lock:
            registry = _default
            if registry is None:
                registry = Registry()
                registry.load_entry_points()
                _default = registry
    return registry


def reset_default_registry() -> None:
    """Forget the loaded plugins (after installing a package at run time, or in tests)."""
    global _default
    with _default_lock:
        _default = None
