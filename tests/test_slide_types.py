"""Slide types chosen from a list's content (design system, sections 4 and 5), as a user sees
them in the built deck: words to say become quote cards, a few short points become numbered
cards, an author's own `layout: bullets` keeps a list; dividers show their part's number as
the agenda counts it, never "Part 3 of 6" or minutes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import REPO, require_tool
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.oxml.ns import qn
from pptx.util import Pt
from rendered import render, rendered_lines

from workshop.build import build, check
from workshop.events import resource_from_text
from workshop.theme import geometry as g

DECK = REPO / "decks" / "parent-night.yaml"
SPANISH = REPO / "decks" / "es" / "noche-de-padres.yaml"


def slide_titled(path: Path, title: str):
    return next(s for s in Presentation(str(path)).slides if s.shapes.title.text == title)


def shapes_named(slide, prefix: str) -> list:
    return [s for s in slide.shapes if s.name.startswith(prefix) and s.has_text_frame
            and s.name.count(" ") == 1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the full deck as it ships, built once for the tests that only read it."""
    output = tmp_path_factory.mktemp("deck") / "deck.pptx"
    build(DECK, output)
    return output


def one_slide_deck(write_tree, slide: str) -> Path:
    root = write_tree({"d.yaml": "title: T\nagenda: false\nsections:\n  - title: S\n"
                                 f"    slides:\n{slide}"})
    return root / "d.yaml"


def test_words_to_say_become_quote_cards_of_one_size_on_the_content_line(built: Path) -> None:
    output = built
    slide = slide_titled(output, "Your first words")
    quotes = shapes_named(slide, "Quote ")
    assert [q.text_frame.text for q in quotes] == [
        "Thank you for telling me.", "This is not your fault.",
        "I\u2019m not angry with you. We\u2019ll handle this together.",
        "Let\u2019s get help before we do anything else."]
    marks = [s.text_frame.text for s in slide.shapes if s.name.endswith(" Mark")]
    assert marks == ["\u201c"] * 4  # the opening mark, large, over each card
    # two by two, all of one size, the first row on the content line; no list left behind
    assert {(q.width, q.height) for q in quotes} == {(quotes[0].width, quotes[0].height)}
    assert sorted({q.top for q in quotes})[0] == g.CONTENT_TOP
    assert len({q.left for q in quotes}) == 2 and len({q.top for q in quotes}) == 2
    assert {r.font.size.pt for q in quotes for p in q.text_frame.paragraphs for r in p.runs} \
        == {28}
    assert not [s for s in slide.placeholders if s.placeholder_format.idx == 1]
    # each mark in a column of its own at its card's left, clear of the words
    for quote in quotes:
        mark = next(s for s in slide.shapes if s.name == f"{quote.name} Mark")
        words_left = quote.left + quote.text_frame.margin_left
        assert quote.left < mark.left and mark.left + mark.width <= words_left
        assert mark.top + mark.height <= quote.top + quote.height


