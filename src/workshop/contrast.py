"""sRGB colours written `#RRGGBB`: read, written and mixed, and the WCAG 2.x contrast
between two of them."""

from __future__ import annotations

BODY_TEXT_MINIMUM = 4.5  # WCAG AA, normal text
LARGE_TEXT_MINIMUM = 3.0  # WCAG AA, text of 18 pt and up (or 14 pt bold)
GRAPHICS_MINIMUM = 3.0  # WCAG 1.4.11, non-text contrast: chart slices, icons, rules


def rgb(color: str) -> tuple[int, int, int]:
    """Return the red, green and blue (0 to 255) of a `#RRGGBB` (or `RRGGBB`) colour."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_color(channels: tuple[int, ...]) -> str:
    """Return red, green and blue (0 to 255; any alpha after them is left out) as `#RRGGBB`."""
    return "#" + "".join(f"{c:02X}" for c in channels[:3])


def relative_luminance(color: str) -> float:
    """Return the WCAG relative luminance (0 to 1) of a `#RRGGBB` colour."""
    channels = [c / 255 for c in rgb(color)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """Return the contrast ratio (1 to 21) between two `#RRGGBB` colours."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(color: str, other: str, share: float) -> str:
    """Return `color` blended with `other`, `share` (0 to 1) being the part of `other`."""
    return hex_color(tuple(round(a * (1 - share) + b * share)
                           for a, b in zip(rgb(color), rgb(other), strict=True)))
