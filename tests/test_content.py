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
from workshop.prepare import prepare

GUIDE = REPO.parent / "shared" / "guide" / "sextortion-what-parents-should-know.md"
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
    return "\n".join(f"{s.text}\n{s.notes}" for s in slides)


@pytest.mark.parametrize("name", DECKS)
def test_deck_checks_clean_without_warnings(name: str) -> None:
    assert check(DECKS[name]) == []


@pytest.mark.parametrize("name", DECKS)
def test_sections_have_prompts_and_minutes_match_the_duration(name: str) -> None:
    deck = prepare(DECKS[name]).deck
    for section in deck.sections:
        assert any(slide.prompts for slide in section.slides), section.title
    planned = sum(slide.minutes or 0 for slide in deck.slides)
    assert all(slide.minutes for slide in deck.slides)
    assert abs(planned - deck.duration) <= deck.duration / 10


@pytest.mark.parametrize("name", DECKS)
def test_every_content_slide_has_a_script_of_60_words_with_directions(name: str, built) -> None:
    for slide in content(built[name]):
        script = slide.notes.split("Timing:")[0].split("Tiempo:")[0]
        assert len(script.split()) >= 60, slide.title
    directions = sum("[" in s.notes for s in content(built[name]))
    assert directions >= len(content(built[name])) * 0.8


def test_structure_of_the_full_deck(built) -> None:
    slides = built["full"]
    sections = [s.title for s in slides if s.layout == "Section"]
    assert sections == ["Welcome", "Sexting and sextortion", "Who does this?",
                        "How does it happen?", "What parents can do",
                        "If it happens to your child", "Closing"]
    titles = [s.title for s in content(slides)]
    assert titles == [
        "Before we begin", "How we talk together tonight", "What you will leave with",
        "What sexting is", "Sextortion: blackmail with a sexual image",
        "Reports to NCMEC are rising", "Most often, someone the child knows",
        "Known people and strangers", "With a stranger: three moves", "Tactics to watch for",
        "With someone known: three moves", "Two paths, side by side", "Talk about technology",
        "Talk about relationships and sexuality", "Never pass it on",
        "Scenario: a forwarded photo", "Let's talk it through", "Keep the conversation going",
        "What NCMEC advises", "Getting images taken down", "Where to get help", "Thank you",
    ]
    layouts = {s.layout for s in slides}
    assert layouts == {"Title", "Agenda", "Section", "Bullets", "Statistic", "Comparison",
                       "Process", "Scenario", "Discussion", "Image", "Resources", "Closing"}


def test_short_deck_shares_its_slides_with_the_full_one(built) -> None:
    full = {s.title: s for s in content(built["full"])}
    short = content(built["short"])
    assert len(built["short"]) == 18
    for slide in short:
        assert slide.title in full
        assert slide.text == full[slide.title].text
        assert slide.notes.split("Timing:")[0] == full[slide.title].notes.split("Timing:")[0]


def test_spanish_deck_parallels_the_full_deck(built) -> None:
    assert [s.layout for s in built["es"]] == [s.layout for s in built["full"]]
    assert built["es"][1].title == "Agenda"
    assert "Pregunta para el grupo:" in built["es"][3].text
    assert "Fuente: NetSmartz / NCMEC, 2020" in all_text(built["es"])


@pytest.mark.parametrize("name", DECKS)
def test_suicide_is_never_mentioned_without_988(name: str, built) -> None:
    for slide in built[name]:
        for text in (slide.text, slide.notes):
            if re.search(r"suicid", text, re.IGNORECASE):
                assert "988" in text, slide.title


@pytest.mark.parametrize("name", DECKS)
def test_no_blaming_words(name: str, built) -> None:
    blaming = ["should have known", "careless", "stupid", "your fault", "asking for it",
               "debió saber", "debería haberlo sabido", "descuidad", "estúpid"]
    text = all_text(built[name]).lower()
    assert [word for word in blaming if word in text] == []


