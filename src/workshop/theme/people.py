"""The people of the decks: Open Peeps busts (Pablo Stanley, CC0 1.0) drawn by DiceBear, the
same deck and slide always giving the same people, and different slides different ones.

Which people: heads and expressions from an allowlist fit for a parents' evening on a hard
topic (calm and friendly faces, grey hair, hijab, turban, afro, locs, twists and cornrows
among the heads; no masks, no eye patches, no monster faces), glasses now and then. Each
group of three or more has at least three of the five skin tones and one grey-haired adult.
Clothing takes the theme's accent, primary and highlight in turn, and the ink the body
colour, so a look or a kit recolours them (see ooxml.people). The licence is in
theme/people/LICENSE.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
import json
import re
from pathlib import Path

from workshop.ooxml.people import CONVERTED_FORM, converted
from workshop.package import write_atomically
from workshop.paths import user_cache
from workshop.session import Cache

CANVAS = 704.0  # the Open Peeps canvas, in SVG units (square)
HEADS = ("afro", "bangs", "bantuKnots", "bun", "buns", "cornrows", "dreads1", "dreads2",
         "flatTop", "hijab", "long", "longAfro", "longCurly", "medium1", "medium2",
         "mediumStraight", "noHair2", "short1", "short2", "short3", "short4", "turban",
         "twists", "twists2")
GREY_HEADS = ("grayBun", "grayMedium", "grayShort")
# A speaker in a dialogue ("Dad", "Papá", "Teen"): short hair, which reads as anyone, so a
# drawing never contradicts the name beside it
SPEAKER_HEADS = ("short1", "short2", "short3", "short4", "flatTop")
# A quiet, open-eyed smile only: at a slide's distance an open "explaining" mouth reads as
# shouting, a "serious" brow as a scowl, and the closed-eyed "calm" as laughing: each the wrong
# tone for parents hearing about harm
EXPRESSIONS = ("smile",)
GLASSES = ("glasses", "glasses2", "glasses3", "glasses4", "glasses5")
SKIN_TONES = ("ffdbb4", "edb98a", "d08b5b", "ae5d29", "694d3d")
HAIR = ("2c1b18", "4a312c", "724133", "a55728", "b58143", "d6b370", "e8e1e1")  # no pinks
# Stand-ins the drawing's fills are given, then replaced by theme colours: not colours any
# Open Peeps part uses.
CLOTHING_STAND_INS = ("0A0A01", "0A0A02", "0A0A03")
INK_STAND_IN = "0A0A0F"
CLOTHING_ROLES = ("accent1", "tx2", "accent2")  # accent, primary, highlight, in turn
INK_ROLE = "tx1"  # the body colour


def recolouring() -> dict[str, str]:
    """Return the fills (RRGGBB) a person's drawing is recoloured by: its clothing stand-ins to
    the theme's accent, primary and highlight, its ink (and plain black) to the body colour."""
    return {**dict(zip(CLOTHING_STAND_INS, CLOTHING_ROLES, strict=True)),
            INK_STAND_IN: INK_ROLE, "000000": INK_ROLE}


def _style(name: str):
    """Return DiceBear's style `name` ("open-peeps"), as its package ships it."""
    from dicebear import Style

    definition = importlib.resources.files("dicebear_styles").joinpath(f"{name}.json")
    return Style(json.loads(definition.read_text(encoding="utf-8")))


# The style is checked against DiceBear's schema when made: once a session, not per person.
_style_of = Cache("the people's drawing style", 1).remembered(_style)


def _number(seed: str) -> int:
    """Return a stable number from `seed` (not Python's hash, which changes per process)."""
    return int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:8], "big")


