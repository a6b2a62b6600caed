"""The default colour and font schemes, written into the template's theme part."""

from __future__ import annotations

# Calm, high-contrast scheme: deep blue-green headings, teal and warm sand accents.
COLORS: dict[str, str] = {
    "dk1": "1E2A32",  # body text
    "lt1": "FFFFFF",  # background
    "dk2": "1F4E5F",  # titles, dark slide backgrounds
    "lt2": "EEF3F5",  # soft panels (prompt band)
    "accent1": "2A7F8E",
    "accent2": "E0A458",
    "accent3": "5B7FA6",
    "accent4": "7FA88A",
    "accent5": "B5654A",
    "accent6": "6B5B95",
    "hlink": "1F6F8B",
    "folHlink": "6A4C93",
}

HEADING_FONT = "Cambria"  # LibreOffice substitutes the metric-compatible Caladea
BODY_FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
SCHEME_NAME = "Workshop Calm"
