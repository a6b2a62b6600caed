"""Pictures from outlines and kits: checked, decoded and re-encoded before they reach a deck."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

MAX_PIXELS = 25_000_000


@dataclass(frozen=True)
class Image:
    """A picture re-encoded for a deck: image bytes, format and pixel size."""

    data: bytes
    extension: str  # png or jpg
    width: int
    height: int


def read_image(path: Path) -> Image:
    """Return the picture re-encoded as PNG (or JPEG when it is one); raise ValueError if unusable.

    Re-encoding drops metadata, applies EXIF rotation and converts CMYK, 16-bit and WebP
    sources, so what reaches the deck is a plain sRGB picture every consumer can show. SVG and
    HEIC are not read: convert them to PNG first.
    """
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(path) as probe:
            width, height = probe.size
            kind = probe.format
            if width * height > MAX_PIXELS:
                raise ValueError(f"{path.name} is {width}x{height} pixels; the limit is "
                                 f"{MAX_PIXELS // 1_000_000} megapixels")
            # In place: a copy of the pixels for every picture that needs no turning cost a
            # cold build as much as decoding it.
            ImageOps.exif_transpose(probe, in_place=True)
            picture = probe
    except UnidentifiedImageError:
        raise ValueError(f"{path.name} is not an image Pillow can read (use PNG or JPEG; "
                         "convert SVG or HEIC first)") from None
    except (OSError, SyntaxError, PILImage.DecompressionBombError) as exc:
        raise ValueError(f"{path.name} cannot be read as an image: {exc}") from None
    if picture.mode in ("I;16", "I;16B", "I;16L", "I"):
        picture = picture.point(lambda v: v / 256).convert("L")
    has_alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    mode = "RGBA" if has_alpha else "RGB"
    if picture.mode != mode:  # converting to the same mode would only copy it
        picture = picture.convert(mode)
    out = io.BytesIO()
    if kind == "JPEG" and not has_alpha:
        picture.save(out, "JPEG", quality=92)
        return Image(out.getvalue(), "jpg", *picture.size)
    picture.save(out, "PNG")
    return Image(out.getvalue(), "png", *picture.size)
