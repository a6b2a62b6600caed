"""One call per job: build a deck, check a deck, list what there is. No printing here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.brand import prepare_brand
from workshop.errors import Diagnostic, Severity, WorkshopError
from workshop.formats import DEFAULT_FORMAT, FORMATS, made_here
from workshop.model import Resource
from workshop.outputs import check_output, refuse_overwriting
from workshop.package import write_atomically
from workshop.prepare import PreparedDeck, prepare
from workshop.session import BuildSession, in_session

if TYPE_CHECKING:
    from workshop.plan import SlidePlan
    from workshop.slide_images import SlideImages
    from workshop.writers.pptx_deck import WrittenDeck


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote: the file, its slide count, warnings worth reading, and the files
    it was made from (outline, included slides, notes, images, kit, logo, template)."""

    output: Path
    slides: int
    warnings: list[Diagnostic]
    inputs: tuple[Path, ...] = ()
    named_inputs: tuple[Path, ...] = ()  # the same, as named (see PreparedDeck.named_inputs)
    documents: tuple[Path, ...] = ()  # the documents written beside the deck


def default_output(deck_path: Path) -> Path:
    """Return where `workshop build` writes when no -o is given: build/<name>.pptx."""
    return Path("build") / f"{deck_path.stem}.pptx"


def _compile(deck_path: Path, overrides: dict[str, str] | None, brand_path: Path | None,
             look: str | None = None, resources: tuple[Resource, ...] = (),
             typed: bool = False):
    """Return the prepared deck, its slide plan, the package written from it and every
    finding of every check.

    Raises WorkshopError when the input itself is bad, or with `typed` (the `overrides` are
    what a user typed with --set, not an events row's columns) when one is a name nothing
    in the deck uses.
    """
    brand = prepare_brand(brand_path) if brand_path is not None else None
    prepared = prepare(deck_path, overrides, brand, look, resources, typed=typed)
    return (prepared, *_plan_write_and_check(prepared))


def _plan_write_and_check(prepared: PreparedDeck
                     ) -> tuple[SlidePlan, WrittenDeck, list[Diagnostic]]:
    """Return the prepared deck's slide plan (made once: the deck, its checks and its
    documents read it), the package written from it and every finding of every check."""
    from workshop.checks.run import run_checks  # python-pptx only when building
    from workshop.plan.stage import plan_deck
    from workshop.writers.pptx_deck import write_pptx

    planned = plan_deck(prepared)
    written = write_pptx(prepared, planned)
    kit = prepared.brand  # the kit in the deck's language, with its warnings
    findings = [*(kit.warnings if kit else ()), *notice_diagnostics(prepared, written.notices),
                *run_checks(prepared, planned.slides, written)]
    return planned.slides, written, sorted(findings)


@dataclass(frozen=True)
class Compiled:
    """A deck compiled in memory: its slide plan, the package, every finding, and the files it
    was made from (which no output may overwrite)."""

    plan: SlidePlan
    written: WrittenDeck
    findings: list[Diagnostic]
    inputs: list[Path]


@in_session
def compile_deck(deck_path: Path, overrides: dict[str, str] | None = None,
                 brand_path: Path | None = None, output: Path | None = None,
                 look: str | None = None, resources: tuple[Resource, ...] = (),
                 typed: bool = False) -> Compiled:
    """Return the deck compiled in memory; raise WorkshopError on errors, and when `output`
    (where the caller will write) is one of the deck's inputs (`typed`: see _compile)."""
    prepared, plan, written, findings = _compile(deck_path, overrides, brand_path, look,
                                                 resources, typed)
    errors = [d for d in findings if d.severity is Severity.ERROR]
    if errors:
        raise WorkshopError(errors)
    if output is not None:
        refuse_overwriting(output, prepared.inputs)
    return Compiled(plan, written, findings, prepared.inputs)


@dataclass(frozen=True)
class DocumentOutput:
    """A document to write beside a deck from the same build: its kind (guide, handout or
    slides), its format and where it goes."""

    kind: str
    fmt: str
    path: Path


