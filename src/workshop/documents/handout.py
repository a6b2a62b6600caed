"""The participant handout: one to two printed pages in plain language for home."""

from __future__ import annotations

from dataclasses import replace
from importlib.resources import files

import yaml

from workshop.blocks import (
    Band,
    Box,
    Bullets,
    Columns,
    Document,
    Heading,
    NumberCard,
    NumberCards,
    Picture,
    Text,
    plain,
)
from workshop.documents.common import (
    event_line,
    labelled,
    logo_block,
    printed_resources,
    style_for,
)
from workshop.i18n import phrases, word
from workshop.images import qr_png
from workshop.links import full_url, short_link
from workshop.model import Handout
from workshop.notes_text import Paragraph, Run
from workshop.prepare import PreparedDeck
from workshop.session import Cache
from workshop.text_clean import shown_text


def qr_link(prepared: PreparedDeck) -> tuple[str, str] | None:
    """Return the link the handout's QR code opens and the i18n key of its label: the
    event's or kit's feedback link ("qr"), else the kit's website ("qr_website"); or None."""
    if prepared.feedback_link:
        return prepared.feedback_link, "qr"
    website = full_url(prepared.brand.brand.website) if prepared.brand is not None else None
    return (website, "qr_website") if website else None


def default_handout(language: str) -> Handout:
    """Return the handout text shipped for decks in `language`, for a deck without its own,
    its text made fit to show as an outline's is (typographer's quotes among the rest)."""
    return Handout.model_validate(_as_shown(_shipped_handout(language)))


