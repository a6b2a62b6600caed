"""The words the compiler writes itself, in each deck language."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "agenda": "Agenda",
        "ask": "Ask the room:",
        "notes_prompts": "Questions to ask the room:",
        "timing": "Timing: about {minutes} min",
        "source": "Source: {source}",
        "section": "Part {number} of {count}",
        "minutes": "{minutes} min",
        "local_resources": "Local resources",
        "presented_by": "Presented by {presenter}",
    },
    "es": {
        "agenda": "Agenda",
        "ask": "Pregunta para el grupo:",
        "notes_prompts": "Preguntas para el grupo:",
        "timing": "Tiempo: unos {minutes} min",
        "source": "Fuente: {source}",
        "section": "Parte {number} de {count}",
        "minutes": "{minutes} min",
        "local_resources": "Recursos locales",
        "presented_by": "Presenta: {presenter}",
    },
}


def word(language: str, key: str, **values: object) -> str:
    """Return the built-in phrase `key` in `language`, with `values` filled in."""
    return WORDS[language][key].format(**values)


def format_minutes(minutes: float) -> str:
    """Return minutes without a trailing `.0`: 3 -> '3', 2.5 -> '2.5'."""
    return f"{minutes:g}"
