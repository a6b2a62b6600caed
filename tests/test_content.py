"""The shipped decks: structure, timing, prompts, notes, care, and coverage of the guide.

What the decks are compared against lives in the project (decks/sources; see tests/sources.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from conftest import REPO
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from sources import digest, facts_text, guide_runs, runs_of_eight

from workshop.build import build, check, document_bytes
from workshop.checks.timing import estimated_minutes, spoken_words
from workshop.prepare import prepare

DECKS = {
    "full": REPO / "decks" / "parent-night.yaml",
    "short": REPO / "decks" / "parent-night-short.yaml",
    "es": REPO / "decks" / "es" / "noche-de-padres.yaml",
    "es-short": REPO / "decks" / "es" / "noche-de-padres-corta.yaml",
}
GENERATED_LAYOUTS = {"Title", "Agenda", "Section"}


@dataclass(frozen=True)
class BuiltSlide:
    layout: str
    title: str
    text: str
    notes: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[BuiltSlide]]:
    """Return the slides of every shipped deck, built once."""
    folder = tmp_path_factory.mktemp("content")
    result = {}
    for name, deck in DECKS.items():
        output = folder / f"{name}.pptx"
        build(deck, output)
        slides = []
        for slide in Presentation(str(output)).slides:
            # as the room reads it: a no-break space (a number kept with its word) is a space
            texts = [shape.text_frame.text.replace("\u00a0", " ").replace("\u2060", "")
                     for shape in slide.shapes
                     if shape.has_text_frame and not _is_slide_number(shape)]
            notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
            slides.append(BuiltSlide(slide.slide_layout.name, slide.shapes.title.text,
                                     "\n".join(texts), notes))
        result[name] = slides
    return result


def _is_slide_number(shape) -> bool:
    return shape.is_placeholder and shape.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER


def content(slides: list[BuiltSlide]) -> list[BuiltSlide]:
    return [s for s in slides if s.layout not in GENERATED_LAYOUTS]


def all_text(slides: list[BuiltSlide]) -> str:
    """Return every slide's text and notes, with curly apostrophes read as straight ones."""
    return "\n".join(f"{s.text}\n{s.notes}" for s in slides).replace("\u2019", "'")


@pytest.mark.parametrize("name", DECKS)
def test_deck_checks_clean_without_warnings(name: str) -> None:
    assert check(DECKS[name]) == []


QUIET_STRETCH = 10  # planned minutes the room may listen without a question or an activity


@pytest.mark.parametrize("name", DECKS)
def test_the_room_is_asked_something_at_least_every_ten_minutes(name: str) -> None:
    deck = prepare(DECKS[name]).deck
    quiet = 0.0
    for _, script in deck.scripts():
        asks = getattr(script, "prompts", None) or script.discussion_minutes
        quiet = 0.0 if asks else quiet + (script.minutes or 0)
        assert quiet <= QUIET_STRETCH, getattr(script, "title", "")
    # every script with words to say plans minutes for them (a section that opens without
    # a header may say nothing of its own)
    assert all(script.minutes for _, script in deck.scripts() if script.notes)


@pytest.mark.parametrize("name", DECKS)
def test_the_duration_falls_within_the_planned_range(name: str) -> None:
    """With its optional slides a deck plans a range; the duration lies in it (within 10%),
    and so does the script read at 120 words a minute with the discussion each slide plans
    (within 15%)."""
    deck = prepare(DECKS[name]).deck
    planned = (deck.planned_minutes - deck.optional_minutes, deck.planned_minutes)
    assert planned[0] - 0.1 * deck.duration <= deck.duration <= planned[1] + 0.1 * deck.duration
    optional = [s for _, s in deck.scripts() if getattr(s, "optional", False)]
    whole = sum(estimated_minutes(script) for _, script in deck.scripts())
    least = whole - sum(estimated_minutes(script) for script in optional)
    assert least - 0.15 * deck.duration <= deck.duration <= whole + 0.15 * deck.duration


