"""The slides as a document: every slide of the deck, numbered and titled as the deck has
them, with what it shows (pictures with their alt text, charts as tables), its prompts and
source, and its speaker notes to open under it. Written as one HTML page, it is the deck
for parents who cannot open PowerPoint and for screen readers."""

from __future__ import annotations

from workshop.blocks import Block, Bullets, Details, Document, Heading, Text, plain
from workshop.documents.common import event_line, logo_block, style_for
from workshop.documents.key_points import key_points
from workshop.i18n import word
from workshop.model import SlideBase
from workshop.notes_text import Paragraph, Run, parse_notes
from workshop.plan import PlannedSlide, SlidePlan
from workshop.prepare import PreparedDeck
from workshop.slide_types.kind import Showing
from workshop.slide_types.registry import slide_type


def slides_document(prepared: PreparedDeck, plan: SlidePlan) -> Document:
    """Return the deck's slides as a document, in the order and numbering of `plan`."""
    deck, language = prepared.deck, prepared.deck.language

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    blocks: list[Block] = [*logo_block(prepared), Heading(1, deck.title),
                           Text(Paragraph((Run(w("slides_note"), italic=True),)))]
    columns = tuple(w("figure_columns").split("|"))
    for planned in plan.slides:
        blocks.append(Heading(2, w("slide_heading", number=planned.number,
                                   title=planned.title)))
        blocks.extend(_shown(prepared, planned, columns))
        content = planned.content
        if (isinstance(content, SlideBase) and content.prompts
                and not slide_type(content).prompts_are_content):  # else shown above
            blocks.append(Text(Paragraph((Run(w("ask"), bold=True),))))
            blocks.append(Bullets(tuple(plain(p) for p in content.prompts)))
        source = deck.attribution(content) if isinstance(content, SlideBase) else None
        if source:
            blocks.append(Text(Paragraph((Run(w("source", source=source), italic=True),))))
        notes = planned.script.notes
        if notes:
            blocks.append(Details(w("script"), tuple(_notes(notes))))
    return Document(f"{deck.title}: {w('slides_title')}", deck.lang_tag, blocks,
                    style_for(prepared, 12))


def _shown(prepared: PreparedDeck, planned: PlannedSlide, columns: tuple[str, ...]
           ) -> list[Block]:
    """Return what the slide shows, as blocks: its picture where it has one."""
    origin = planned.origin  # ("sections", i, "slides", j) for an outline's slide
    picture = (prepared.images.get((origin[1], origin[3]))
               if planned.kind == "content" and len(origin) >= 4 else None)
    return key_points(planned, Showing(prepared.deck, columns, event_line(prepared), picture))


def _notes(notes: str) -> list[Text | Bullets]:
    """Return speaker notes as paragraphs and lists, the facilitator's directions set apart."""
    blocks: list[Text | Bullets] = []
    for paragraph in parse_notes(notes):
        if paragraph.bullet:
            blocks.append(Bullets((paragraph,)))
        else:
            blocks.append(Text(paragraph, direction=all(r.italic for r in paragraph.runs)))
    return blocks
