"""The presentation a deck is built on: its template opened and branded once per build session.

Opening a template with python-pptx (unzip, parse every part, link the relationships) and
writing a kit's colours, fonts and logo into it cost more than copying the result, and in a
batch every deck of a kit starts from the same branded template. So the first build with a
template and kit keeps the branded presentation as a pristine original, and every build,
the first included, gets a deep copy of it.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.parts.image import ImagePart
from pptx.presentation import Presentation as PresentationObject

from workshop import compat
from workshop.brand import PreparedBrand
from workshop.files import file_digest
from workshop.session import Cache
from workshop.theme.palette import Look
from workshop.writers import pptx_parts
from workshop.writers.pptx_brand import apply_brand, apply_look


@dataclass(frozen=True)
class _Original:
    """A template as opened and branded, kept to be copied: its package, its image parts (in
    python-pptx's order) with their /ppt/media numbers, and what it was made from."""

    package: object
    images: tuple[ImagePart, ...]
    media_numbers: frozenset[int]
    token: str  # a digest of what it was made from: see branded_copy


# (the template's bytes' digest, what the kit brands with, the look) -> the original.
_ORIGINALS = Cache("branded templates", 16)


def branded_presentation(template: Path, brand: PreparedBrand | None,
                         look: Look | None = None) -> PresentationObject:
    """Return a fresh presentation of `template` with `brand` applied (when given) over
    `look` (the built-in look our own template wears; None leaves the template's theme as it
    is): the same as opening the file and applying them, and the caller's to change. Its
    pictures are looked up from an index (see compat.IndexedImageParts)."""
    return branded_copy(template, brand, look)[0]


def branded_copy(template: Path, brand: PreparedBrand | None,
                 look: Look | None = None) -> tuple[PresentationObject, str]:
    """Return what branded_presentation returns, and a token of what the copy was made from
    (the template's bytes, what the kit brands with, the look): equal tokens mean equal
    branded templates, so what a build makes on one copy it makes on the other."""
    original = _original(template, brand, look)
    copies: dict[int, object] = {}  # what each original object became in the copy
    package = copy.deepcopy(original.package, copies)
    images = [copies[id(part)] for part in original.images]
    compat.index_image_parts(package, images, original.media_numbers)
    return package.presentation_part.presentation, original.token


def _original(template: Path, brand: PreparedBrand | None, look: Look | None) -> _Original:
    """Return the template opened and branded, kept in the session by what it is made from
    (a template rewritten in place, or a kit whose colours, fonts or logo changed, is
    branded anew; two kits that brand alike share one)."""
    key = (file_digest(template), _branding(brand), look and look.name)
    original = _ORIGINALS.get(key)
    if original is None:
        opened = Presentation(str(template))
        if brand is not None:
            apply_brand(opened, brand, look)
        elif look is not None:
            apply_look(opened, look)
        package = opened.part.package
        _forget_views(package)
        original = _ORIGINALS.keep(key, _Original(
            package, tuple(compat.image_parts(package)),
            frozenset(pptx_parts.media_numbers(package)),
            hashlib.sha256(repr(key).encode()).hexdigest()[:32]))
    return original


def _branding(brand: PreparedBrand | None) -> str | None:
    """Return a digest of what branding a template reads of the kit `brand` (see
    pptx_brand.apply_brand): its fields as shown, whether it brings a template of its own,
    and its logo's bytes. None for no kit."""
    if brand is None:
        return None
    found = hashlib.sha256(brand.brand.model_dump_json().encode())
    found.update(b"own template" if brand.template is not None else b"our template")
    if brand.logo is not None:
        found.update(brand.logo.data)
    return found.hexdigest()


def _forget_views(package) -> None:
    """Drop the views python-pptx keeps on the package's parts (a presentation, a master, a
    layout and the collections they hold), so that a deep copy holds none.

    A view may hold an element inside a part's XML, and a deep copy of that element alone would
    be a detached duplicate: changes through the copied view would miss the copied part. Views
    are made again from the parts on first use.
    """
    for holder in (package, *package.iter_parts()):
        compat.forget_views(holder)