def test_three_or_four_short_points_become_icon_cards(built: Path, write_tree,
                                                      tmp_path: Path) -> None:
    """Points with icons of their own show them on their cards; plain points an accent rule;
    never a number, which would rank points that have no order."""
    output = built
    technology = slide_titled(output, "Talk about technology")
    cards = [c for c in shapes_named(technology, "Card ") if c.has_text_frame]
    assert [c.text_frame.text.replace("\u2060", "") for c in cards] == [  # as read
        "Be part of your child\u2019s online life from the start",
        "Make regular check-ins about online friends normal",
        "Set rules and screen-time limits together"]
    assert not [s for s in technology.shapes if s.name.endswith(" Number")]
    for card, icon in zip(cards, ["home", "chat", "clock"], strict=True):
        mark = next(s for s in technology.shapes if s.name == f"{card.name} Icon: {icon}")
        assert card.top < mark.top  # over its card's words, clear of them, on their edge
        assert mark.top + mark.height <= card.top + card.text_frame.margin_top
        assert mark.left == card.left + card.text_frame.margin_left
    deck = one_slide_deck(write_tree, "      - {title: Plain, bullets: [One, Two, Three]}\n")
    build(deck, tmp_path / "plain.pptx")
    plain_slide = Presentation(str(tmp_path / "plain.pptx")).slides[1]
    plain = shapes_named(plain_slide, "Card ")
    assert [c.text_frame.text for c in plain] == ["One", "Two", "Three"]
    for card in plain:  # no icons of their own: a rule on the words' edge
        rule = next(s for s in plain_slide.shapes if s.name == f"{card.name} Rule")
        assert rule.left == card.left + card.text_frame.margin_left
        assert rule.top + rule.height <= card.top + card.text_frame.margin_top
    assert len({c.top for c in cards}) == 1 and cards[0].top == g.CONTENT_TOP  # one row
    assert cards[0].left == g.PANEL_X  # edges at the title's text
    assert all(c.top + c.height <= g.CONTENT_BOTTOM for c in cards)  # above the bottom row
    leave_with = slide_titled(output, "What you will leave with")  # cards and a question
    band = next(s for s in leave_with.shapes
                if s.has_text_frame and "apps or games" in s.text_frame.text)
    assert all(c.top + c.height <= band.top for c in shapes_named(leave_with, "Card "))
    # four points too long for a row of four at 24 pt go two by two, still at 24 pt
    deck = one_slide_deck(write_tree, (
        "      - title: Signs\n        bullets:\n"
        "          - {text: A new online friend who pushes to switch to another app, icon: phone}\n"
        "          - {text: 'Requests for photos, or offers of money or gifts in return', "
        "icon: camera}\n"
        "          - {text: 'A sudden need for money, gift cards or payment apps', icon: money}\n"
        "          - {text: Any worrying change after time online? Ask gently, icon: question}\n"))
    build(deck, tmp_path / "signs.pptx")
    signs = shapes_named(Presentation(str(tmp_path / "signs.pptx")).slides[1], "Card ")
    signs = [c for c in signs if c.has_text_frame]
    assert len({c.left for c in signs}) == 2 and len({c.top for c in signs}) == 2
    assert {r.font.size.pt for c in signs for p in c.text_frame.paragraphs for r in p.runs} \
        == {24}


def test_steps_too_long_for_their_panels_stay_a_list_the_plan_splits(write_tree, in_dir,
                                                                        tmp_path) -> None:
    """Steps whose panels would run past the content's foot, even at the smallest size, are
    not drawn as panels (which the fit check cannot see overflow): the plan leaves them a
    numbered list, split over two slides and said so at the slide's line (O202), the second
    part counting on from the first; the same steps a little shorter are panels on one."""
    long = ("Write this step out at such length that it cannot stay on one line of the slide, "
            "even at the smallest size")
    steps = "".join(f"          - {long} {n}\n" for n in range(1, 6))
    deck = one_slide_deck(write_tree, "      - title: Steps\n        numbered: true\n"
                          "        prompts: [What would help?]\n        bullets:\n" + steps)
    in_dir(deck.parent)
    found = check(Path("d.yaml"))
    assert [(f.code, f.line) for f in found if f.code in ("O202", "O206")] == [("O202", 6)]
    build(Path("d.yaml"), tmp_path / "long.pptx")
    parts = [slide for slide in Presentation(str(tmp_path / "long.pptx")).slides
             if slide.shapes.title.text.startswith("Steps")]
    numbers = [[p.runs[0].text for p in slide.placeholders[1].text_frame.paragraphs]
               for slide in parts]
    assert numbers == [["1", "2", "3"], ["4", "5"]]
    assert not any(shape.name.startswith("Step card") for s in parts for shape in s.shapes)
    deck.write_text(deck.read_text().replace(long, "A short step"))
    assert [f for f in check(Path("d.yaml")) if f.code in ("O202", "O206")] == []
    build(Path("d.yaml"), tmp_path / "short.pptx")
    drawn = Presentation(str(tmp_path / "short.pptx")).slides[-1]
    assert sum(shape.name.startswith("Step card") for shape in drawn.shapes) == 10


