"""The outline schema: what a deck file may say, validated with pydantic (no I/O here).

Every model forbids unknown keys and is frozen. A slide's `layout` picks its model; a slide
without one is a bullet slide. Field descriptions double as the reference `workshop list` prints.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    FiniteFloat,
    ValidationInfo,
    field_validator,
    model_validator,
)

from workshop.icon_names import ICON_NAMES, PLAIN_NAMES

PathKey = tuple[str | int, ...]

LANGUAGES = {"en": "en-US", "es": "es-US"}
Language = Literal["en", "es"]

Text = Annotated[str, Field(min_length=1)]

# What a field holds when it is not prose written for parents, wherever it appears in an
# outline or a kit (one list, read by the preparation, the checks that read words and the
# figure a slide shows): the name of a file, a layout, an icon, a look, a language, a kind or
# a number format ("name": never rendered as a template, never read as words); a script ("notes":
# read from its own file, rendered as it is read); phrasings the care check looks for
# ("avoid": rendered, not checked); the event (data, whoever wrote it: shown as it is, never
# rendered, so "{{ 7*7 }}" in an organization's name stays those characters).
FIELD_ROLES = {"layout": "name", "image": "name", "language": "name", "kind": "name",
               "number_format": "name", "icon": "name", "look": "name", "notes": "script",
               "avoid": "phrasing", "event": "data"}


def fields_in_role(*roles: str) -> frozenset[str]:
    """Return the fields whose role (see FIELD_ROLES) is one of `roles`."""
    return frozenset(field for field, role in FIELD_ROLES.items() if role in roles)


def _known_icon(name: str) -> str:
    import difflib


    if name not in ICON_NAMES and name != "none":
        close = difflib.get_close_matches(name, ICON_NAMES, 3)
        hint = (f"did you mean {' or '.join(close)}?" if close
                else f"the icons include {', '.join(PLAIN_NAMES)}")
        raise ValueError(f"unknown icon {name!r}; {hint}")
    return name


IconName = Annotated[str, AfterValidator(_known_icon)]
LookName = Literal["calm", "warm", "contrast"]  # the names of theme.palette.LOOKS
# An attribution: a key of the deck's `sources`, or the text itself, or a list of either.
Attribution = str | list[Text] | None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Resource(Strict):
    """A place to get help: shown on the resources slide."""

    name: Text = Field(description="the service or office")
    detail: Text = Field(description="phone number, website or short description")
    icon: IconName | None = Field(None, description="an icon beside it on the resources "
                                  "slide's national lines (see docs/looks.md)")


class KeyNumber(Strict):
    """A number printed large at the top of the handout, for a family to save."""

    number: Text = Field(max_length=16, description="the number itself, e.g. 988")
    name: Text = Field(description="what it is; a resource of the same name is not listed "
                       "again under it")
    detail: str = Field("", description="when to use it, in a few words")


class Event(Strict):
    """Who presents, where and when: the template variables of every text field."""

    organization: str | None = Field(None, description="the hosting organization")
    presenter: str | None = Field(None, description="the facilitator's name")
    date: str | None = Field(None, description="the event date, as it should read")
    place: str | None = Field(None, description="the venue")
    support_person: str | None = Field(None, description="who parents can talk to privately "
                                       "tonight, e.g. 'Ms. Lee, school counselor'")
    feedback: str | None = Field(None, max_length=500,
                                 description="a feedback link: a QR code and the short link on "
                                 "the closing slide and the handout (else the kit's)")
    resources: list[Resource] = Field(default_factory=list,
                                      description="local resources for the resources slide")


class Scripted(Strict):
    """What every slide's notes carry: the script and the time planned for it."""

    notes: str | None = Field(None, description="speaker script: inline text or a .md file "
                              "under speaker_notes/")
    minutes: float | None = Field(None, ge=0, le=120, description="planned time for the slide")
    discussion_minutes: float | None = Field(
        None, ge=0, le=120, description="of `minutes`, the time the room talks or practices "
        "rather than listens to the script")


class SlideScript(Scripted):
    """The script of a slide the compiler makes itself (title, agenda)."""


