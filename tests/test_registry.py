"""The slide types' registry: every type an outline may name is complete, and what the
default template, the writer and the documents hold agrees with it."""

from __future__ import annotations

import re

from conftest import REPO
from pptx import Presentation

from workshop.model import SLIDE_MODELS
from workshop.slide_types.registry import BY_KEY, TYPES, outline_types, slide_type
from workshop.theme import DEFAULT_TEMPLATE


def test_every_type_an_outline_may_name_is_complete() -> None:
    """Each layout an outline may name has a type with its model, its drawing and what the
    documents say of it."""
    assert set(outline_types()) == set(SLIDE_MODELS)
    for key, model in SLIDE_MODELS.items():
        kind = BY_KEY[key]
        assert kind.model is model, key
        assert slide_type(model.model_construct(title="T")) is kind
    assert len({kind.key for kind in TYPES}) == len(TYPES)


def test_the_default_template_has_each_types_layout_and_placeholders() -> None:
    """Our template's layouts are the registry's, in its order, and each role a type gives
    a placeholder is that placeholder there; a type with a band has a prompt role."""
    layouts = list(Presentation(str(DEFAULT_TEMPLATE)).slide_layouts)
    assert [layout.name for layout in layouts] == [kind.layout_name for kind in TYPES]
    for kind, layout in zip(TYPES, layouts, strict=True):
        present = {ph.placeholder_format.idx for ph in layout.placeholders}
        assert set(kind.roles.values()) <= present, kind.key
        assert set(kind.required) <= set(kind.roles), kind.key
        assert ("prompt" in kind.roles) == kind.banded, kind.key


def test_a_type_is_copied_from_another_deck_only_when_it_opts_in() -> None:
    """A new type is made anew for every deck unless it opts in to replay (what a type that
    opts in reads of the deck is noted as it reads it: see test_type_contracts)."""
    from workshop.model import BulletSlide
    from workshop.slide_types.kind import SlideType
    from workshop.theme.layout_spec import Layout

    new = Layout("New", ())
    assert not SlideType("new", BulletSlide, new, ("title",), (), key_points=lambda s, w: [],
                         write=lambda w, s, c: None).replay
    assert not any(kind.replay for kind in TYPES if kind.key in ("title", "agenda",
                                                                 "resources", "closing"))


def test_the_outline_format_page_lists_every_layout_an_outline_may_name() -> None:
    """docs/outline.md's table of layouts has a row for each type an outline may name."""
    page = (REPO / "docs" / "outline.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\w+)` \|", page, re.MULTILINE))
    assert set(outline_types()) <= listed


def lacking(offered: object, protocol: type) -> list[str]:
    """Return what `protocol` names that `offered` lacks, or takes other parameters for."""
    import inspect

    wrong = [name for name in getattr(protocol, "__annotations__", {})
             if not hasattr(offered, name)]
    for name, member in vars(protocol).items():
        if name.startswith("_") or not callable(member):
            continue
        own = getattr(offered, name, None)
        wanted = list(inspect.signature(member).parameters)[1:]  # without self
        if own is None or list(inspect.signature(own).parameters) != wanted:
            wrong.append(name)
    return wrong


def test_the_writer_the_plan_and_the_types_offer_what_their_protocols_say() -> None:
    """What a type's write may ask of the writer (SlideWriting), what its parts may ask of
    the plan (Planner) and what the theme reads of a type (LayoutType) are offered, each
    member with the parameters the protocol gives it: the protocols are the code's."""
    from workshop.plan.measure import Measure
    from workshop.plan.stage import plan_deck
    from workshop.prepare import prepare
    from workshop.slide_types.planning import Planner
    from workshop.slide_types.writing import SlideWriting
    from workshop.theme.layout_roles import LayoutType
    from workshop.writers.pptx_deck import _DeckWriter

    prepared = prepare(REPO / "decks" / "parent-night-short.yaml")
    writer = _DeckWriter(prepared, DEFAULT_TEMPLATE, plan_deck(prepared),
                         organization_template=False)
    assert lacking(writer, SlideWriting) == []
    assert lacking(Measure(prepared), Planner) == []
    assert {kind.key: lacking(kind, LayoutType) for kind in TYPES} == {
        kind.key: [] for kind in TYPES}


def test_the_colours_each_type_sets_text_in_are_held_by_the_accessibility_check() -> None:
    """A type's colour pairs name the theme's slots and a WCAG minimum, and the check of a
    deck's theme holds the theme to each of them."""
    from workshop.checks.accessibility import colour_pairs
    from workshop.contrast import BODY_TEXT_MINIMUM, LARGE_TEXT_MINIMUM
    from workshop.slide_types.choice import TYPES as LIST_TYPES
    from workshop.theme.palette import COLORS

    checked = {(text, under, minimum) for text, under, minimum, _ in colour_pairs()}
    for kind in (*TYPES, *LIST_TYPES):
        name = getattr(kind, "key", None) or kind.name
        for text, under, minimum, where in kind.colour_pairs:
            assert {text, under} <= set(COLORS), f"{name}: {where}"
            assert minimum in (BODY_TEXT_MINIMUM, LARGE_TEXT_MINIMUM), f"{name}: {where}"
            assert (text, under, minimum) in checked, f"{name}: {where}"
    assert all(kind.colour_pairs for kind in LIST_TYPES)  # each sets text on its panels


def test_every_list_type_is_chosen_for_its_own_sample() -> None:
    """Each type a list may be drawn as gives a sample list that the automatic choice draws
    as that type (the contract and rendered tests build the samples)."""
    from workshop.model import BulletSlide
    from workshop.slide_types.choice import TYPES as LIST_TYPES
    from workshop.slide_types.choice import chosen_type

    for kind in LIST_TYPES:
        assert kind.sample is not None, kind.name
        assert chosen_type(BulletSlide.model_validate(dict(kind.sample))) is kind, kind.name
