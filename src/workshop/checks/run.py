"""Run every check over a prepared deck and its built package."""

from __future__ import annotations

from workshop.checks.accessibility import accessibility_findings
from workshop.checks.care import care_findings
from workshop.checks.dates import date_findings
from workshop.checks.package_lint import package_findings
from workshop.checks.rhythm import rhythm_findings
from workshop.checks.spelling import spelling_findings
from workshop.checks.texts import outline_prose
from workshop.checks.timing import timing_findings
from workshop.errors import Diagnostic, Severity
from workshop.loader import PathKey
from workshop.ooxml.package_view import PackageView
from workshop.plan import SlidePlan
from workshop.prepare import PreparedDeck


def run_checks(prepared: PreparedDeck, plan: SlidePlan, written) -> list[Diagnostic]:
    """Return every finding about `prepared`, its slide `plan` and the deck written from it,
    located in the outline."""
    loaded = prepared.loaded

    def at(number: int | None, code: str, message: str, error: bool) -> Diagnostic:
        path: PathKey = plan.slides[number - 1].origin if number else ()
        pos = loaded.position(path)
        shown = f"slide {number}: {message}" if number else message
        return Diagnostic(pos.file, pos.line, pos.col, "", shown,
                          Severity.ERROR if error else Severity.WARNING, code, number)

    own = prepared.brand is not None and prepared.brand.template is not None
    package = PackageView(written.data, written.entries)  # read once for both checks
    findings = [at(n, code, message, error) for n, code, message, error
                in accessibility_findings(package, prepared.deck.lang_tag, own)]
    findings += [at(n, code, message, True) for n, code, message in package_findings(package)]
    texts = outline_prose(loaded, prepared.notes_files)  # walked once for both
    findings += care_findings(prepared.deck, loaded, texts)
    findings += spelling_findings(prepared.deck, loaded, texts)
    findings += date_findings(prepared.deck, loaded)
    findings += timing_findings(prepared.deck, loaded, slide_numbers(plan))
    findings += [at(n, "D401", message, False) for n, message in rhythm_findings(plan)]
    return findings


def slide_numbers(plan: SlidePlan) -> dict[PathKey, int]:
    """Return the number of the first slide made from each outline path (a split slide's
    parts share one path), with the title slide under its script's key and a section without
    a header slide under the slide that speaks its script."""
    numbers: dict[PathKey, int] = {}
    for slide in plan.slides:
        numbers.setdefault(tuple(slide.origin), slide.number)
        if slide.lead_in is not None:
            numbers.setdefault(tuple(slide.origin[:2]), slide.number)
    if ("title",) in numbers:
        numbers[("title_slide",)] = numbers[("title",)]
    return numbers
