"""Fake-server routes for voice agents and their sessions, voice search (v2) and realtime sessions.

- ``POST/GET /v1/audio/agents`` (``page_size``/``page_token`` paging, ``search`` on the name),
  ``GET/PUT/DELETE /v1/audio/agents/{id}``: every ``PUT`` adds a version (``GET ?version=N``
  reads an older one); the configuration is answered with defaults for ``llm``/``tts``/``stt``/
  ``turn``. ``GET .../versions`` lists the versions newest first, ``GET .../sessions`` the
  sessions started with the agent.
- ``POST /v1/audio/sessions`` (``agent_id`` must exist: 404), ``GET/DELETE
  /v1/audio/sessions/{id}``: a session is ``active`` until closed, then ``ended``; closing it
  again is a 404.
- ``GET /v2/audio/voices``: the voices of :mod:`.speech` with filters
  ``type``, ``gender``, ``language``, ``query`` and ``page_token`` paging.
- ``POST /v1/client/sessions``: a realtime session with a short-lived client secret.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from mistralai.api.audio._fake_routes.speech import public_voice, voice_store
from mistralai.testing import (
    USER_ID,
    Record,
    RequestContext,
    Response,
    as_dict,
    as_list,
    json_body,
    json_response,
    new_id,
    no_content,
    not_found,
    now_iso,
    page_token,
    query_int,
    query_str,
    require,
    store,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["DEFAULT_CONFIGURATION", "install"]

DEFAULT_CONFIGURATION: dict[str, Any] = {
    "llm": {"model": "mistral-small-latest"},
    "tts": {"model": "voxtral-tts-latest", "voice_id": "preset-ava"},
    "stt": {"model": "voxtral-mini-transcribe-realtime-latest", "language": "en"},
    "turn": {"allow_interruptions": True},
}

_AGENTS = "audio_agents"
_SESSIONS = "audio_sessions"


def _agents(server: FakeMistralServer) -> dict[str, list[Record]]:
    """Agent id -> its versions, oldest first (call with ``server.lock`` held)."""
    return server.state.setdefault(_AGENTS, {})


def _later(seconds: int) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


def _configuration(raw: object) -> Record:
    given = as_dict(raw) or {}
    merged: Record = {"instructions": None, "tools": None, "welcome_message": None}
    for key, default in DEFAULT_CONFIGURATION.items():
        merged[key] = {**default, **(as_dict(given.get(key)) or {})}
    for key in ("instructions", "tools", "welcome_message"):
        if given.get(key) is not None:
            merged[key] = given[key]
    return merged


# --------------------------------------------------------------------------- agents


def _versions_or_404(ctx: RequestContext) -> list[Record] | Response:
    agent_id = ctx.params["agent_id"]
    versions = _agents(ctx.server).get(agent_id)
    return not_found("Audio agent", agent_id) if versions is None else versions


def _agent_version(body: Record, agent_id: str, version: int, created_at: str) -> Record:
    return {
        "id": agent_id,
        "owner_id": USER_ID,
        "created_at": created_at,
        "updated_at": now_iso(),
        "name": body["name"],
        "description": body.get("description"),
        "version": version,
        "configuration": _configuration(body["configuration"]),
    }


def _create_agent(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "name", "configuration")) is not None:
        return error
    agent = _agent_version(body, new_id(), 1, now_iso())
    with ctx.server.lock:
        _agents(ctx.server)[agent["id"]] = [agent]
    return json_response(agent)


def _page(ctx: RequestContext, items: list[Record]) -> Response:
    paged = page_token(ctx, items)
    if isinstance(paged, Response):
        return paged
    page, token = paged
    return json_response({"data": page, "next_page_token": token})


def _list_agents(ctx: RequestContext) -> Response:
    text = (query_str(ctx, "search") or "").lower()
    with ctx.server.lock:
        latest = [versions[-1] for versions in _agents(ctx.server).values()]
    return _page(ctx, [a for a in latest if text in str(a["name"] or "").lower()])


def _get_agent(ctx: RequestContext) -> Response:
    version = query_int(ctx, "version", 0)
    if isinstance(version, Response):
        return version
    with ctx.server.lock:
        versions = _versions_or_404(ctx)
    if isinstance(versions, Response):
        return versions
    if not version:
        return json_response(versions[-1])
    if not 1 <= version <= len(versions):
        return not_found("Audio agent version", f"{versions[-1]['id']}@{version}")
    return json_response(versions[version - 1])


def _update_agent(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "name", "configuration")) is not None:
        return error
    with ctx.server.lock:
        versions = _versions_or_404(ctx)
        if isinstance(versions, Response):
            return versions
        first = versions[0]
        agent = _agent_version(body, first["id"], len(versions) + 1, first["created_at"])
        versions.append(agent)
    return json_response(agent)


def _delete_agent(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        versions = _versions_or_404(ctx)
        if isinstance(versions, Response):
            return versions
        del _agents(ctx.server)[versions[0]["id"]]
    return no_content()


def _list_versions(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        versions = _versions_or_404(ctx)
    return versions if isinstance(versions, Response) else _page(ctx, versions[::-1])


def _list_agent_sessions(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        versions = _versions_or_404(ctx)
        if isinstance(versions, Response):
            return versions
        sessions = [
            s for s in store(ctx.server, _SESSIONS).values() if s["_agent_id"] == versions[0]["id"]
        ]
    summaries: list[Record] = [
        {
            "id": s["id"],
            "agent_id": s["_agent_id"],
            "started_at": s["created_at"],
            "duration": s.get("_duration"),
            "phone_number_id": None,
        }
        for s in sessions
    ]
    return _page(ctx, summaries)


# --------------------------------------------------------------------------- sessions


def _create_session(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    agent_id = body.get("agent_id")
    with ctx.server.lock:
        if agent_id is not None and agent_id not in _agents(ctx.server):
            return not_found("Audio agent", str(agent_id))
        session: Record = {
            "id": new_id(),
            "status": "active",
            "num_participants": 1,
            "created_at": now_iso(),
            "phone_call": None,
            "transcripts": [],
            "_agent_id": agent_id,
        }
        store(ctx.server, _SESSIONS)[session["id"]] = session
    tools = [
        t
        for t in map(as_dict, as_list(body.get("tools")) or [])
        if t and t.get("type") == "function"
    ]
    return json_response(
        {
            "id": session["id"],
            "participant_token": "pt_" + secrets.token_hex(16),
            "server_url": "wss://rtc.fake.mistral.ai",
            "created_at": session["created_at"],
            "expires_at": _later(3600),
            "function_tools": tools or None,
        }
    )


def _session_or_404(ctx: RequestContext) -> Record | Response:
    session_id = ctx.params["session_id"]
    session = store(ctx.server, _SESSIONS).get(session_id)
    return not_found("Audio session", session_id) if session is None else session


def _get_session(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        session = _session_or_404(ctx)
    if isinstance(session, Response):
        return session
    return json_response({k: v for k, v in session.items() if not k.startswith("_")})


def _close_session(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        session = _session_or_404(ctx)
        if isinstance(session, Response):
            return session
        if session["status"] == "ended":
            return not_found("Active audio session", session["id"])
        session["status"] = "ended"
        session["num_participants"] = 0
        started = datetime.fromisoformat(str(session["created_at"]).replace("Z", "+00:00"))
        session["_duration"] = int((datetime.now(UTC) - started).total_seconds())
    return no_content()


# --------------------------------------------------------------------------- voices, realtime


def _search_voices(ctx: RequestContext) -> Response:
    params = ctx.query_params
    kind = query_str(ctx, "type") or "all"
    genders = set(params.get("gender", []))
    languages = set(params.get("language", []))
    text = (query_str(ctx, "query") or "").lower()
    with ctx.server.lock:
        voices = [public_voice(v) for v in voice_store(ctx.server).values()]
    found = [
        v
        for v in voices
        if (kind == "all" or (kind == "preset") == (v["user_id"] is None))
        and (not genders or v.get("gender") in genders)
        and (not languages or languages & set(v.get("languages") or []))
        and text in str(v["name"]).lower()
    ]
    return _page(ctx, found)


def _create_realtime_session(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "model")) is not None:
        return error
    ttl = body.get("ttl_seconds") or 600
    expires_at = _later(int(ttl))
    return json_response(
        {
            "object": "client.session",
            "purpose": "realtime",
            "expires_at": expires_at,
            "client_secret": {"value": "ek_" + secrets.token_hex(16), "expires_at": expires_at},
        },
        201,
    )


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("POST", r"/v1/audio/agents", _create_agent)
    server.add_route("GET", r"/v1/audio/agents", _list_agents)
    agent = r"/v1/audio/agents/(?P<agent_id>[^/]+)"
    server.add_route("GET", agent, _get_agent)
    server.add_route("PUT", agent, _update_agent)
    server.add_route("DELETE", agent, _delete_agent)
    server.add_route("GET", agent + r"/versions", _list_versions)
    server.add_route("GET", agent + r"/sessions", _list_agent_sessions)
    server.add_route("POST", r"/v1/audio/sessions", _create_session)
    session = r"/v1/audio/sessions/(?P<session_id>[^/]+)"
    server.add_route("GET", session, _get_session)
    server.add_route("DELETE", session, _close_session)
    server.add_route("GET", r"/v2/audio/voices", _search_voices)
    server.add_route("POST", r"/v1/client/sessions", _create_realtime_session)