class SlideBase(Scripted):
    # A slide that ends the deck (the closing): a section it opens gets no divider before it.
    ends_the_deck: ClassVar[bool] = False

    title: Text = Field(description="the slide title")
    prompts: list[Text] = Field(default_factory=list,
                                description="questions for the room, on the slide and in the notes")
    source: Attribution = Field(
        None, description="attribution: a `sources` key, or text, or a list of either")
    icon: IconName | None = Field(None, description="an icon beside a short list or large "
                                  "question (shield, phone, talk, report...: see docs/looks.md); "
                                  "none for no icon where a layout has one by default")
    optional: bool = Field(False, description="true for a slide a facilitator may skip when "
                           "short of time: the guide and the agenda's notes say so, and the "
                           "timing checks count the deck's time as a range")
    essential: bool = Field(False, description="true for a slide never cut for time, even "
                            "by a facilitator running late: the guide's night sheet lists it")
    tight_minutes: float | None = Field(
        None, ge=0, le=120, description="the minutes an activity takes when the slot is "
        "tight, shortened as its notes say (one round, one question): the guide's plan for "
        "fitting the evening, questions included, into the deck's duration")

    @field_validator("tight_minutes")
    @classmethod
    def _tight_within_minutes(cls, tight: float | None, info: ValidationInfo) -> float | None:
        minutes = info.data.get("minutes") or 0  # validated before: a field of Scripted
        if tight is not None and tight > minutes:
            raise ValueError(f"{tight:g} is more than the slide's minutes ({minutes:g}): a "
                             "tight slot shortens an activity, never lengthens it")
        return tight

    @field_validator("essential")
    @classmethod
    def _essential_not_optional(cls, essential: bool, info: ValidationInfo) -> bool:
        if essential and info.data.get("optional"):  # validated before: declared above
            raise ValueError("a slide can't be both essential (never cut) and optional (cut "
                             "first): drop one of the two")
        return essential


class IconPoint(Strict):
    """A point shown beside an icon of its own."""

    text: Text = Field(description="the point")
    icon: IconName = Field(description="its icon (see docs/looks.md)")


def point_text(item: str | IconPoint) -> str:
    """Return what a bullet slide's point says, whether or not it has an icon."""
    return item.text if isinstance(item, IconPoint) else item


class BulletSlide(SlideBase):
    """Title and bullet points (a nested list makes sub-points of the bullet before it)."""

    layout: Literal["bullets"] = "bullets"
    bullets: list[Text | list[Text] | IconPoint] = Field(
        min_length=1, description="the points, in order; a point may be {text, icon}")
    auto_layout: bool = Field(True, description="false keeps the points a list: else 2 to 4 "
                              "quotations become quote cards, and 3 or 4 short points cards")
    numbered: bool = Field(False, description="true numbers the points (1, 2, 3...): steps "
                           "to take in order")

    @field_validator("bullets")
    @classmethod
    def _sub_points_follow_a_point(cls, bullets: list[Any]) -> list[Any]:
        if isinstance(bullets[0], list):
            raise ValueError("a list of sub-points must follow a point")
        return bullets


class Column(Strict):
    heading: Text = Field(description="the column heading")
    bullets: list[Text] = Field(min_length=1, description="the column's points")


class ComparisonSlide(SlideBase):
    """Two columns side by side, each with a heading and points."""

    layout: Literal["comparison"]
    left: Column = Field(description="the left column: heading and bullets")
    right: Column = Field(description="the right column: heading and bullets")


# One section of an Excel number format (ECMA-376 numFmt): digit placeholders, separators,
# percent, exponents, text in double quotes, escaped characters, colours and locales in
# brackets, date and time codes. It admits no XML markup character (< > &) and no control
# character, so the format is safe wherever python-pptx writes it into the chart's XML.
_FORMAT_TOKEN = (r'"[^"<>&\x00-\x1f]*"|\\[^<>&\x00-\x1f]|[_*][^<>&\x00-\x1f]'
                 r"|\[(?:Black|Blue|Cyan|Green|Magenta|Red|White|Yellow|Color\d{1,2})\]"
                 r"|\[\$[^\]<>&\x00-\x1f]*\]|General|AM/PM|A/P|[Ee][+-]"
                 r"|[0#?.,%@$+\-/():!^'~{}= ]|[ymdhsYMDHSebg]")
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff\x7f-\x9f]")  # beyond the token classes
_NUMBER_FORMAT = re.compile(rf"(?:{_FORMAT_TOKEN})*(?:;(?:{_FORMAT_TOKEN})*){{0,3}}")