@pytest.mark.parametrize("name", DECKS)
def test_questions_get_time_and_are_not_asked_twice(name: str) -> None:
    """Every slide that asks the room plans time for it, a minute a question on average (a
    discussion slide's questions share theirs: the room picks one); no question repeats
    another, and only one asks why teens don't tell."""
    deck = prepare(DECKS[name]).deck
    asking = [slide for slide in deck.slides if slide.prompts]
    assert all((slide.discussion_minutes or 0) >= 0.5 for slide in asking)
    assert sum(slide.discussion_minutes or 0 for slide in asking) >= len(asking)
    prompts = [p.lower() for slide in deck.slides for p in slide.prompts]
    assert len(prompts) == len(set(prompts))
    why_not_tell = [p for p in prompts if re.search(
        r"(hard|keep|easier).*(tell|to themselves)|(cost|guard|facilit).*cont", p)]
    assert len(why_not_tell) <= 1, why_not_tell


@pytest.mark.parametrize("name", DECKS)
def test_every_slide_has_a_script_and_content_slides_have_directions(name: str, built) -> None:
    for slide in built[name]:  # title, agenda and section headers included
        script = slide.notes.split("Timing:")[0].split("Tiempo:")[0]
        assert len(script.split()) >= 20, slide.title
    directions = sum("[" in s.notes for s in content(built[name]))
    assert directions >= len(content(built[name])) * 0.8


@pytest.mark.parametrize("name", DECKS)
def test_every_slide_of_two_minutes_or_more_has_a_prompt_or_an_activity(name: str) -> None:
    for slide in prepare(DECKS[name]).deck.slides:
        if (slide.minutes or 0) >= 2:
            assert slide.prompts or slide.discussion_minutes, slide.title


def test_structure_of_the_full_deck(built) -> None:
    slides = built["full"]
    sections = [s.title for s in slides if s.layout == "Section"]
    # the welcome follows the agenda: no header; "Sexting and sextortion" asks for its own
    # how it happens (the guide's two paths) comes before what has changed since the guide
    assert sections == ["Sexting and sextortion", "How does it happen?", "Sextortion today",
                        "What parents can do", "If it happens to your child"]
    titles = [s.title for s in content(slides)]
    assert titles == [
        "Before we begin", "How we talk together tonight", "What you will leave with",
        "What sexting is", "Sextortion: blackmail with a sexual image",
        "The one thing to remember", "With a stranger: three moves", "Tactics to watch for",
        "With someone known: three moves", "The 2020 guide: often someone known",
        "Financial sextortion: how it works",
        "Who is being targeted", "Fake images and “nudify” apps",
        "Financial sextortion reports to NCMEC", "Violent groups that target children online",
        "Talk about technology",
        "Talk about relationships and sexuality", "Never pass it on",
        "Scenario: a forwarded photo", "Let’s talk it through",
        "Keep the conversation going", "What you might notice, and when to ask",
        "Your first words", "Practice in pairs: the first words", "What to do, in this order",
        "Delete it, or keep it?", "Two things called Take It Down",
        "Where to report and get help", "Thank you",
    ]
    layouts = {s.layout for s in slides}
    assert layouts == {"Title", "Agenda", "Section", "Bullets", "Statistic", "Comparison",
                       "Process", "Scenario", "Discussion", "Image", "Resources", "Closing"}


def test_the_opening_runs_welcome_advisory_ground_rules_then_a_first_question(built) -> None:
    slides = built["full"]
    assert "without anything graphic" in slides[0].notes and "988" in slides[0].notes
    titles = [s.title for s in content(slides)]
    assert titles[:3] == ["Before we begin", "How we talk together tonight",
                          "What you will leave with"]
    rules = content(slides)[1]
    assert "Keep what others share private; if a child may be at risk, I must act" in rules.text
    assert "can’t promise confidentiality" in rules.notes
    assert "stays in this room" not in all_text(slides)
    assert not any("Ask the room:" in s.text for s in content(slides)[:1])
    assert "which apps or games are popular" in content(slides)[2].text


