"""The facilitator guide, set as a book: a cover and contents, the agenda with a running
clock, a preparation checklist, the disclosure note, every slide's points, script and
prompts, the resources, then the glossary and the questions parents ask as chapters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workshop.blocks import (
    Box,
    Bullets,
    Columns,
    Contents,
    Cover,
    Document,
    Heading,
    PageBreak,
    Picture,
    Table,
    Text,
    plain,
)
from workshop.documents.common import logo_block, resources, style_for
from workshop.documents.handout import default_handout
from workshop.documents.key_points import key_points
from workshop.documents.night_sheet import night_sheet
from workshop.figures import figure_shown
from workshop.i18n import format_clock, format_minutes, phrases, word
from workshop.model import Resource, SlideBase
from workshop.notes_text import Paragraph, Run, parse_notes
from workshop.plan import PlannedSlide, SlidePlan
from workshop.prepare import PreparedDeck
from workshop.schedule import (
    Schedule,
    booking_note,
    minutes_span,
    optional_note,
    schedule,
    slot_note,
    whole_minutes,
)
from workshop.slide_types.kind import Showing
from workshop.slide_types.registry import slide_type

clock = format_clock  # minutes since the start, as m:ss: the parts' lengths read alike


def agenda_table(plan_of_time: Schedule, language: str) -> Table:
    """Return the guide's agenda: each part's minutes and the clock it starts at, a second
    clock for a run without the optional slides (when there are any), the questions after
    the slides (when planned), and the totals."""
    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    short = bool(plan_of_time.optional)
    rows = []
    for part in plan_of_time.parts:
        row = [str(part.number or ""), part.title,
               plan_of_time.span(part.minutes, part.short_minutes), clock(part.starts)]
        rows.append((*row, clock(part.short_starts)) if short else tuple(row))
    total = ["", w("total"), plan_of_time.total, clock(plan_of_time.minutes)]
    rows.append((*total, clock(plan_of_time.short_minutes)) if short else tuple(total))
    if plan_of_time.questions is not None:
        least, most = plan_of_time.questions
        row = ["", w("questions_row"), plan_of_time.span(most, least),
               clock(plan_of_time.minutes)]
        rows.append((*row, clock(plan_of_time.short_minutes)) if short else tuple(row))
    if plan_of_time.evening is not None:
        least, most = plan_of_time.evening
        evening = ["", w("evening_total"), plan_of_time.span(most, least), ""]
        rows.append((*evening, "") if short else tuple(evening))
    # The number and clocks are short, a range of minutes ("53:30 to 60:00") and the last
    # heading want their own line; the part's title takes the rest of the line.
    if short:
        return Table(("#", w("part"), w("length"), w("starts"), w("starts_short")),
                     tuple(rows), widths=(0.35, 2.25, 1.4, 1.0, 1.5))
    return Table(("#", w("part"), w("length"), w("starts")), tuple(rows),
                 widths=(0.35, 3.55, 1.4, 1.2))


PICTURE_COLUMN = 3.0  # inches: a slide's picture beside what it shows, on a 6.5-inch line
PICTURE_WIDTH = 2.8  # inches: the picture inside its column, clear of the cell's padding
POINTS_WIDTH = 3.5  # inches: the column of the slide's timing and points beside it
COVER_PICTURE = 4.2  # inches: the title slide on the cover, with the evening's form under it


def facilitator_guide(prepared: PreparedDeck, plan: SlidePlan,
                      pictures: Sequence[bytes] | None = None) -> Document:
    """Return the facilitator guide of a prepared deck, its slides numbered and titled as
    `plan` (the deck's own slide plan) has them. `pictures` are the slides as rendered (a
    PNG each, in order), shown beside each slide's points; None for a format that shows
    none; empty when they could not be rendered, which the guide then says."""
    deck, language = prepared.deck, prepared.deck.language

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    event = deck.event
    plan_of_time = schedule(deck, w("opening"))
    cover_lines = [x for x in (deck.subtitle, event.organization,
                               " · ".join(x for x in (event.date, event.place) if x),
                               w("presented_by", presenter=event.presenter)
                               if event.presenter else None,
                               w('facts_checked', date=deck.facts_checked)
                               if deck.facts_checked else None) if x]
    logo = logo_block(prepared)
    cover_picture = Picture(pictures[0], "png", w("slide_picture", number=1), COVER_PICTURE,
                            framed=True) if pictures else None
    # The evening's details as a form: what the event gives, filled in; the rest left to
    # write in by hand on the printed cover.
    form = Table((w("cover_form"), ""), tuple(
        (w(f"form_{key}"), getattr(event, key) or "")
        for key in ("organization", "date", "place", "presenter", "support_person")),
        widths=(1.8, 4.7))
    blocks: list = [Cover(deck.title, tuple(cover_lines), logo[0] if logo else None,
                          kicker=w("guide_title"), picture=cover_picture, form=form),
                    Contents(w("contents"))]

    blocks.extend(night_sheet(prepared, plan, plan_of_time))
    blocks.append(PageBreak())
    blocks.append(Heading(2, w("guide_agenda")))
    booking = booking_note(plan_of_time, deck.duration, language)
    if booking:  # how long to book the room: the evening's time, not the cover's
        blocks.append(Text(plain(booking)))
    blocks.append(agenda_table(plan_of_time, language))
    if plan_of_time.optional:
        blocks.append(Text(plain(optional_note(plan_of_time, language))))
    cut = slot_note(plan_of_time, deck.duration, language)
    if cut:
        blocks.append(Text(plain(cut)))

    before = list(phrases(language, "before_you_present"))
    dated = _slides_with_figures(plan)
    if dated:  # where the figures to check are: the slides, by number and title
        listed = ", ".join(f"{s.number} ({s.title})" for s in dated)
        before.insert(1, w("before_figures" if len(dated) > 1 else "before_figure",
                           slides=listed))
    if plan_of_time.questions is not None:
        least, most = plan_of_time.questions
        before.append(w("before_questions", questions=minutes_span(least, most),
                        minutes=format_minutes(whole_minutes(plan_of_time.minutes))))
    # A chapter of its own (the contents list it), its checks boxed.
    blocks.append(Heading(2, w("before_title")))
    blocks.append(Box((Bullets(tuple(plain(t) for t in before), checklist=True),)))
    blocks.append(Heading(2, w("preparation")))
    blocks.append(Bullets(tuple(plain(t) for t in phrases(language, "prep_room")),
                          checklist=True))
    support = deck.event.support_person or w("blank")
    blocks.append(Bullets(tuple(plain(t.format(support_person=support))
                                for t in phrases(language, "prep_contacts")), checklist=True))

    blocks.append(Heading(2, w("disclosure_title")))
    blocks.append(Bullets(tuple(plain(t) for t in phrases(language, "disclosure"))))
    blocks.append(Heading(2, w("after_title")))
    blocks.append(Bullets(tuple(plain(t) for t in phrases(language, "after_night")),
                          checklist=True))

    blocks.append(PageBreak())
    blocks.append(Heading(2, w("slides")))
    if pictures is not None and len(pictures) != len(plan.slides):
        blocks.append(Text(plain(w("no_pictures")), direction=True))
        pictures = None
    columns = tuple(w("figure_columns").split("|"))
    elapsed = 0.0
    for planned in plan.slides:
        script = planned.script
        key = "header_heading" if planned.kind == "section" else "slide_heading"
        optional = isinstance(script, SlideBase) and script.optional
        heading = w(key, number=planned.number, title=planned.title)
        blocks.append(Heading(3, f"{heading} ({w('optional')})" if optional else heading))
        shown: list = []  # what the slide shows: its timing, points and source
        if script.minutes:
            timing = w("slide_timing", minutes=format_clock(script.minutes),
                       start=clock(elapsed))
            if optional:
                timing += f" · {w('skip_when_short')}"
            shown.append(Text(Paragraph((Run(timing, italic=True),)), keep_with_next=True))
            elapsed += script.minutes
        points = (key_points(planned, Showing(deck, columns)) if planned.kind == "content"
                  else [])
        if points:  # what the slide shows stays together, on one page where it fits
            shown.append(Heading(4, w("key_points")))
            shown.extend(replace(b, keep_with_next=True) if isinstance(b, Text | Bullets)
                         and n < len(points) - 1 else b for n, b in enumerate(points))
        source = deck.attribution(script) if isinstance(script, SlideBase) else None
        if source:
            shown.append(Text(Paragraph((Run(w("source", source=source), italic=True),))))
        if pictures is None:
            blocks.extend(shown)
        else:  # the slide as the room sees it, with what it shows beside it
            picture = Picture(pictures[planned.number - 1], "png",
                              w("slide_picture", number=planned.number), PICTURE_WIDTH,
                              framed=True)
            # a column holds text and lists; a figure's table or two sides of a comparison
            # need the page's width, under the picture
            simple = [isinstance(b, Heading | Text | Bullets) for b in shown]
            beside = tuple(b for b, fits in zip(shown, simple, strict=True) if fits)
            blocks.append(Columns(((picture,), beside), (PICTURE_COLUMN, POINTS_WIDTH)))
            blocks.extend(b for b, fits in zip(shown, simple, strict=True) if not fits)
        if script.notes:
            blocks.append(Heading(4, w("script")))
            for paragraph in parse_notes(script.notes):
                directed = all(run.italic for run in paragraph.runs)
                if paragraph.bullet:
                    blocks.append(Bullets((paragraph,)))
                else:
                    blocks.append(Text(paragraph, direction=directed))
        prompts = script.prompts if isinstance(script, SlideBase) else []
        # A type whose prompts are its content has them under "on the slide" already.
        if prompts and not slide_type(script).prompts_are_content:
            blocks.append(Heading(4, w("prompts")))
            blocks.append(Bullets(tuple(plain(p) for p in prompts)))

    blocks.append(PageBreak())
    blocks.append(Heading(2, w("resources")))
    handout = deck.handout or default_handout(language)
    # The handout's numbers set large come first, as paper's own lines (911 among them).
    large = [Resource(name=n.name, detail=f"{n.number}, {n.detail}" if n.detail else n.number)
             for n in handout.key_numbers]
    blocks.append(resources(prepared, [*large, *handout.resources]))
    blocks.extend(reference_blocks(prepared))
    title = f"{w('guide_title')}: {deck.title}"
    # a middle dot in the running header (a title with a colon of its own reads "a: b: c"),
    # between en spaces: with word spaces, at the header's size, it read as a hyphen
    return Document(title, deck.lang_tag, blocks, style_for(prepared, 11),
                    running_header=f"{w('guide_title')}\u2002\u00b7\u2002{deck.title}",
                    page_numbers=True)


def reference_blocks(prepared: PreparedDeck) -> list:
    """Return the deck's glossary and frequent questions as headed lists, or nothing."""
    reference, language = prepared.deck.reference, prepared.deck.language
    if reference is None:
        return []
    blocks: list = []
    if reference.glossary:  # after the short list of resources, on its page
        blocks += [Heading(2, word(language, "glossary"))]
        blocks.append(Bullets(tuple(Paragraph((Run(f"{t.term}: ", bold=True), Run(t.meaning)))
                                    for t in reference.glossary)))
    if reference.questions:
        blocks += [PageBreak(), *_quick_answers(prepared),
                   Heading(2, word(language, "questions")),
                   Text(plain(word(language, "questions_note")), direction=True)]
        for item in reference.questions:
            blocks.append(Heading(4, item.question))
            blocks.append(Text(plain(item.answer)))
    if reference.sources:
        blocks += [PageBreak(), Heading(2, word(language, "sources_title"))]
        if word(language, "sources_note"):  # what a reader of another language should know
            blocks.append(Text(plain(word(language, "sources_note")), direction=True))
        blocks.append(Bullets(tuple(Paragraph((Run(f"{_label(c.source)}: ", bold=True),
                                               Run(f"{c.title}. {c.where}")))
                                    for c in reference.sources)))
    return blocks