class Chart(Strict):
    kind: Literal["doughnut", "pie", "bar", "column"] = Field(description="the chart type")
    categories: list[Text] = Field(min_length=1, max_length=12, description="category labels")
    values: list[FiniteFloat] = Field(min_length=1, max_length=12,
                                      description="one number per category")
    number_format: str = Field("0", max_length=64,
                               description="Excel number format of the data labels")

    @field_validator("number_format")
    @classmethod
    def _excel_number_format(cls, number_format: str) -> str:
        if not _NUMBER_FORMAT.fullmatch(number_format) or _NOT_XML.search(number_format):
            raise ValueError("not an Excel number format: use 0 and # for digits, . and , "
                             'for separators, % and text in double quotes, e.g. 0"%" or #,##0')
        return number_format

    @model_validator(mode="after")
    def _one_value_per_category(self) -> Chart:
        if len(self.categories) != len(self.values):
            raise ValueError(f"{len(self.categories)} categories but {len(self.values)} values")
        return self


class StatisticSlide(SlideBase):
    """One big figure with a caption, and optionally a native, editable chart."""

    layout: Literal["statistic"]
    figure: Text = Field(description="the figure as it should read, e.g. '6 in 10'")
    caption: Text = Field(description="what the figure means, in a sentence")
    chart: Chart | None = Field(None, description="kind, categories and values of a chart")


class Step(Strict):
    title: Text = Field(description="the step's name")
    detail: Text = Field(description="one short sentence")


class ProcessSlide(SlideBase):
    """A sequence of two to five steps, drawn left to right."""

    layout: Literal["process"]
    steps: list[Step] = Field(min_length=2, max_length=5,
                              description="title and detail of each step")


class Line(Strict):
    speaker: Text = Field(description="who speaks")
    text: Text = Field(description="what they say")


class ScenarioSlide(SlideBase):
    """A short scene and dialogue, drawn as alternating speech bubbles."""

    layout: Literal["scenario"]
    setup: str | None = Field(None, description="one sentence setting the scene")
    lines: list[Line] = Field(min_length=1, max_length=4,
                              description="speaker and text of each line")


class DiscussionSlide(SlideBase):
    """Questions for the room, large."""

    layout: Literal["discussion"]
    prompts: list[Text] = Field(min_length=1, max_length=4, description="the questions")


class ResourcesSlide(SlideBase):
    """Where to get help; the event's local resources are added after these."""

    layout: Literal["resources"]
    items: list[Resource] = Field(default_factory=list, description="name and detail of each")
    include_local: bool = Field(True, description="append the event's local resources")

    @model_validator(mode="after")
    def _has_items_or_local(self) -> ResourcesSlide:
        if not self.items and not self.include_local:
            raise ValueError("a resources slide needs items or include_local: true")
        return self


class ImageSlide(SlideBase):
    """A picture (alt text required) with an optional caption: a file, or people drawn in
    the deck's colours."""

    layout: Literal["image"]
    image: Text | None = Field(None, description="PNG or JPEG file, relative to the project "
                               "folder (or `illustration` instead)")
    illustration: Literal["people"] | None = Field(
        None, description="people: a parent and a teen talking, drawn in the deck's colours "
        "(a kit recolours them), instead of a picture file")
    alt: Text = Field(description="alt text read by screen readers")
    caption: str | None = Field(None, description="a line beside the picture")

    @model_validator(mode="after")
    def _one_picture(self) -> ImageSlide:
        if (self.image is None) == (self.illustration is None):
            raise ValueError("give the picture as `image` (a file) or `illustration: people`, "
                             "one of the two")
        if self.illustration is not None and self.prompts:
            raise ValueError("an illustrated image slide has no prompt band (its people "
                             "stand where the band would be): ask the question on the next "
                             "slide")
        return self


class ClosingSlide(SlideBase):
    """The last slide: thanks, questions, and how to reach the presenter."""

    ends_the_deck: ClassVar[bool] = True
    layout: Literal["closing"]
    message: str | None = Field(None, description="a line under the title")
    bullets: list[Text] = Field(default_factory=list, description="a few closing points")
    help: list[Resource] = Field(default_factory=list, max_length=3, description=(
        "help lines set large beside the thanks, each a name and its number (the event's "
        "first local line goes above them)"))