def test_the_today_section_is_dated_and_sourced(built) -> None:
    slides = built["full"]
    start = next(n for n, s in enumerate(slides) if s.title == "Sextortion today")
    # the guide's figure closes the part on how it happens: it is about that path
    guide = slides[start - 1]
    today = slides[start + 1:start + 6]
    # the two big numbers apart: the AI slide between them
    assert [s.layout for s in today] == ["Process", "Statistic", "Bullets", "Statistic",
                                         "Bullets"]
    financial, targeted, fakes, reports, groups = today
    # The guide reported the figure without naming its survey: "a figure it reported".
    assert "A figure the 2020 guide reported" in guide.text and "findings" not in guide.text
    assert "Source: NetSmartz / NCMEC, 2020" in guide.text
    assert "Poses as a teen" in financial.text and "Demands money" in financial.text
    assert "Source: FBI alert, 2022" in financial.text
    assert "December 2022" in financial.notes
    # The FBI's figures were announced in January 2024 (its data run to March 2023); the slide
    # that asks "who" counts young people, not reports.
    assert "12,600+" in targeted.text and "young people targeted" in targeted.text
    # "most were boys" is the 2024 figures'; "14 to 17, most often" the 2022 alert's (notes)
    assert "most were boys, and girls are targeted too" in targeted.text
    assert "Source: FBI, 2024; FBI alert, 2022" in targeted.text
    assert "January 2024" in targeted.notes
    assert "988" in targeted.text  # the slide that names the suicides gives the line itself
    assert "988" in targeted.notes and "ask them directly" in targeted.notes
    # Both half-years on screen come from the 2025 blog; the full years said aloud, 2024's.
    assert "2025" in reports.text and "Source: NCMEC blog, 2025" in reports.text
    assert "10,731 in 2022 and 26,718 in 2023 (NCMEC blog, 2024)" in reports.notes
    assert "1,200 people aged 13 to 20, 1 in 8 knew someone" in fakes.text
    assert "Thorn, 2025" in fakes.text
    assert "may not even have a real picture" not in fakes.notes
    # the counts said aloud, reports not children, and not on the screen (an educator read
    # them there as leaning toward alarm)
    assert "988" in groups.text and "NCMEC blog, 2025" in groups.text
    assert "1,093" in groups.notes and "1,093" not in groups.text.split("\n\n")[0]
    short = {s.title: s for s in built["short"]}
    assert "Warnings since 2022" in short["What has changed since 2020"].text


@pytest.mark.parametrize("name", DECKS)
def test_the_ai_report_counts_are_never_shown_as_fakes_of_children(name: str, built) -> None:
    """NCMEC's "reports involving generative AI" were mostly known images found in AI
    training data: not a count of AI-made images of children. No slide shows them, and a
    script that names them says what they count."""
    for slide in built[name]:
        assert "440,419" not in slide.text and "6,835" not in slide.text, slide.title
        if "440,419" in slide.notes:
            assert "not a count" in slide.notes or "No son una cuenta" in slide.notes


def test_a_rise_in_reports_is_shown_as_counts_not_as_a_percentage(built) -> None:
    """A large "+63%" over report counts read as alarm: the slide leads with the count and
    gives the earlier one, saying that reports are not children; the notes read both counts
    aloud and leave the percentage out too (an educator read it as leaning toward alarm)."""
    for name, title in (("full", "Financial sextortion reports to NCMEC"),
                        ("es", "Reportes de sextorsión financiera al NCMEC")):
        slide = next(s for s in built[name] if s.title == title)
        assert "%" not in slide.text and "18,898" in slide.text and "11,625" in slide.text
        assert "not children" in slide.text or "no niños" in slide.text
        assert "11,625" in slide.notes and "18,898" in slide.notes
        assert "63" not in slide.notes and "%" not in slide.notes


@pytest.mark.parametrize("name", DECKS)
def test_no_fbi_figure_is_dated_2023(name: str, built) -> None:
    assert "FBI, 2023" not in all_text(built[name])