@in_session
def build(deck_path: Path, output: Path, overrides: dict[str, str] | None = None,
          brand_path: Path | None = None, look: str | None = None,
          resources: tuple[Resource, ...] = (),
          documents: tuple[DocumentOutput, ...] = (), typed: bool = False) -> BuildResult:
    """Build `deck_path` into `output`, with each of `documents` made from the same prepared
    deck and slide plan; raise WorkshopError (writing nothing) on bad input, an output that
    is not of its format or is an input, or when a check finds an error. Warnings come back
    with the result."""
    check_output(output, (".pptx",))
    for document in documents:
        check_output(document.path, (f".{document.fmt}",))
    prepared, plan, written, findings = _compile(deck_path, overrides, brand_path, look,
                                                 resources, typed)
    errors = [d for d in findings if d.severity is Severity.ERROR]
    if errors:
        raise WorkshopError(errors)
    for target in (output, *(document.path for document in documents)):
        refuse_overwriting(target, prepared.inputs)
    made = [(document.path, document_bytes(prepared, document.kind, document.fmt,
                                           plan=plan, written=written))
            for document in documents]
    write_atomically(output, written.data)
    for path, data in made:
        write_atomically(path, data)
    return BuildResult(output, written.slides, findings, tuple(prepared.inputs),
                       tuple(prepared.named_inputs), tuple(path for path, _ in made))


def event_kit(deck_path: Path, output: Path | None, into_folder: bool,
              asked: list[tuple[str, str | None]], overrides: dict[str, str],
              brand_path: Path | None, look: str | None,
              resources: tuple[Resource, ...]) -> tuple[BuildResult, list[str]]:
    """Build one event's deck with the documents `asked` for beside it (each kind with its
    format, or None: PDF, or Word where this machine has no LibreOffice), from one build:
    into the folder `output` (`into_folder`), named after the event, or at `output` (else
    where `workshop build` writes), each document named after the deck. Return the result
    and a note for each document made in Word in a PDF's stead."""
    from workshop.events import event_file_name

    # Into a folder, named after the event (its organization and day), as the studio's
    # downloads are: two evenings' kits in one folder stay apart.
    target = (output / event_file_name(deck_path.stem, overrides, "deck", "pptx")
              if into_folder and output is not None else output or default_output(deck_path))
    documents, notes = [], []
    for kind, fmt in asked:
        made = fmt or made_here(DEFAULT_FORMAT)
        if fmt is None and made != DEFAULT_FORMAT:
            notes.append(f"the {kind} is a Word file: a PDF needs LibreOffice (install it, "
                         f"or ask for --with {kind}:docx)")
        documents.append(DocumentOutput(kind, made, target.with_name(
            f"{target.stem}-{kind}.{made}")))
    result = build(deck_path, target, overrides, brand_path, look, resources,
                   tuple(documents), typed=True)
    return result, notes


def notice_diagnostics(prepared: PreparedDeck, notices: list) -> list[Diagnostic]:
    """Return the writer's notices as diagnostics located at their slides in the outline."""
    found = []
    for notice in notices:
        pos = prepared.loaded.position(notice.path)
        file, line, col = notice.at or (pos.file, pos.line, pos.col)
        severity = Severity.ERROR if notice.error else Severity.WARNING
        found.append(Diagnostic(file, line, col, "", notice.message, severity,
                                code=notice.code, slide=notice.slide))
    return found


@in_session
def check(deck_path: Path, overrides: dict[str, str] | None = None,
          brand_path: Path | None = None, look: str | None = None,
          resources: tuple[Resource, ...] = (), typed: bool = False) -> list[Diagnostic]:
    """Return every finding about a deck, errors and warnings; raise WorkshopError when the
    outline or kit cannot be read at all (`typed`: see _compile)."""
    return _compile(deck_path, overrides, brand_path, look, resources, typed)[3]


@dataclass(frozen=True)
class BatchItem:
    """One deck and brand pair of a batch, and what became of it."""

    deck: Path
    brand: Path | None
    output: Path
    result: BuildResult | None = None
    problems: list[Diagnostic] | None = None


def batch_output(folder: Path, deck: Path, brand: Path | None) -> Path:
    """Return where a batch writes a pair: <deck>.pptx, or <deck>--<brand>.pptx with a kit."""
    name = deck.stem if brand is None else f"{deck.stem}--{brand.stem}"
    return folder / f"{name}.pptx"


def build_batch(decks: list[Path], brands: list[Path], folder: Path,
                overrides: dict[str, str] | None = None,
                session: BuildSession | None = None,
                look: str | None = None, typed: bool = False) -> Iterator[BatchItem]:
    """Build every deck with every brand (or none) into `folder`, yielding each outcome
    (`typed`: see _compile).

    A failing pair does not stop the others. The builds share one session (`session`, or a
    new one), so kits, templates and what was measured are prepared once for the batch.
    """
    session = session or BuildSession()
    for brand in brands or [None]:
        for deck in decks:
            output = batch_output(folder, deck, brand)
            try:
                with session:  # active only while building: the caller's code runs between
                    result = build(deck, output, overrides, brand, look, typed=typed)
            except WorkshopError as exc:
                yield BatchItem(deck, brand, output, problems=exc.diagnostics)
            else:
                yield BatchItem(deck, brand, output, result=result)


