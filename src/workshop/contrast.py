"""WCAG 2.x contrast between two sRGB colours."""

from __future__ import annotations

BODY_TEXT_MINIMUM = 4.5  # WCAG AA, normal text
LARGE_TEXT_MINIMUM = 3.0  # WCAG AA, text of 18 pt and up (or 14 pt bold)


def relative_luminance(hex_color: str) -> float:
    """Return the WCAG relative luminance (0 to 1) of a `#RRGGBB` colour."""
    value = hex_color.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """Return the contrast ratio (1 to 21) between two `#RRGGBB` colours."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(color: str, other: str, share: float) -> str:
    """Return `color` blended with `other`, `share` (0 to 1) being the part of `other`."""
    a, b = color.lstrip("#"), other.lstrip("#")
    channels = [round(int(a[i:i + 2], 16) * (1 - share) + int(b[i:i + 2], 16) * share)
                for i in (0, 2, 4)]
    return "#" + "".join(f"{c:02X}" for c in channels)