def test_if_it_happens_runs_about_fifteen_minutes_with_a_practice_in_pairs() -> None:
    """Fifteen minutes or so before the resources, a little more for a practice of two rounds
    of two minutes with its setting up and debrief."""
    deck = prepare(DECKS["full"]).deck
    section = next(s for s in deck.sections if s.title == "If it happens to your child")
    before_resources = section.slides[:[s.title for s in section.slides].index(
        "Where to report and get help")]
    minutes = (section.minutes or 0) + sum(s.minutes or 0 for s in before_resources)
    assert 13 <= minutes <= 18
    practice = next(s for s in section.slides if s.title.startswith("Practice in pairs"))
    assert practice.discussion_minutes >= 3 and practice.prompts
    titles = [s.title for s in section.slides]
    assert {"What you might notice, and when to ask", "Your first words",
            "Delete it, or keep it?", "Two things called Take It Down"} <= set(titles)


def test_the_steps_keep_the_evidence_before_blocking(built) -> None:
    slides = {s.title: s for s in built["full"]}
    steps = slides["What to do, in this order"].text
    assert steps.index("Save the username") < steps.index("block it")
    assert "never copy the image" in steps
    assert "blocking can make the chat disappear" in \
        slides["What to do, in this order"].notes
    kept = slides["Delete it, or keep it?"].text
    assert kept.index("Save the messages") < kept.index("then block it")
    # unsure which case it is: delete nothing before reporting to the line that takes a report
    # at any hour, said to pass reports to law enforcement (not an advice line: questions go
    # to gethelp@ncmec.org)
    unsure = slides["Delete it, or keep it?"].notes
    assert "Before deleting anything, report it to the CyberTipline" in unsure
    assert "passes reports to law enforcement" in unsure and "gethelp@ncmec.org" in unsure
    assert "Delete nothing yet: report it first" in kept  # the unsure case, on the screen
    assert "tell you what to do" not in unsure


def test_the_practice_and_the_scenario_lead_to_telling(built) -> None:
    slides = {s.title: s for s in built["full"]}
    scenario = slides["Scenario: a forwarded photo"]
    assert "Tell me that same day" in scenario.text
    assert scenario.text.index("Tell me") < scenario.text.index("report it") \
        < scenario.text.index("delete it")
    assert "never need to look at an image" in scenario.notes
    practice = slides["Practice in pairs: the first words"]
    assert "Round 2, roles switched" in practice.text and "fake picture of me" in practice.text
    assert "What did your partner say that helped most?" in practice.text


def test_both_things_called_take_it_down_are_told_apart(built) -> None:
    for name in ("full", "short"):
        slide = next(s for s in built[name] if s.title == "Two things called Take It Down")
        assert "an NCMEC service" in slide.text and "a 2025 law" in slide.text
        assert "May 19, 2026" in slide.text and "48 hours" in slide.text
        assert "TAKE IT DOWN Act, 2025" in slide.text  # the law's own source and year
    spanish = next(s for s in built["es"] if s.title == "Dos cosas que se llaman Take It Down")
    assert "19 de mayo de 2026" in spanish.text and "48 horas" in spanish.text


def test_families_wary_of_authorities_hear_what_ncmec_is(built) -> None:
    english = all_text([next(s for s in built["full"]
                             if s.title == "Where to report and get help")])
    assert "isn't the police, and it isn't an immigration agency" in english
    assert "Don't promise anything about immigration" in english
    spanish = next(s for s in built["es"] if s.title == "Dónde reportar y pedir ayuda").notes
    assert "No es la policía ni inmigración" in spanish


