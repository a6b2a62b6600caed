"""The PowerPoint writer: a prepared deck onto the template's layouts, with notes and numbers."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import Slide

from workshop import compat
from workshop.i18n import format_duration, word
from workshop.images import Image
from workshop.metrics import layout_engine
from workshop.model import (
    Chart,
    Deck,
    Scripted,
    SlideBase,
)
from workshop.noted import Noted
from workshop.notes_text import Paragraph, Run, parse_notes
from workshop.ooxml import elements
from workshop.ooxml.fit import (
    FLOOR_PT,
    Fit,
    Inheritance,
    Lineage,
    ShapeText,
    first_line_middles,
    lone_last_words,
    measure,
    raise_to_floor,
    shrink_to_fit,
)
from workshop.ooxml.namespaces import Element
from workshop.ooxml.rag import balance_lines, keep_company
from workshop.ooxml.settled import lineage_digest, settle
from workshop.ooxml.shapes import (
    own_text_body,
    shape_name,
    shape_tree,
    text_shapes,
)
from workshop.ooxml.text import (
    body_text,
    fill,
    has_text,
    scale_hanging,
    text_body,
)
from workshop.ooxml.theme import read_schemes
from workshop.package import build_time, write_zip
from workshop.plan import Notice, PlannedSlide
from workshop.plan.stage import DeckPlan, plan_deck
from workshop.prepare import PreparedDeck
from workshop.slide_types import band as band_room
from workshop.slide_types import drawing, lists
from workshop.slide_types.kind import SlideType
from workshop.slide_types.registry import BY_KEY, TYPES, slide_type
from workshop.theme import DEFAULT_TEMPLATE
from workshop.theme import geometry as g
from workshop.theme.layouts import default_slots, template_slots
from workshop.theme.palette import DEFAULT_LOOK, LOOKS
from workshop.writers import pptx_charts, pptx_copier, pptx_footer, pptx_parts, pptx_replay
from workshop.writers.pptx_template import branded_copy

R = TypeVar("R")


@dataclass(frozen=True)
class WrittenDeck:
    """The .pptx bytes and what the writer had to change on the way."""

    data: bytes
    notices: list[Notice]
    slides: int  # how many slides the deck has (its plan's)
    entries: dict[str, bytes] | None = None  # the package's members, unzipped, for the checks


# A slide's content but for the scripts it holds (its own, and a divider's section's slides'):
# what its drawing is made from (its notes are kept by their script: see pptx_replay).
_SCRIPTS = {"notes": True, "slides": {"__all__": {"notes"}}}


class _DeckWriter:
    """Adds the slides of one deck to a presentation opened from the template."""

    def __init__(self, prepared: PreparedDeck, template: Path, planned: DeckPlan, *,
                 organization_template: bool):
        self.prepared = prepared
        # The deck's inputs, each noted with its value as a type reads it drawing a slide
        # (see `deck` and pptx_replay): its fields and the kit's and event's extras.
        self.inputs = Noted(prepared.deck, self.input_value)
        # Each image slide's picture, as an input by its name (its place in the outline).
        self.pictures = {_picture_input(i, j): image
                         for (i, j), image in prepared.images.items()}
        self.brand = prepared.brand.brand if prepared.brand else None
        # Our own template wears the look (the calm one is its own); an organization's keeps
        # its theme.
        plain = organization_template or prepared.look == DEFAULT_LOOK
        look = None if plain else LOOKS[prepared.look]
        self.prs, self.template_token = branded_copy(template, prepared.brand, look)
        layouts = {layout.name: layout for layout in self.prs.slide_layouts}
        self.organization_template = organization_template
        if organization_template:
            mapping = self.brand.layouts if self.brand else {}
            self.slots = template_slots(layouts, mapping, TYPES)[0]
        else:
            self.slots = default_slots(layouts, TYPES)
        # Drawn content is placed in the default template's coordinates, scaled to this one's.
        self.scale = (self.prs.slide_width / g.SLIDE_WIDTH, self.prs.slide_height / g.SLIDE_HEIGHT)
        self.planned = planned
        self.plan = planned.slides  # every slide, as the deck will have it
        self.current: PlannedSlide | None = None  # the slide being written
        self.notices: list[Notice] = []
        self.copier = pptx_copier.SlideCopier(self.prs)
        self.inheritance = Inheritance()
        self.lineages: dict[object, Lineage] = {}
        self.layout_parts: dict[object, object] = {}  # slide part -> its layout's part
        self.type_of: dict[object, str] = {}  # slide part -> the key of the type it is made as
        self.lineage_digests: dict[object, bytes] = {}  # layout part -> settled's digest
        # the text boxes of the slide in hand whose last words keep company (True: and whose
        # lines are evened), as its placeholders' do: see tidy
        self.company: dict[Element, bool] = {}
        self.fitting: set = set()  # text shapes of the slide in hand the plan found fit
        self.more_notes: list[Paragraph] = []  # said in the notes of the slide in hand
        self.kit_said: set[tuple[str, str]] = set()  # findings said once, at a kit's field
        theme = self.prs.slide_masters[0].part.part_related_by(RT.THEME)
        self.colors, self.heading_font, self.body_font = read_schemes(theme.blob)
        self.row = pptx_footer.BottomRow(self.brand.footer if self.brand else None,
                                         self.body_font, self.scale, self.words,
                                         self.keep_company)

    @property
    def deck(self) -> Deck:
        """Return the deck; while a type draws a slide, as the type reads it: each field it
        reads noted (see noted.Noted), so that a copy of the slide is made only for a deck
        whose fields it read are the same."""
        return self.inputs.view()

    @property
    def feedback_link(self) -> str | None:
        """Return the event's (else the kit's) feedback link, in full."""
        return self.inputs.read("feedback_link")

    @property
    def data_grey(self) -> float:
        """Return the look's tint for data not highlighted (a pictogram's other people), which
        an organization's template, keeping its own theme, does not carry."""
        return self.inputs.read("data_grey")

    @property
    def has_logo(self) -> bool:
        """Return True when the kit has a logo (drawn on the title slide's light field)."""
        return self.inputs.read("has_logo")

    def contact_line(self) -> str:
        """Return the kit's contact and website as one line, or an empty string."""
        return self.inputs.read("contact_line")

    def image(self) -> Image:
        """Return the picture file of the image slide being written."""
        name = _picture_input(self.current.origin[1], self.current.origin[3])
        self.inputs.read(name)
        return self.pictures[name]

    def input_value(self, name: str) -> Any:
        """Return the value of the input `name` beyond the deck's fields (see noted.Noted):
        the feedback link, the look's grey for data, whether the kit has a logo, its contact
        line, or a digest of an image slide's picture ("picture of sections[2].slides[0]")."""
        brand = self.brand
        if name == "feedback_link":
            return self.prepared.feedback_link
        if name == "data_grey":
            return LOOKS[self.prepared.look].data_grey_tint
        if name == "has_logo":
            return self.prepared.brand is not None and self.prepared.brand.logo is not None
        if name == "contact_line":
            return ("" if brand is None else
                    " · ".join(x for x in (brand.contact, brand.website) if x))
        if name in self.pictures:
            return hashlib.sha256(self.pictures[name].data).hexdigest()
        raise KeyError(name)

    def words(self, key: str, **values: object) -> str:
        """Return the deck's language's words for `key`, with `values` filled in."""
        return word(self.deck.language, key, **values)

    def box(self, box: g.Box) -> g.Box:
        """Return `box`, given in the default template's coordinates, on this template."""
        return g.scaled(box, self.scale)

    def slot(self, slide: Slide, role: str):
        """Return the element of the slide's placeholder for `role` (as its type's layout
        gives the role), or None."""
        idx = self.slots[self.type_of[slide.part]].roles.get(role)
        return None if idx is None else elements.find_placeholder(shape_tree(slide.element), idx)

    def write(self) -> WrittenDeck:
        """Return the finished .pptx bytes and the notices of what was changed to fit."""
        split = {notice.path: notice for notice in self.planned.notices}
        for planned in self.plan.slides:
            if planned.part is not None and planned.part[0] == 1 and planned.origin in split:
                self.notices.append(split[planned.origin])  # said where the plan split it
            self.write_slide(planned)
        self.footer_notice()
        for kind in TYPES:  # what a type keeps alike across the deck's slides of it
            if kind.finish_deck is not None:
                kind.finish_deck(self, [(planned.content, slide) for planned, slide
                                        in zip(self.plan.slides, self.prs.slides, strict=True)
                                        if planned.kind == "content"
                                        and slide_type(planned.content) is kind])
        pptx_parts.list_notes_master(self.prs)
        if self.organization_template:  # our layouts shrink overflowing text; another's may not
            for slide in self.prs.slides:
                for placeholder in slide.placeholders:
                    elements.set_autofit(placeholder.element)
        self.properties()
        entries = dict(pptx_parts.package_entries(self.prs.part.package))
        data = write_zip(entries.items())
        return WrittenDeck(data, self.notices, len(self.plan.slides), entries)

    def write_slide(self, planned: PlannedSlide) -> None:
        """Write the planned slide, drawn by its type's `write` on its layout: copied from a
        slide finished before for the same content, where its type allows and one was; else
        made, and kept for the next deck. An outline's slide (or a part of one) gets its
        prompt band first, and its footer and fitting after; every slide its notes."""
        outline = planned.kind == "content"
        kind = slide_type(planned.content) if outline else BY_KEY[planned.kind]
        replay_key = self.replay_key(planned, kind)
        if replay_key is not None and self.replayed(replay_key, planned, kind.key):
            return
        slide = self.new_slide(planned, kind.key, numbered=planned.kind != "title")
        made_from = len(self.notices), self.row.too_long
        if outline:
            band_room.show(self, slide, planned.content)  # first: it settles the content's room
        self.inputs.start()
        kind.write(self, slide, planned.content)
        reads = self.inputs.stop()
        if outline:
            self.footer(slide, planned.content)
        more_notes, self.more_notes = self.more_notes, []
        self.notes(slide, planned.script, self.continued_notes() + more_notes)
        if outline:
            self.fit(slide, planned.origin)
            self.fitting.clear()
            band_room.under_list(self, slide, planned.content)
        self.tidy(slide)
        if replay_key is not None:
            self.remember(replay_key, planned, slide, reads, *made_from, more_notes)

    def add_to_notes(self, paragraphs: list[Paragraph]) -> None:
        """Add `paragraphs` to the notes of the slide being written, after its script."""
        self.more_notes.extend(paragraphs)

    def continued_notes(self) -> list[Paragraph]:
        """Return, for a later part of a split slide, where its script is; else nothing."""
        script_on = self.current.script_on
        if script_on is None:
            return []
        return [Paragraph((Run(self.words("continued_notes", slide=script_on), italic=True),))]

    def row_middles(self, slide: Slide, body: Element) -> list[float | None]:
        """Return where the first line of each paragraph of `body` sits, as laid out now."""
        return first_line_middles(body, self.inherited(slide, body), self.heading_font,
                                  self.body_font)

    # -- slides made before, in this session ------------------------------------------------

    def replay_key(self, planned: PlannedSlide, kind: SlideType) -> tuple | None:
        """Return what the `planned` slide, of type `kind`, is made from besides what its
        type reads of the deck while drawing it (noted then: see deck): its deck's context,
        its place in the deck and in the outline (its findings are said at that line), its
        attribution and its content but for the scripts it holds (see pptx_replay: its notes
        page is kept by its script); or None for a part of a split slide, and a slide of a
        type that does not opt in to replay."""
        if not kind.replay or planned.part is not None:
            return None
        shown = planned.content if planned.kind == "content" else None
        return (*self.replay_context(),
                self.deck.attribution(shown) if shown is not None else None, kind.key,
                type(planned.content).__name__, planned.number, planned.title, planned.origin,
                planned.script.model_dump_json(exclude=_SCRIPTS))

    def replay_context(self) -> tuple:
        """Return what every slide of this deck is made with: the template as branded, the
        language, the kit's footer, and the text layout engine its fit is measured with."""
        return (self.template_token, self.organization_template, self.deck.lang_tag,
                self.brand.footer if self.brand is not None else None, layout_engine())

    def replayed(self, key: tuple, planned: PlannedSlide, layout_key: str) -> bool:
        """Add the `planned` slide as a copy of the one finished before under `key` (on our
        layout `layout_key`), with the notices its making gave, and its notes page: the one
        kept for the same script, else written now; return False when there is no such
        slide."""
        finished = pptx_replay.finished(key, self.inputs.same)
        if finished is None:
            return False
        self.current = planned
        layout = self.slots[layout_key].layout
        slide = self.on_layout(self.copier.add_copy(layout, finished.slide), layout_key)
        self.notices.extend(finished.notices)
        if finished.footer_fit is not None:
            self.row.too_long = finished.footer_fit[0]
        script = planned.script.notes or ""
        if not pptx_replay.replay_notes(key, finished, script, slide, self.copier.notes_slide):
            self.notes(slide, planned.script, list(finished.more_notes))
            pptx_replay.remember_notes(key, finished.reads, script, slide)
        return True

    def remember(self, key: tuple, planned: PlannedSlide, slide: Slide,
                 reads: frozenset[str], notices_before: int, footer_before: bool,
                 more_notes: list[Paragraph]) -> None:
        """Keep the `planned` slide just finished under `key`, with what its type read of the
        deck drawing it (each input with its value), the notices and footer fit its making
        gave and what it added to its notes; and its notes page, by its script."""
        footer = None if self.row.too_long == footer_before else (self.row.too_long,)
        values = self.inputs.values(reads)
        pptx_replay.remember(key, slide, values, self.notices[notices_before:], footer,
                             more_notes)
        pptx_replay.remember_notes(key, values, planned.script.notes or "", slide)

    # -- making text fit ----------------------------------------------------------------------

    def inherited(self, slide: Slide, element):
        """Return what the slide's shape `element` inherits from its layout and master."""
        return self.inheritance.chain(element, self.lineage(slide))

    def lineage(self, slide: Slide) -> Lineage:
        """Return the layout and master `slide` inherits from."""
        layout_part = self.layout_parts.get(slide.part)
        if layout_part is None:
            layout_part = self.layout_parts[slide.part] = slide.part.part_related_by(
                RT.SLIDE_LAYOUT)
        lineage = self.lineages.get(layout_part)
        if lineage is None:
            master = layout_part.part_related_by(RT.SLIDE_MASTER)
            lineage = self.lineages[layout_part] = Lineage(
                compat.xml_of(layout_part), compat.xml_of(master),
                (self.template_token, str(layout_part.partname)))
        return lineage

    def settle(self, slide: Slide, element: Element, what: str, decide: Callable[[], R]) -> R:
        """Return `decide()`, run on the slide's shape `element` (see ooxml.settled: a shape
        seen before in the same lineage and fonts gets its remembered outcome)."""
        lineage = self.lineage(slide)  # also notes the slide's layout part
        layout_part = self.layout_parts[slide.part]
        digest = self.lineage_digests.get(layout_part)
        if digest is None:
            digest = self.lineage_digests[layout_part] = lineage_digest(lineage)
        return settle(element, (what, digest, self.heading_font, self.body_font), decide)

    def measured(self, slide: Slide, element: Element) -> Fit:
        """Return how the text of the slide's shape `element` fits its box as it is now."""
        return self.settle(slide, element, "measure", lambda: measure(
            element, self.inherited(slide, element), self.heading_font, self.body_font))

    def fit(self, slide: Slide, path: tuple) -> None:
        """Shrink text that overflows its box, never below 18 pt, and say so at the outline's
        `path`."""
        for element in text_shapes(shape_tree(slide.element)):
            body = own_text_body(element)
            if body is None or not has_text(body) or elements.is_small_print(element):
                continue  # the bottom row's 12 pt is set, and kept to one line, on its own
            text = ShapeText(element)
            raised = raise_to_floor(element, self.inherited(slide, element), text)
            if element in self.fitting and not raised:
                continue  # the plan measured it as it is (a template may set < 18 pt)

            def shrink(element: Element = element, text: ShapeText = text) -> float | None:
                return shrink_to_fit(element, self.inherited(slide, element), self.heading_font,
                                     self.body_font, text)

            result = self.settle(slide, element, "fit", shrink)
            if result is None:
                continue
            name = shape_name(element)
            heading = elements.find_placeholder(shape_tree(slide.element), 0)
            number = self.current.number
            where = f"slide {number} ({body_text(text_body(heading))}), {name}"
            if result:
                # a numbered list's numbers hang as far as its text, shrunk with it
                scale_hanging(body, result / self.inherited(slide, element).size(0))
                self.notices.append(Notice(path, "O201", f"{where}: text shrunk to "
                                           f"{result:g} pt to fit", slide=number))
            else:
                self.notices.append(Notice(path, "O203", f"{where}: text overflows its box even "
                                           f"at {FLOOR_PT:g} pt; shorten it", error=True,
                                           slide=number))

    def footer_notice(self) -> None:
        """Say once, at the kit's `footer:` line, that its footer is wider than its place."""
        if self.row.too_long and self.prepared.brand is not None:
            self.notices.append(Notice((), "O203", (
                f"the kit's footer is wider than the {g.FOOTER_MOST / g.INCH:g} in the foot "
                f"of a slide gives it at {g.ROW_PT} pt; shorten it"), error=True,
                at=self.prepared.brand.position("footer")))

    # -- content layouts ------------------------------------------------------------------

    def surface(self, slide: Slide, body: Element) -> lists.Surface:
        """Return the slide's `body` as a surface a list is set on, measured through the
        writer's caches (see ooxml.settled)."""
        return lists.Surface(
            shape_tree(slide.element), body, lambda: self.inherited(slide, body),
            lambda: self.measured(slide, body), lambda: self.row_middles(slide, body),
            lambda: self.settle(slide, body, "widows", lambda: lone_last_words(
                body, self.inherited(slide, body), self.heading_font, self.body_font)),
            self.body_font)

    def fill_with_list(self, slide: Slide, body: Element, icon: str | None,
                       sizes: tuple[int, ...] = lists.LIST_SIZES,
                       anchor: str | None = "t") -> bool:
        """Set a list on the body at the largest of `sizes` that fits, spaced and anchored
        at `anchor`, beside `icon` (see slide_types.lists.fill_with_list); return False when
        none fits."""
        surface = self.surface(slide, body)
        return lists.fill_with_list(surface.tree, body, surface.box(), surface.measured, icon,
                                    sizes, anchor, surface.widows)

    # -- parts every content slide shares ---------------------------------------------------

    def new_slide(self, planned: PlannedSlide, layout_key: str, *,
                  numbered: bool = True) -> Slide:
        """Return the slide `planned` (now `current`), made on our layout `layout_key`,
        titled as planned and, when `numbered`, numbered."""
        self.current = planned
        return self._slide(layout_key, planned.title, planned.number if numbered else None)

    def _slide(self, layout_key: str, title: str, number: int | None) -> Slide:
        """Return a new slide on our layout `layout_key` with its title and, unless None, its
        number in the slide-number field."""
        slide, field = self.copier.add_slide(self.slots[layout_key].layout, number is not None)
        self.on_layout(slide, layout_key)
        heading = elements.find_placeholder(shape_tree(slide.element), 0)
        body = own_text_body(heading)
        elements.set_text(body if body is not None else text_body(heading), title)
        if field is not None:
            elements.set_field_text(field, str(number))
        return slide

    def on_layout(self, slide: Slide, layout_key: str) -> Slide:
        """Note that `slide`, just added, is on our layout `layout_key`; return it."""
        self.layout_parts[slide.part] = self.slots[layout_key].layout.part
        self.type_of[slide.part] = layout_key
        return slide

    def text_box(self, slide: Slide, box: g.Box, name: str) -> Element:
        """Return a new word-wrapping text box at `box` (default-template coordinates)."""
        added = drawing.text_box(slide, self.box(box), name)
        drawing.frame(added, wrap=True)
        elements.set_autofit(added)
        return added

    def kit_notice(self, code: str, message: str, field: str) -> None:
        """Say `message` (as finding `code`) once for the deck, at the line of the kit's
        `field`; nothing without a kit."""
        if self.prepared.brand is None or (code, field) in self.kit_said:
            return
        self.kit_said.add((code, field))
        self.notices.append(Notice((), code, message, at=self.prepared.brand.position(field)))

    def notice(self, code: str, message: str, *, error: bool = False) -> None:
        """Say `message` (as finding `code`) of the slide being written, at its outline
        place: "slide 7 (Its title): `message`"."""
        planned = self.current
        self.notices.append(Notice(planned.origin, code,
                                   f"slide {planned.number} ({planned.title}): {message}",
                                   error=error, slide=planned.number))

    def fits_as_planned(self, body: Element) -> None:
        """Leave `body` unmeasured by fit() when the plan found its list fits as set now."""
        if self.current.fits:
            self.fitting.add(body)

    def chart(self, slide: Slide, chart: Chart, area: g.Box, shown_large: str) -> None:
        """Add a native chart of `chart` in `area` (this template's coordinates), its parts
        named with the package's, in the theme's colours (see pptx_charts.add_chart)."""
        pptx_charts.add_chart(slide, chart, area, self.copier.names, self.colors,
                              self.data_grey, shown_large=shown_large)

    def content_bottom(self, content: SlideBase) -> int:
        """Return where drawn content must stop (see slide_types.band.content_bottom)."""
        return band_room.content_bottom(content)

    def footer(self, slide: Slide, content: SlideBase) -> None:
        """Write the slide's bottom row (see pptx_footer), light on a dark layout of ours (the
        closing's, whose page number is light by its layout); say when its source cannot fit."""
        kind = slide_type(content)
        dark = kind.layout.background is not None and not self.organization_template
        attribution = self.deck.attribution(content)
        if not self.row.write(slide, attribution, dark, kind.backdrops):
            number = self.current.number
            self.notices.append(Notice(self.current.origin, "O205", (
                f"slide {number}: its source '{attribution}' does not fit on one line at the "
                "foot of the slide even shortened; give it a shorter name in sources:"),
                error=True, slide=number))

    def footer_left(self) -> int | None:
        """Return where the kit's footer starts on the bottom row (slide EMU), or None."""
        return self.row.footer_left()

    def one_line_width(self, text: str) -> int:
        """Return the width a box needs to show `text` on one line at 18 pt (default
        template's EMU)."""
        return self.row.one_line_width(text)

    def notes(self, slide: Slide, content: Scripted, more: list[Paragraph] = ()) -> None:
        """Write the script, the timing (and whether the slide may be skipped), `more` and the
        slide's questions into its notes page."""
        paragraphs = parse_notes(content.notes) if content.notes else []
        if content.minutes:
            timing = self.words("timing", duration=format_duration(self.deck.language,
                                                                   content.minutes))
            if isinstance(content, SlideBase) and content.optional:
                timing += f" ({self.words('skip_when_short')})"
            paragraphs.append(Paragraph((Run(timing, italic=True),)))
        paragraphs.extend(more)
        prompts = content.prompts if isinstance(content, SlideBase) else []
        if prompts:
            paragraphs.append(Paragraph((Run(self.words("notes_prompts"), bold=True),)))
            paragraphs.extend(Paragraph((Run(f"• {prompt}"),)) for prompt in prompts)
        if paragraphs:
            notes = self.copier.notes_slide(slide)
            fill(text_body(elements.find_placeholder_of_type(shape_tree(notes.element), "body")),
                 paragraphs, whole_numbers=False)  # read, not laid out: kept as written
            elements.tag_language(notes.element, self.deck.lang_tag)

    def tidy(self, slide: Slide) -> None:
        """Remove placeholders left empty, so no 'Click to add text' shows anywhere, keep
        the last words of the text company (the text placeholders', and those of each text
        box drawn for the slide that was handed to keep_company: see
        keep_last_words_together), and tag the slide's text with the deck's language. The
        last step of every slide."""
        tree = shape_tree(slide.element)
        for element in text_shapes(tree):
            placeholder = elements.placeholder_type(element)
            body = own_text_body(element)
            if (placeholder is not None and placeholder != "pic"
                    and (body is None or not has_text(body))):
                elements.remove_shape(element)
            elif body is not None and (placeholder in _BALANCED or element in self.company):
                self.keep_last_words_together(slide, element, self.company.get(element, False))
        self.company.clear()
        elements.tag_language(slide.element, self.deck.lang_tag)  # its text is final now

    def keep_company(self, element: Element, balanced: bool = False) -> None:
        """Have the slide's last step keep the last words of the text box `element` company
        (and, `balanced`, even its lines), as it does its text placeholders'."""
        self.company[element] = balanced

    def keep_last_words_together(self, slide: Slide, element: Element,
                                 balanced: bool = False) -> None:
        """Keep every paragraph of the slide's text `element` from ending on a line of one
        word where that costs no line (a designer's rag, not a widow: see
        ooxml.rag.keep_company) and, `balanced`, even the lines of each paragraph (see
        ooxml.rag.balance_lines); decided once for a shape seen before (see settle)."""
        def decide() -> None:
            inherited = functools.partial(self.inherited, slide, element)
            fonts = self.heading_font, self.body_font
            keep_company(element, inherited, fonts)
            if balanced:
                balance_lines(element, inherited(), fonts)

        self.settle(slide, element, "balanced rag" if balanced else "rag", decide)

    def properties(self) -> None:
        props = self.prs.core_properties
        # Document properties hold at most 255 characters; the slides keep the whole text.
        props.title = self.deck.title[:255]
        props.subject = (self.deck.subtitle or "")[:255]
        props.author = (self.deck.event.organization or "workshop")[:255]
        props.last_modified_by = "workshop"
        props.keywords = self.words("keywords")
        props.language = self.deck.lang_tag
        props.revision = 1
        props.created = props.modified = build_time().replace(tzinfo=None)


# The placeholders whose last words the writer keeps company (see tidy): those of text.
_BALANCED = {"body", "subTitle", "title", "ctrTitle", "obj"}


def _picture_input(section: int, slide: int) -> str:
    """Return the name of the input that is the picture of slide `slide` of `section`."""
    return f"picture of sections[{section}].slides[{slide}]"


def write_pptx(prepared: PreparedDeck, planned: DeckPlan | None = None) -> WrittenDeck:
    """Return the .pptx bytes of `prepared`, its slides as `planned` (planned now when not
    given), built on its brand's template or the default."""
    own = prepared.brand.template if prepared.brand is not None else None
    return _DeckWriter(prepared, own or DEFAULT_TEMPLATE, planned or plan_deck(prepared),
                       organization_template=own is not None).write()
