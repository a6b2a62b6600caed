"""What keeps the studio's pages to the facilitator at this machine.

Every form that changes something carries a token tied to the browser's session cookie: a
page of another site cannot read it, so it cannot post to the studio. Uploads are limited in
size before they are read whole, and files are only ever those the project lists.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

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
        return hmac.compare_digest(self.token(session), token)
