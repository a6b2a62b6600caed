"""The shipped decks: structure, timing, prompts, notes, care, and coverage of the guide.

The guide and facts live in ../shared/guide beside the project (as in CI).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from workshop.build import build, check
from workshop.checks.timing import estimated_minutes
from workshop.prepare import prepare

GUIDE = REPO.parent / "shared" / "guide" / "sextortion-what-parents-should-know.md"
FACTS = GUIDE.parent / "facts.md"
DECKS = {
    "full": REPO / "decks" / "parent-night.yaml",
    "short": REPO / "decks" / "parent-night-short.yaml",
    "es": REPO / "decks" / "es" / "noche-de-padres.yaml",
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
            texts = [shape.text_frame.text for shape in slide.shapes
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


@pytest.mark.parametrize("name", DECKS)
def test_sections_have_prompts_and_minutes_match_the_duration(name: str) -> None:
    deck = prepare(DECKS[name]).deck
    for section in deck.sections:
        assert any(slide.prompts for slide in section.slides), section.title
    assert all(script.minutes for _, script in deck.scripts())
    assert abs(deck.planned_minutes - deck.duration) <= deck.duration / 10


@pytest.mark.parametrize("name", DECKS)
def test_the_script_read_aloud_with_its_discussion_fills_the_duration(name: str) -> None:
    """At 130 words a minute, plus the discussion each slide plans, within 15%."""
    deck = prepare(DECKS[name]).deck
    estimate = sum(estimated_minutes(script) for _, script in deck.scripts())
    assert abs(estimate - deck.duration) <= deck.duration * 0.15, estimate


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
    # the welcome follows the agenda and "Sexting and sextortion" has two slides: no header
    assert sections == ["Sextortion today", "How does it happen?", "What parents can do",
                        "If it happens to your child"]
    titles = [s.title for s in content(slides)]
    assert titles == [
        "Before we begin", "How we talk together tonight", "What you will leave with",
        "What sexting is", "Sextortion: blackmail with a sexual image",
        "What the guide found in 2020", "Financial sextortion: how it works",
        "Who is being targeted", "Financial sextortion reports to NCMEC",
        "Images can now be faked",
        "With a stranger: three moves", "Tactics to watch for",
        "With someone known: three moves", "Two paths, side by side", "Talk about technology",
        "Talk about relationships and sexuality", "Never pass it on",
        "Scenario: a forwarded photo", "Let’s talk it through",
        "Keep the conversation going", "Signs someone may be targeting your child",
        "What NCMEC advises", "Your first words", "Practice in pairs: the first words",
        "Where to report", "Delete it, or keep it?", "Getting images taken down",
        "Where to get help", "Thank you",
    ]
    layouts = {s.layout for s in slides}
    assert layouts == {"Title", "Agenda", "Section", "Bullets", "Statistic", "Comparison",
                       "Process", "Scenario", "Discussion", "Image", "Resources", "Closing"}


def test_the_opening_runs_welcome_advisory_ground_rules_then_a_first_question(built) -> None:
    slides = built["full"]
    assert "Nothing explicit will appear" in slides[0].notes  # the title slide's advisory
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
    today = slides[start + 1:start + 6]
    assert [s.layout for s in today] == ["Statistic", "Process", "Statistic", "Statistic",
                                         "Bullets"]
    guide, financial, targeted, reports, fakes = today
    assert "2020" in guide.title and "guide’s 2020 findings" in guide.text
    assert "Source: NetSmartz / NCMEC, 2020" in guide.text
    assert "Other cases" not in guide.text  # a chart's legend is not a text frame
    assert "Poses as a teen" in financial.text and "Demands money" in financial.text
    assert "Source: FBI alert, 2022" in financial.text
    assert "December 2022" in financial.notes
    assert "14 to 17" in targeted.text and "988" in targeted.notes
    assert "2025" in reports.text and "Source: NCMEC blog, 2024 and 2025" in reports.text
    assert "AI" in fakes.text and "may not even have a real picture" in fakes.notes
    short = {s.title: s for s in built["short"]}
    assert "Since 2022" in short["What has changed since 2020"].text


def test_if_it_happens_runs_about_twelve_minutes_with_a_practice_in_pairs() -> None:
    deck = prepare(DECKS["full"]).deck
    section = next(s for s in deck.sections if s.title == "If it happens to your child")
    before_resources = section.slides[:[s.title for s in section.slides].index(
        "Where to get help")]
    minutes = (section.minutes or 0) + sum(s.minutes or 0 for s in before_resources)
    assert 11 <= minutes <= 14
    practice = next(s for s in section.slides if s.title.startswith("Practice in pairs"))
    assert practice.discussion_minutes >= 2
    titles = [s.title for s in section.slides]
    assert {"Signs someone may be targeting your child", "Your first words", "Where to report",
            "Delete it, or keep it?", "Getting images taken down"} <= set(titles)


def test_short_deck_shares_its_slides_with_the_full_one(built) -> None:
    full = {s.title: s for s in content(built["full"])}
    short = content(built["short"])
    assert len(built["short"]) == 13
    own = [s.title for s in short if s.title not in full]
    assert own == ["What has changed since 2020"]
    for slide in short:
        if slide.title in full:
            assert slide.text == full[slide.title].text
            # the same script, after the lead-in of a section that opens without a header
            script = slide.notes.split("Timing:")[0]
            shared = full[slide.title].notes.split("Timing:")[0]
            assert script.endswith(shared[-300:]), slide.title
    titles = [s.title for s in short]
    assert "Talk about technology" in titles and "Talk about relationships and sexuality" in titles


def test_spanish_deck_parallels_the_full_deck(built) -> None:
    assert [s.layout for s in built["es"]] == [s.layout for s in built["full"]]
    assert built["es"][1].title == "Agenda"
    assert "Pregunta para el grupo:" in built["es"][4].text
    text = all_text(built["es"])
    assert "Fuente: NetSmartz / NCMEC, 2020" in text
    assert "marquen 2" in text and "AYUDA al 988" in text  # 988 in Spanish
    assert "Centro Nacional para Niños Desaparecidos y Explotados" in text
    assert "Casi siempre" not in text and "26.718" not in text and "lado a lado" not in text
    assert "26,718" in text and "18,898" in text


@pytest.mark.parametrize("name", DECKS)
def test_suicide_is_never_mentioned_without_988(name: str, built) -> None:
    for slide in built[name]:
        for text in (slide.text, slide.notes):
            if re.search(r"suicid", text, re.IGNORECASE):
                assert "988" in text, slide.title


@pytest.mark.parametrize("name", DECKS)
def test_no_blaming_words(name: str, built) -> None:
    blaming = ["should have known", "careless", "stupid", "asking for it", "willingly",
               "debió saber", "debería haberlo sabido", "descuidad", "estúpid",
               "voluntad propia", "stays in this room", "aquí se queda"]
    text = all_text(built[name]).lower()
    assert [word for word in blaming if word in text] == []
    # "It is not your fault" is what a parent should say; "your fault" alone is not.
    assert re.findall(r"(?<!not )(?<!no es )\b(?:your|tu) (?:own )?(?:fault|culpa)", text) == []


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
    "sexting can be part of development": (["part of how teens explore"],
                                           ["parte de cómo los adolescentes exploran"]),
    "sextortion is blackmail": (["blackmail"], ["chantaje"]),
    "three aims": (["more sexual images", "sexual activity", "money"],
                   ["más imágenes o videos sexuales", "actividad sexual", "dinero"]),
    "known: partners and ex-partners": (["former boyfriend or girlfriend|ex-partner"],
                                        ["expareja"]),
    "known: image shared in trust, threat to show friends and family": (
        ["shared in trust", "friends or family"], ["compartida con confianza", "amigos o familia"]),
    "60% known": (["6 in 10", "60%"], ["6 de 10", "60 ?%"]),
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
    "tactic: several identities": (["several accounts"], ["varias cuentas"]),
    "tactic: posing younger or other gender": (["younger, or as another gender"],
                                               ["más joven, o de otro sexo"]),
    "tactic: hacking": (["Hacking accounts"], ["Hackear cuentas"]),
    "tactic: threatening suicide": (["Threatening self-harm", "suicide"],
                                    ["suicidarse", "988"]),
    "known: acquire, threaten, persist": (["Acquire", "Threaten", "Persist"],
                                          ["Obtener", "Amenazar", "Insistir"]),
    "known: return to the relationship": (["relationship back|return to the relationship"],
                                          ["vuelva la relación|retomar la relación"]),
    "known: complying rarely stops it": (["Giving in seldom ends it"], ["Ceder casi nunca"]),
    "talk about technology: part of digital life": (["part of your child's online life"],
                                                    ["parte de la vida en línea"]),
    "talk about technology: regular check-ins": (["check-ins"], ["preguntar seguido"]),
    "talk about technology: rules set together": (["rules and screen-time limits together"],
                                                  ["reglas y los límites de tiempo"]),
    "values, regularly": (["family's values", "come back to them"],
                          ["valores de su familia", "vuelvan a ellos"]),
    "healthy relationships: boundaries and consent": (["boundaries", "consent"],
                                                      ["límites", "consentimiento"]),
    "pressuring is never OK, and the pressured are not at fault": (
        ["Pressuring anyone is never OK", "a child who is pressured can always come to you"],
        ["Presionar a alguien nunca está bien", "si a su hijo o hija lo presionan"]),
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


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def guide_text() -> str:
    if not GUIDE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the guide is missing: {GUIDE}")
        pytest.skip("the shared guide is not beside the project")
    text = GUIDE.read_text(encoding="utf-8")
    return re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)


@pytest.mark.parametrize("name", ["full", "short"])
def test_no_sentence_of_the_guide_is_copied(name: str, built) -> None:
    guide = guide_text()
    ours = " ".join(_words(all_text(built[name])))
    prose = "\n".join(line for line in guide.splitlines() if not line.startswith("#"))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", prose) if len(_words(s)) >= 4]
    copied = [s for s in sentences if " ".join(_words(s)) in ours]
    assert copied == []
    # No run of eight words in a row taken from the guide either.
    guide_words = _words(prose)
    shingles = {" ".join(guide_words[i:i + 8]) for i in range(len(guide_words) - 7)}
    our_words = ours.split()
    shared = {" ".join(our_words[i:i + 8]) for i in range(len(our_words) - 7)} & shingles
    assert shared == set()


# Contact details are quoted exactly, as they must be: a run of words never spans one.
_CONTACT = re.compile(r"\S+@\S+|\S+\.(?:org|gov|com)\S*|1-800-[\w-]+|\(\d{3}\)[\d -]+"
                      r"|988 Suicide (?:&|and) Crisis Lifeline|call or text 988")


def _runs_of_eight(text: str) -> set[str]:
    """Return every run of eight words in `text` that spans no contact detail."""
    runs = set()
    for part in _CONTACT.split(text):
        words = _words(part)
        runs.update(" ".join(words[i:i + 8]) for i in range(len(words) - 7))
    return runs


@pytest.mark.parametrize("name", ["full", "short"])
def test_no_run_of_eight_words_is_copied_from_the_sources(name: str, built) -> None:
    """Neither the slides and notes, nor the handout and the facilitator's reference, take a
    run of eight words from the guide or from the facts beside it."""
    from workshop.documents.handout import default_handout

    deck = prepare(DECKS[name]).deck
    handout = deck.handout or default_handout(deck.language)  # the shipped text, when used
    extras = [*handout.model_dump().values(), *deck.reference.model_dump().values()]
    ours = _runs_of_eight(all_text(built[name]) + "\n" + "\n".join(map(str, extras)))
    facts = re.sub(r"Source:[^\n]*", "", FACTS.read_text(encoding="utf-8"))  # citations
    for source in (guide_text(), facts):
        assert ours & _runs_of_eight(source) == set()


def test_guide_and_facts_are_where_the_tests_expect_them() -> None:
    assert "What Parents Should Know" in guide_text()
    assert Path(GUIDE.parent / "facts.md").exists()