def test_short_deck_keeps_the_essentials_in_twenty_minutes(built) -> None:
    full = {s.title: s for s in content(built["full"])}
    short = content(built["short"])
    titles = [s.title for s in short]
    assert {"Delete it, or keep it?", "Two things called Take It Down",
            "Your first words", "What to do, in this order"} <= set(titles)
    assert "Talk about relationships and sexuality" not in titles
    own = [s.title for s in short if s.title not in full]
    assert own == ["What has changed since 2020", "Talk early, talk often"]
    # the relationships slide's point, in one line of the technology slide
    assert "healthy relationships" in next(s for s in short
                                           if s.title == "Talk early, talk often").text
    # Adapted to twenty minutes: the agreements on the opening slide (no ground-rules slide),
    # no prompt on the closing slide, whose minutes go to the room's own questions, and the
    # briefing's one question on the steps; every other shared slide shows what the full
    # deck's does.
    adapted = {"Before we begin", "Thank you", "What to do, in this order"}
    # A shorter script of its own where the full deck's runs long for twenty minutes; the
    # others read as the full deck's.
    rescripted = {"Before we begin", "Thank you", "Sextortion: blackmail with a sexual image",
                  "What you might notice, and when to ask", "Your first words",
                  "What to do, in this order", "Delete it, or keep it?",
                  "Two things called Take It Down", "Where to report and get help"}
    for slide in short:
        if slide.title not in full:
            continue
        if slide.title not in adapted:
            assert slide.text == full[slide.title].text, slide.title
        script = slide.notes.split("Timing:")[0]
        shared = full[slide.title].notes.split("Timing:")[0]
        if slide.title in rescripted:
            assert spoken_words(script) < spoken_words(shared), slide.title
        else:  # the same script, after the lead-in of a section that opens without a header
            assert script.endswith(shared[-300:]), slide.title
    # Read at a calm pace (about 100 words a minute, as readers aloud found), the script and
    # its one minute of discussion leave the room five minutes or more of a 20-minute slot.
    words = sum(spoken_words(s.notes.split("Timing:")[0]) for s in short)
    assert words / 100 + 1 <= 15, words
    slides = {s.title: s for s in short}
    assert "Keep what others share private; if a child may be at risk, I must act" in \
        slides["Before we begin"].text
    assert "Ask the room" not in slides["Thank you"].text
    # on screen, as read (its hyphens joined: see test_rendered's number test)
    assert "CyberTipline\n1-800-843-5678" in slides["Thank you"].text
    assert "988 Suicide & Crisis Lifeline\n988, call or text" in slides["Thank you"].text
    assert "Now, your questions" in slides["Thank you"].notes
    assert "What you might notice, and when to ask" in slides
    assert "blackmail and never your fault" in slides["What has changed since 2020"].notes
    deck = prepare(DECKS["short"]).deck
    assert [p for slide in deck.slides for p in slide.prompts] == [
        "What would help you stay calm in that moment?"]
    assert deck.planned_minutes <= deck.duration
    # The room's questions have their own line in the guide's agenda, after the slides.
    guide = document_bytes(prepare(DECKS["short"]), "guide", "md").decode()
    assert "|  | Questions, after the closing slide | 7:00 | 13:00 |" in guide
    assert "|  | The evening, with questions | 19:15–20:00 |  |  |" in guide
    # The opening's advisory says what the deck does: suicide comes up later (the safety step
    # of "What to do", the notes of "What has changed"), so it says so, with 988.
    later = " ".join(s.text + s.notes for s in built["short"][1:]).lower()
    opening = built["short"][0].notes.lower()
    assert "suicide" in later and "suicide" in opening and "988" in opening
    first = short[0].notes
    assert "Let's start with the basics" not in first and "First, a word" not in first
    # Its one slide on talking at home is never skipped; when running late, the warning
    # signs go first (the handout lists them).
    deck = prepare(DECKS["short"]).deck
    optional = [s.title for s in deck.slides if getattr(s, "optional", False)]
    assert optional == ["What you might notice, and when to ask"]
    assert ("Optional slides, to skip when short of time: What you might notice, and when to "
            "ask (0:45 min)") in guide


@pytest.mark.parametrize("name", DECKS)
def test_the_guide_gives_quick_answers_before_the_full_ones(name: str) -> None:
    """A question from the room gets a sentence or two: the guide lists the quick answers
    before the full ones, which are for reading beforehand."""
    short = document_bytes(prepare(DECKS[name]), "guide", "md").decode()
    english = name in ("full", "short")
    heading = "## Quick answers" if english else "## Respuestas breves"
    full_questions = "## Questions parents often ask" if english else "## Preguntas frecuentes"
    quick = short[short.index(heading):short.index(full_questions)]
    assert ("**Should I look at the image?** No." if english
            else "**¿Debo ver la imagen?** No.") in quick
    assert ("call or text 988 together" if english else "llamen juntos al 988") in quick


