"""Whether a slide's content fits one slide, told before any slide is written.

A crowded list is split, and a resources slide with many local contacts is shown on two,
when its text would not fit its body even shrunk to the 18 pt floor: each type that may be
split says how in its own module (`SlideType.parts`), asking `Measure` (a
slide_types.planning.Planner). That depends on the template's layout (the body's box, the
sizes and insets it passes on) and the deck's fonts, so it is measured here as the writer
will set it: the layout and master read from the template's XML, the list set on a body of
the layout's own placeholder (see slide_types.lists), and the text measured with the fit
model (ooxml.fit). Nothing here opens a presentation with python-pptx or writes a slide.
"""

from __future__ import annotations

import functools
from pathlib import Path

from workshop.files import file_digest
from workshop.metrics import layout_engine
from workshop.model import Deck, SlideBase
from workshop.noted import Noted
from workshop.ooxml.elements import (
    add_slide_placeholder,
    find_placeholder,
    set_box,
)
from workshop.ooxml.fit import (
    Fit,
    Inheritance,
    Lineage,
    ShapeText,
    first_line_middles,
    fits_when_shrunk,
    lone_last_words,
    measure,
)
from workshop.ooxml.namespaces import Element
from workshop.ooxml.package_view import PackageView
from workshop.ooxml.shapes import part_name, shape_tree, slide_size
from workshop.ooxml.theme import read_schemes
from workshop.prepare import PreparedDeck
from workshop.session import Cache
from workshop.slide_types import band as band_room
from workshop.slide_types import lists
from workshop.slide_types.planning import Parts
from workshop.slide_types.registry import BY_KEY, slide_type
from workshop.theme import DEFAULT_TEMPLATE
from workshop.theme import geometry as g
from workshop.theme.layout_roles import choose_layout, placeholders
from workshop.theme.palette import DEFAULT_LOOK, LOOKS, deck_fonts


class Template:
    """A template's slide size, master, layouts (by name, as python-pptx lists them), fonts'
    scheme, read from its XML."""

    def __init__(self, data: bytes):
        view = PackageView(data)
        self.size = slide_size(view.xml("ppt/presentation.xml"))
        master = view.first_master()
        self.master = view.xml(master)
        self.layouts = {}
        for name in view.layouts(master):
            root = view.xml(name)
            self.layouts[part_name(root)] = root
        _, self.heading_font, self.body_font = read_schemes(view.read(
            view.related(master, "theme")))


def _read_template(path: str, digest: str | None) -> Template:
    return Template(Path(path).read_bytes())


# A template read once a session, by its bytes' digest: a season plans every deck on one.
_read = Cache("templates read for the slide plan", 16).remembered(_read_template)
# A slide's parts, and whether its list fits as set, by what it is planned from (see
# Measure.context and Measure.parts): a season plans the same lists for every event.
_PARTS = Cache("planned lists by content", 4_000)