def person_options(seed: str, index: int, count: int,
                   heads: tuple[str, ...] = HEADS) -> dict:
    """Return DiceBear's options for person `index` of a group of `count` drawn for `seed`
    (the deck and the slide), with one of `heads`: a skin tone in turn from a place the seed
    picks, so a group of three or more shows three tones or more; one grey-haired adult in a
    group of three or more; clothing in the theme's colours in turn."""
    start = _number(seed)
    grey = start % count if count >= 3 else -1
    return {
        "seed": f"{seed}/{index}",
        "headVariant": list(GREY_HEADS if index == grey else heads),
        "expressionVariant": list(EXPRESSIONS),
        "accessoriesVariant": list(GLASSES),
        "accessoriesProbability": 15,
        "facialHairProbability": 0,  # its moustaches are drawn wide, across a neighbour's face
        "maskProbability": 0,
        "skinColor": [SKIN_TONES[(start + index * 2) % len(SKIN_TONES)]],
        "clothingColor": [CLOTHING_STAND_INS[(start + index) % len(CLOTHING_STAND_INS)]],
        "inkColor": [INK_STAND_IN],
        "headContrastColor": list(HAIR),
        "idRandomization": False,
    }


def _kept(options_json: str, suffix: str, *more: object) -> Path:
    """Return where the user's cache keeps what is made of a person's `options_json` (and
    `more`): named by a digest of them and of DiceBear's packages' versions."""
    from importlib.metadata import version

    key = json.dumps([options_json, version("dicebear-core"), version("dicebear-styles"),
                      *more])
    return user_cache() / "people" / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}{suffix}"


def _drawn(options_json: str) -> bytes:
    """Return the SVG DiceBear draws for `options_json`, kept in the user's cache folder:
    loading the style checks it against DiceBear's schema, a third of a second a build would
    otherwise pay every time."""
    kept = _kept(options_json, ".svg")
    with contextlib.suppress(OSError):
        svg = kept.read_bytes()
        if svg.startswith(b"<svg ") and svg.endswith(b"</svg>"):  # else drawn again
            return svg
    from dicebear import Avatar

    svg = str(Avatar(_style_of("open-peeps"), json.loads(options_json))).encode("utf-8")
    with contextlib.suppress(OSError):  # a cache that can't be written is only slower
        kept.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(kept, svg)
    return svg


# Each person by its options: the same people on every build of a session drawn once.
_person_svg = Cache("people drawn by their options", 64).remembered(_drawn)


def person_svg(seed: str, index: int, count: int) -> bytes:
    """Return the SVG of person `index` of a group of `count` for `seed` (see person_options)."""
    return _person_svg(json.dumps(person_options(seed, index, count), sort_keys=True))


_GEOMETRY = re.compile(r"<\w+:custGeom[ >]")  # a kept shape's geometry, as serialized


def _shapes(options_json: str) -> tuple[tuple[str, bytes], ...]:
    """Return the person of `options_json` as native shapes (see ooxml.people.converted),
    kept in the user's cache folder beside the drawing: converting the paths is most of what
    a person costs a build that starts cold (about 75 ms a deck, docs/performance.md)."""
    kept = _kept(options_json, ".json", CONVERTED_FORM)
    with contextlib.suppress(OSError, ValueError, TypeError):
        found = json.loads(kept.read_text(encoding="utf-8"))
        if found and all(isinstance(f, str) and _GEOMETRY.match(g) for f, g in found):
            return tuple((fill, geometry.encode("utf-8")) for fill, geometry in found)
    parts = converted(_person_svg(options_json), CANVAS)  # else converted again
    with contextlib.suppress(OSError):  # a cache that can't be written is only slower
        kept.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps([[fill, geometry.decode("utf-8")] for fill, geometry in parts])
        write_atomically(kept, text.encode("utf-8"))
    return parts


# Each person's shapes by their options: a season draws the same people on every deck.
_person_shapes = Cache("people's shapes by their options", 64).remembered(_shapes)


def person_shapes(seed: str, index: int, count: int,
                  heads: tuple[str, ...] = HEADS) -> tuple[tuple[str, bytes], ...]:
    """Return person `index` of a group of `count` for `seed` as the native shapes
    ooxml.people.person_group draws (see person_options)."""
    return _person_shapes(json.dumps(person_options(seed, index, count, heads),
                                     sort_keys=True))
