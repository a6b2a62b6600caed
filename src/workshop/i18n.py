"""The words the compiler writes itself, in each deck language."""

from __future__ import annotations

WORDS: dict[str, dict[str, str | list[str]]] = {
    "en": {
        "agenda": "Agenda",
        "ask": "Ask the room:",
        "notes_prompts": "Questions to ask the room:",
        "timing": "Timing: about {minutes} min",
        "source": "Source: {source}",
        "section": "Part {number} of {count}",
        "local_resources": "Local resources",
        "presented_by": "Presented by {presenter}",
        "guide_title": "Facilitator guide",
        "slides_title": "The slides, as text",
        "slides_note": ("Every slide of the deck as text, for anyone who cannot open the slides "
                        "or uses a screen reader. Each slide's speaker notes open under it."),
        "handout_title": "For parents and caregivers",
        "guide_agenda": "Agenda and timings",
        "part": "Part",
        "starts": "Starts at",
        "total": "Total",
        "preparation": "Preparation checklist",
        "prep_room": [
            "Room booked, with seating for everyone and a quiet space nearby",
            "Exits, restrooms and the quiet space pointed out at the start",
            "Projector or screen tested with the deck",
            "Printed handouts, one per family, the school contact filled in where it is blank",
            "Index cards and pens for questions asked in writing; a board or flip chart",
            "A feedback form, or a feedback link for the closing slide's QR code",
            "Spanish handouts, or an interpreter, if families need them",
            "Agreed with the host whether children attend",
        ],
        "prep_contacts": [
            "Support person present tonight: {support_person}",
            "Support person briefed: introduced to the room, checks on anyone who steps out",
            "Who receives a report at this organization: ____________________",
            "Child protection or police non-emergency line: ____________________",
            "Local resources (from the kit or the events file) checked and current",
        ],
        "before_title": "Before you present",
        "before_you_present": [
            "Check missingkids.org and fbi.gov/sextortion for figures newer than those on the "
            "slides, and give the year of any you add.",
            "Confirm every local number on the resources slide and the handout by calling it.",
            "Know your own reporting duty, and who at the host organization receives a "
            "safety concern.",
            "If families need Spanish, check which lines and sites you will name answer in "
            "Spanish, and who at school can help a family report in Spanish.",
            "The hour leaves questions out: plan 10 to 15 minutes after it, with the help "
            "numbers on screen.",
        ],
        "disclosure_title": "If someone discloses",
        "disclosure": [
            "Stay calm. Thank the person for telling you, and listen without asking for "
            "explicit detail. Never ask to see an image.",
            "Do not promise to keep it secret. Know your own reporting duty and follow it; "
            "before you report, tell the family whom you will tell, and why.",
            "If the threats are happening now, give the first steps there and then: don't pay, "
            "save the chat (not the image), report; the support person can help them report "
            "before they leave.",
            "Offer a private conversation with the support person, or with you afterwards.",
            "Point to the NCMEC CyberTipline (CyberTipline.org, 1-800-843-5678, 24 hours).",
            "If anyone mentions suicide or is in crisis, give 988 (call or text) and stay with "
            "them until they are connected to help; if someone is in immediate danger, call 911.",
            "A card that tells you a child may be at risk goes to the person at the host "
            "organization who handles child safety, that evening.",
            "Afterwards, write down what was said and when, and talk it over with someone you "
            "trust: hearing a disclosure is hard.",
        ],
        "slides": "Slide by slide",
        "slide_heading": "Slide {number}: {title}",
        "slide_timing": "{minutes} min, from {start}",
        "key_points": "On the slide",
        "figure_columns": "What|Number|Year|Source",
        "contents": "Contents",
        "presented_on": "{date}",
        "page": "Page",
        "script": "Speaker notes",
        "prompts": "Discussion prompts",
        "resources": "Resources",
        "key_ideas": "What to know",
        "covered": "What we covered tonight",
        "if_an_image_arrives": "If someone else\u2019s image arrives",
        "save_numbers": "Save these numbers in your phone tonight",
        "local_contact": "Our school contact",
        "starters": "Conversation starters for home",
        "if_it_happens": "If it happens to your child",
        "qr": "Scan for feedback and more resources:",
        "qr_website": "Scan for more resources:",
        "qr_alt": "QR code linking to {url}",
        "logo_alt": "{name} logo",
        "support_person": "find me after the session",
        "blank": "____________________",
        "opening": "Opening",
        "glossary": "Glossary",
        "questions": "Questions parents often ask",
        "header_heading": "Slide {number}: {title} (section header)",
        "optional": "optional",
        "skip_when_short": "optional: skip it when short of time",
        "optional_note": ("Optional slides, to skip when short of time: {slides}. With them the "
                          "deck takes about {minutes} min; without them, about {short} min."),
        "agenda_plan": "Plan, in minutes: {parts}. In all: {minutes}.",
    },
    "es": {
        "agenda": "Programa de hoy",
        "ask": "Pregunta para el grupo:",
        "notes_prompts": "Preguntas para el grupo:",
        "timing": "Tiempo: aprox. {minutes} min",
        "source": "Fuente: {source}",
        "section": "Parte {number} de {count}",
        "local_resources": "Recursos locales",
        "presented_by": "Presenta: {presenter}",
        "guide_title": "Guía para facilitadores",
        "slides_title": "Las diapositivas, en texto",
        "slides_note": ("Cada diapositiva de la presentación en texto, para quien no puede abrir "
                        "las diapositivas o usa un lector de pantalla. Debajo de cada una se "
                        "abren sus notas."),
        "handout_title": "Para madres, padres y cuidadores",
        "guide_agenda": "Programa y tiempos",
        "part": "Parte",
        "starts": "Inicio",
        "total": "Total",
        "preparation": "Lista de preparación",
        "prep_room": [
            "Sala reservada, con asientos para todos y un espacio tranquilo cerca",
            "Salidas, baños y espacio tranquilo indicados al inicio",
            "Proyector o pantalla probados con la presentación",
            "Folletos impresos, uno por familia, con el contacto de la escuela escrito donde "
            "está en blanco",
            "Tarjetas y lápices para preguntas por escrito; una pizarra o un rotafolio",
            "Un formulario de opinión, o un enlace para el código QR de la última diapositiva",
            "Folletos en inglés, o un intérprete, si alguna familia los necesita",
            "Acordado con la organización si pueden venir niños",
        ],
        "prep_contacts": [
            "Persona de apoyo presente esta noche: {support_person}",
            "Persona de apoyo preparada: presentada al grupo, acompaña a quien salga de la sala",
            "Quién recibe los reportes en esta organización: ____________________",
            "Servicios de Protección Infantil (CPS) o policía para casos que no son emergencia: "
            "____________________",
            "Recursos locales (del kit o del archivo de eventos) revisados y vigentes",
        ],
        "before_title": "Antes de presentar",
        "before_you_present": [
            "Busque en missingkids.org y fbi.gov/sextortion cifras más recientes que las de las "
            "diapositivas, y diga el año de cualquier cifra que agregue.",
            "Confirme, llamando, cada número local de la diapositiva de recursos y del folleto.",
            "Conozca su obligación de reportar, y quién recibe en la organización una "
            "preocupación por la seguridad de un niño.",
            "Averigüe qué líneas y sitios de los que va a nombrar atienden en español, y quién en "
            "la escuela puede ayudar a una familia a reportar en español.",
            "La hora no incluye las preguntas: deje de 10 a 15 minutos después, con los números "
            "de ayuda en pantalla.",
        ],
        "disclosure_title": "Si alguien le cuenta un caso",
        "disclosure": [
            "Mantenga la calma. Agradezca que se lo cuenten y escuche sin pedir detalles "
            "explícitos. Nunca pida ver una imagen.",
            "No prometa guardar el secreto. Conozca su obligación de reportar y cúmplala; antes "
            "de hacer el reporte, explíquele a la familia a quién va a avisar y por qué.",
            "Si las amenazas están ocurriendo ahora, dé los primeros pasos en ese momento: no "
            "pagar, guardar el chat (no la imagen), reportar; la persona de apoyo puede "
            "ayudarles a reportar antes de irse.",
            "Ofrezca una conversación privada con la persona de apoyo, o con usted al terminar.",
            "Indique la CyberTipline del NCMEC (CyberTipline.org, 1-800-843-5678, las 24 horas).",
            "Si alguien menciona el suicidio o está en crisis, dé el 988 (llamar y marcar 2, o "
            "enviar AYUDA al 988) y acompañe a esa persona hasta que reciba ayuda; si corre "
            "peligro inmediato, llame al 911.",
            "Una tarjeta que dice que un niño puede estar en riesgo va esa misma noche a la "
            "persona de la organización que se ocupa de la seguridad infantil.",
            "Después, anote lo que se dijo y cuándo, y háblelo con alguien de confianza: "
            "escuchar un caso así es difícil.",
        ],
        "slides": "Diapositiva por diapositiva",
        "slide_heading": "Diapositiva {number}: {title}",
        "slide_timing": "{minutes} min, desde {start}",
        "key_points": "En la diapositiva",
        "figure_columns": "Qué|Cifra|Año|Fuente",
        "contents": "Contenido",
        "presented_on": "{date}",
        "page": "Página",
        "script": "Notas para hablar",
        "prompts": "Preguntas para el grupo",
        "resources": "Recursos",
        "key_ideas": "Lo esencial",
        "covered": "Lo que vimos hoy",
        "if_an_image_arrives": "Si a su hijo o hija le llega la imagen de otra persona",
        "save_numbers": "Guarde estos números en su teléfono hoy mismo",
        "local_contact": "Contacto en la escuela",
        "starters": "Para empezar a conversar en casa",
        "if_it_happens": "Si le pasa a su hijo o hija",
        "qr": "Escanee para dejar su opinión y ver más recursos:",
        "qr_website": "Escanee para ver más recursos:",
        "qr_alt": "Código QR que lleva a {url}",
        "logo_alt": "Logotipo de {name}",
        "support_person": "búsquenme al terminar la sesión",
        "blank": "____________________",
        "opening": "Apertura",
        "glossary": "Glosario",
        "questions": "Preguntas frecuentes de las familias",
        "header_heading": "Diapositiva {number}: {title} (portada de sección)",
        "optional": "opcional",
        "skip_when_short": "opcional: puede omitirla si falta tiempo",
        "optional_note": ("Diapositivas opcionales, que puede omitir si falta tiempo: {slides}. "
                          "Con ellas, la presentación dura unos {minutes} min; sin ellas, unos "
                          "{short} min."),
        "agenda_plan": "Plan, en minutos: {parts}. En total: {minutes}.",
    },
}


def word(language: str, key: str, **values: object) -> str:
    """Return the built-in phrase `key` in `language`, with `values` filled in."""
    phrase = WORDS[language][key]
    assert isinstance(phrase, str), key
    return phrase.format(**values)


def phrases(language: str, key: str) -> list[str]:
    """Return the built-in list of sentences `key` in `language`."""
    found = WORDS[language][key]
    assert isinstance(found, list), key
    return found


def format_minutes(minutes: float) -> str:
    """Return minutes without a trailing `.0`: 3 -> '3', 2.5 -> '2.5'."""
    return f"{minutes:g}"
