"""A deck of some of a deck's slides: what the slide images render when only those changed."""

from __future__ import annotations

import io

from workshop import compat
from workshop.ooxml import elements


def only_slides(data: bytes, keep: list[int]) -> bytes:
    """Return the .pptx `data` with only the slides at indexes `keep`, each still showing
    its own slide number (LibreOffice numbers the slides of the small deck anew)."""
    from pptx import Presentation

    presentation = Presentation(io.BytesIO(data))
    ids = compat.slide_id_list(presentation.slides)
    for index, slide_id in reversed(list(enumerate(ids))):
        if index not in keep:
            presentation.part.drop_rel(slide_id.rId)
            compat.remove_slide_id(ids, slide_id)
    for slide in presentation.slides:
        elements.freeze_slide_numbers(slide.element)
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()