@pytest.mark.parametrize(("name", "words"), [
    ("full", ["Don't promise to keep it secret", "reporting duty", "1-800-843-5678", "988"]),
    ("es", ["No prometan guardar el secreto", "obligación de reportar", "1-800-843-5678", "988"]),
])
def test_first_slide_notes_prepare_the_facilitator_for_a_disclosure(name, words, built) -> None:
    notes = content(built[name])[0].notes
    assert [w for w in words if w not in notes] == []


# Every point of the guide, as patterns that must all appear (slides or notes), per language.
GUIDE_POINTS = {
    "sexting defined": (["sexual messages", "nude or partly nude", r"\bapps?\b"],
                        ["mensajes sexuales", "desnudas o semidesnudas", "aplicaci"]),
    "sexting can be part of development": (["part of how teens explore"],
                                           ["parte de cómo los adolescentes exploran"]),
    "sextortion is blackmail": (["blackmail"], ["chantaje"]),
    "three aims": (["more sexual images", "sexual activity", "money"],
                   ["más imágenes o videos sexuales", "actividad sexual", "dinero"]),
    "known: partners and ex-partners": (["former boyfriend or girlfriend|ex-partner"],
                                        ["expareja"]),
    "known: image shared willingly, threat to show friends and family": (
        ["shared willingly", "friends or family"], ["voluntad propia", "amigos o familiares"]),
    "60% known": (["6 in 10", "60%"], ["6 de 10", "60 %"]),
    "online: alone or organized group": (["organized group"], ["grupo organizado"]),
    "online: more explicit content or money": (["more explicit"], ["más explícitas"]),
    "approach: research on social media": (["interests, friends, school, family"],
                                           ["intereses, amistades, escuela, familia"]),
    "move platforms: encrypted, harder to trace": (["second or third app", "encrypted"],
                                                   ["segunda o tercera aplicación", "cifrada"]),
    "tactic: money or drugs": (["money or drugs"], ["dinero o drogas"]),
    "tactic: modelling agency": (["modelling"], ["agencia de modelos"]),
    "tactic: false friendship": (["Faking a friendship"], ["Fingir una amistad"]),
    "tactic: secret recording": (["Secretly recording"], ["Grabar en secreto"]),
    "tactic: threats of violence": (["hurt the child or family"],
                                    ["agredir al menor o a su familia"]),
    "tactic: several identities": (["several accounts"], ["varias cuentas"]),
    "tactic: posing younger or other gender": (["younger, or as another gender"],
                                               ["menor, o de otro sexo"]),
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
    "talk about technology: regular check-ins": (["check-ins"],
                                                 ["conversaciones frecuentes"]),
    "talk about technology: rules set together": (["rules and screen-time limits together"],
                                                  ["reglas y los límites de pantalla"]),
    "values, regularly": (["family's values", "come back to them"],
                          ["valores de su familia", "vuelvan a ellos"]),
    "healthy relationships: boundaries and consent": (["boundaries", "consent"],
                                                      ["límites", "consentimiento"]),
    "pressuring and being pressured not OK": (["Pressuring someone is not OK",
                                               "being pressured is not OK"],
                                              ["Presionar no está bien",
                                               "ser presionado tampoco"]),
    "never forward": (["don't forward it"], ["no se reenvía"]),
    "limiting spread reduces risk": (["Every share spreads it further"],
                                     ["Cada envío la difunde más"]),
    "scenario: forwarded nude, delete, not for you, don't share": (
        ["nude photo", "Don't pass it on", "never meant for you"],
        ["foto desnuda", "No la pases a nadie", "nunca fue para ti"]),
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


def test_guide_and_facts_are_where_the_tests_expect_them() -> None:
    assert "What Parents Should Know" in guide_text()
    assert Path(GUIDE.parent / "facts.md").exists()