# The layouts an outline may name, each with its model (its slide type is in slide_types).
SLIDE_MODELS: dict[str, type[SlideBase]] = {
    "bullets": BulletSlide,
    "comparison": ComparisonSlide,
    "statistic": StatisticSlide,
    "process": ProcessSlide,
    "scenario": ScenarioSlide,
    "discussion": DiscussionSlide,
    "resources": ResourcesSlide,
    "image": ImageSlide,
    "closing": ClosingSlide,
}
# A slide of an outline: one of those models, told apart by its `layout`.
Slide = Annotated[functools.reduce(operator.or_, SLIDE_MODELS.values()),
                  Field(discriminator="layout")]


DIVIDER_FROM = 3  # slides a section needs before it earns a header slide of its own


class Section(Scripted):
    """A part of the deck: a header slide (whose script is its transition), then its slides."""

    title: Text = Field(description="the section title, also its agenda line")
    summary: str | None = Field(None, description="a line on the section's header slide")
    divider: bool | None = Field(None, description="true or false to show or drop the "
                                 "section's header slide; unset follows the deck's dividers")
    # The handout listed the night's topics and left these out; it is a sheet of numbers and
    # steps now. Still accepted, so that outlines written for it keep building.
    topic: bool = Field(True, description="false for a part that is housekeeping rather than "
                        "a topic (a welcome); accepted for older outlines, read by no output")
    slides: list[Slide] = Field(min_length=1, description="the section's slides")

    @property
    def planned_minutes(self) -> float:
        """Return the planned minutes of the section: its header's and its slides'."""
        return (self.minutes or 0) + sum(slide.minutes or 0 for slide in self.slides)

    @property
    def optional_minutes(self) -> float:
        """Return the planned minutes of the section's optional slides: what skipping them
        saves."""
        return sum(slide.minutes or 0 for slide in self.slides if slide.optional)

    @field_validator("slides", mode="before")
    @classmethod
    def _bullets_by_default(cls, slides: Any) -> Any:
        # A slide without a layout is a list of points, drawn as the slide type its points
        # suit (workshop.slide_types); an author who writes `layout: bullets` keeps a list.
        if isinstance(slides, list):
            return [_bullets_by_default(s) if isinstance(s, dict) else s for s in slides]
        return slides


def _bullets_by_default(slide: dict[str, Any]) -> dict[str, Any]:
    """Return the outline of a slide with its layout: bullets when it names none; a list
    kept as a list when its author named bullets."""
    if slide.get("layout") is None:
        return {**slide, "layout": "bullets"}
    if slide.get("layout") == "bullets":
        return {"auto_layout": False, **slide}
    return slide


class Handout(Strict):
    """What the participant handout says beyond the resources: plain words for home."""

    key_ideas: list[Text] = Field(min_length=1, description="the main points, in plain language")
    warning_signs: list[Text] = Field(
        default_factory=list, description="what a parent might notice, and how to ask about "
        "it, under a heading of their own")
    conversation_starters: list[Text] = Field(min_length=1,
                                              description="questions to ask a child at home")
    if_an_image_arrives: list[Text] = Field(
        default_factory=list, description="what a young person does when someone else's "
        "image arrives (don't forward it, tell an adult, delete it)")
    if_it_happens: list[Text] = Field(min_length=1,
                                      description="steps to take if a child is targeted")
    key_numbers: list[KeyNumber] = Field(
        default_factory=list, max_length=4,
        description="the numbers printed large at the top of the page (911, 988, the "
        "CyberTipline): each printed once, there")
    resources: list[Resource] = Field(default_factory=list,
                                      description="more places to get help, printed after the "
                                      "deck's own resources (an e-mail, a web page)")
    source: Attribution = Field(
        None, description="attribution printed at the foot: a `sources` key, or text, or a "
        "list of either (default: the `guide` source)")


class Term(Strict):
    term: Text = Field(description="the word as parents meet it")
    meaning: Text = Field(description="what it means, in a sentence or two")


class Question(Strict):
    question: Text = Field(description="a question parents often ask")
    answer: Text = Field(description="a short answer drawn from the deck's sources")
    quick: Text | None = Field(None, description="the answer in a sentence or two, as a "
                               "facilitator gives it to the room: the guide lists these "
                               "before the full answers")


class Citation(Strict):
    source: Text = Field(description="the source as the slides credit it, e.g. 'FBI, 2024'")
    title: Text = Field(description="what it is: its title, its publisher and its date")
    where: Text = Field(description="where to read it: a web address or the publication")