@pytest.mark.parametrize("name", DECKS)
def test_the_closing_slide_gives_911_with_the_help_numbers(built, name: str) -> None:
    closing = built[name][-1].text
    assert ("Immediate danger: 911" in closing or "Peligro inmediato: 911" in closing), closing


def test_spanish_deck_parallels_the_full_deck(built) -> None:
    assert [s.layout for s in built["es"]] == [s.layout for s in built["full"]]
    assert built["es"][1].title == "Programa de hoy"
    assert "Pregunta para el grupo:" in built["es"][4].text
    text = all_text(built["es"])
    assert "Fuente: NetSmartz / NCMEC, 2020" in text
    assert "marquen el 2" in text and "un texto con la palabra AYUDA al 988" in text  # in Spanish
    assert "Centro Nacional para Niños Desaparecidos y Explotados" in text
    assert "Casi siempre" not in text and "26.718" not in text and "lado a lado" not in text
    assert "26,718" in text and "18,898" in text


@pytest.mark.parametrize("name", DECKS)
def test_suicide_and_self_harm_are_never_mentioned_without_988(name: str, built) -> None:
    for slide in built[name]:
        said = f"{slide.text}\n{slide.notes}"
        if re.search(r"suicid|self-harm|hurt themselves|hacerse daño|autolesi", said, re.I):
            assert "988" in said, slide.title


@pytest.mark.parametrize("name", DECKS)
def test_no_blaming_words(name: str, built) -> None:
    blaming = ["should have known", "careless", "stupid", "asking for it", "willingly",
               "debió saber", "debería haberlo sabido", "descuidad", "estúpid",
               "voluntad propia", "stays in this room"]
    text = all_text(built[name]).lower()
    assert [word for word in blaming if word in text] == []
    # "It is not your fault" is what a parent should say; "your fault" alone is not.
    assert re.findall(r"(?<!not )(?<!never )(?<!no es )(?<!nunca es )\b(?:your|tu) (?:own )?"
                      r"(?:fault|culpa)", text) == []
    # Privacy is asked for only with its limit beside it: a child's safety comes first.
    for line in text.splitlines():
        if "aquí se queda" in line or "aquí se quede" in line or "keep what others share" in line:
            assert re.search(r"riesgo|at risk", line), line


@pytest.mark.parametrize("name", ["full", "short"])
def test_english_decks_use_us_spelling(name: str, built) -> None:
    british = ["counsell", "modelling", "judgement", "behaviour", "colour", "organis",
               "favourite", "centre", "programme", "practise"]
    text = all_text(built[name]).lower()
    assert [word for word in british if word in text] == []


@pytest.mark.parametrize(("name", "words"), [
    ("full", ["Don\u2019t promise to keep it secret", "reporting duty", "1-800-843-5678", "988"]),
    ("es", ["No prometa guardar el secreto", "obligación de reportar", "1-800-843-5678", "988"]),
])
def test_first_slide_notes_prepare_the_facilitator_for_a_disclosure(name, words, built) -> None:
    notes = content(built[name])[0].notes
    assert [w for w in words if w not in notes] == []