def test_numbered_steps_stand_on_panels_of_their_own_height(built: Path, write_tree,
                                                           tmp_path: Path) -> None:
    """A numbered list of three to six plain points is steps: a panel each, full width, its
    number large at its left, stacked in order from the content's top, each as tall as its
    own words; the list's body is gone."""
    slide = slide_titled(built, "What to do, in this order")
    steps = [s for s in slide.shapes if s.name.startswith("Step card ")
             and not s.name.endswith(" Number")]
    assert [s.text_frame.text.replace("\u00a0", " ").replace("\u2060", "") for s in steps] == [
        "Stay calm: your child is not to blame. Don\u2019t reply, pay or send more: get help",
        "Save the username, profile and messages; never copy the image",
        "Report the account on the app, then block it",
        "Report it: CyberTipline, 1-800-843-5678 (no name needed), or the FBI",
        "Then keep checking in for weeks; if they seem hopeless, call or text 988 together"]
    numbers = [s.text_frame.text for s in slide.shapes if s.name.endswith(" Number")]
    assert numbers == ["1", "2", "3", "4", "5"]
    assert steps[0].top == g.CONTENT_TOP and {s.left for s in steps} == {g.PANEL_X}
    assert [s.top for s in steps] == sorted(s.top for s in steps)
    for above, below in itertools.pairwise(steps):  # apart, never overlapping
        assert above.top + above.height < below.top
    assert steps[-1].top + steps[-1].height <= g.CONTENT_BOTTOM
    for step in steps:  # each number in the column at its panel's left, clear of the words
        number = next(s for s in slide.shapes if s.name == f"{step.name} Number")
        assert step.left < number.left
        assert number.left + number.width <= step.left + step.text_frame.margin_left
    assert not [s for s in slide.placeholders if s.placeholder_format.idx == 1]
    # the same points, not numbered, stay a list of points
    plain = ("          - title: Plain\n            bullets: [Save the chat, Report it, "
             "Block it]\n")
    output = tmp_path / "plain.pptx"
    build(one_slide_deck(write_tree, plain), output)
    shown = slide_titled(output, "Plain")
    assert not [s for s in shown.shapes if s.name.startswith("Step card")]


def test_a_long_list_stays_a_list_and_an_authors_layout_wins(write_tree,
                                                              tmp_path: Path) -> None:
    listed = ("          - title: Kept\n            layout: bullets\n"
              "            bullets: [A, B, C]\n")
    off = "          - title: Off\n            auto_layout: false\n            bullets: [A, B, C]\n"
    long = ("          - title: Long\n            bullets: [A, B, C, D, E]\n")
    for slide, title in ((listed, "Kept"), (off, "Off"), (long, "Long")):
        output = tmp_path / f"{title}.pptx"
        build(one_slide_deck(write_tree, slide), output)
        found = slide_titled(output, title)
        assert not shapes_named(found, "Card "), title
        body = next(s for s in found.placeholders if s.placeholder_format.idx == 1)
        assert body.text_frame.text.startswith("A\nB\nC"), title


def test_dividers_number_their_part_as_the_agenda_does(tmp_path: Path) -> None:
    for deck, agenda_title in ((DECK, "Agenda"), (SPANISH, "Programa de hoy")):
        output = tmp_path / f"{deck.stem}.pptx"
        build(deck, output)
        slides = list(Presentation(str(output)).slides)
        agenda = next(s for s in slides if s.shapes.title.text == agenda_title)
        items = agenda.placeholders[1].text_frame.paragraphs
        # The six parts, then the room's questions after the slides.
        assert [p.runs[0].text for p in items] == ["01", "02", "03", "04", "05", "06", "07"]
        sections = [s for s in slides if s.slide_layout.name == "Section"]
        shown = [(s.shapes.title.text, next(x.text_frame.text for x in s.shapes
                                           if x.name == "Part number")) for s in sections]
        titles = [p.text.split("\u2003", 1)[1].replace("\u00a0", " ") for p in items]
        assert all(titles[int(number) - 1] == title.replace("\u00a0", " ")
                   for title, number in shown), shown
        text = " ".join(x.text_frame.text for s in sections for x in s.shapes
                        if x.has_text_frame)
        assert "Part " not in text and "Parte " not in text and " min" not in text


def test_without_an_agenda_a_divider_shows_no_number(write_tree, tmp_path: Path) -> None:
    root = write_tree({"d.yaml": "title: T\nagenda: false\ndividers: true\nsections:\n"
                                 "  - {title: One, summary: First, slides: "
                                 "[{title: A, bullets: [x]}, {title: B, bullets: [y]}]}\n"
                                 "  - {title: Two, slides: [{title: C, bullets: [z]}, "
                                 "{title: D, bullets: [w]}]}\n"})
    output = tmp_path / "d.pptx"
    build(root / "d.yaml", output)
    sections = [s for s in Presentation(str(output)).slides
                if s.slide_layout.name == "Section"]
    assert [s.shapes.title.text for s in sections] == ["One", "Two"]
    assert not [x for s in sections for x in s.shapes if x.name == "Part number"]
    texts = [x.text_frame.text for s in sections for x in s.placeholders
             if x.placeholder_format.type != 13]  # but the slide numbers
    assert texts == ["One", "First", "Two"]  # no "Part 2 of 2" in the summary's place


