"""Reading the ``Proxy-Status`` response header (RFC 9209).

Its value is a Structured Field list (RFC 8941): one member per proxy that handled the
response, the proxy's name (a token or a string) followed by ``;key=value`` parameters::

    Proxy-Status: cdn; error=dns_timeout, connectors-gateway; error=http_request_error;
        status-code=400; details="connector_protocol_mismatch"

The Connectors Gateway names itself ``connectors-gateway`` and sets ``error`` on the responses
it wrote itself, which is how they are told apart from the upstream's own answers. A real
parser (rather than a substring search) matters: an upstream may echo text that looks like the
gateway's member inside a quoted string of its own member.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["BareItem", "ProxyStatusMember", "parse_proxy_status"]

BareItem = str | int | float | bool
"""A parameter value: strings and tokens as ``str``, integers, decimals and booleans."""

_LCALPHA = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_ALPHA = _LCALPHA | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_KEY_FIRST = _LCALPHA | {"*"}
_KEY_REST = _LCALPHA | _DIGITS | frozenset("_-.*")
_TOKEN_FIRST = _ALPHA | {"*"}
_TOKEN_REST = _ALPHA | _DIGITS | frozenset("!#$%&'*+-.^_`|~:/")


@dataclass(frozen=True, slots=True)
class ProxyStatusMember:
    """One proxy's entry: its ``name``, its ``parameters`` and the entry as written
    (``text``, parameters included)."""

    name: str
    parameters: Mapping[str, BareItem]
    text: str


class _Malformed(Exception):
    """The value stops following the grammar here (internal: ends the parse)."""


class _Reader:
    """A cursor over one header value."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip(self, chars: str) -> None:
        while self.peek() and self.peek() in chars:
            self.pos += 1

    def take_while(self, allowed: frozenset[str]) -> str:
        start = self.pos
        while self.peek() and self.peek() in allowed:
            self.pos += 1
        return self.text[start : self.pos]

    def string(self) -> str:
        """A quoted string, the opening quote being the current character."""
        self.pos += 1
        out: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            self.pos += 1
            if char == '"':
                return "".join(out)
            if char == "\\":
                escaped = self.peek()
                if escaped not in ('"', "\\"):
                    raise _Malformed
                out.append(escaped)
                self.pos += 1
            elif " " <= char <= "~":
                out.append(char)
            else:
                raise _Malformed
        raise _Malformed  # no closing quote

    def number(self) -> int | float:
        start = self.pos
        if self.peek() == "-":
            self.pos += 1
        digits = self.take_while(_DIGITS)
        if not digits:
            raise _Malformed
        if self.peek() == ".":
            self.pos += 1
            if not self.take_while(_DIGITS):
                raise _Malformed
            return float(self.text[start : self.pos])
        return int(self.text[start : self.pos])

    def bare_item(self) -> BareItem:
        char = self.peek()
        if char == '"':
            return self.string()
        if char == "-" or char in _DIGITS:
            return self.number()
        if char == "?":
            self.pos += 1
            flag = self.peek()
            if flag not in ("0", "1"):
                raise _Malformed
            self.pos += 1
            return flag == "1"
        if char == ":":  # a byte sequence, kept as its base64 text
            end = self.text.find(":", self.pos + 1)
            if end < 0:
                raise _Malformed
            value = self.text[self.pos + 1 : end]
            self.pos = end + 1
            return value
        if char and char in _TOKEN_FIRST:
            return self.take_while(_TOKEN_REST)
        raise _Malformed

    def parameters(self) -> dict[str, BareItem]:
        found: dict[str, BareItem] = {}
        while self.peek() == ";":
            self.pos += 1
            self.skip(" ")
            if self.peek() not in _KEY_FIRST:  # also the end of the value
                raise _Malformed
            key = self.take_while(_KEY_REST)
            value: BareItem = True  # a parameter without a value is the boolean true
            if self.peek() == "=":
                self.pos += 1
                value = self.bare_item()
            found[key] = value
        return found


def parse_proxy_status(value: str) -> list[ProxyStatusMember]:
    """The members of one ``Proxy-Status`` value, up to the first malformed one (the members
    before it are kept; nothing after it is trusted)."""
    reader = _Reader(value)
    members: list[ProxyStatusMember] = []
    reader.skip(" \t")
    while reader.peek():
        start = reader.pos
        try:
            if reader.peek() == '"':
                name = reader.string()
            elif reader.peek() in _TOKEN_FIRST:
                name = reader.take_while(_TOKEN_REST)
            else:
                break  # inner lists and numbers name no proxy
            parameters = reader.parameters()
        except _Malformed:
            break
        members.append(ProxyStatusMember(name, parameters, value[start : reader.pos]))
        reader.skip(" \t")
        if reader.peek() != ",":
            break
        reader.pos += 1
        reader.skip(" \t")
    return members
