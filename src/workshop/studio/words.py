"""The words of a deck's page in the studio, in the deck's language: a Spanish deck's event
is typed by someone who will present it in Spanish, so its form, hints, examples and headings
are Spanish too (the checks' findings stay in English, as the command line gives them)."""

from __future__ import annotations

# The event's fields, in the order the form asks for them.
FIELDS = ("organization", "presenter", "date", "place", "support_person", "feedback")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "lead": "Type your event's details, check every slide, then download.",
        "minutes": "{minutes}-minute workshop",
        "slides_count": "{count} slides",
        "your_event": "Your event",
        "kit": "Brand kit",
        "no_kit": "No kit (the built-in look)",
        "look": "Color style",
        "standard_look": "Standard (the kit's, or calm)",
        "organization": "Organization",
        "presenter": "Presenter",
        "date": "Date",
        "place": "Place",
        "support_person": "Support person tonight",
        "feedback": "Feedback link",
        "hint_date": "As it should read, e.g. Thursday, November 14, 6:30 pm",
        "hint_support_person": "Someone parents can talk to privately tonight, e.g. Ms. Lee, "
                               "school counselor",
        "hint_feedback": "The web page where parents can give feedback, e.g. "
                         "example.org/feedback",
        "resources": "Local resources",
        "resources_hint": "Leave these empty to use your kit's resources; any you add here "
                          "replace them.",
        "resource_name": "Name",
        "resource_detail": "Phone, site or hours",
        "remove": "Remove",
        "add_resource": "Add a resource",
        "update_slides": "Update the slides",
        "updated": "Updated: your details are on the slides below and in every download.",
        "download": "Download",
        "download_all": "Download all",
        "download_all_hint": "the deck, the handout and the guide, in one .zip",
        "deck_file": "Deck (.pptx)",
        "guide": "Facilitator guide",
        "handout": "Handout",
        "stale": "You changed the details: the downloads use them; press Update the slides "
                 "to see them.",
        "slides": "Slides",
        "slide": "Slide {number}: {title}",
        "slide_alt": "Slide {number} as it will show; its text follows",
        "slide_text": "Text on slide {number}",
        "questions": "Questions for the room",
        "notes": "Speaker notes",
        "problem": "Problem",
        "check": "Check",
        "whole_deck": "Things to check about the whole deck",
        "cannot_build": "The deck cannot be built",
        "all_clear": "All checks passed: timing, wording, contrast and fit.",
        "look_at": "Worth a look, below:",
        "slide_link": "slide {number} ({title})",
        "working": "Making your slides with your details; a first look at a deck takes about "
                   "20 seconds.",
        "preparing": "Preparing your download; a PDF takes a few seconds, everything about "
                     "15.",
    },
    "es": {
        "lead": "Escriba los datos de su reunión, revise cada diapositiva y descargue.",
        "minutes": "Taller de {minutes} minutos",
        "slides_count": "{count} diapositivas",
        "your_event": "Su reunión",
        "kit": "Kit de la organización",
        "no_kit": "Sin kit (el diseño incluido)",
        "look": "Estilo de color",
        "standard_look": "Estándar (el del kit, o calm)",
        "organization": "Organización",
        "presenter": "Presenta",
        "date": "Fecha",
        "place": "Lugar",
        "support_person": "Persona de apoyo esta noche",
        "feedback": "Enlace para opiniones",
        "hint_organization": "Como debe aparecer en las diapositivas, p. ej. Asociación de "
                             "Padres de la Escuela Lincoln",
        "hint_date": "Como debe leerse, p. ej. jueves 14 de noviembre, 6:30 p. m.",
        "hint_place": "P. ej. Biblioteca de la escuela",
        "hint_support_person": "Alguien que hable español y con quien las familias puedan "
                               "hablar en privado, p. ej. la Sra. López, consejera escolar",
        "hint_feedback": "La página donde las familias dan su opinión, de preferencia en "
                         "español, p. ej. example.org/opinion",
        "resources": "Recursos locales",
        "resources_hint": "Déjelos vacíos para usar los del kit; los que agregue aquí los "
                          "reemplazan.",
        "resource_name": "Nombre",
        "resource_detail": "Teléfono, sitio u horario",
        "remove": "Quitar",
        "add_resource": "Agregar un recurso",
        "update_slides": "Actualizar las diapositivas",
        "updated": "Listo: sus datos están en las diapositivas de abajo y en cada descarga.",
        "download": "Descargar",
        "download_all": "Descargar todo",
        "download_all_hint": "la presentación, el folleto y la guía, en un .zip",
        "deck_file": "Presentación (.pptx)",
        "guide": "Guía para facilitadores",
        "handout": "Folleto",
        "stale": "Cambió los datos: las descargas ya los usan; pulse Actualizar las "
                 "diapositivas para verlos.",
        "slides": "Diapositivas",
        "slide": "Diapositiva {number}: {title}",
        "slide_alt": "La diapositiva {number} como se verá; su texto sigue",
        "slide_text": "Texto de la diapositiva {number}",
        "questions": "Preguntas para el grupo",
        "notes": "Notas para quien presenta",
        "problem": "Problema",
        "check": "Revisar",
        "whole_deck": "Qué revisar en toda la presentación",
        "cannot_build": "No se puede hacer la presentación",
        "all_clear": "Todo está bien: tiempos, redacción, contraste y espacio.",
        "look_at": "Conviene revisar, más abajo:",
        "slide_link": "diapositiva {number} ({title})",
        "working": "Preparando sus diapositivas con sus datos; la primera vez tarda unos 20 "
                   "segundos.",
        "preparing": "Preparando su descarga; un PDF tarda unos segundos, todo junto unos 15.",
    },
}


def words(language: str) -> dict[str, str]:
    """Return the deck page's words in `language` (English for one the studio lacks)."""
    return WORDS.get(language, WORDS["en"])