# Every point of the guide, as patterns that must all appear (slides or notes), per language.
GUIDE_POINTS = {
    "sexting defined": (["sexual messages", "nude or partly nude", r"\bapps?\b"],
                        ["mensajes sexuales", "sin ropa o con poca ropa", "aplicaci"]),
    "sexting can be part of development": (["part of (growing up|exploring relationships)"],
                                           ["lo hacen en sus primeras relaciones"]),
    "sextortion is blackmail": (["blackmail"], ["chantaje"]),
    "three aims": (["more sexual images", "sexual activity", "money"],
                   ["más imágenes o videos sexuales", "actividad sexual", "dinero"]),
    "known: partners and ex-partners": (["former boyfriend or girlfriend|ex-partner"],
                                        ["expareja"]),
    "known: image shared in trust, threat to show friends and family": (
        ["shared in trust", "friends or family"],
        ["porque confiaba en esa persona", "amigos o familia"]),
    "60% known": (["6 in 10"], ["6 de( cada)? 10"]),  # the guide's 60%, as the room sees it
    "online: alone or organized group": (["organized group"], ["grupo organizado"]),
    "online: more explicit content or money": (["more explicit"], ["más explícitas"]),
    "approach: research on social media": (["interests, friends, school, family"],
                                           ["intereses, amistades, escuela, familia"]),
    "move platforms: encrypted, harder to trace": (["second or third app", "encrypted"],
                                                   ["segunda o tercera aplicación", "cifrada"]),
    "tactic: money or drugs": (["money or drugs"], ["dinero o drogas"]),
    "tactic: modeling agency": (["modeling"], ["agencia de modelos"]),
    "tactic: false friendship": (["Faking a friendship"], ["Fingir una amistad"]),
    "tactic: secret recording": (["Secretly recording"],
                                 ["Grabar videollamadas en secreto"]),
    "tactic: threats of violence": (["hurt the child or family"],
                                    ["lastimar al joven o a su familia"]),
    "tactic: several identities": (["several identities"], ["varias identidades"]),
    "tactic: posing younger or other gender": (["younger, or as another gender"],
                                               ["más joven o de otro sexo"]),
    "tactic: hacking": (["Hacking accounts"], ["Entrar a sus cuentas y robar fotos"]),
    "tactic: threatening suicide": (["Threatening suicide unless images are sent", "suicide"],
                                    ["suicidarse", "988"]),
    "known: acquire, threaten, persist": (["Acquire", "Threaten", "Persist"],
                                          ["Consigue la imagen", "Amenaza", "Insiste"]),
    "known: return to the relationship": (["relationship back|restart the relationship"],
                                          ["vuelva la relación|retomarla|volver con esa"]),
    "known: complying rarely stops it": (["Giving in seldom ends it"], ["Ceder casi nunca"]),
    "talk about technology: part of digital life": (["part of your child's online life"],
                                                    ["Acompañen a sus hijos en internet"]),
    "talk about technology: regular check-ins": (["check-ins"], ["preguntar seguido"]),
    "talk about technology: rules set together": (["rules and screen-time limits together"],
                                                  ["reglas y los límites de tiempo"]),
    "values, regularly": (["family's values", "come back to them"],
                          ["valores de su familia", "vuelvan a ellos"]),
    "healthy relationships: boundaries and consent": (["boundaries", "consent"],
                                                      ["límites", "consentimiento"]),
    "pressuring is never OK, and the pressured are not at fault": (
        ["Pressuring anyone is never OK", "a child who is pressured can always come to you"],
        ["Presionar nunca está bien", "si presionan a su hijo o hija"]),
    "never forward": (["don't forward it"], ["no se reenvía"]),
    "limiting spread reduces risk": (["Every share spreads it further"],
                                     ["Cada envío la difunde más"]),
    "scenario: forwarded nude, delete, not for you, don't share": (
        ["nude photo", "Don't pass it on", "never meant for you"],
        ["foto de una compañera sin ropa", "No la pases a nadie", "nunca fue para ti"]),
    "NetSmartz resources": (["MissingKids.org/NetSmartz"], ["MissingKids.org/NetSmartz"]),
}


@pytest.mark.parametrize(("name", "language"), [("full", 0), ("es", 1)])
def test_every_point_of_the_guide_is_covered(name: str, language: int, built) -> None:
    text = all_text(built[name])
    missing = [
        f"{point}: {pattern}"
        for point, patterns in GUIDE_POINTS.items()
        for pattern in patterns[language]
        if not re.search(pattern, text, re.IGNORECASE)
    ]
    assert missing == []