def test_a_lone_divider_is_dropped_unless_asked_for(write_tree, tmp_path: Path) -> None:
    three = "[{title: A, bullets: [x]}, {title: B, bullets: [y]}, {title: C, bullets: [z]}]"
    for asked, expected in (("", []), ("dividers: true\n", ["One", "Two"])):
        root = write_tree({"d.yaml": f"title: T\n{asked}sections:\n"
                                     f"  - {{title: One, summary: First, slides: {three}}}\n"
                                     "  - {title: Two, slides: [{title: D, bullets: [w]}]}\n"})
        output = tmp_path / "d.pptx"
        build(root / "d.yaml", output)
        sections = [s.shapes.title.text for s in Presentation(str(output)).slides
                    if s.slide_layout.name == "Section"]
        assert sections == expected, asked


def test_many_local_resources_get_a_slide_of_their_own(tmp_path: Path) -> None:
    """Five to eight local contacts never refuse the deck: the local ones take a slide of
    their own, "Help in our community", before the national ones under the slide's title
    (two slides, never "(1/2)" on a projected title), in both languages and with a kit; the
    script reads the local help first, as the slides show it."""
    local = [f"Contact {n}: (555) 010-{n:04d}, weekdays 9 to 5" for n in range(1, 9)]
    continued = {
        "Where to report and get help":
            "[Continued from slide {}: its notes hold the script for this slide too.]",
        "Dónde reportar y pedir ayuda":
            "[Continúa la diapositiva {}: sus notas tienen también el guion de esta.]"}
    local_title = {"Where to report and get help": "Help in our community",
                   "Dónde reportar y pedir ayuda": "Ayuda en nuestra comunidad"}
    for deck, kit, title in ((DECK, "example-county", "Where to report and get help"),
                             (SPANISH, "harbor-family-alliance", "Dónde reportar y pedir ayuda")):
        for count in (5, 8):
            output = tmp_path / f"{deck.stem}-{count}.pptx"
            result = build(deck, output, brand_path=REPO / "decks" / "brands" / f"{kit}.yaml",
                           resources=tuple(resource_from_text(t) for t in local[:count]))
            slides = list(Presentation(str(output)).slides)
            titles = [s.shapes.title.text for s in slides]
            first, second = (slides[titles.index(t)] for t in (local_title[title], title))
            assert titles.index(local_title[title]) + 1 == titles.index(title)
            assert not [t for t in titles if t.endswith("/2)")]
            panel = next(s for s in first.shapes if s.name == "Local resources")
            assert panel.text_frame.text.count("Contact\u00a0") == count  # "Contact 1", whole
            assert "CyberTipline" in " ".join(s.text_frame.text for s in second.shapes
                                              if s.has_text_frame)
            assert not [s for s in second.shapes if s.name == "Local resources"]
            # nothing for the facilitator to do: the contacts' own slide is the design, and
            # the script names them (their numbers are on the slide) in its planned minutes
            assert first.has_notes_slide and result.warnings == []
            # the second part says where its script is, rather than showing empty notes
            number = titles.index(local_title[title]) + 1
            assert first.notes_slide.notes_text_frame.text.startswith(
                ("First, help here in our community", "Primero, la ayuda aquí"))
            assert second.notes_slide.notes_text_frame.text == continued[title].format(number)


