"""Text as a slide can show it: no control characters, no noncharacters, one kind of newline."""

from __future__ import annotations

import re

# C0 controls other than tab and newline, DEL, C1 controls, U+FFFE/U+FFFF and lone surrogates:
# python-pptx would write them as _x001B_-style escapes that PowerPoint shows literally.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Return `text` with CRLF and CR made LF and every unshowable character removed."""
    return _UNSHOWABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
