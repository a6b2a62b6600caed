"""What keeps the studio's pages to the facilitator at this machine.

The studio has a key, made for each project and user and printed in the address `workshop
serve` opens (as notebook and development servers do); it is kept in this user's config
folder, so that a bookmark of the studio keeps working from one start to the next. Every
request carries it as the
first step of its path (`http://localhost:8765/<key>/...`), and every link the pages make
keeps it. It is not kept in a cookie: a browser sends a cookie for `localhost` to every
port of it (cookies are not isolated by port, RFC 6265 section 8.5), so any other local web
app the user opens would receive it. Pages ask browsers to send a Referer to the studio
alone ("same-origin": "no-referrer" would also make a browser send the studio's own posts
with the origin "null"), so the key never leaves with a link. An address with `?key=` (the
form older studios printed) is answered with the same page under its key. A post must come
from the studio's own origin, exactly. Every form that changes something also carries a
token tied to the browser's session cookie. Uploads are limited in size before they are
read whole, and files are only ever those the project lists.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from starlette.exceptions import HTTPException

SESSION_COOKIE = "workshop_studio"
KEY_PARAMETER = "key"  # the studio's key in an address's query: moved into its path
MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # a logo; a kit's YAML is far smaller
MAX_FORM_BYTES = 6 * 1024 * 1024  # the whole form, upload included


class Tokens:
    """Form tokens: an HMAC of the browser's session id with a secret of this server run."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    @staticmethod
    def new_session() -> str:
        """Return a fresh session id for a browser's cookie."""
        return secrets.token_urlsafe(24)

    def token(self, session: str) -> str:
        """Return the form token of `session`."""
        return hmac.new(self._secret, session.encode(), hashlib.sha256).hexdigest()

    def valid(self, session: str | None, token: str | None) -> bool:
        """Return True when `token` is the form token of `session`."""
        if not session or not token:
            return False
        return hmac.compare_digest(self.token(session).encode(),
                                   token.encode("utf-8", "replace"))


def allowed_hosts(host: str) -> set[str]:
    """Return the names a request's Host may give for a studio listening on `host`: the
    loopback names, and the address it was told to listen on. A page of another site that
    makes its name point at 127.0.0.1 (DNS rebinding) names its own host, and is refused."""
    return {"localhost", "127.0.0.1", "::1", "[::1]", host}


_HOST = re.compile(r"^(?P<name>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(?P<port>[0-9]{1,5}))?$")


def _own_host(header: str, hosts: set[str], port: int | None) -> bool:
    """Return True when a request's Host header names this studio: one of `hosts`, and, when
    it gives a port, the studio's own `port` (nothing else around them: a name followed by
    more text, "[::1]evil.example", is another host)."""
    found = _HOST.match(header)
    if found is None or found["name"] not in hosts:
        return False
    return found["port"] is None or port is None or int(found["port"]) == port


def new_key() -> str:
    """Return a fresh studio key: 192 random bits, safe in an address."""
    return secrets.token_urlsafe(24)


_KEY = re.compile(r"[A-Za-z0-9_-]{32}")  # what new_key makes


def kept_key(root: Path) -> str:
    """Return this user's studio key for the project at `root` (a resolved path), the same at
    every start: read from this user's config folder (never the project's, which others may
    share), or made by new_key and written there, readable by this user alone. Deleting the
    file makes a new key, and old addresses stop working."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    name = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    path = base / "workshop" / "studio" / name / "key"
    try:
        kept = path.read_text(encoding="ascii").strip()
        if _KEY.fullmatch(kept):
            return kept
    except (OSError, UnicodeDecodeError):
        pass  # none yet, or unreadable: a new one
    key = new_key()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as written:
            written.write(key)
    except OSError:
        pass  # a folder this user cannot write: the key holds for this start alone
    return key


class Guard:
    """ASGI middleware: refuses a request whose Host is not this studio's, one whose path
    does not start with the studio's key (an address carrying it as `?key=` is answered with
    the same address under it), a request another site's page makes in the background (its
    Sec-Fetch-Site is cross-site and it is no navigation), a post from any origin but the
    studio's own, and a body longer than MAX_FORM_BYTES, counted as it arrives (whatever its
    headers say). What passes sees the key as its root path, so the app's own links keep
    it, and every answer asks the browser to send a Referer to the studio alone."""

    def __init__(self, app, hosts: set[str], key: str):
        self.app, self.hosts, self.key = app, hosts, key

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope["headers"]}
        server = scope.get("server")
        if not _own_host(headers.get("host", ""), self.hosts,
                         server[1] if server else None):
            return await _refuse(send, 421, "This studio answers only at its own address, "
                                 "http://localhost.")
        site, mode = headers.get("sec-fetch-site"), headers.get("sec-fetch-mode")
        origin = headers.get("origin")
        cross = (site == "cross-site" and (mode != "navigate" or scope["method"] != "GET"))
        # A post's origin is this studio's exactly (scheme, name and port): another web app
        # on this machine (http://localhost:3000) is another origin.
        own = f"http://{headers.get('host', '')}"
        foreign = scope["method"] not in ("GET", "HEAD") and origin is not None \
            and origin != own
        if cross or foreign:
            return await _refuse(send, 403, "Another site's page cannot use this studio.")
        root = scope.get("root_path", "")
        path = scope["path"][len(root):] if scope["path"].startswith(root) else scope["path"]
        first, slash, _ = path.lstrip("/").partition("/")
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                          keep_blank_values=True)
        given = next((value for name, value in query if name == KEY_PARAMETER), None)
        if not self._has_key(first):
            if not self._has_key(given):
                return await _refuse(send, 403, "Open the studio at the address <code>"
                                     "workshop serve</code> printed: it carries the "
                                     "studio's key.")
            kept = urlencode([(n, v) for n, v in query if n != KEY_PARAMETER])
            # The path is kept under the key: "//other.example/" stays on this studio.
            return await _redirect(send, f"{root}/{self.key}/{_quoted(path.lstrip('/'))}"
                                   + (f"?{kept}" if kept else ""))
        if not slash:  # "/<key>": its pages are below "/<key>/"
            return await _redirect(send, f"{root}/{self.key}/")
        scope = {**scope, "root_path": f"{root}/{self.key}"}
        received = 0

        async def limited():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_FORM_BYTES:  # the app shows it as its error page
                    raise HTTPException(413, "The form is larger than the studio takes (a "
                                        "logo up to 5 MB).")
            return message

        async def referrer_kept_home(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  (b"referrer-policy", b"same-origin")]}
            await send(message)

        await self.app(scope, limited, referrer_kept_home)

    def _has_key(self, given: str | None) -> bool:
        """Return True when `given` is this studio's key."""
        return given is not None and hmac.compare_digest(
            given.encode("utf-8", "replace"), self.key.encode())


def _quoted(path: str) -> str:
    """Return a request's (decoded) path as an address may carry it: a line break or any
    other character outside a path's own percent-encoded, as it arrived."""
    return quote(path, safe="/:@!$&'()*+,;=-._~")


async def _redirect(send, location: str) -> None:
    """Send the browser on to `location` (a path on this studio)."""
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode("latin-1", "replace")),
                            (b"cache-control", b"no-store"),
                            (b"referrer-policy", b"same-origin"),
                            (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


async def _refuse(send, status: int, message: str) -> None:
    """Send a short plain page refusing the request."""
    body = f"<!doctype html><title>Refused</title><p>{message}</p>".encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
