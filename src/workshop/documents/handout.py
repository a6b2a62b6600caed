"""The participant handout: one to two printed pages in plain language for home."""

from __future__ import annotations

from importlib.resources import files

import yaml

from workshop.documents import Bullets, Document, Heading, Picture, Text, plain
from workshop.documents.common import event_line, logo_block, resources, style_for
from workshop.i18n import word
from workshop.images import qr_png
from workshop.model import Deck, DiscussionSlide, Handout
from workshop.prepare import PreparedDeck, full_url


def qr_link(prepared: PreparedDeck) -> tuple[str, str] | None:
    """Return the link the handout's QR code opens and the i18n key of its label: the
    event's or kit's feedback link ("qr"), else the kit's website ("qr_website"); or None."""
    if prepared.feedback_link:
        return prepared.feedback_link, "qr"
    website = full_url(prepared.brand.brand.website) if prepared.brand is not None else None
    return (website, "qr_website") if website else None


def default_handout(language: str) -> Handout:
    """Return the handout text shipped for decks in `language`, for a deck without its own."""
    text = (files("workshop") / "handouts" / f"{language}.yaml").read_text(encoding="utf-8")
    return Handout.model_validate(yaml.safe_load(text))


def participant_handout(prepared: PreparedDeck, large_print: bool = False) -> Document:
    """Return the handout of a prepared deck: its `handout:` text, or for a deck without one
    the shipped text of its language with the deck's own topics and questions."""
    deck, language = prepared.deck, prepared.deck.language
    handout = deck.handout or default_handout(language)

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    blocks: list = [*logo_block(prepared), Heading(1, deck.title),
                    Text(plain(w("handout_title")))]
    if event_line(prepared):
        blocks.append(Text(plain(event_line(prepared))))
    sections = [(w("key_ideas"), handout.key_ideas)]
    if deck.handout is None:
        sections += [(w("covered"), covered_topics(deck)), (w("to_think_about"),
                                                            room_questions(deck))]
    sections += [(w("starters"), handout.conversation_starters),
                 (w("if_it_happens"), handout.if_it_happens)]
    for heading, items in sections:
        if items:
            blocks.append(Heading(2, heading))
            blocks.append(Bullets(tuple(plain(item) for item in items)))
    blocks.append(Heading(2, w("resources")))
    blocks.append(resources(prepared))
    link = qr_link(prepared)
    if link:
        url, label = link
        blocks.append(Picture(qr_png(url), "png", w("qr_alt", url=url), 1.2,
                              caption=w(label, url=url)))
    attribution = deck.attribution(handout) or deck.sources.get("guide")
    if attribution:
        blocks.append(Text(plain(w("source", source=attribution))))
    return Document(deck.title, deck.lang_tag, blocks, style_for(prepared,
                                                                 18 if large_print else 11))


def covered_topics(deck: Deck) -> list[str]:
    """Return the deck's sections as a parent would recall them: each title, with its
    summary when it has one."""
    # A title that ends in its own mark ("How does it happen?") takes no colon after it.
    return [s.title if not s.summary else f"{s.title} {s.summary}"
            if s.title.endswith(("?", "!", ":", ".")) else f"{s.title}: {s.summary}"
            for s in deck.sections]


ROOM_QUESTIONS = 4  # the most of the deck's discussion questions a handout repeats


def room_questions(deck: Deck) -> list[str]:
    """Return the questions the deck's discussion slides put to the room (at most
    ROOM_QUESTIONS), for parents to think over at home."""
    asked = [q for slide in deck.slides if isinstance(slide, DiscussionSlide)
             for q in slide.prompts]
    return list(dict.fromkeys(asked))[:ROOM_QUESTIONS]
