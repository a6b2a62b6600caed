"""Line breaks a reader would call wrong: a number cut from its word, a share cut in two, a
two-word aside split, a heading ending on one word, a list of items broken inside an item.
No-break spaces (U+00A0) and word joiners (U+2060) keep them together."""

from __future__ import annotations

import pytest

from workshop.typography import items_whole, keep_together, no_widow

NBSP, JOIN = "\u00a0", "\u2060"


@pytest.mark.parametrize(("text", "kept"), [
    ("Llamen a la CyberTipline, las 24 horas", ["24 horas"]),
    ("llamar al 988 y marcar 2, o mandar AYUDA", ["marcar 2,"]),
    ("imágenes tomadas antes de los 18.", ["los 18."]),
    ("508 (ene.–jun. 2024); 1,093 (ene.–jun. 2025)", ["508 (ene.–jun."]),
    ("aged 13 to 20, 1 in 8 knew someone", ["1 in 8", "13 to 20,"]),
    ("en unos 6 de cada 10 casos", ["6 de cada 10"]),
    ("tarjetas de regalo (gift cards) o pagos", ["(gift cards)"]),
])
def test_short_numbers_shares_and_asides_keep_with_their_words(text: str,
                                                               kept: list[str]) -> None:
    together = keep_together(text)
    assert together.replace(NBSP, " ") == text  # only the spaces change
    for phrase in kept:
        assert phrase.replace(" ", NBSP) in together, (phrase, together)


@pytest.mark.parametrize("text", ["a 2024 survey of 1,200 people", "Version 2024 is out",
                                  "At 3.5 m high"])
def test_long_numbers_and_decimals_break_as_words_do(text: str) -> None:
    """A year, a number with a thousands comma and a decimal stay free: binding them would only
    leave longer lines unbreakable."""
    together = keep_together(text)
    assert "2024" + NBSP not in together and NBSP + "1,200" not in together
    assert "3.5" + NBSP not in together


def test_a_bound_number_does_not_chain_on_to_the_next_word() -> None:
    """A share or a number already kept with the word before it stays free of the word after
    it: a chain of bound words is a line too long to break, which breaks a line early."""
    assert keep_together("en unos 6 de cada 10 casos").endswith("10 casos")


def test_a_phone_number_never_breaks_at_its_hyphens() -> None:
    assert keep_together("call 1-800-843-5678 now") == \
        f"call 1-{JOIN}800-{JOIN}843-{JOIN}5678 now"


def test_a_hyphenated_word_never_breaks_at_its_hyphen_but_a_link_may() -> None:
    """LibreOffice ends a line after any hyphen ("check-" then "ins"), which reads as a word
    cut in two: a word's inner hyphens are joined. A link or an address stays free to break:
    bound whole, a long one could not break at all."""
    assert keep_together("regular check-ins, well-being.") == \
        f"regular check-{JOIN}ins, well-{JOIN}being."
    assert keep_together("un ex-novio, su ex-novia") == f"un ex-{JOIN}novio, su ex-{JOIN}novia"
    for link in ("takeitdown.ncmec.org/es-mx", "www.my-site.org.", "help-line@example.org"):
        assert keep_together(f"see {link}") == f"see {link}"
    # a document's words are copied as they are; only its phone numbers are joined
    assert keep_together("install poppler-utils, call 1-800-843-5678", words=False) == \
        f"install poppler-utils, call 1-{JOIN}800-{JOIN}843-{JOIN}5678"


def test_a_heading_keeps_its_last_two_words_together() -> None:
    assert no_widow("Sextorsión: lo que las familias deben saber") == \
        f"Sextorsión: lo que las familias deben{NBSP}saber"
    assert no_widow("Thank you all") == "Thank you all"  # short: it breaks nowhere anyway


def test_a_list_of_short_items_breaks_between_them() -> None:
    line = "Sexting y sextorsión · ¿Cómo ocurre? · Si le pasa a su hijo o hija"
    # the items, still apart before each dot; the dot goes with the item after it, so that
    # no line ends on a dangling "·"
    kept = items_whole(line).split(f" \u00b7{NBSP}")
    assert kept[0] == f"Sexting{NBSP}y{NBSP}sextorsión"
    assert kept[1] == f"¿Cómo{NBSP}ocurre?"
    # longer than four words: free to break, but never after its first word
    assert kept[2] == f"Si{NBSP}le pasa a su hijo o hija"
