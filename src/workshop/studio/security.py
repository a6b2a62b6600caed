"""What keeps the studio's pages to the facilitator at this machine.

Every form that changes something carries a token tied to the browser's session cookie: a
page of another site cannot read it, so it cannot post to the studio. Uploads are limited in
size before they are read whole, and files are only ever those the project lists.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.exceptions import HTTPException

SESSION_COOKIE = "workshop_studio"
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


class Guard:
    """ASGI middleware: refuses a request whose Host is not this studio's, a request another
    site's page makes in the background (its Sec-Fetch-Site is cross-site and it is no
    navigation; a post from another origin), and a body longer than MAX_FORM_BYTES, counted
    as it arrives (whatever its headers say)."""

    def __init__(self, app, hosts: set[str]):
        self.app, self.hosts = app, hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope["headers"]}
        name = headers.get("host", "").rsplit(":", 1)[0] if not headers.get(
            "host", "").startswith("[") else headers["host"].split("]")[0] + "]"
        if name not in self.hosts:
            return await _refuse(send, 421, "This studio answers only at its own address, "
                                 "http://localhost.")
        site, mode = headers.get("sec-fetch-site"), headers.get("sec-fetch-mode")
        origin = headers.get("origin")
        cross = (site == "cross-site" and (mode != "navigate" or scope["method"] != "GET"))
        foreign = (scope["method"] not in ("GET", "HEAD") and origin is not None
                   and origin != "null" and _origin_host(origin) not in self.hosts)
        if cross or foreign:
            return await _refuse(send, 403, "Another site's page cannot use this studio.")
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

        await self.app(scope, limited, send)


def _origin_host(origin: str) -> str:
    """Return the host name of an Origin header's value."""
    rest = origin.split("://", 1)[-1]
    return rest.split("]")[0] + "]" if rest.startswith("[") else rest.rsplit(":", 1)[0]


async def _refuse(send, status: int, message: str) -> None:
    """Send a short plain page refusing the request."""
    body = f"<!doctype html><title>Refused</title><p>{message}</p>".encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