def default_export_output(deck_path: Path, kind: str, fmt: str, large_print: bool) -> Path:
    """Return where `workshop export` writes when no -o is given."""
    suffix = "-large-print" if large_print else ""
    return Path("build") / f"{deck_path.stem}-{kind}{suffix}.{fmt}"


@in_session
def export(deck_path: Path, kind: str, fmt: str, output: Path,
           brand_path: Path | None = None, overrides: dict[str, str] | None = None,
           large_print: bool = False, look: str | None = None,
           resources: tuple[Resource, ...] = (), typed: bool = False) -> Path:
    """Write the facilitator guide, the participant handout or the slides as a page (`kind`
    guide, handout or slides) of a deck; return the path written.

    Raises WorkshopError on bad input and LibreOfficeMissing for PDF without LibreOffice;
    nothing is written in either case.
    """
    check_output(output, (f".{fmt}",))
    brand = prepare_brand(brand_path) if brand_path is not None else None
    prepared = prepare(deck_path, overrides, brand, look, resources, typed=typed)
    refuse_overwriting(output, prepared.inputs)
    write_atomically(output, document_bytes(prepared, kind, fmt, large_print))
    return output


def document_bytes(prepared: PreparedDeck, kind: str, fmt: str, large_print: bool = False,
                   plan: SlidePlan | None = None, written: WrittenDeck | None = None) -> bytes:
    """Return the guide, handout or slides page (`kind`) of a prepared deck as a file of
    format `fmt` (see document_of); a guide in a format that shows pictures shows every
    slide."""
    pictures = FORMATS[fmt].shows_pictures
    return document_writer(fmt)(document_of(prepared, kind, large_print, plan, written,
                                            pictures))


def document_of(prepared: PreparedDeck, kind: str, large_print: bool = False,
                plan: SlidePlan | None = None, written: WrittenDeck | None = None,
                pictures: bool = False, images: SlideImages | None = None):
    """Return the guide, handout or slides page (`kind`) of a prepared deck as a document
    (see documents/). The guide and slides page are numbered as the deck is: by its `plan`
    (with the deck `written` from it, in this build), else as the deck is planned now. With
    `pictures`, the guide shows each slide as LibreOffice renders it (kept in `images`, the
    user's cache by default; see slide_images), or says that it can't."""
    from workshop.documents.guide import facilitator_guide
    from workshop.documents.handout import participant_handout
    from workshop.documents.slides_page import slides_document

    if kind == "handout":
        return participant_handout(prepared, large_print)
    if kind not in ("guide", "slides"):  # formats.KINDS names each kind made here
        raise ValueError(f"no document of kind {kind!r}")
    if plan is None:  # numbered as the deck is planned: no deck is written to learn it
        from workshop.plan.stage import plan_deck

        planned = plan_deck(prepared)
        plan = planned.slides
        if pictures and written is None:  # the slides as LibreOffice renders the deck
            from workshop.writers.pptx_deck import write_pptx
            written = write_pptx(prepared, planned)
    if pictures and written is None:
        raise ValueError("a guide with pictures needs the deck written from its plan")
    if kind == "slides":
        return slides_document(prepared, plan)
    if not pictures:
        return facilitator_guide(prepared, plan)
    from workshop.slide_images import slide_pictures
    return facilitator_guide(prepared, plan, slide_pictures(written.data, images) or ())


LARGE_PRINT_PAGES = 2  # the pages a large-print handout should fit in


def export_notes(output: Path, kind: str, fmt: str, large_print: bool) -> list[str]:
    """Return what a user should know about an export just written: a large-print handout
    PDF longer than LARGE_PRINT_PAGES pages says how long it is and why."""
    if not (kind == "handout" and large_print and fmt == "pdf"):
        return []
    from pypdf import PdfReader

    pages = len(PdfReader(output).pages)
    if pages <= LARGE_PRINT_PAGES:
        return []
    return [f"the large-print handout takes {pages} pages, not {LARGE_PRINT_PAGES}: its text "
            "at 18 pt needs more room than two pages give; print it double-sided, or shorten "
            "the outline's handout: text"]


def document_writer(fmt: str):
    """Return the function that turns a document into bytes of format `fmt` (see formats);
    raise LibreOfficeMissing at once, before any work, for a format that needs it when it is
    not installed."""
    format_ = FORMATS[fmt]
    if format_.needs_libreoffice:
        from workshop.writers.doc_pdf import soffice

        soffice()
    return format_.write()
