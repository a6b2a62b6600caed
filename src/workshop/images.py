"""Pictures from outlines and kits: checked, decoded and re-encoded before they reach a deck."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from workshop.session import Cache

MAX_PIXELS = 25_000_000
# The only decoders Pillow may try: the formats the README promises to convert. No other
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
    mean = [round(sum(c[n] for c in corners) / 4) for n in range(3)]
    return "#" + "".join(f"{v:02X}" for v in mean)


def _qr_png(url: str) -> bytes:
    """Return a PNG QR code (error correction M, a two-module quiet zone) that opens `url`."""
    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=8, border=2)
    return out.getvalue()


# A season's decks and handouts show the same few links again and again.
qr_png = Cache("QR codes by link", 256).remembered(_qr_png)