def test_the_national_help_lines_stand_in_halves_under_the_title(tmp_path: Path) -> None:
    """Design system, section 4 (resources): with no local panel, each national line is a
    block of its own, its name bold over its detail, two to a row from the content's top; under
    a kit's local panel, where halves do not fit, they stay one list in the body."""
    output = tmp_path / "deck.pptx"
    build(DECK, output)
    slide = next(s for s in Presentation(str(output)).slides
                 if s.shapes.title.text == "Where to report and get help")
    lines = [s for s in slide.shapes if s.name.startswith("Help line") and "Icon" not in s.name]
    assert [s.text_frame.paragraphs[0].text.replace("\u00a0", " ") for s in lines] == [
        "NCMEC CyberTipline", "FBI", "Take It Down", "988 Suicide & Crisis Lifeline",
        "Questions for NCMEC"]
    assert lines[0].top == g.CONTENT_TOP and len({s.left for s in lines}) == 2
    assert [s.top for s in lines][::2] == sorted({s.top for s in lines})  # rows, in order
    name, detail = (p.runs[0].font for p in lines[0].text_frame.paragraphs)
    assert (name.size.pt, name.bold, detail.size.pt) == (24, True, 20)
    assert "1-\u2060800-\u2060843-\u20605678" in lines[0].text_frame.text
    # each line's own icon at its left, level with its name, clear of its words
    icon = next(s for s in slide.shapes if s.name == "Help line 1 Icon: report")
    assert icon.left + icon.width < lines[0].left and icon.top < lines[0].top + Pt(24).emu
    build(DECK, output, brand_path=REPO / "decks" / "brands" / "example-county.yaml")
    slide = next(s for s in Presentation(str(output)).slides
                 if s.shapes.title.text == "Where to report and get help")
    assert not [s for s in slide.shapes if s.name.startswith("Help line")]
    assert "CyberTipline" in slide.placeholders[1].text_frame.text
    # in rows beside the same icons, one a line
    assert [s.name for s in slide.shapes if s.name.startswith("Icon: ")] == [
        "Icon: report", "Icon: shield", "Icon: takedown", "Icon: care", "Icon: mail"]


def test_check_warns_of_three_slides_of_one_type_in_a_row(write_tree) -> None:
    long = "[A point long enough to stay a list of points on this slide, surely, as written, " \
           "and more, B, C, D, E]"
    slides = "".join(f"          - {{title: List {n}, bullets: {long}}}\n" for n in range(1, 4))
    findings = check(one_slide_deck(write_tree, slides))
    rhythm = [f for f in findings if f.code == "D401"]
    assert [(f.slide, f.message) for f in rhythm] == [
        (4, "slide 4: slides 2 to 4 are all bullets: vary the run (another layout, or fewer "
            "or shorter points so a list becomes cards)")]
    cards = "          - {title: Cards, bullets: [One, Two, Three]}\n"
    varied = slides.replace("          - {title: List 2", cards + "          - {title: List 2")
    varied = varied.replace("          - {title: List 3", cards.replace("Cards", "More")
                            + "          - {title: List 3")
    assert not [f for f in check(one_slide_deck(write_tree, varied)) if f.code == "D401"]
    # points with icons of their own are drawn in rows beside them: an icon list, not bullets
    icons = slides.replace("{title: List 3, bullets: " + long + "}",
                           "{title: List 3, bullets: [{text: Call us, icon: call}, Or write]}")
    assert icons != slides
    assert not [f for f in check(one_slide_deck(write_tree, icons)) if f.code == "D401"]


def test_steps_in_order_are_numbered_where_the_bullets_were(write_tree,
                                                            tmp_path: Path) -> None:
    """Two steps (too few for step panels) stay a list, numbered instead of bulleted."""
    deck = one_slide_deck(write_tree, "      - title: Steps\n        numbered: true\n"
                          "        bullets: [Save the chat, Report the account]\n")
    output = tmp_path / "steps.pptx"
    build(deck, output)
    body = slide_titled(output, "Steps").placeholders[1]
    paragraphs = body.text_frame.paragraphs
    assert [p.runs[0].text for p in paragraphs] == ["1", "2"]
    assert paragraphs[1].text == "2\u2003Report the account"
    for paragraph in paragraphs:  # no bullet, the number hanging, in the accent
        props = paragraph._p.pPr
        assert int(props.get("marL")) > 0 and props.get("indent") == f"-{props.get('marL')}"
        assert props.find(qn("a:buNone")) is not None
        assert paragraph.runs[0]._r.xpath("./a:rPr/a:solidFill/a:schemeClr/@val") == ["accent1"]