def _as_shown(value: object) -> object:
    """Return a value read from YAML with every string in it as slides and documents show it."""
    if isinstance(value, str):
        return shown_text(value)
    if isinstance(value, list):
        return [_as_shown(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_shown(item) for key, item in value.items()}
    return value


def _read_shipped_handout(language: str) -> dict:
    """Return the shipped handout text of `language` as read from its YAML file."""
    text = (files("workshop") / "handouts" / f"{language}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# Read once a session: a season writes a handout per row. (Validated anew each time, so no
# caller shares the model.)
_shipped_handout = Cache("shipped handout texts by language", 8).remembered(
    _read_shipped_handout)


def participant_handout(prepared: PreparedDeck, large_print: bool = False) -> Document:
    """Return the handout of a prepared deck, a sheet for the fridge that fills a printed
    page (two at most, in large print): a title band in the brand; the numbers to save, the
    key ones large on cards, the others (local ones first) beside the QR code, its link under them;
    "if it happens" as numbered steps in a box; then what to know, what to say at home and
    what to do with someone else's image, side by side (one column in large print). Its text
    is the deck's `handout:` section, or for a deck without one the shipped text of its
    language."""
    deck, language = prepared.deck, prepared.deck.language
    handout = deck.handout or default_handout(language)

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    def section(heading: str, items: list[str]) -> tuple:
        return (Heading(2, heading), Bullets(tuple(plain(item) for item in items))) if items \
            else ()

    logo = logo_block(prepared)
    band_logo = (replace(logo[0], width_in=min(logo[0].width_in, BAND_LOGO_IN)) if logo
                 else None)
    adapted = deck.sources.get("guide")  # the guide the deck's title may be taken from
    kicker = w("handout_title") + (f" \u00b7 {w('adapted_from', source=adapted)}"
                                   if adapted else "")
    band = Band(deck.title, tuple(x for x in (kicker, event_line(prepared)) if x), band_logo)
    sections = [(w("key_ideas"), handout.key_ideas),
                (w("warning_signs"), handout.warning_signs),
                (w("starters"), handout.conversation_starters),
                (w("if_an_image_arrives"), handout.if_an_image_arrives)]
    split = balanced_split([items for _, items in sections])
    left = tuple(b for heading, items in sections[:split] for b in section(heading, items))
    right = tuple(b for heading, items in sections[split:] for b in section(heading, items))
    happens = Box((Heading(2, w("if_it_happens")),
                   Bullets(tuple(plain(item) for item in handout.if_it_happens),
                           numbered=True)))  # steps, in the order they are taken
    cards = NumberCards(tuple(NumberCard(n.number, n.name, n.detail)
                              for n in handout.key_numbers))
    local, national = printed_resources(
        prepared, handout.resources, frozenset(c.name.casefold() for c in cards.cards),
        frozenset(c.number for c in cards.cards))
    found: list = []  # the contacts: one list, or two side by side
    if local or national:  # the local ones first; a line to fill in when none is given
        blanks = [Paragraph((Run(f"{label}: ", bold=True), Run(w("blank"))))
                  for label in phrases(language, "local_blanks")]
        support = deck.event.support_person
        if support:  # tonight's support person, by name: the host's contact parents met
            blanks[0] = Paragraph((Run(f"{w('support_tonight')}: ", bold=True),
                                   Run(support)))
        # Every line as the national ones are: its name bold, its number plain.
        first = [labelled(r) for r in local] if local else blanks
        if local and support:
            first.insert(0, blanks[0])
        kit = prepared.brand.brand if prepared.brand is not None else None
        if kit is not None and kit.contact:  # the host's own email and phone, first
            first.insert(0, Paragraph((Run(f"{kit.name}: ", bold=True), Run(kit.contact))))
        lines = (*first, *(labelled(r) for r in national))
        # many local lines: two columns, not a long list
        half = (len(lines) + 1) // 2 if len(lines) > TWO_COLUMN_CONTACTS else len(lines)
        found = [Bullets(part) for part in (lines[:half], lines[half:]) if part]
    attribution = deck.attribution(handout) or deck.sources.get("guide")
    source = None
    if attribution:  # the page's foot, across its width: the shortest it can be
        checked = f". {w('facts_checked', date=deck.facts_checked)}" if deck.facts_checked \
            else ""
        source = Text(Paragraph((Run(w("source", source=attribution) + checked,
                                     italic=True),)), fine_print=True)
    link = qr_link(prepared)
    width = PAGE_WIDTH_IN - 2 * MARGIN_IN
    blocks: list = [band]
    if cards.cards or found:
        blocks.append(Heading(2, w("save_numbers")))
    if cards.cards:
        blocks.append(cards)
    columns: list[tuple] = [(contacts,) for contacts in found] or [()]
    if link is None:
        if len(columns) == 1:
            blocks += columns[0]
        else:
            blocks.append(Columns(tuple(columns), (width / len(columns),) * len(columns)))
    else:
        url, label = link
        code = (Picture(qr_png(url), "png", w("qr_alt", url=url), QR_IN),)
        words = Text(Paragraph((Run(f"{w(label)} "), Run(short_link(url), bold=True))))
        # The code at the right of the other numbers, what it opens under them: the row no
        # taller than the code (a caption under it made the row half again as tall).
        columns[-1] += (words,)
        share = (width - QR_COLUMN_IN) / len(columns)
        blocks.append(Columns((*columns, code), (*(share,) * len(columns), QR_COLUMN_IN)))
    blocks.append(happens)
    back = len(blocks)  # what to know and say: the back of a sheet that needs two sides
    if large_print:  # one column: a line of 18 pt text in half a page is too short to read
        blocks += [*left, *right]
    else:
        blocks.append(Columns((left, right), (width / 2, width / 2)))
    if source is not None:
        blocks.append(source)
    style = replace(style_for(prepared, LARGE_PRINT_PT if large_print else BODY_PT),
                    leading=HANDOUT_LEADING)
    return Document(deck.title, deck.lang_tag, blocks, style,
                    # one sheet needs no page number; large print, over two, numbers its pages
                    margin_in=MARGIN_IN, page_numbers=large_print,
                    fit_pages=0 if large_print else 1,
                    back_from=None if large_print else back)


PAGE_WIDTH_IN, MARGIN_IN = 8.5, 0.5  # US Letter, and the handout's margins
BODY_PT, LARGE_PRINT_PT = 11, 18
HANDOUT_LEADING = 14 / 11  # the design system's 11/14 pt, kept at any body size
QR_IN, QR_COLUMN_IN = 1.0, 1.2  # the QR code's width (the design's 1 in), and its column's
BAND_LOGO_IN = 1.5  # the widest the logo is beside the title
TWO_COLUMN_CONTACTS = 8  # more lines of contacts than this stand in two columns


COLUMN_CHARACTERS = 52  # about how many characters a line of a column holds (10 to 11 pt)


def balanced_split(sections: list[list[str]]) -> int:
    """Return where to split `sections` (in order) between two columns so that the longer
    column is as short as it can be, measured in lines of about COLUMN_CHARACTERS."""
    def lines(part: list[list[str]]) -> int:
        return sum(2 + sum(-(-len(item) // COLUMN_CHARACTERS) for item in items)
                   for items in part if items)

    return min(range(1, len(sections)), default=1,
               key=lambda k: max(lines(sections[:k]), lines(sections[k:])))

