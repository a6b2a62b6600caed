"""Web links as a deck shows them: in full for a QR code, as a person types them in words."""

from __future__ import annotations


def full_url(url: str | None) -> str | None:
    """Return `url` with https:// in front when it names no scheme (None stays None)."""
    if url and "://" not in url:
        return f"https://{url}"
    return url or None


def short_link(url: str) -> str:
    """Return `url` as a person types it: without its scheme, "www." or a closing slash."""
    shown = url.split("://", 1)[-1]
    shown = shown[4:] if shown.startswith("www.") else shown
    return shown.rstrip("/")
