"""The people of the title slide and the dividers: Open Peeps busts drawn as native shapes in
the theme's colours, decorative, the same for a deck every time and different between slides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from lxml import etree
from pptx import Presentation

from workshop.build import build
from workshop.slide_types.title import TITLE_FIELD_X
from workshop.theme import geometry as g
from workshop.theme.people import (
    GREY_HEADS,
    SKIN_TONES,
    person_options,
    person_shapes,
    person_svg,
)

DECK = REPO / "decks" / "parent-night.yaml"
KIT = REPO / "decks" / "brands" / "example-county.yaml"
NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative"}


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Presentation]:
    folder = tmp_path_factory.mktemp("people")
    build(DECK, folder / "plain.pptx")
    build(DECK, folder / "county.pptx", brand_path=KIT)
    return {name: Presentation(str(folder / f"{name}.pptx")) for name in ("plain", "county")}


def xpath(element, path: str) -> list:
    """Return what `path` finds under `element`, with the namespaces above."""
    return etree.XPath(path, namespaces=NS)(element)


def people_on(slide) -> list:
    """Return the groups of a slide that draw a person, in order."""
    return [shape for shape in slide.shapes if shape.name.startswith("Illustrated person ")]


def fills(group) -> list[str]:
    """Return each part's fill: a scheme colour's name or RRGGBB."""
    found = []
    for fill in xpath(group._element, "./p:sp/p:spPr/a:solidFill/*"):
        found.append(fill.get("val"))
    return found


def test_the_title_slide_has_five_people_standing_on_its_light_field(decks) -> None:
    for name, deck in decks.items():
        slide = deck.slides[0]
        people = people_on(slide)
        assert [p.name for p in people] == [f"Illustrated person {n}" for n in range(1, 6)], name
        for person in people:
            assert person.left >= TITLE_FIELD_X and person.top + person.height == g.SLIDE_HEIGHT
            # decorative: a screen reader passes over it, the slide's words say what matters
            assert xpath(person._element, "./p:nvGrpSpPr/p:cNvPr/a:extLst/a:ext/"
                                         "adec:decorative/@val") == ["1"]
            assert xpath(person._element, ".//a:custGeom")  # native shapes
            assert not xpath(person._element, ".//p:pic")
        # the words stay on the dark field, left of the people
        title = slide.shapes.title
        assert title.left + title.width <= TITLE_FIELD_X
        disc = next(s for s in slide.shapes if s.name == "Disc")  # behind them, as on dividers
        assert list(slide.shapes).index(disc) < list(slide.shapes).index(people[0])
        field = next(s for s in slide.slide_layout.shapes if s.name == "Light Field")
        assert field.left == TITLE_FIELD_X and field.width == g.SLIDE_WIDTH - TITLE_FIELD_X


def test_the_people_wear_the_theme_so_a_kit_recolours_them(decks) -> None:
    for deck in decks.values():
        for person in people_on(deck.slides[0]):
            colours = fills(person)
            # clothing in the accent, primary or highlight, ink in the body colour; skin and
            # hair in their own, natural colours
            assert {"accent1", "tx2", "accent2"} & set(colours)
            assert "tx1" in colours
            assert {c.lower() for c in colours if len(c) == 6} & set(SKIN_TONES)
            assert "000000" not in colours  # no ink left black: it is the theme's
    plain, county = (decks[name].slides[0] for name in ("plain", "county"))
    # the same people, in the kit's colours through its theme
    assert [fills(p) for p in people_on(plain)] == [fills(p) for p in people_on(county)]
    themes = [etree.fromstring(d.slide_masters[0].part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme").blob)
        .xpath(".//a:accent1/a:srgbClr/@val", namespaces=NS) for d in decks.values()]
    assert themes[0] != themes[1]


def test_each_divider_has_two_people_before_a_disc_and_they_differ(decks) -> None:
    deck = decks["plain"]
    dividers = [s for s in deck.slides if s.slide_layout.name == "Section"]
    assert dividers
    drawn = []
    for slide in dividers:
        people = people_on(slide)
        assert len(people) == 2
        disc = next(s for s in slide.shapes if s.name == "Disc")
        assert all(disc.left <= p.left and p.left + p.width <= disc.left + disc.width
                   for p in people)
        title = slide.shapes.title
        assert title.left + title.width <= disc.left  # the words clear of the disc
        drawn.append([b"".join(etree.tostring(part) for part in xpath(p._element,
                                                                       ".//a:custGeom"))
                      for p in people])
    assert len({tuple(d) for d in drawn}) == len(drawn)  # each divider its own people


def test_a_group_shows_three_skin_tones_and_one_grey_haired_adult() -> None:
    for seed in ("Deck A/title", "Deck B/title", "Sextorsión/section 3", "x"):
        options = [person_options(seed, n, 5) for n in range(5)]
        assert len({o["skinColor"][0] for o in options}) >= 3, seed
        assert sum(o["headVariant"] == list(GREY_HEADS) for o in options) == 1, seed
        assert all(o["maskProbability"] == 0 for o in options)
    # the same seed draws the same person; another draws another
    assert person_svg("Deck A/title", 0, 5) == person_svg("Deck A/title", 0, 5)
    assert person_svg("Deck A/title", 0, 5) != person_svg("Deck B/title", 0, 5)


def test_the_licence_of_the_people_is_shipped() -> None:
    licence = (REPO / "src" / "workshop" / "theme" / "people" / "LICENSE").read_text("utf-8")
    assert "Open Peeps" in licence and "Pablo Stanley" in licence and "CC0 1.0" in licence


def test_an_organizations_own_template_gets_no_people(tmp_path: Path, write_tree) -> None:
    root = write_tree({"kit.yaml": "name: Org\ncolors: {primary: '#123456', accent: "
                                   "'#0B6E4F', text: '#1A1A1A', background: '#FFFFFF'}\n"
                                   "template: org.pptx\n"})
    template = Presentation()
    template.save(str(root / "org.pptx"))
    build(DECK, tmp_path / "deck.pptx", brand_path=root / "kit.yaml")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    # None on the title, agenda or dividers; an image slide's drawn conversation is the
    # slide's content (its outline asks for it), and stays, in the template's colours.
    decorating = [s for slide in deck.slides for s in people_on(slide)
                  if not any(shape.name == "Scene" for shape in slide.shapes)]
    assert not decorating
    assert sum(1 for slide in deck.slides for _ in people_on(slide)) == 2


def test_people_are_kept_in_the_users_cache_and_drawn_again_if_spoilt(tmp_path: Path,
                                                                        monkeypatch) -> None:
    from workshop.session import BuildSession

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with BuildSession():
        first = person_svg("Kept/title", 0, 5)
    kept = list((tmp_path / "workshop" / "people").glob("*.svg"))
    assert [p.read_bytes() for p in kept] == [first]
    kept[0].write_bytes(b"not a drawing")
    with BuildSession():
        assert person_svg("Kept/title", 0, 5) == first
    assert kept[0].read_bytes() == first


def test_peoples_shapes_are_kept_converted_and_converted_again_if_spoilt(tmp_path: Path,
                                                                         monkeypatch) -> None:
    """A build that starts cold reads each person's native shapes from the user's cache, as
    they were converted from the drawing; a spoilt file is converted again."""
    from workshop.ooxml.people import converted
    from workshop.session import BuildSession
    from workshop.theme.people import CANVAS

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with BuildSession():
        first = person_shapes("Kept/title", 1, 5)
    assert first == converted(person_svg("Kept/title", 1, 5), CANVAS)
    assert all(b":custGeom " in geometry[:20] for _, geometry in first)
    (kept,) = (tmp_path / "workshop" / "people").glob("*.json")
    kept.write_text("[[1, 2]]", encoding="utf-8")
    with BuildSession():
        assert person_shapes("Kept/title", 1, 5) == first
    one = first[0][1].decode()
    kept.write_text(json.dumps([["0A0A01", one]]), encoding="utf-8")  # read as it is kept
    with BuildSession():
        assert person_shapes("Kept/title", 1, 5) == (("0A0A01", one.encode()),)


def test_a_divider_made_before_in_the_session_keeps_its_own_decks_people(write_tree,
                                                                         tmp_path: Path) -> None:
    """Two decks alike but for their titles, built in one session (as a batch builds them),
    each get the people their own title seeds, as a build of its own does."""
    from workshop.session import BuildSession

    body = ("sections:\n  - {title: One, summary: S, divider: true, slides: "
            "[{title: A, bullets: [a]}, {title: B, bullets: [b]}]}\n"
            "  - {title: Two, summary: S, divider: true, slides: [{title: C, bullets: [c]}]}\n")
    root = write_tree({"a.yaml": "title: First\n" + body, "b.yaml": "title: Second\n" + body})

    def divider_people(path: Path) -> list[bytes]:
        slide = next(s for s in Presentation(str(path)).slides
                     if s.slide_layout.name == "Section")
        return [etree.tostring(p._element) for p in people_on(slide)]

    with BuildSession():
        build(root / "a.yaml", tmp_path / "a.pptx")
        build(root / "b.yaml", tmp_path / "b-after-a.pptx")
    with BuildSession():
        build(root / "b.yaml", tmp_path / "b-alone.pptx")
    assert divider_people(tmp_path / "b-after-a.pptx") == divider_people(tmp_path / "b-alone.pptx")
    assert divider_people(tmp_path / "a.pptx") != divider_people(tmp_path / "b-alone.pptx")
