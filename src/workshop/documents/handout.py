"""The participant handout: one to two printed pages in plain language for home."""

from __future__ import annotations

from workshop.documents import Bullets, Document, Heading, Picture, Text, plain
from workshop.documents.common import event_line, logo_block, resources, style_for
from workshop.errors import Diagnostic, WorkshopError
from workshop.i18n import word
from workshop.images import qr_png
from workshop.prepare import PreparedDeck, full_url


def feedback_url(prepared: PreparedDeck) -> str | None:
    """Return the link the handout's QR code opens: the event's or kit's feedback link, else
    the kit's website."""
    website = prepared.brand.brand.website if prepared.brand is not None else None
    return prepared.feedback_link or full_url(website)


def participant_handout(prepared: PreparedDeck, large_print: bool = False) -> Document:
    """Return the handout of a prepared deck; raise WorkshopError if it has no handout text."""
    deck, language = prepared.deck, prepared.deck.language
    if deck.handout is None:
        pos = prepared.loaded.position(())
        raise WorkshopError([Diagnostic(pos.file, 1, 1, "handout", "the outline has no "
                                        "handout: section (key_ideas, conversation_starters, "
                                        "if_it_happens)")])

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    blocks: list = [*logo_block(prepared), Heading(1, deck.title),
                    Text(plain(w("handout_title")))]
    if event_line(prepared):
        blocks.append(Text(plain(event_line(prepared))))
    for heading, items in ((w("key_ideas"), deck.handout.key_ideas),
                           (w("starters"), deck.handout.conversation_starters),
                           (w("if_it_happens"), deck.handout.if_it_happens)):
        blocks.append(Heading(2, heading))
        blocks.append(Bullets(tuple(plain(item) for item in items)))
    blocks.append(Heading(2, w("resources")))
    blocks.append(resources(prepared))
    url = feedback_url(prepared)
    if url:
        blocks.append(Picture(qr_png(url), "png", w("qr_alt", url=url), 1.2,
                              caption=w("qr", url=url)))
    attribution = deck.attribution(deck.handout) or deck.sources.get("guide")
    if attribution:
        blocks.append(Text(plain(w("source", source=attribution))))
    return Document(deck.title, deck.lang_tag, blocks, style_for(prepared,
                                                                 18 if large_print else 11))
