"""Pictures from outlines and kits: checked, decoded and re-encoded before they reach a deck."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from workshop.contrast import hex_color, rgb
from workshop.session import Cache

MAX_PIXELS = 25_000_000
# The only decoders Pillow may try: the formats docs/security.md promises to convert. No other
# plugin ever sees a file, so a PostScript file named photo.png never reaches Ghostscript.
DECODERS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")  # JPEG covers phones' MPO
# Enough for the largest picture allowed, stored uncompressed at 16 bits a channel with alpha;
# a file above it is refused before it is read into memory.
MAX_FILE_BYTES = MAX_PIXELS * 8 + 1_000_000


@dataclass(frozen=True)
class Image:
    """A picture re-encoded for a deck: image bytes, format and pixel size."""

    data: bytes
    extension: str  # png or jpg
    width: int
    height: int
    # The colour filling an opaque picture's corners (#RRGGBB), when all four agree: the
    # background a logo was drawn on. None for a picture with transparency.
    background: str | None = None


# Pictures already re-encoded in this process, by the SHA-256 of the file's bytes: a batch
# puts the same logo and pictures in deck after deck, and re-encoding one costs more than
# writing a slide. Bounded, so a long batch of many pictures cannot grow it without end.
_ENCODED = Cache("re-encoded pictures by digest", 64)


def read_image(path: Path) -> Image:
    """Return the picture re-encoded as PNG (or JPEG when it is one); raise ValueError if unusable.

    Re-encoding drops metadata, applies EXIF rotation and converts CMYK, 16-bit and WebP
    sources, so what reaches the deck is a plain sRGB picture every consumer can show. SVG and
    HEIC are not read: convert them to PNG first.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValueError(f"{path.name} is {size // 1_000_000} MB; the limit is "
                             f"{MAX_FILE_BYTES // 1_000_000} MB")
        source = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path.name} cannot be read as an image: {exc}") from None
    digest = hashlib.sha256(source).digest()
    image = _ENCODED.get(digest)
    if image is None:
        image = _reencode(source, path.name)
        _ENCODED.keep(digest, image)
    return image


