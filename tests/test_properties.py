"""Property-based tests: any outline either builds a clean package or gets diagnostics."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.build import build
from workshop.checks.package_lint import package_findings
from workshop.errors import WorkshopError
from workshop.loader import load_yaml
from workshop.package import _write_zip_with_zipfile, write_zip

text = st.text(min_size=0, max_size=40)
bullet_slide = st.fixed_dictionaries(
    {"title": text, "bullets": st.lists(st.one_of(text, st.lists(text, max_size=3)),
                                        max_size=6)},
    optional={"prompts": st.lists(text, max_size=2), "minutes": st.integers(-5, 200),
              "notes": text, "source": text},
)
other_slide = st.fixed_dictionaries({"title": text, "layout": st.sampled_from(
    ["comparison", "statistic", "process", "scenario", "discussion", "resources", "closing",
     "timeline"])}, optional={"prompts": st.lists(text, max_size=3), "figure": text})
outline = st.fixed_dictionaries(
    {"title": text, "sections": st.lists(st.fixed_dictionaries(
        {"title": text, "slides": st.lists(st.one_of(bullet_slide, other_slide), max_size=3)}),
        max_size=3)},
    optional={"language": st.sampled_from(["en", "es", "fr"]), "duration": st.integers(-1, 700),
              "subtitle": text},
)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(data=outline)
def test_any_outline_builds_a_clean_package_or_gets_diagnostics(data, tmp_path: Path) -> None:
    deck = tmp_path / "d.yaml"
    deck.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    output = tmp_path / "out.pptx"
    try:
        build(deck, output)
    except WorkshopError as exc:
        assert exc.diagnostics
        assert all(d.line >= 1 and d.col >= 1 and d.message for d in exc.diagnostics)
        return
    assert package_findings(output.read_bytes()) == []


@SETTINGS
@given(source=st.text(max_size=200))
def test_the_loader_never_raises_anything_but_diagnostics(source: str, tmp_path: Path) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(source, encoding="utf-8", errors="surrogatepass")
    try:
        load_yaml(path)
    except WorkshopError as exc:
        assert exc.diagnostics


entry_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz/._[]0123456789", min_size=1,
                      max_size=30)


@given(entries=st.lists(st.tuples(entry_names, st.binary(max_size=3000)), max_size=6,
                        unique_by=lambda entry: entry[0]),
       epoch=st.sampled_from(["", "0", "1700000000", "1700000001"]))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_zip_writer_writes_what_zipfile_writes(entries, epoch, monkeypatch) -> None:
    """The package writer's own zip headers are byte for byte those of Python's zipfile,
    whatever the entries (none, empty, binary) and the build time, and whether or not the
    compressed members are remembered (twice, so that the second zip reuses them)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    expected = _write_zip_with_zipfile(entries)
    assert write_zip(entries) == expected
    for _ in range(2):
        assert write_zip(entries, repeated=lambda name: "a" in name) == expected
    with zipfile.ZipFile(io.BytesIO(write_zip(entries))) as package:
        assert package.testzip() is None
        assert [(i.filename, package.read(i)) for i in package.infolist()] == entries