class Measure:
    """The layouts and fonts a deck's slides will be written with, and what fits on them."""

    def __init__(self, prepared: PreparedDeck):
        self.prepared = prepared
        # The deck's fields, noted as a type's parts reads them (see parts).
        self.inputs = Noted(prepared.deck)
        brand = prepared.brand
        own = brand.template if brand is not None else None
        self.organization_template = own is not None
        path = own or DEFAULT_TEMPLATE
        digest = file_digest(path)
        self.template = _read(str(path), digest)
        width, height = self.template.size
        self.scale = (width / g.SLIDE_WIDTH, height / g.SLIDE_HEIGHT)
        # The fonts the writer's branded template will name (see palette.deck_fonts).
        look = (LOOKS[prepared.look]
                if not self.organization_template and prepared.look != DEFAULT_LOOK else None)
        heading, body = deck_fonts((self.template.heading_font, self.template.body_font), look,
                                   brand.brand.fonts if brand is not None else None)
        self.heading_font, self.body_font = heading, body
        self.inheritance = Inheritance()
        self.slots: dict[str, tuple[Lineage, dict[str, int]]] = {}
        # What a list's planning depends on beyond the list itself: the template as read,
        # the kit's layout names, the fonts and the text layout engine.
        mapping = brand.brand.layouts if brand is not None and self.organization_template else {}
        self.context = (digest, self.organization_template,
                        tuple(sorted(mapping.items())), heading, body, layout_engine())

    def box(self, box: g.Box) -> g.Box:
        """Return `box`, given in the default template's coordinates, on this template."""
        return g.scaled(box, self.scale)

    def content_bottom(self, content: SlideBase) -> int:
        """Return where drawn content must stop (see slide_types.band.content_bottom)."""
        return band_room.content_bottom(content)

    @property
    def deck(self) -> Deck:
        """Return the deck; while a type plans a slide, one that notes each field read."""
        return self.inputs.view()

    def parts(self, content: SlideBase) -> Parts:
        """Return how `content` is shown (see its type's `parts`): on one slide, or on the
        slides listed when one cannot hold it. Planned once a session for the same content,
        template and fonts, and the same deck fields the type read planning it (a season
        plans the same lists for every event; the local contacts' slide, by the event's)."""
        kind = slide_type(content)
        if kind.parts is None:
            return Parts()
        key = (*self.context, kind.key, content.model_dump_json())
        found = _PARTS.get(key)
        if found is None or not self.inputs.same(found[1]):
            self.inputs.start()
            shown = kind.parts(self, content)
            found = _PARTS.keep(key, (shown, self.inputs.values(self.inputs.stop())))
        return found[0]

    # -- a slide's body, set as the writer sets it ----------------------------------------

    def body(self, key: str, content: SlideBase, tree: Element) -> Element:
        """Return a new slide's body placeholder on layout `key`, in `tree`, as python-pptx
        makes it from the layout, its box given the prompt band's room as the writer gives
        it."""
        lineage, roles = self.slot(key)
        body = add_slide_placeholder(tree, find_placeholder(shape_tree(lineage.layout),
                                                            roles["body"]))
        self.give_band_room(key, content, body)
        return body

    def give_band_room(self, key: str, content: SlideBase, body: Element) -> None:
        """Give the body the room the prompt band leaves it, as the writer gives it (see
        slide_types.band)."""
        _, roles = self.slot(key)
        moved = band_room.room(g.Box(*self.inherited(body, key).xfrm()),
                               band_room.asks(content), "prompt" in roles, self.scale[1])
        if moved is not None:
            set_box(body, moved)

    def slot(self, key: str) -> tuple[Lineage, dict[str, int]]:
        """Return the layout a slide of type `key` is made on, with its master, and the
        placeholder of each role, as the writer finds them (theme.layouts)."""
        found = self.slots.get(key)
        if found is None:
            layouts = self.template.layouts
            kind = BY_KEY[key]
            if self.organization_template:
                mapping = self.prepared.brand.brand.layouts if self.prepared.brand else {}
                name, roles = choose_layout(kind, mapping, layouts, lambda name: placeholders(
                    layouts[name], self.template.master), self.template.size)
                layout = layouts[name]
            else:
                layout, roles = layouts[kind.layout_name], dict(kind.roles)
            found = self.slots[key] = (Lineage(layout, self.template.master,
                                               (self.context[0], part_name(layout))), roles)
        return found

    # -- measuring ------------------------------------------------------------------------

    def surface(self, tree: Element, body: Element, key: str) -> lists.Surface:
        """Return `body`, on a slide of layout `key` whose shapes are `tree`, as a surface
        a list is set on (as the writer's, measured without its caches)."""
        return lists.Surface(tree, body, lambda: self.inherited(body, key),
                             functools.partial(self.measured, body, key),
                             functools.partial(self.middles, body, key),
                             functools.partial(self.widows, body, key), self.body_font)

    def inherited(self, element: Element, key: str):
        """Return what `element`, on a slide of layout `key`, inherits from its layout and
        master."""
        return self.inheritance.chain(element, self.slot(key)[0])

    def measured(self, body: Element, key: str) -> Fit:
        """Return how the text of `body`, on layout `key`, fits its box as it is now."""
        return measure(body, self.inherited(body, key), self.heading_font, self.body_font)

    def middles(self, body: Element, key: str) -> list[float | None]:
        """Return where the first line of each paragraph of `body` sits, as laid out now."""
        return first_line_middles(body, self.inherited(body, key), self.heading_font,
                                  self.body_font)

    def widows(self, body: Element, key: str) -> int:
        """Return how many paragraphs of `body` end on a line of one word."""
        return lone_last_words(body, self.inherited(body, key), self.heading_font,
                               self.body_font)

    def fits_at_floor(self, body: Element, key: str) -> bool:
        """Return True when the body fits, shrunk if need be, with none of its text below the
        18 pt floor (sub-points, set smaller, reach it first)."""
        return fits_when_shrunk(body, self.inherited(body, key), self.heading_font,
                                self.body_font, ShapeText(body))
