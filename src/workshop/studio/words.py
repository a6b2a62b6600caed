"""The words of a deck's page in the studio, in the deck's language: a Spanish deck's event
is typed by someone who will present it in Spanish, so its form, hints, examples and headings
are Spanish too. A check's finding is said first in the page's language (FINDING_LEADS), then
exactly, in English, as the command line gives it."""

from __future__ import annotations

# The event's fields, in the order the form asks for them.
FIELDS = ("organization", "presenter", "date", "place", "support_person", "feedback")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "lead": "Type your event's details, check every slide, then download.",
        "minutes": "{minutes}-minute workshop",
        "minutes_with_questions": "{minutes} minutes: {slides} minutes of slides, then "
                                  "questions",
        "slides_count": "{count} slides",
        "your_event": "Your event",
        "your_events": "Your events for this deck:",
        "kit_language_title": "Your kit in English",
        "kit_language": "Your kit has no English text for {fields}: the slides show its text "
                        "in its other language.",
        "kit_language_link": "Add it on the page of {kit}.",
        "kit_field_footer": "the footer",
        "kit_field_contact": "the contact line",
        "kit_field_support_person": "the support person",
        "kit_field_resources": "the local resources",
        "new_event": "New event",
        "event_unnamed": "an event without a name yet",
        "look_from_kit": "Colors: your kit's.",
        "kit_page": "Change them on the page of {kit}.",
        "from_kit": "Left empty, the slides show your kit's: {value}",
        "copy_event": "Fill in the details of {event}, typed for {deck}",
        "copy_event_date": "(then type the date in English, as the room reads it, and check "
                           "that the names read well in English)",
        "kit": "Brand kit",
        "no_kit": "No kit (the built-in look)",
        "look": "Color style",
        "deck_look": "The deck's own colors",
        "look_calm": "Calm: blue-green on white",
        "look_warm": "Warm: brown and terracotta",
        "look_contrast": "High contrast: for a large or bright room",
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
        "resources_hint": "For help you name at every event, use your kit's page instead. "
                          "Leave these empty to use your kit's resources; any you add here "
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
        "skip": "Skip to main content",
        "all_decks": "All decks and kits",
        "private": "Everything stays on this computer: nothing you type is sent anywhere.",
        "actions": "Update and download",
        "more_downloads": "More downloads",
        "format_pdf": "PDF",
        "format_docx": "Word",
        "format_html": "Web page",
        "format_md": "Markdown",
        "jump": "Go to",
        "jump_start": "Start",
        "open_slide": "Open slide {number}: {title}",
        "previous": "Previous",
        "next": "Next",
        "close": "Close",
        "changed_after": "Updated after a change to {files}.",
        "slide_changed": "Slide {numbers} changed.",
        "slides_changed": "Slides {numbers} changed.",
        "none_changed": "No slide looks different.",
        "slides": "Slides",
        "slide": "Slide {number}: {title}",
        "slide_alt": "Slide {number} as it will show; its text follows",
        "slide_text": "Text on slide {number}",
        "questions": "Questions for the room",
        "notes": "Speaker notes",
        "timing": "Planned: {minutes} on this slide",
        "problem": "Problem",
        "check": "Check",
        "whole_deck": "Things to check about the whole deck",
        "cannot_build": "The deck cannot be built",
        "all_clear": "All checks passed: timing, wording, contrast and fit.",
        "exact_text": "Exact text",
        "pictures_pending": ("Making the pictures of {count} slides: the first time takes "
                             "about half a minute. The text, notes and checks are ready now."),
        "look_at": "Worth a look, below:",
        "slide_link": "slide {number} ({title})",
        "working": "Making your slides with your details; a first look at a deck takes about "
                   "20 seconds.",
        "preparing": "Preparing your download; a PDF takes a few seconds, everything about "
                     "15.",
        "downloaded": "Your download is in your browser's downloads (or still on its way, "
                      "for Download all).",
    },
    "es": {
        "lead": "Escriba los datos de su reunión, revise cada diapositiva y descargue.",
        "minutes": "Taller de {minutes} minutos",
        "minutes_with_questions": "{minutes} minutos: {slides} minutos de diapositivas y "
                                  "luego preguntas",
        "slides_count": "{count} diapositivas",
        "your_event": "Su reunión",
        "your_events": "Sus reuniones con esta presentación:",
        "kit_language_title": "Su kit en español",
        "kit_language": "Su kit no tiene texto en español para {fields}: las diapositivas "
                        "muestran ese texto en inglés.",
        "kit_language_link": "Agréguelo en la página de {kit}.",
        "kit_field_footer": "el pie de página",
        "kit_field_contact": "la línea de contacto",
        "kit_field_support_person": "la persona de apoyo",
        "kit_field_resources": "los recursos locales",
        "new_event": "Nueva reunión",
        "event_unnamed": "una reunión aún sin nombre",
        "look_from_kit": "Colores: los de su kit.",
        "kit_page": "Se cambian en la página de {kit}.",
        "from_kit": "Si lo deja vacío, las diapositivas muestran lo de su kit: {value}",
        "copy_event": "Usar los datos de {event}, escritos para {deck}",
        "copy_event_date": "(luego escriba la fecha en español, como la lee la sala, y revise "
                           "que los nombres se lean bien en español)",
        "kit": "Kit de la organización",
        "no_kit": "Sin kit (el diseño incluido)",
        "look": "Estilo de color",
        "deck_look": "Los colores de la presentación",
        "look_calm": "Sereno: azul verdoso sobre blanco",
        "look_warm": "Cálido: café y terracota",
        "look_contrast": "Alto contraste: para un salón grande o con mucha luz",
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
        "resources_hint": "Para la ayuda que nombra en cada reunión, use mejor la página de "
                          "su kit. Déjelos vacíos para usar los del kit; los que agregue aquí "
                          "los reemplazan.",
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
        "skip": "Ir al contenido",
        "all_decks": "Todas las presentaciones y kits",
        "private": "Todo se queda en esta computadora: nada de lo que escriba se envía a "
                   "ningún lugar.",
        "actions": "Actualizar y descargar",
        "more_downloads": "Más descargas",
        "format_pdf": "PDF",
        "format_docx": "Word",
        "format_html": "Página web",
        "format_md": "Markdown",
        "jump": "Ir a",
        "jump_start": "Inicio",
        "open_slide": "Abrir la diapositiva {number}: {title}",
        "previous": "Anterior",
        "next": "Siguiente",
        "close": "Cerrar",
        "changed_after": "Actualizado tras un cambio en {files}.",
        "slide_changed": "Cambió la diapositiva {numbers}.",
        "slides_changed": "Cambiaron las diapositivas {numbers}.",
        "none_changed": "Ninguna diapositiva se ve distinta.",
        "slides": "Diapositivas",
        "slide": "Diapositiva {number}: {title}",
        "slide_alt": "La diapositiva {number} como se verá; su texto sigue",
        "slide_text": "Texto de la diapositiva {number}",
        "questions": "Preguntas para el grupo",
        "notes": "Notas para quien presenta",
        "timing": "Previsto: {minutes} en esta diapositiva",
        "problem": "Problema",
        "check": "Revisar",
        "whole_deck": "Qué revisar en toda la presentación",
        "cannot_build": "No se puede hacer la presentación",
        "all_clear": "Todo está bien: tiempos, redacción, contraste y espacio.",
        "exact_text": "Texto exacto (en inglés, como lo da la línea de comandos)",
        "pictures_pending": ("Preparando las imágenes de {count} diapositivas: la primera vez "
                             "tarda como medio minuto. El texto, las notas y las revisiones ya "
                             "están listos."),
        "look_at": "Conviene revisar, más abajo:",
        "slide_link": "diapositiva {number} ({title})",
        "working": "Preparando sus diapositivas con sus datos; la primera vez tarda unos 20 "
                   "segundos.",
        "preparing": "Preparando su descarga; un PDF tarda unos segundos, todo junto unos 15.",
        "downloaded": "Su descarga está en las descargas del navegador (o llegando, si pidió "
                      "Descargar todo).",
    },
}


