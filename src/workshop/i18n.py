"""The words the compiler writes itself, in each deck language."""

from __future__ import annotations

WORDS: dict[str, dict[str, str | list[str]]] = {
    "en": {
        "agenda": "Agenda",
        "agenda_your_questions": "Your questions",
        "ask": "Ask the room:",
        "keywords": "parent night; sextortion; online safety",  # the deck file's keywords
        "help_any_time": "Help, any time",
        "local_help": "Help in our community",
        "feedback_label": "Feedback:",
        "notes_prompts": "Questions to ask the room:",
        "continued_notes": "[Continued from slide {slide}: its notes hold the script for this "
                           "slide too.]",
        "timing": "Timing: about {duration}",
        "source": "Source: {source}",
        "more_sources": "+ {count} more (see the guide)",
        "section": "Part {number} of {count}",
        "local_resources": "Local resources",
        "presented_by": "Presented by {presenter}",
        "guide_title": "Facilitator guide",
        "cover_form": "This evening",
        "form_organization": "Organization",
        "form_date": "Date and time",
        "form_place": "Place",
        "form_presenter": "Presenter",
        "form_support_person": "Support person",
        "slides_title": "The slides, as text",
        "slides_note": ("Every slide of the deck as text, for anyone who cannot open the slides "
                        "or uses a screen reader. Each slide's speaker notes open under it."),
        "handout_title": "For parents and caregivers",
        "guide_agenda": "Agenda and timings",
        "night_sheet": "The night on one page",
        "slides_column": "Slides",
        "start_column": "Start",
        "room_column": "Questions",
        "behind_column": "If running late",
        "behind_skip": "skip {slides}",
        "behind_shorten": "shorten {slide} to {minutes}",
        "checkpoints": "Checkpoints",
        "checkpoint": "at {clock}, slide {slide}",
        "never_cut": "Never cut, even when late",
        "night_questions": "Then the room’s own questions, from {start}, with the closing "
                           "slide and its help numbers on the screen.",
        "night_numbers": "Numbers to give",
        "night_numbers_list": [
            "NCMEC CyberTipline: CyberTipline.org or 1-800-843-5678, 24 hours, no name needed",
            "988 Suicide & Crisis Lifeline: call or text 988 (in Spanish: call and press 2, or "
            "text AYUDA)",
            "Someone in immediate danger: 911",
        ],
        "disclosure_short": [
            "Stay calm, thank them, listen. Never ask to see an image, and never copy or "
            "forward one.",
            "Don’t promise secrecy: follow your reporting duty, and tell the family first "
            "where that is safe.",
            "Threats now? Ask where the child is: not alone with this tonight. Don’t pay, save "
            "the chat (never the image), report; the support person can help.",
            "Thoughts of suicide? Stay with them and call or text 988 together. Afterwards, "
            "write down what was said and when.",
        ],
        "part": "Part",
        "starts": "Starts at",
        "starts_short": "Skipping optional",
        "total": "Total",
        "questions_row": "Questions, after the closing slide",
        "evening_total": "The evening, with questions",
        "facts_checked": "Facts checked: {date}",
        "adapted_from": "adapted from {source}, not endorsed by its authors",
        "preparation": "Preparation checklist",
        "prep_room": [
            "An invitation sent ahead: the topic, that nothing explicit is shown, that a "
            "support person will be there, and how long the evening takes with questions",
            "Room booked, with seating for everyone and a quiet space nearby",
            "Exits, restrooms and the quiet space pointed out at the start",
            "Projector or screen tested with the deck",
            "Printed handouts, one per family, the contact lines filled in where they are blank, "
            "on the chairs before people arrive",
            "Index cards and pens, for anyone who would rather ask a question in writing",
            "A feedback form, if you have one: whoever prepares the deck can put its link, with "
            "a QR code, on the closing slide and the handout",
            "Spanish handouts, or an interpreter, if families need them",
            "Agreed with the host that this evening is for adults; if families bring children, "
            "someone to look after them in another room",
        ],
        "prep_contacts": [
            "Support person present tonight: {support_person}. Briefed (a school counselor "
            "or social worker, if you can), introduced to the room at the start, checks on "
            "anyone who steps out",
            "Who receives a report at this organization: ____________________",
            "Child protection or police non-emergency line (write it on the handout where it "
            "has a blank for it): ____________________",
        ],
        "before_title": "Before you present",
        "before_you_present": [
            "The figures in these materials run to June 2025 at the newest. If "
            "missingkids.org or fbi.gov/sextortion has newer ones, present only figures you "
            "have checked at that source yourself, each with its year; otherwise, say that newer "
            "figures may exist.",
            "Check that the numbers and web addresses on the resources slide and the handout "
            "still work, and that the TAKE IT DOWN Act is still described as it stands; if you "
            "add local resources, call each number to confirm it.",
            "Know your own reporting duty, and who at the host organization receives a "
            "safety concern. Before the night, agree with the host who would make a report, "
            "and how, and check your state's reporting law with the host: the duty may apply to "
            "you whatever your job.",
            "If families need Spanish, check which lines and sites you will name answer in "
            "Spanish, and who at school can help a family report in Spanish.",
        ],
        "before_figures": ("The figures, each with its year, are on slides {slides}: check "
                           "those first."),
        "before_figure": "The figures, each with its year, are on slide {slides}: check it first.",
        "before_questions": ("The {minutes} minutes of slides leave questions out: plan "
                             "{questions} minutes more after them, with the closing slide's "
                             "help numbers on screen."),
        "disclosure_title": "If someone discloses",
        "after_title": "After the night",
        "after_night": [
            "Any card or disclosure that tells you a child may be at risk: passed on that "
            "evening to the host's child-safety lead, and what was said written down",
            "The next day: the handout (or its link) sent to families, with thanks to the host",
            "Feedback read, and what to change next time noted",
        ],
        "disclosure": [
            "Stay calm. Thank the person for telling you, and listen without asking for "
            "explicit detail. Never ask to see an image.",
            "Do not promise to keep it secret. Know your own reporting duty and follow it; "
            "before you report, tell the family whom you will tell, and why, unless telling "
            "them could put the child at greater risk.",
            "If someone discloses in front of the room, thank them, say you would like to talk "
            "with them privately in a moment, and move on gently; remind the room of the "
            "agreement to keep what others share private.",
            "If the threats are happening now, give the first steps there and then: don't pay, "
            "save the chat (not the image), report; the support person can help them report "
            "before they leave. If someone starts to show you an image, stop them kindly: "
            "you don't need to see it to help.",
            "Offer a private conversation with the support person, or with you afterwards.",
            "Never ask about or write down anyone's immigration status; if someone mentions it, "
            "leave it out of your notes.",
            "Point to the NCMEC CyberTipline (CyberTipline.org, 1-800-843-5678, 24 hours).",
            "If anyone mentions suicide or is in crisis, give 988 (call or text) and stay with "
            "them until they are connected to help; if someone is in immediate danger, call 911.",
            "A card that tells you a child may be at risk goes to the person at the host "
            "organization who handles child safety, that evening.",
            "If someone blames a child who was targeted, answer "
            "calmly and without shaming them: the blame always belongs to the person making "
            "the threats, and some families in the room may be living this.",
            "Afterwards, write down what was said and when, and talk it over with someone you "
            "trust: hearing a disclosure is hard.",
        ],
        "slides": "Slide by slide",
        "slide_heading": "Slide {number}: {title}",
        "slide_timing": "{minutes} min, from {start}",
        "length": "Length (m:ss)",
        "key_points": "On the slide",
        "slide_picture": "Slide {number} as the room sees it",
        "no_pictures": ("This guide shows no pictures of the slides: LibreOffice and "
                        "poppler-utils (pdftoppm) were not installed when it was made. "
                        "Install them and export the guide again to see each slide."),
        "figure_columns": "What|Number|Year|Source",
        "contents": "Contents",
        "presented_on": "{date}",
        "page": "Page",
        "script": "Speaker notes",
        "prompts": "Discussion prompts",
        "resources": "Resources",
        "key_ideas": "What to know",
        "if_an_image_arrives": "If someone else\u2019s image arrives",
        "warning_signs": "Warning signs",
        "save_numbers": "Save these numbers in your phone tonight",
        "support_tonight": "Tonight\u2019s support person",
        "local_blanks": ["Contact at tonight\u2019s host",
                         "Child protection or police non-emergency line"],
        "starters": "Conversation starters for home",
        "if_it_happens": "If it happens to your child",
        "qr": "Scan for feedback and more resources:",
        "qr_website": "Scan for more resources:",
        "qr_alt": "QR code linking to {url}",
        "logo_alt": "{name} logo",
        "support_person": "me or tonight's support person, at any time",
        "blank": "____________________",
        "opening": "Opening",
        "glossary": "Glossary",
        "questions": "Questions parents often ask",
        "questions_note": ("Answers to have ready, drawn from the same sources as the slides: "
                           "parents ask about more than any one talk covers. Where a question "
                           "goes beyond the slides, answer briefly and offer to talk "
                           "afterwards."),
        "quick_answers": "Quick answers, for the questions from the room",
        "quick_answers_note": ("Answer a question from the room in a sentence or two, as "
                               "below; the full answers follow, to read beforehand, and "
                               "anyone with more to ask can stay afterwards."),
        "header_heading": "Slide {number}: {title} (section header)",
        "optional": "optional",
        "skip_when_short": "optional: skip it when short of time",
        "optional_note": ("Optional slides, to skip when short of time: {slides}. With them the "
                          "deck takes about {minutes} min; without them, about {short} min."),
        "sources_title": "Sources",
        "sources_note": "",  # nothing to add for English readers
        "file_guide": "guide",  # a download's name ends in what it is, in the deck's language
        "file_handout": "handout",
        "file_slides": "slides",
        "book_room": ("Book the room for {minutes} minutes: the evening takes up to "
                      "{evening} (about {slides} of slides, up to {most} of questions), and "
                      "{settle} more to settle in and leave."),
        "slot_cut": ("In a {slot}-minute slot: skip the optional slides (the deck then takes "
                     "about {short} min) and keep {questions} min for questions; anyone with "
                     "more to ask can stay afterwards with the support person."),
        "slot_cut_short": ("In a {slot}-minute slot: skipping the optional slides (the deck then "
                           "takes about {short} min) leaves {spare} min for questions; for the "
                           "{questions} they need, shorten the activities as their notes say. "
                           "Anyone with more to ask can stay afterwards with the support "
                           "person."),
        "slot_cut_tight": ("In a {slot}-minute slot: skip the optional slides and shorten the "
                           "activities as their notes say ({cuts}): the deck then takes about "
                           "{short} min and leaves {spare} for questions. Anyone with more to "
                           "ask can stay afterwards with the support person."),
        "tight_cut": "{title} to {minutes} min",
        "agenda_plan": "Plan, in minutes and seconds: {parts}. In all: {minutes}.",
        "agenda_questions": "Then questions, {questions} min: the evening takes {evening} min.",
    },
    "es": {
        "agenda": "Programa de hoy",
        "agenda_your_questions": "Sus preguntas",
        "ask": "Pregunta para el grupo:",
        "keywords": "noche de padres; sextorsión; seguridad en internet",
        "help_any_time": "Ayuda a toda hora",
        "local_help": "Ayuda en nuestra comunidad",
        "feedback_label": "Su opinión:",
        "notes_prompts": "Preguntas para el grupo:",
        "continued_notes": "[Continúa la diapositiva {slide}: sus notas tienen también el "
                           "guion de esta.]",
        "timing": "Tiempo: aprox. {duration}",
        "source": "Fuente: {source}",
        "more_sources": "+ {count} más (vea la guía)",
        "section": "Parte {number} de {count}",
        "local_resources": "Recursos locales",
        "presented_by": "Presenta: {presenter}",
        "guide_title": "Guía para facilitadores",
        "cover_form": "Esta reunión",
        "form_organization": "Organización",
        "form_date": "Fecha y hora",
        "form_place": "Lugar",
        "form_presenter": "Presenta",
        "form_support_person": "Persona de apoyo",
        "slides_title": "Las diapositivas, en texto",
        "slides_note": ("Cada diapositiva de la presentación en texto, para quien no puede abrir "
                        "las diapositivas o usa un lector de pantalla. Debajo de cada una se "
                        "abren sus notas."),
        "handout_title": "Para las familias",
        "guide_agenda": "Programa y tiempos",
        "night_sheet": "La reunión en una página",
        "slides_column": "Diap.",
        "start_column": "Inicio",
        "room_column": "Preguntas",
        "behind_column": "Si va tarde",
        "behind_skip": "omita {slides}",
        "behind_shorten": "acorte {slide} a {minutes}",
        "checkpoints": "Puntos de control",
        "checkpoint": "al minuto {clock}, diapositiva {slide}",
        "never_cut": "No omita nunca, aunque vaya atrasado",
        "night_questions": "Después, las preguntas del grupo, desde el minuto {start}, con la "
                           "última diapositiva y sus números de ayuda en pantalla.",
        "night_numbers": "Números para dar",
        "night_numbers_list": [
            "CyberTipline del NCMEC: CyberTipline.org o 1-800-843-5678, las 24 horas; no hace "
            "falta dar su nombre",
            "Línea 988: llamen al 988 y marquen el 2, o manden un texto con la palabra AYUDA "
            "al 988",
            "Si alguien corre peligro inmediato: 911",
        ],
        "disclosure_short": [
            "Mantenga la calma, agradezca y escuche. Nunca pida ver una imagen, ni la copie ni "
            "la reenvíe.",
            "No prometa guardar el secreto: cumpla su obligación de reportar y, si es seguro, "
            "avísele antes a la familia.",
            "¿Amenazas ahora? Pregunte dónde está el joven: que esta noche no esté solo con "
            "esto. No pagar, guardar el chat (nunca la imagen), reportar; la persona de apoyo "
            "puede ayudar.",
            "¿Pensamientos suicidas? Quédese con la persona y llamen juntos al 988 y marquen el 2, "
            "o manden un texto con la palabra AYUDA al 988. Después, anote lo que se dijo y "
            "cuándo.",
        ],
        "part": "Parte",
        "starts": "Inicio",
        "starts_short": "Sin las opcionales",
        "total": "Total",
        "questions_row": "Preguntas, después de la última diapositiva",
        "evening_total": "La reunión, con las preguntas",
        "facts_checked": "Datos revisados: {date}",
        "adapted_from": "adaptado de {source}; no cuenta con el aval de sus autores",
        "preparation": "Lista de preparación",
        "prep_room": [
            "Una invitación enviada con tiempo: el tema, que no se muestra nada explícito, que "
            "habrá una persona de apoyo y cuánto dura la reunión con las preguntas",
            "Sala reservada, con asientos para todos y un espacio tranquilo cerca",
            "Salidas, baños y espacio tranquilo indicados al inicio",
            "Proyector o pantalla probados con la presentación",
            "Folletos impresos, uno por familia, con los espacios en blanco ya llenos, en las "
            "sillas antes de que llegue la gente",
            "Tarjetas y lápices, para quien prefiera hacer su pregunta por escrito",
            "Una encuesta de evaluación, si la hay: quien prepara la presentación puede poner su "
            "enlace, con un código QR, en la última diapositiva y en el folleto",
            "Folletos en inglés, o un intérprete (también de lenguas indígenas, como mam, "
            "k’iche’ o mixteco), si alguna familia lo necesita: pregunte al inscribir",
            "Si algunas familias leen poco: lea en voz alta el recuadro “Si le pasa a su hijo o "
            "hija” del folleto",
            "Acordado con la organización que la reunión es para adultos; si las familias "
            "traen a sus hijos, alguien que los cuide en otro salón",
        ],
        "prep_contacts": [
            "Persona de apoyo presente esta noche: {support_person}. Que hable español (de "
            "preferencia, consejero escolar o profesional de salud mental), que sepa de qué se "
            "va a hablar, que se presente al grupo al inicio y acompañe a quien salga de la sala",
            "A quién se le avisa en esta organización si un niño puede estar en peligro: "
            "____________________",
            "Servicios de Protección Infantil (CPS), para usted, no para el folleto: "
            "____________________",
            "Policía para casos que no son emergencia, y quien ayuda en español (escríbalos en "
            "el folleto si tiene un espacio en blanco para ellos): ____________________",
        ],
        "before_title": "Antes de presentar",
        "before_you_present": [
            "Las cifras más recientes de estos materiales llegan a junio de 2025. Si "
            "missingkids.org o fbi.gov/sextortion tienen cifras más nuevas, presente solo las "
            "que usted haya revisado en esa misma fuente, cada una con su año; si no, diga que "
            "puede haber cifras más recientes.",
            "Compruebe que los números y las direcciones web de la diapositiva de recursos y del "
            "folleto siguen funcionando, y que la ley TAKE IT DOWN se describe como está hoy; si "
            "agrega recursos locales, llame a cada número para confirmarlo.",
            "Conozca su obligación de reportar, y a quién se le avisa en la organización si un "
            "niño puede estar en riesgo. Antes de la reunión, acuerde con los "
            "organizadores quién haría un reporte y cómo, y revise con ellos la ley de reporte de "
            "su estado: la obligación puede aplicarse a usted, sea cual sea su trabajo.",
            "Averigüe qué líneas y sitios de los que va a nombrar atienden en español, y quién en "
            "la escuela puede ayudar a una familia a reportar en español.",
        ],
        "before_figures": ("Las cifras, cada una con su año, están en las diapositivas "
                           "{slides}: revise esas primero."),
        "before_figure": ("Las cifras, cada una con su año, están en la diapositiva {slides}: "
                          "revísela primero."),
        "before_questions": ("Los {minutes} minutos de diapositivas no incluyen las "
                             "preguntas: deje {questions} minutos más después, con "
                             "los números de ayuda de la última diapositiva en pantalla."),
        "disclosure_title": "Si alguien le cuenta un caso",
        "after_title": "Después de la reunión",
        "after_night": [
            "Toda tarjeta o caso que indique que un niño puede estar en riesgo: entregado esa "
            "misma noche a quien se encarga de proteger a los niños en la organización, y lo "
            "que se dijo, anotado",
            "Al día siguiente: el folleto (o su enlace) enviado a las familias, y las gracias a "
            "la organización",
            "Las evaluaciones leídas, y anotado qué cambiar la próxima vez",
        ],
        "disclosure": [
            "Mantenga la calma. Agradezca que se lo cuenten y escuche sin pedir detalles "
            "explícitos. Nunca pida ver una imagen.",
            "No prometa guardar el secreto. Conozca su obligación de reportar y cúmplala; antes "
            "de hacer el reporte, explíquele a la familia a quién va a avisar y por qué, salvo "
            "que decírselo pueda poner al niño en más peligro.",
            "Si alguien cuenta un caso delante del grupo, agradézcaselo, dígale que le gustaría "
            "hablar con esa persona en privado en un momento y siga con calma; recuérdele al "
            "grupo el acuerdo de no repetir fuera lo que cuenten otras personas.",
            "Si las amenazas están ocurriendo ahora, dé los primeros pasos en ese momento: no "
            "pagar, guardar el chat (no la imagen), reportar; la persona de apoyo puede "
            "ayudarles a reportar antes de irse. Si alguien empieza a enseñarle una imagen, "
            "deténgalo con amabilidad: para ayudar no hace falta verla.",
            "Ofrezca una conversación privada con la persona de apoyo, o con usted al terminar.",
            "Nunca pregunte ni anote la situación migratoria de nadie; si alguien la menciona, "
            "no la incluya en sus notas.",
            "Indique la CyberTipline del NCMEC (CyberTipline.org, 1-800-843-5678, las 24 horas).",
            "Si alguien menciona el suicidio o está en crisis, indíquele el 988 (llamar y "
            "marcar el 2, o mandar un texto con la palabra AYUDA al 988) y acompañe a esa "
            "persona hasta que reciba ayuda; si corre peligro inmediato, llame al 911.",
            "Una tarjeta que dice que un niño puede estar en riesgo va esa misma noche a la "
            "persona de la organización que se ocupa de la seguridad infantil.",
            "Si alguien culpa a un joven que fue víctima, responda con "
            "calma y sin avergonzar a nadie: la culpa siempre es de quien amenaza, y puede haber "
            "familias en el grupo que estén pasando por esto.",
            "Después, anote lo que se dijo y cuándo, y háblelo con alguien de confianza: "
            "escuchar un caso así es difícil.",
        ],
        "slides": "Diapositiva por diapositiva",
        "slide_heading": "Diapositiva {number}: {title}",
        "slide_timing": "{minutes} min, desde {start}",
        "length": "Duración (m:ss)",
        "key_points": "En la diapositiva",
        "slide_picture": "La diapositiva {number} como la ve el grupo",
        "no_pictures": ("Esta guía no muestra imágenes de las diapositivas: LibreOffice y "
                        "poppler-utils (pdftoppm) no estaban instalados cuando se hizo. "
                        "Instálelos y vuelva a exportar la guía para ver cada diapositiva."),
        "figure_columns": "Qué|Cifra|Año|Fuente",
        "contents": "Contenido",
        "presented_on": "{date}",
        "page": "Página",
        "script": "Notas para hablar",
        "prompts": "Preguntas para el grupo",
        "resources": "Recursos",
        "key_ideas": "Lo esencial",
        "if_an_image_arrives": "Si le llega la imagen de otra persona",
        "warning_signs": "Señales de alerta",
        "save_numbers": "Guarde estos números en su celular hoy mismo",
        "support_tonight": "Persona de apoyo de esta noche",
        "local_blanks": ["Persona que le ayuda en español (escuela u organización)",
                         "Policía, para casos que no son emergencia"],
        "starters": "Para empezar a conversar en casa",
        "if_it_happens": "Si le pasa a su hijo o hija",
        "qr": "Escanee para dejar su opinión y ver más recursos:",
        "qr_website": "Escanee para ver más recursos:",
        "qr_alt": "Código QR que lleva a {url}",
        "logo_alt": "Logotipo de {name}",
        "support_person": "conmigo o con la persona de apoyo, en cualquier momento",
        "blank": "____________________",
        "opening": "Apertura",
        "glossary": "Glosario",
        "questions": "Preguntas frecuentes de las familias",
        "questions_note": ("Respuestas para tener a mano, de las mismas fuentes que las "
                           "diapositivas: las familias preguntan más de lo que cubre una sola "
                           "charla. Si una pregunta va más allá de las diapositivas, responda "
                           "en pocas palabras y ofrezca hablar al final."),
        "quick_answers": "Respuestas breves, para las preguntas del grupo",
        "quick_answers_note": ("Responda cada pregunta del grupo en una o dos frases, como "
                               "aquí; las respuestas completas vienen después, para leerlas "
                               "antes, y quien quiera preguntar más puede quedarse al final."),
        "header_heading": "Diapositiva {number}: {title} (portada de sección)",
        "optional": "opcional",
        "skip_when_short": "opcional: puede omitirla si falta tiempo",
        "optional_note": ("Diapositivas opcionales, que puede omitir si falta tiempo: {slides}. "
                          "Completa, la presentación dura unos {minutes} min; sin las opcionales, "
                          "unos {short} min."),
        "sources_title": "Fuentes",
        "sources_note": ("Todas estas fuentes están en inglés, salvo la Línea 988, que también "
                         "atiende en español."),
        "file_guide": "guia",
        "file_handout": "folleto",
        "file_slides": "diapositivas",
        "book_room": ("Reserve el salón {minutes} minutos: la reunión dura hasta {evening} "
                      "(unos {slides} de diapositivas y hasta {most} de preguntas), y {settle} "
                      "más para llegar e irse con calma."),
        "slot_cut": ("Si solo tiene {slot} minutos: omita las diapositivas opcionales (la "
                     "presentación dura entonces unos {short} min) y deje {questions} min para "
                     "preguntas; quien tenga más preguntas puede quedarse después con la "
                     "persona de apoyo."),
        "slot_cut_short": ("Si solo tiene {slot} minutos: sin las diapositivas opcionales (la "
                           "presentación dura entonces unos {short} min) quedan {spare} min para "
                           "preguntas; para darles los {questions} que necesitan, acorte las "
                           "actividades como dicen sus notas. Quien tenga más preguntas puede "
                           "quedarse después con la persona de apoyo."),
        "slot_cut_tight": ("Si solo tiene {slot} minutos: omita las diapositivas opcionales y "
                           "acorte las actividades como dicen sus notas ({cuts}): la "
                           "presentación dura entonces unos {short} min y quedan {spare} para "
                           "preguntas. Quien tenga más preguntas puede quedarse después con la "
                           "persona de apoyo."),
        "tight_cut": "{title}, a {minutes} min",
        "agenda_plan": "Plan, en minutos y segundos: {parts}. En total: {minutes}.",
        "agenda_questions": ("Después, preguntas, {questions} min: la reunión dura {evening} "
                             "min."),
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


def format_clock(minutes: float) -> str:
    """Return minutes as m:ss, the way a facilitator reads a stopwatch: 2.25 -> '2:15',
    39 -> '39:00' (a decimal minute, '2.25', reads as two minutes twenty-five)."""
    whole, seconds = divmod(round(minutes * 60), 60)
    return f"{whole}:{seconds:02d}"


def format_duration(language: str, minutes: float) -> str:
    """Return a slide's time as a facilitator reads it in its notes: in English as the
    guide's clock does ('1:15 min'; '1.25 min' was read as a minute and twenty-five); in
    Spanish minutes and seconds ('1 min 15 s')."""
    if language != "es":
        return f"{format_clock(minutes)} min"
    whole, seconds = divmod(round(minutes * 60), 60)
    parts = ([f"{whole} min"] if whole else []) + ([f"{seconds} s"] if seconds else [])
    return " ".join(parts) or "0 min"