def _label(source: str) -> str:
    """Return a source's label as it starts a line of the list: capitalized ("Blog del
    NCMEC, 2025", which a slide credits mid-line as "Fuente: blog del NCMEC"), unless it is a
    web address (takeitdown.ncmec.org)."""
    first = source.split(" ", 1)[0]
    return source if "." in first else source[:1].upper() + source[1:]


def _quick_answers(prepared: PreparedDeck) -> list:
    """Return the questions that have a quick answer, as a headed list before the full
    answers (a facilitator answers a question from the room in a sentence or two: a full
    answer is for reading beforehand), or nothing when none has one."""
    deck = prepared.deck
    quick = [q for q in deck.reference.questions if q.quick] if deck.reference else []
    if not quick:
        return []
    language = deck.language
    return [Heading(2, word(language, "quick_answers")),
            Text(plain(word(language, "quick_answers_note")), direction=True),
            Bullets(tuple(Paragraph((Run(f"{q.question} ", bold=True), Run(q.quick or "")))
                          for q in quick)),
            PageBreak()]


def _slides_with_figures(plan: SlidePlan) -> list[PlannedSlide]:
    """Return the planned slides that show a figure (a statistic's, or a count or share in
    their text), the first part of a split slide only."""
    found, seen = [], set()
    for planned in plan.slides:
        origin = tuple(planned.origin)
        if (isinstance(planned.content, SlideBase) and origin not in seen
                and figure_shown(planned.content)):
            found.append(planned)
        seen.add(origin)
    return found