class Reference(Strict):
    """The facilitator's reference, printed in the guide: a glossary, frequent questions and
    the sources the deck's facts come from."""

    glossary: list[Term] = Field(default_factory=list, description="terms and their meanings")
    questions: list[Question] = Field(default_factory=list,
                                      description="questions parents often ask, with answers")
    sources: list[Citation] = Field(default_factory=list,
                                    description="the sources behind the deck's facts, in full")


class Deck(Strict):
    """A whole deck outline."""

    title: Text = Field(description="the deck title, on the title slide")
    subtitle: str | None = Field(None, description="a line under the title")
    language: Language = Field("en", description="language of the text: en or es")
    duration: int | None = Field(None, gt=0, le=600, description="planned length in minutes")
    questions_after: tuple[int, int] | None = Field(
        None, description="minutes planned for questions after the slides, least and most "
        "(e.g. [10, 15]); the guide's agenda gives them a line and the evening's length")
    facts_checked: Text | None = Field(None, description="when the facts were last checked "
                                       "(e.g. December 2026), on the guide and the handout")
    title_slide: SlideScript = Field(default_factory=SlideScript,
                                     description="the title slide's notes and minutes")
    agenda: bool | SlideScript = Field(True, description="false drops the agenda slide; "
                                       "notes and minutes give it a script")
    sources: dict[str, Text] = Field(default_factory=dict,
                                     description="named attributions slides refer to by key")
    event: Event = Field(default_factory=Event, description="organization, presenter, date, place")
    avoid: list[Text] = Field(default_factory=list,
                              description="more phrasings `workshop check` flags as blaming")
    handout: Handout | None = Field(None, description="key ideas, conversation starters and "
                                    "steps for the participant handout")
    reference: Reference | None = Field(None, description="glossary and frequent questions, "
                                        "printed in the facilitator guide")
    look: LookName | None = Field(None, description="the built-in look: calm (the default), "
                                  "warm or contrast (high contrast); a kit's or --look wins")
    dividers: bool | None = Field(None, description="true or false for a header slide before "
                                  "every section or none; unset: one where a section has a "
                                  "summary and at least three slides, and none before a "
                                  "closing slide")
    sections: list[Section] = Field(min_length=1, description="the deck's sections, in order")

    @property
    def slides(self) -> list[SlideBase]:
        """Return every content slide of the deck, in order."""
        return [slide for section in self.sections for slide in section.slides]

    @field_validator("questions_after")
    @classmethod
    def _least_then_most(cls, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is not None and not 0 <= span[0] <= span[1] <= 120:
            raise ValueError("give the least and the most minutes for questions, each 0 to "
                             "120, e.g. [10, 15]")
        return span

    @property
    def opening_minutes(self) -> float:
        """Return the planned minutes of the slides before the first section."""
        agenda = self.agenda_script
        return (self.title_slide.minutes or 0) + ((agenda.minutes or 0) if agenda else 0)

    @property
    def planned_minutes(self) -> float:
        """Return the planned minutes of every slide of the deck."""
        return self.opening_minutes + sum(s.planned_minutes for s in self.sections)

    @property
    def optional_minutes(self) -> float:
        """Return the planned minutes of the deck's optional slides: what skipping every one of
        them saves."""
        return sum(s.optional_minutes for s in self.sections)

    @property
    def agenda_script(self) -> SlideScript | None:
        """Return the agenda slide's script, or None when the deck has no agenda slide."""
        if self.agenda is False:
            return None
        return self.agenda if isinstance(self.agenda, SlideScript) else SlideScript()

    def scripts(self) -> list[tuple[PathKey, Scripted]]:
        """Return every slide's script holder in deck order, with its place in the outline.

        The title slide comes first, then the agenda (when shown), then each section's header
        followed by its slides.
        """
        found: list[tuple[PathKey, Scripted]] = [(("title_slide",), self.title_slide)]
        if self.agenda_script is not None:
            found.append((("agenda",), self.agenda_script))
        for i, section in enumerate(self.sections):
            found.append((("sections", i), section))
            found.extend((("sections", i, "slides", j), slide)
                         for j, slide in enumerate(section.slides))
        return found

    def shows_divider(self, index: int) -> bool:
        """Return True when section `index` opens with a header slide: as the section or the
        deck says, else when it has a summary and at least three slides and does not start
        with the closing slide (a divider there only delays the goodbye), unless it would be
        the deck's only one (a lone divider marks no structure; it only interrupts)."""
        wanted = self._divider_asked(index)
        if wanted is not None:
            return wanted
        if not self._divider_suits(index):
            return False
        return any(self._divider_asked(i) or (self._divider_asked(i) is None
                                              and self._divider_suits(i))
                   for i in range(len(self.sections)) if i != index)

    def _divider_asked(self, index: int) -> bool | None:
        """Return whether the section or the deck asks for section `index`'s divider, or None
        when neither says."""
        section = self.sections[index]
        return section.divider if section.divider is not None else self.dividers

    def _divider_suits(self, index: int) -> bool:
        """Return True when section `index` would open with a divider by default."""
        section = self.sections[index]
        return (bool(section.summary) and len(section.slides) >= DIVIDER_FROM
                and not section.slides[0].ends_the_deck)

    @property
    def lang_tag(self) -> str:
        """Return the deck's language as an XML language tag, e.g. en-US."""
        return LANGUAGES[self.language]

    def attribution(self, item: SlideBase | Handout) -> str | None:
        """Return the source text of a slide or the handout, each key looked up in `sources`,
        joined by "; "."""
        if item.source is None:
            return None
        keys = [item.source] if isinstance(item.source, str) else item.source
        return "; ".join(self.sources.get(key, key) for key in keys)


def field_names_at(root: type[BaseModel], path: tuple[str | int, ...]) -> set[str]:
    """Return the keys a file of `root`'s shape may use in the mapping at `path` (every
    model that can stand there, a slide's every layout among them), for did-you-mean hints:
    a key valid elsewhere in the file is no hint here."""
    models = _with_subclasses([root])
    for part in path:
        if isinstance(part, int):
            continue  # an item of the list the previous key holds
        models = _with_subclasses([found for model in models if part in model.model_fields
                                   for found in _models_in(model.model_fields[part].annotation)])
    return {name for model in models for name in model.model_fields}


def _with_subclasses(models: list[type[BaseModel]]) -> list[type[BaseModel]]:
    """Return `models` and every subclass of them."""
    found: list[type[BaseModel]] = []
    pending = list(models)
    while pending:
        model = pending.pop()
        if model not in found:
            found.append(model)
            pending.extend(model.__subclasses__())
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """Return the pydantic models mentioned anywhere in a type annotation."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


HexColor = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class BrandColors(Strict):
    primary: HexColor = Field(description="titles and dark slide backgrounds")
    accent: HexColor = Field(description="bullets, rules and highlights")
    background: HexColor = Field(description="slide background")
    text: HexColor = Field(description="body text")


class BrandFonts(Strict):
    heading: Text = Field(description="font of titles")
    body: Text = Field(description="font of body text")


class Brand(Strict):
    """An organization's brand kit: applied to every deck built with --brand."""

    name: Text = Field(description="the organization's name")
    logo: str | None = Field(None, description="PNG, JPEG, GIF, BMP or TIFF, relative to the kit")
    look: LookName | None = Field(None, description="the built-in look the kit's colors "
                                  "start from: calm, warm or contrast")
    logo_plate: bool | None = Field(None, description="unset: a logo drawn on white has the "
                                    "white made transparent on the slides, one on a colored "
                                    "box keeps it on a plate of that color; true: kept as "
                                    "drawn, on a plate of its background color; false: kept "
                                    "as drawn, with no plate")
    colors: BrandColors = Field(description="primary, accent, background and text, as #RRGGBB")
    fonts: BrandFonts | None = Field(None, description="heading and body font names")
    language: Language = Field("en", description="the language of the kit's text given "
                               "without languages: en or es")
    footer: str | dict[Language, str] | None = Field(
        None, description="a line at the foot of content slides; or one per language, "
        "{en: ..., es: ...}")
    contact: str | dict[Language, str] | None = Field(
        None, description="e-mail or phone, on the title and last slides; or one per language")
    support_person: str | dict[Language, str] | None = Field(
        None, description="who parents can talk to privately at the organization's events; "
        "or one per language")
    website: str | None = Field(None, max_length=500,
                                description="web address, on the title and last slides")
    resources: list[Resource] | dict[Language, list[Resource]] = Field(
        default_factory=list, description="local resources for slides and handouts; or a "
        "list per language, {en: [...], es: [...]}")
    feedback: str | None = Field(None, max_length=500,
                                 description="feedback or resources link: a QR code on the "
                                 "handout (else the website's)")
    template: str | None = Field(None, description="the organization's own .pptx template")
    layouts: dict[str, Text] = Field(default_factory=dict,
                                     description="our layout names to the template's")