def _reencode(source: bytes, name: str) -> Image:
    """Return the picture in `source` (the bytes of the file called `name`) re-encoded; raise
    ValueError if it is unusable."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(source), formats=DECODERS) as probe:
            width, height = probe.size
            kind = probe.format
            if width * height > MAX_PIXELS:
                raise ValueError(f"{name} is {width}x{height} pixels; the limit is "
                                 f"{MAX_PIXELS // 1_000_000} megapixels")
            # In place: a copy of the pixels for every picture that needs no turning cost a
            # cold build as much as decoding it.
            ImageOps.exif_transpose(probe, in_place=True)
            picture = probe
    except UnidentifiedImageError:
        raise ValueError(f"{name} is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture (convert "
                         "SVG, HEIC, EPS and other formats to PNG first)") from None
    except (OSError, SyntaxError, PILImage.DecompressionBombError) as exc:
        raise ValueError(f"{name} cannot be read as an image: {exc}") from None
    if picture.mode in ("I;16", "I;16B", "I;16L", "I"):
        picture = picture.point(lambda v: v / 256).convert("L")
    has_alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    mode = "RGBA" if has_alpha else "RGB"
    if picture.mode != mode:  # converting to the same mode would only copy it
        picture = picture.convert(mode)
    background = None if has_alpha else _corner_colour(picture)
    out = io.BytesIO()
    if kind == "JPEG" and not has_alpha:
        picture.save(out, "JPEG", quality=92)
        return Image(out.getvalue(), "jpg", *picture.size, background)
    picture.save(out, "PNG")
    return Image(out.getvalue(), "png", *picture.size, background)


def _corner_colour(picture) -> str | None:
    """Return the colour of an RGB picture's four corners as #RRGGBB when they agree (within
    what JPEG compression changes), else None."""
    width, height = picture.size
    corners = [picture.getpixel((x, y)) for x in (0, width - 1) for y in (0, height - 1)]
    if any(max(abs(a - b) for a, b in zip(c, corners[0], strict=True)) > 24 for c in corners):
        return None
    return hex_color(tuple(round(sum(c[n] for c in corners) / 4) for n in range(3)))


def _knocked_out(image: Image) -> Image:
    """Return a picture drawn on a plain white or near-white background (`image.background`)
    as a PNG whose background is transparent where it reaches the picture's edges: flooded
    from the four corners, so a letter or shape of that colour inside the drawing stays. A
    picture without a plain background, or on a coloured one, is returned as it is."""
    from PIL import Image as PILImage
    from PIL import ImageChops, ImageDraw

    if image.background is None or min(rgb(image.background)) < _LIGHT:
        return image  # a coloured box is the logo's own design, not a background to lose
    with PILImage.open(io.BytesIO(image.data)) as opened:
        picture = opened.convert("RGB")
    plain = PILImage.new("RGB", picture.size, rgb(image.background))
    # 255 where a pixel is the background's colour, give or take what JPEG changes
    distance = ImageChops.difference(picture, plain).convert("L")
    near = distance.point(lambda d: 255 if d <= _KNOCK_TOLERANCE else 0)
    width, height = picture.size
    for corner in ((0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1)):
        if near.getpixel(corner) == 255:
            ImageDraw.floodfill(near, corner, 128)
    alpha = near.point(lambda v: 0 if v == 128 else 255)
    picture.putalpha(alpha)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return Image(out.getvalue(), "png", width, height, None)


_KNOCK_TOLERANCE = 40  # of 255, per channel at most: a background's JPEG noise and fringe
_LIGHT = 230  # a background this light in every channel is white paper, not a colour
# A kit's logo, once per session however many decks carry it.
without_background = Cache("logos without their background", 16).remembered(_knocked_out)


def _qr_png(url: str) -> bytes:
    """Return a PNG QR code (error correction M, a two-module quiet zone) that opens `url`."""
    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=8, border=2)
    return out.getvalue()


# A season's decks and handouts show the same few links again and again.
qr_png = Cache("QR codes by link", 256).remembered(_qr_png)


# An illustration is recoloured when no more than this share of its pixels lies off the
# blends of the default look's colours (a photo, or a drawing in colours of its own, is not),
# within this distance (0-255 per channel) of one.
OFF_PALETTE_SHARE = 0.005
PALETTE_TOLERANCE = 6.0
MAX_ILLUSTRATION_COLOURS = 4096  # more distinct colours than this: a photo, left alone
# Larger than a slide ever shows (a full 16:9 slide at 200 dpi): left as drawn, so that no
# picture holds a build up.
MAX_ILLUSTRATION_PIXELS = 6_000_000


def in_scheme(image: Image, source: dict[str, str], target: dict[str, str]) -> Image:
    """Return the picture with each colour of the `source` scheme (slot -> RRGGBB) painted as
    the `target` scheme's colour of the same slot, and every blend of two of them (a drawn
    edge) as the same blend of theirs: an illustration drawn in the default look takes the
    deck's look and kit. A picture that is not drawn in the source colours, or a target that
    paints them the same, is returned as it is."""
    pairs = tuple((source[slot].upper(), target[slot].upper()) for slot in sorted(source)
                  if slot in target)
    if all(before == after for before, after in pairs):
        return image
    return _in_scheme(image, pairs)


def _recolour(image: Image, pairs: tuple[tuple[str, str], ...]) -> Image:
    """Do what in_scheme says, for `pairs` of (source, target) colours."""
    from PIL import Image as PILImage

    if image.width * image.height > MAX_ILLUSTRATION_PIXELS:
        return image
    with PILImage.open(io.BytesIO(image.data)) as opened:
        picture = opened.convert("RGBA" if opened.mode in ("RGBA", "LA", "PA") else "RGB")
    colours = picture.getcolors(MAX_ILLUSTRATION_COLOURS)
    if colours is None:
        return image
    palette = [(rgb(before), rgb(after)) for before, after in dict(pairs).items()]
    mapping: dict[tuple[int, ...], tuple[int, ...]] = {}
    off = 0
    for count, colour in colours:
        painted = _blend_in(colour[:3], palette)
        if painted is None:
            off += count
            continue
        mapping[colour] = painted + colour[3:]
    if off > OFF_PALETTE_SHARE * picture.width * picture.height:
        return image
    # Pixel by pixel in Python would cost seconds a picture; a drawing is long runs of one
    # colour, so each run is matched (aligned: the pattern is a whole pixel, repeated) and
    # replaced at once.
    bands = len(picture.getbands())
    painted = {bytes(colour): bytes(new) for colour, new in mapping.items()}
    run = re.compile(rb"(?s)(" + b"." * bands + rb")\1*")
    picture.frombytes(run.sub(lambda found: painted.get(found[1], found[1]) * (
        len(found[0]) // bands), picture.tobytes()))
    out = io.BytesIO()
    picture.save(out, "PNG")
    background = image.background  # the colour a logo plate takes: repainted with the rest
    if background is not None:
        background = hex_color(mapping.get(rgb(background), rgb(background)))
    return Image(out.getvalue(), "png", image.width, image.height, background)


def _blend_in(colour: tuple[int, ...], palette: list[tuple[tuple[int, ...], tuple[int, ...]]]
              ) -> tuple[int, ...] | None:
    """Return `colour` painted in the target colours: the same blend of the two target
    colours whose source colours blend closest to it; None when no blend comes within
    PALETTE_TOLERANCE."""
    best: tuple[float, tuple[int, ...]] | None = None
    for i, (a, a_to) in enumerate(palette):
        for b, b_to in palette[i:]:
            span = [y - x for x, y in zip(a, b, strict=True)]
            length = sum(d * d for d in span)
            share = 0.0 if length == 0 else max(0.0, min(1.0, sum(
                (c - x) * d for c, x, d in zip(colour, a, span, strict=True)) / length))
            miss = max(abs(c - (x + share * d)) for c, x, d in zip(colour, a, span, strict=True))
            if miss <= PALETTE_TOLERANCE and (best is None or miss < best[0]):
                best = miss, tuple(round(x + share * (y - x))
                                   for x, y in zip(a_to, b_to, strict=True))
    return None if best is None else best[1]


# A season puts the same illustration in the same kit's colours in deck after deck.
_in_scheme = Cache("illustrations in a scheme", 32).remembered(_recolour)