def test_a_steps_second_line_starts_under_its_text_not_its_number(write_tree,
                                                                  tmp_path: Path) -> None:
    """As LibreOffice lays it out: a long step wraps to a line that starts where the step's
    text starts, the number hanging to its left."""
    soffice, pdftotext = require_tool("soffice"), require_tool("pdftotext")
    long = ("Stay close to your child tonight; if they seem hopeless, call or text 988 "
            "together, and keep the phone safe and unchanged")
    deck = one_slide_deck(write_tree, "      - title: Steps\n        numbered: true\n"
                          f"        bullets: [Save the chat, \"{long}\"]\n")
    output = tmp_path / "steps.pptx"
    build(deck, output)
    words = next(page for page in render(output, tmp_path, soffice, pdftotext)
                 if any(w.text == "Stay" for w in page))
    stay = next(w for w in words if w.text == "Stay")
    rows = sorted({round(w.box.top) for w in words if w.box.top > stay.box.top + 5
                   and w.box.left < 400})
    second = min((w for w in words if round(w.box.top) == rows[0]), key=lambda w: w.box.left)
    assert abs(second.box.left - stay.box.left) < 2, (second, stay)


def test_one_short_sentence_becomes_a_statement_under_a_kicker(built: Path) -> None:
    slide = slide_titled(built, "The one thing to remember")
    statement = next(s for s in slide.shapes if s.name == "Statement")
    run = statement.text_frame.paragraphs[0].runs[0]
    assert statement.text_frame.text == "The child is never the one to blame. The blackmailer is."
    assert run.font.size.pt == 48 and run.font.color.theme_color == MSO_THEME_COLOR.TEXT_2
    middle = statement.top + statement.height // 2
    assert abs(middle - int(3.60 * g.INCH)) <= g.INCH // 50  # centred on 3.60 in
    assert statement.left == g.MARGIN and statement.width == int(10 / 12 * g.WIDTH)
    kicker = slide.shapes.title.text_frame.paragraphs[0].runs[0]
    assert kicker.font.size.pt == 20 and kicker.font.bold
    # text in the title colour, never the accent (which read under 4.5:1 on the panel)
    assert kicker.font.color.theme_color == MSO_THEME_COLOR.TEXT_2
    # the title's words, set as capitals
    assert set(slide.shapes.title.element.xpath(".//a:rPr/@cap")) == {"all"}
    fill = slide.background.fill
    assert fill.fore_color.theme_color == MSO_THEME_COLOR.BACKGROUND_2  # the soft field
    assert not [s for s in slide.placeholders if s.placeholder_format.idx == 1]  # no list


def test_a_longer_sentence_steps_down_and_two_sentences_stay_a_list(write_tree,
                                                                   tmp_path: Path) -> None:
    long = ("Every calm conversation about small things, repeated regularly over many years, "
            "is practice for the difficult one")  # over three lines at 48
    two = "      - title: Two\n        bullets: [One thing, Another thing]\n"
    for slide, title in ((f"      - title: Long\n        bullets: [\"{long}\"]\n", "Long"),
                         (two, "Two")):
        output = tmp_path / f"{title}.pptx"
        build(one_slide_deck(write_tree, slide), output)
        found = [s for s in slide_titled(output, title).shapes if s.name == "Statement"]
        if title == "Two":
            assert found == []
        else:
            assert found[0].text_frame.paragraphs[0].runs[0].font.size.pt == 40


def test_a_statement_takes_the_lines_the_model_says_as_libreoffice_lays_it_out(
        write_tree, tmp_path: Path) -> None:
    soffice, pdftotext = require_tool("soffice"), require_tool("pdftotext")
    from workshop.slide_types import statement

    text = "Short, regular, calm talks do more than one big lecture ever could"
    deck = one_slide_deck(write_tree, f"      - title: Said\n        bullets: [\"{text}\"]\n")
    output = tmp_path / "said.pptx"
    build(deck, output)
    shape = next(s for s in slide_titled(output, "Said").shapes if s.name == "Statement")
    size = shape.text_frame.paragraphs[0].runs[0].font.size.pt
    page = next(p for p in render(output, tmp_path, soffice, pdftotext)
                if any(w.text == "Short," for w in p))
    words = [w for w in page if w.box.top > 100]  # below the kicker
    font = shape.text_frame.paragraphs[0].runs[0].font.name  # the heading font, set on it
    expected = statement.layout(text, font, g.Box(0, g.CONTENT_TOP, 1,
                                                  g.CONTENT_BOTTOM - g.CONTENT_TOP))
    assert expected[0] == size
    assert rendered_lines([w for w in words if w.text in text.split()]) == expected[1]
