"""The facilitator guide: agenda with a running clock, every slide's points, script and
prompts, the disclosure note, resources, and a preparation checklist."""

from __future__ import annotations

from workshop.documents import Bullets, Document, Heading, Table, Text, plain
from workshop.documents.common import event_line, logo_block, resources, style_for
from workshop.documents.key_points import key_points
from workshop.i18n import format_minutes, phrases, word
from workshop.notes_text import Paragraph, Run, parse_notes
from workshop.prepare import PreparedDeck


def clock(minutes: float) -> str:
    """Return minutes since the start as h:mm."""
    whole = round(minutes)
    return f"{whole // 60}:{whole % 60:02d}"


def facilitator_guide(prepared: PreparedDeck) -> Document:
    """Return the facilitator guide of a prepared deck."""
    deck, language = prepared.deck, prepared.deck.language

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    blocks: list = [*logo_block(prepared), Heading(1, f"{w('guide_title')}: {deck.title}")]
    if deck.subtitle:
        blocks.append(Text(plain(deck.subtitle)))
    if event_line(prepared):
        blocks.append(Text(plain(event_line(prepared))))

    blocks.append(Heading(2, w("guide_agenda")))
    rows, elapsed = [], 0.0
    for number, section in enumerate(deck.sections, start=1):
        minutes = sum(s.minutes or 0 for s in section.slides)
        rows.append((str(number), section.title, format_minutes(minutes), clock(elapsed)))
        elapsed += minutes
    rows.append(("", w("total"), format_minutes(elapsed), clock(elapsed)))
    blocks.append(Table(("#", w("part"), "min", w("starts")), tuple(rows)))

    blocks.append(Heading(2, w("preparation")))
    blocks.append(Bullets(tuple(plain(t) for t in phrases(language, "prep_room")),
                          checklist=True))
    blocks.append(Bullets(tuple(plain(t) for t in phrases(language, "prep_contacts")),
                          checklist=True))

    blocks.append(Heading(2, w("disclosure_title")))
    blocks.append(Bullets(tuple(plain(t) for t in phrases(language, "disclosure"))))

    blocks.append(Heading(2, w("slides")))
    number = 1 + int(deck.agenda)  # the title slide and the agenda come first
    elapsed = 0.0
    for section in deck.sections:
        number += 1
        for slide in section.slides:
            number += 1
            heading = w("slide_heading", number=number, title=slide.title)
            blocks.append(Heading(3, heading))
            if slide.minutes:
                timing = w("slide_timing", minutes=format_minutes(slide.minutes),
                           start=clock(elapsed))
                blocks.append(Text(Paragraph((Run(timing, italic=True),))))
                elapsed += slide.minutes
            points = key_points(slide)
            if points:
                blocks.append(Heading(4, w("key_points")))
                blocks.append(Bullets(tuple(plain(p) for p in points)))
            if slide.notes:
                blocks.append(Heading(4, w("script")))
                for paragraph in parse_notes(slide.notes):
                    directed = all(run.italic for run in paragraph.runs)
                    if paragraph.bullet:
                        blocks.append(Bullets((paragraph,)))
                    else:
                        blocks.append(Text(paragraph, direction=directed))
            if slide.prompts:
                blocks.append(Heading(4, w("prompts")))
                blocks.append(Bullets(tuple(plain(p) for p in slide.prompts)))

    blocks.append(Heading(2, w("resources")))
    blocks.append(resources(prepared))
    return Document(f"{w('guide_title')}: {deck.title}", deck.lang_tag, blocks,
                    style_for(prepared, 11))