@pytest.mark.parametrize("name", DECKS)
def test_no_run_of_eight_words_is_copied_from_the_sources(name: str, built) -> None:
    """Neither the slides and notes, nor the handout and the facilitator's reference, take a
    run of eight words from the guide or from the checked facts beside it."""
    from workshop.documents.handout import default_handout

    deck = prepare(DECKS[name]).deck
    handout = deck.handout or default_handout(deck.language)  # the shipped text, when used
    extras = [*handout.model_dump().values(), *deck.reference.model_dump().values()]
    ours = runs_of_eight(all_text(built[name]) + "\n" + "\n".join(map(str, extras)))
    assert {digest(run) for run in ours} & guide_runs() == set()
    assert ours & runs_of_eight(facts_text()) == set()


def test_the_copy_check_finds_a_copied_run() -> None:
    """The check above can fail: a sentence of the guide is among its runs, ours is not."""
    copied = "Offenders often approach a child on social media after using it to learn about"
    assert {digest(run) for run in runs_of_eight(copied)} & guide_runs()
    assert not {digest(run) for run in runs_of_eight("Tell a trusted adult, then delete it, "
                                                     "because it was never meant for you.")} \
        & guide_runs()


def test_the_sources_are_inside_the_project() -> None:
    assert "TAKE IT DOWN Act" in facts_text() and len(guide_runs()) > 500
    assert str(REPO) in str((REPO / "decks" / "sources" / "facts.md").resolve())


HARD_QUESTIONS = {
    "full": ["get in trouble", "take the phone away", "look at the image",
             "made, or forwarded", "tell the school", "bring the police"],
    "es": ["meter en problemas", "quito el teléfono", "ver la imagen", "hizo, o reenvió",
           "aviso a la escuela", "la policía a mi casa"],
}


@pytest.mark.parametrize("name", HARD_QUESTIONS)
def test_the_faq_answers_the_hard_questions(name: str, tmp_path) -> None:
    """Will my child get in trouble, the phone, looking at the image, a child who made or
    forwarded one, the school, the police at the door: asked and answered in the guide."""
    from workshop.build import export

    deck = prepare(DECKS[name]).deck
    asked = {q.question.lower(): q.answer for q in deck.reference.questions}
    guide = export(DECKS[name], "guide", "md", tmp_path / "guide.md").read_text("utf-8")
    for words in HARD_QUESTIONS[name]:
        question = next((q for q in asked if words in q), None)
        assert question is not None, words
        assert len(asked[question].split()) >= 25, question  # a real answer, not a line
        assert asked[question][:40] in guide
    police = next(a for q, a in asked.items() if HARD_QUESTIONS[name][-1] in q)
    assert "988" not in police and ("immigration" in police or "inmigración" in police)


IMAGE_THAT_ARRIVES = {
    "full": ("Never pass it on", "Scenario: a forwarded photo", "Delete it, or keep it?",
             "should we delete everything?", ("same day", "that day"), "report", "delete"),
    "es": ("La foto de otra persona no se reenvía", "Caso: una foto reenviada",
           "¿Borrar o guardar?", "¿borramos todo?", ("mismo día",), "report", "borr"),
}


@pytest.mark.parametrize("name", IMAGE_THAT_ARRIVES)
def test_an_image_that_arrives_gets_one_rule_everywhere(name: str, built) -> None:
    """Someone else's image on a child's phone: every slide, the FAQ and the handout give the
    same rule, with the same time limit (an adult told that same day) and the same order (the
    report before the deletion), so no two places can be read as different advice."""
    from workshop.documents.handout import default_handout

    *titles, question, limits, report, delete = IMAGE_THAT_ARRIVES[name]
    slides = {s.title: s for s in built[name]}
    deck = prepare(DECKS[name]).deck
    answer = next(q.answer for q in deck.reference.questions if q.question.lower() == question)
    handout = (deck.handout or default_handout(deck.language)).if_an_image_arrives[0]
    for text in [slides[title].text for title in titles] + [answer, handout]:
        lowered = text.lower()
        assert any(limit in lowered for limit in limits), text
        told = min(lowered.index(limit) for limit in limits if limit in lowered)
        assert told < lowered.index(report, told) < lowered.index(delete, told), text