def words(language: str) -> dict[str, str]:
    """Return the deck page's words in `language` (English for one the studio lacks)."""
    return WORDS.get(language, WORDS["en"])


# What each check's finding means, said first in the words of a Spanish deck's page; the
# finding's exact text follows in English, as the command line gives it (it names fields and
# files as they are written). A code not listed here shows the English text alone.
FINDING_LEADS: dict[str, dict[str, str]] = {
    # In English, only where the command line's text is technical (contrast ratios, WCAG,
    # file syntax): the studio says it plainly first.
    "en": {
        "K601": "A font of the kit is not on this computer; the slides use a similar one.",
        "K602": "The kit has no text in this deck's language for one of its fields.",
        "K603": "The accent color is too light to see in charts and icons on a projector; "
                "a darker shade of it keeps the look.",
    },
    "es": {
        "A101": "Una diapositiva no tiene título.",
        "A102": "Dos diapositivas tienen el mismo título; cámbielo o numérelas.",
        "A103": "Una imagen no tiene texto alternativo para quien no ve la pantalla.",
        "A104": "Un color de texto no contrasta lo suficiente con su fondo.",
        "A105": "Hay texto más pequeño de lo que se lee bien en una pantalla.",
        "A106": "Hay texto marcado en otro idioma que el de la presentación.",
        "A107": "Un lector de pantalla leería algo antes que el título.",
        "C401": "Una frase puede sonar a culpar al joven; la culpa es de quien chantajea.",
        "C402": "Se menciona el suicidio o hacerse daño sin dar el 988 en la diapositiva o sus "
                "notas.",
        "C403": "Una cifra no dice de dónde viene.",
        "C404": "Una frase promete un secreto que no se puede guardar si un niño corre peligro.",
        "C405": "Ortografía británica en una presentación en inglés de EE. UU.",
        "C406": "Una fuente de una cifra no dice su año.",
        "C407": "La fecha está escrita en otro idioma: escríbala como la lee la sala.",
        "C408": "Se menciona el suicidio o hacerse daño con el 988, pero sin su opción en español "
                "(marquen el 2, o un texto con AYUDA).",
        "D401": "Varias diapositivas seguidas se ven iguales; conviene variar.",
        "K601": "Un dato del kit no se usa en este idioma.",
        "K602": "Falta un texto del kit en español.",
        "K603": "El color de acento del kit contrasta poco con el fondo en gráficas e íconos.",
        "O201": "Un texto se achicó para caber; acórtelo si quiere el tamaño normal.",
        "O202": "Una lista no cabe en una diapositiva y se mostrará en varias; acórtela.",
        "O203": "Un texto no cabe ni achicado: hay que acortarlo.",
        "O204": "La línea de contacto del kit no cabe en una línea; acórtela.",
        "O205": "El nombre de una fuente no cabe al pie de la diapositiva; acórtelo.",
        "O206": "Un texto se sale por el pie de la diapositiva; acórtelo (en la portada, el "
                "subtítulo o los datos de la reunión).",
        "P501": "El archivo de la presentación tiene una referencia rota.",
        "P502": "Una diapositiva repite identificadores de formas.",
        "P503": "Hay un carácter no permitido en el texto.",
        "P504": "Falta una parte interna de la presentación.",
        "P505": "La plantilla es de otro tamaño de diapositiva.",
        "T301": "Los minutos de las diapositivas no suman la duración planeada.",
        "T302": "El tiempo de una diapositiva no coincide con lo que tarda su guion.",
        "T303": "El guion completo no cabe en la duración planeada.",
        "T304": "Una diapositiva larga no tiene pregunta ni actividad para el grupo.",
    },
}


def finding_lead(language: str, code: str | None) -> str | None:
    """Return what a finding of `code` means in `language`, or None where the finding's own
    (English) text is all there is."""
    return FINDING_LEADS.get(language, {}).get(code or "")
