"""The promises of docs/security.md, one class of hostile input at a time.

Every case either builds a valid deck (where the input is in fact fine) or exits 1 with a
located diagnostic: no traceback, no hang, nothing run, nothing injected, nothing overwritten.
Measuring runs under both of Pillow's layout engines, which differ on odd text.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from cli_runner import run
from conftest import REPO, require_tool
from PIL import ImageFont, features
from pptx import Presentation

from workshop import metrics
from workshop.build import build, check
from workshop.errors import WorkshopError
from workshop.slide_types.registry import outline_types

DEFAULT_LOOK = REPO / "src" / "workshop" / "theme" / "default.pptx"
GOOD = '{primary: "#1F4E79", accent: "#B8860B", background: "#FFFFFF", text: "#1A1A1A"}'
ENGINES = {"basic": ImageFont.Layout.BASIC, "raqm": ImageFont.Layout.RAQM}
# The command as a user runs it, in a process of its own (signals, FIFOs, time zones).
WORKSHOP = [sys.executable, "-c", "from workshop.startup import main; main()"]


@pytest.fixture(params=list(ENGINES))
def engine(request: pytest.FixtureRequest):
    """Measure with one of Pillow's layout engines for the test, then with Pillow's choice."""
    metrics.use_layout_engine(ENGINES[request.param])
    yield request.param
    metrics.use_layout_engine(None)


def test_raqm_is_really_there_so_its_half_of_the_tests_measures_with_it() -> None:
    # Pillow falls back to the basic engine without a word when Raqm is missing (libraqm is
    # bundled; libfribidi comes from the system): the Raqm cases would then test nothing new.
    assert features.check_feature("raqm"), "install libfribidi0 so Pillow can use Raqm"
    font = ImageFont.truetype(metrics.font_file("Carlito") or "", 18,
                              layout_engine=ImageFont.Layout.RAQM)
    assert font.layout_engine == ImageFont.Layout.RAQM


def outline(*slides: dict, **top: object) -> str:
    """Return the YAML of a one-section deck holding `slides`."""
    data = {"title": "T", "sources": {"guide": "G, 2020"}, **top,
            "sections": [{"title": "S", "slides": list(slides)}]}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def texts(path: Path) -> list[str]:
    """Return the text of every text frame of every slide of a built deck, as a reader sees
    it (a no-break space that keeps a number with its word, as a space)."""
    return [shape.text_frame.text.replace("\u00a0", " ") for slide in Presentation(str(path)).slides
            for shape in slide.shapes if shape.has_text_frame]


# -- 1. a line break in a one-line field ------------------------------------------------------

BROKEN = "first\nsecond"  # what a YAML block scalar or a "\n" escape gives
FIELDS = {
    "title": {"title": BROKEN, "bullets": ["a"]},
    "bullet": {"title": "A", "bullets": [BROKEN]},
    "sub-point": {"title": "A", "bullets": ["a", [BROKEN]]},
    "prompt": {"title": "A", "bullets": ["a"], "prompts": [BROKEN]},
    "figure": {"title": "A", "layout": "statistic", "figure": BROKEN, "caption": "c",
               "source": "guide"},
    "caption": {"title": "A", "layout": "statistic", "figure": "6", "caption": BROKEN,
                "source": "guide"},
    "step title": {"title": "A", "layout": "process",
                   "steps": [{"title": BROKEN, "detail": "d"}, {"title": "t", "detail": "d"}]},
    "step detail": {"title": "A", "layout": "process",
                    "steps": [{"title": "t", "detail": BROKEN}, {"title": "t", "detail": "d"}]},
    "setup": {"title": "A", "layout": "scenario", "setup": BROKEN,
              "lines": [{"speaker": "P", "text": "t"}]},
    "speaker": {"title": "A", "layout": "scenario", "lines": [{"speaker": BROKEN, "text": "t"}]},
    "speech": {"title": "A", "layout": "scenario", "lines": [{"speaker": "P", "text": BROKEN}]},
    "resource name": {"title": "A", "layout": "resources",
                      "items": [{"name": BROKEN, "detail": "d"}]},
    "resource detail": {"title": "A", "layout": "resources",
                        "items": [{"name": "n", "detail": BROKEN}]},
    "comparison heading": {"title": "A", "layout": "comparison",
                           "left": {"heading": BROKEN, "bullets": ["a"]},
                           "right": {"heading": "h", "bullets": ["b"]}},
    "comparison bullet": {"title": "A", "layout": "comparison",
                          "left": {"heading": "h", "bullets": [BROKEN]},
                          "right": {"heading": "h", "bullets": ["b"]}},
    "discussion prompt": {"title": "A", "layout": "discussion", "prompts": [BROKEN]},
    "closing message": {"title": "A", "layout": "closing", "message": BROKEN},
    "closing bullet": {"title": "A", "layout": "closing", "bullets": [BROKEN]},
}


# What a slide's text never shows as written: its layout's name, its picture's (the alt text
# is read, not shown), and a chart's data (drawn in the chart, not in a text box).
NOT_SHOWN = {"layout", "illustration", "alt", "chart"}


def shown_texts(value: object, path: tuple = ()) -> list[tuple]:
    """Return the path of every text of an outline slide that its slide shows as written."""
    if isinstance(value, str):
        return [path]
    if isinstance(value, dict):
        return [found for key, item in value.items() if key not in NOT_SHOWN
                for found in shown_texts(item, (*path, key))]
    if isinstance(value, list):
        return [found for n, item in enumerate(value) for found in shown_texts(item, (*path, n))]
    return []


def broken_at(value: object, path: tuple) -> object:
    """Return `value` with the text at `path` broken over two lines."""
    if not path:
        return BROKEN
    if isinstance(value, dict):
        return {**value, path[0]: broken_at(value[path[0]], path[1:])}
    return [broken_at(item, path[1:]) if n == path[0] else item for n, item in enumerate(value)]


# Every text of every type's sample (slide_types), so a new type is held to it too.
SAMPLE_TEXTS = [(key, path) for key, kind in sorted(outline_types().items())
                for path in shown_texts(dict(kind.sample))]


@pytest.mark.parametrize(("key", "path"), SAMPLE_TEXTS,
                         ids=[f"{key}:{'.'.join(map(str, path))}" for key, path in SAMPLE_TEXTS])
def test_a_line_break_in_any_shown_text_of_any_type_becomes_a_space(
        key: str, path: tuple, write_tree, tmp_path: Path) -> None:
    slide = broken_at(dict(outline_types()[key].sample), path)
    root = write_tree({"d.yaml": outline(slide)})
    build(root / "d.yaml", tmp_path / "out.pptx")
    assert "first second" in "\n".join(texts(tmp_path / "out.pptx"))


@pytest.mark.parametrize("field", list(FIELDS))
def test_a_line_break_in_a_one_line_field_becomes_a_space(field: str, engine, write_tree,
                                                          tmp_path: Path) -> None:
    root = write_tree({"d.yaml": outline(FIELDS[field])})
    build(root / "d.yaml", tmp_path / "out.pptx")
    shown = "\n".join(texts(tmp_path / "out.pptx"))
    assert "first second" in shown
    assert "first\nsecond" not in shown and "first\vsecond" not in shown


@pytest.mark.parametrize("where", ["deck title", "section summary", "event", "--set", "kit"])
def test_a_line_break_in_deck_event_or_kit_text_becomes_a_space(where: str, engine, write_tree,
                                                                tmp_path: Path) -> None:
    slide = {"title": "A", "bullets": ["a"], "source": "guide"}
    top: dict = {"deck title": {"subtitle": BROKEN}, "event": {"event": {"place": BROKEN}},
                 "--set": {}, "kit": {}, "section summary": {}}[where]
    text = outline(slide, **top)
    if where == "section summary":
        text = text.replace("- title: S\n", "- title: S\n  summary: \"first\\nsecond\"\n"
                                              "  divider: true\n")
    kit = f"name: Org\ncolors: {GOOD}\nfooter: |-\n  first\n  second\n"
    root = write_tree({"d.yaml": text, "kit.yaml": kit})
    overrides = {"date": BROKEN} if where == "--set" else None
    build(root / "d.yaml", tmp_path / "out.pptx", overrides,
          root / "kit.yaml" if where == "kit" else None)
    assert "first second" in "\n".join(texts(tmp_path / "out.pptx"))


def test_measuring_any_string_never_raises(engine) -> None:
    for text in ("a\nb", "\x1b", "\u2028", "x" * 200_000, "\ud800", "", " \n "):
        assert metrics.text_width(text, "Carlito", 18) >= 0
        assert metrics.wrapped_lines([metrics.Span(text, 18)], "Carlito", 0) >= 1


def test_a_broken_field_in_a_batch_does_not_stop_the_batch(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"good.yaml": outline({"title": "A", "bullets": ["a"]}),
                              "odd.yaml": outline(FIELDS["speech"])}))
    result = run("build", "good.yaml", "odd.yaml", "-o", "out/")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (root / "out").iterdir()) == ["good.pptx", "odd.pptx"]


# -- 2. templates that fail at run time ---------------------------------------------------------

RUNAWAYS = [
    ("{{ 1/0 }}", "template error: division by zero"),
    ("{{ 'a' + 1 }}", "template error: can only concatenate str"),
    ("{{ range(10**9) }}", "template error: Range too big"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "template stopped: it needed more "
                                                        "nesting depth"),
    ("{% include 'other.md' %}", "template error: no loader"),
    ("{{ [1, 'a']|sort }}", "template error: '<' not supported"),
    ("{{ ((9**64)**64)**64 }}", "template error: Exceeds the limit"),
    ("{{ ('a'*100000)|replace('a', 'x'*100000) }}", "template stopped: it needed more memory"),
    ("{{ 'a'|center(10**10) }}", "template stopped: it needed more memory"),
    ("{{ '%1000000000s'|format('a') }}", "template stopped: it needed more memory"),
    ("{% set ns = namespace(s='ab') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}"
     "{% endfor %}{{ ns.s }}", "template stopped: it needed more memory"),
    ("{{ [1]|random }}", "template syntax: No filter named 'random'"),
    ("{{ lipsum() }}", "undefined variable 'lipsum'"),
]


@pytest.mark.parametrize(("template", "message"), RUNAWAYS,
                         ids=[t for t, _ in RUNAWAYS])
@pytest.mark.parametrize("command", ["build", "check", "export"])
def test_a_failing_template_is_a_located_diagnostic(template: str, message: str, command: str,
                                                   write_tree, in_dir) -> None:
    notes = f"First line.\n\nSecond {template} line.\n"
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"],
                                                 "notes": "notes.md"}),
                              "notes.md": notes, "speaker_notes/.keep": ""}))
    args = {"build": ["build", "d.yaml", "-o", "out.pptx"], "check": ["check", "d.yaml"],
            "export": ["export", "d.yaml", "--format", "md", "-o", "guide.md"]}[command]
    result = run(*args)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("notes.md:3:1: sections[0].slides[0].notes: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert not (root / "out.pptx").exists() and not (root / "guide.md").exists()


def test_check_json_stays_json_when_a_template_fails(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": outline({"title": "{{ 1/0 }}", "bullets": ["a"]})}))
    result = run("check", "d.yaml", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["message"] == "template error: division by zero"


# -- 3. kit and --set values are data -----------------------------------------------------------

def test_kit_and_command_line_values_are_never_evaluated(write_tree, tmp_path: Path) -> None:
    root = write_tree({"d.yaml": outline({"title": "For {{ organization }}", "bullets": ["a"]}),
                       "kit.yaml": f'name: "Org {{{{ 7*7 }}}}"\ncolors: {GOOD}\n'
                                   'footer: "{{ 6*7 }} footer"\n'})
    build(root / "d.yaml", tmp_path / "kit.pptx", brand_path=root / "kit.yaml")
    shown = "\n".join(texts(tmp_path / "kit.pptx"))
    assert "Org {{ 7*7 }}" in shown and "For Org {{ 7*7 }}" in shown
    assert "{{ 6*7 }} footer" in shown and "49" not in shown and "42" not in shown
    build(root / "d.yaml", tmp_path / "set.pptx", {"organization": "{{ 7*7 }}",
                                                   "date": "{% raw %}x"})
    shown = "\n".join(texts(tmp_path / "set.pptx"))
    assert "For {{ 7*7 }}" in shown and "{% raw %}x" in shown


@pytest.mark.parametrize("field, value", [("icon", "{{ 'sh' ~ 'ield' }}"),
                                          ("look", "{{ 'wa' ~ 'rm' }}")])
def test_a_name_is_never_rendered_as_a_template(field: str, value: str, write_tree,
                                                in_dir) -> None:
    """A field that names something (an icon, a look: see model.FIELD_ROLES) is taken as
    written: a template in it is no name, said at its line as written, not as it would
    render ("shield", "warm", both names that exist)."""
    slide = {"title": "A", "bullets": ["a"], **({field: value} if field == "icon" else {})}
    top = {field: value} if field == "look" else {}
    in_dir(write_tree({"d.yaml": outline(slide, **top)}))
    result = run("check", "d.yaml")
    assert result.exit_code == 1, result.stdout
    assert f"{field}: " in result.stderr and result.stderr.startswith("d.yaml:")
    assert value in result.stderr or field == "look"  # the looks are listed instead
    assert "Traceback" not in result.stderr


# -- 4. XML injection through a number format ---------------------------------------------------

@pytest.mark.parametrize("number_format", ['0" & up"', '0</c:formatCode><c:extra/>',
                                           '0"\x1b"', "0" * 65])
def test_a_number_format_outside_excels_grammar_is_refused(number_format: str, write_tree,
                                                           in_dir) -> None:
    slide = {"title": "A", "layout": "statistic", "figure": "6", "caption": "c",
             "source": "guide", "chart": {"kind": "column", "categories": ["x"], "values": [1],
                                          "number_format": number_format}}
    in_dir(write_tree({"d.yaml": outline(slide)}))
    result = run("build", "d.yaml", "-o", "out.pptx")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert re.match(r"d\.yaml:\d+:\d+: sections\[0\]\.slides\[0\]\.chart\.number_format: ",
                    result.stderr)
    assert not Path("out.pptx").exists()


def test_excel_number_formats_people_use_are_accepted(write_tree, tmp_path: Path) -> None:
    for number_format in ('0"%"', "#,##0", "0.0%", '$#,##0.00;[Red]($#,##0.00)', "General"):
        slide = {"title": "A", "layout": "statistic", "figure": "6", "caption": "c",
                 "source": "guide", "chart": {"kind": "column", "categories": ["x"],
                                              "values": [1], "number_format": number_format}}
        root = write_tree({"d.yaml": outline(slide)})
        build(root / "d.yaml", tmp_path / "out.pptx")
        with zipfile.ZipFile(tmp_path / "out.pptx") as package:
            chart = next(n for n in package.namelist() if n.startswith("ppt/charts/chart"))
            xml = package.read(chart).decode()
        escaped = number_format.replace("&", "&amp;").replace('"', "&quot;")
        assert number_format in xml or escaped in xml


# -- 5. pictures: only the decoders docs/security.md names -------------------------------------

def test_a_postscript_file_named_like_a_photo_never_reaches_ghostscript(write_tree, in_dir,
                                                                       monkeypatch) -> None:
    from PIL import EpsImagePlugin

    def never(*args, **kwargs):
        raise AssertionError("the EPS plugin was asked to open an outline's picture")

    monkeypatch.setattr(EpsImagePlugin.EpsImageFile, "_open", never)
    eps = "%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
    slide = {"title": "A", "layout": "image", "image": "photo.png", "alt": "x"}
    in_dir(write_tree({"d.yaml": outline(slide), "photo.png": eps}))
    result = run("check", "d.yaml", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["message"].startswith(
        "photo.png is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture")


# -- 6. an organization's template --------------------------------------------------------------

def repacked(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """Write `source` to `target` with members replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for entry in original.infolist():
            if entry.filename in change:
                if change[entry.filename] is not None:
                    out.writestr(entry.filename, change[entry.filename])
            else:
                out.writestr(entry, original.read(entry.filename))
        for name, data in change.items():
            if name not in original.namelist() and data is not None:
                out.writestr(name, data)
    return target


def member(name: str) -> bytes:
    with zipfile.ZipFile(DEFAULT_LOOK) as package:
        return package.read(name)


def test_workshops_own_look_works_as_an_organizations_template(write_tree) -> None:
    root = write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\ntemplate: own.pptx\n"})
    (root / "own.pptx").write_bytes(DEFAULT_LOOK.read_bytes())
    for deck in ("parent-night.yaml", "parent-night-short.yaml", "es/noche-de-padres.yaml"):
        assert [str(f) for f in check(REPO / "decks" / deck, brand_path=root / "kit.yaml")] == []


THEME = "ppt/theme/theme1.xml"
PRESENTATION = "ppt/presentation.xml"
BOMB = (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<t>&c;</t>")
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<t>&x;</t>")
BROKEN_TEMPLATES = {
    "a slide of 0 x 0": ({PRESENTATION: re.sub(rb'<p:sldSz cx="\d+" cy="\d+"',
                                               b'<p:sldSz cx="0" cy="0"',
                                               member(PRESENTATION))},
                         "has a slide width of 0.00 in"),
    "no slide size": ({PRESENTATION: re.sub(rb"<p:sldSz[^>]*/>", b"", member(PRESENTATION))},
                      "sets no slide size"),
    "a theme that is not XML": ({THEME: b"not xml at all"}, "theme1.xml is not well-formed XML"),
    "a theme without colours": ({THEME: re.sub(rb"<a:clrScheme.*</a:clrScheme>", b"",
                                               member(THEME), flags=re.S)},
                                "has no color scheme"),
    "a theme without fonts": ({THEME: re.sub(rb"<a:latin [^>]*/>", b"", member(THEME))},
                              "names no heading font"),
    "an entity bomb": ({THEME: BOMB}, "declares a document type or entities"),
    "an external entity": ({THEME: EXTERNAL}, "declares a document type or entities"),
    "macros": ({"ppt/vbaProject.bin": b"\x00macro"}, "holds macros"),
    "macros under another name": ({"ppt/_rels/presentation.xml.rels": member(
        "ppt/_rels/presentation.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/'
        b'office/2006/relationships/vbaProject" Target="code.dat"/></Relationships>'),
        "ppt/code.dat": b"\x00macro"}, "relates macros or active content"),
    "a document type in UTF-16": ({THEME: ('<?xml version="1.0" encoding="UTF-16"?>'
                                           '<!DOCTYPE t [<!ENTITY a "b">]><t>&a;</t>'
                                           ).encode("utf-16")},
                                  "declares a document type or entities"),
    "a linked picture dressed as a hyperlink": ({
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": member(
            "ppt/slideMasters/_rels/slideMaster1.xml.rels").replace(
            b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxml'
            b'formats.org/officeDocument/2006/relationships/hyperlink" '
            b'Target="http://example.invalid/t.png" TargetMode="External"/></Relationships>'),
        "ppt/slideMasters/slideMaster1.xml": member("ppt/slideMasters/slideMaster1.xml").replace(
            b"<p:cSld", b'<p:cSld r:link="rId99"', 1)},
        "takes a picture or object from outside the file"),
    "an outside link": ({"ppt/slideMasters/_rels/slideMaster1.xml.rels": member(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.'
        b'org/officeDocument/2006/relationships/image" Target="file:///etc/hosts" '
        b'TargetMode="External"/></Relationships>')}, "links to 'file:///etc/hosts'"),
}


@pytest.mark.parametrize("case", list(BROKEN_TEMPLATES))
def test_a_broken_or_dangerous_template_is_refused_at_the_kits_line(case: str, write_tree,
                                                                   in_dir) -> None:
    change, message = BROKEN_TEMPLATES[case]
    root = in_dir(write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\ntemplate: org.pptx\n",
                              "d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    repacked(DEFAULT_LOOK, root / "org.pptx", change)
    result = run("build", "d.yaml", "--brand", "kit.yaml", "-o", "out.pptx")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("kit.yaml:3:11: template: org.pptx")
    assert message in first
    assert not (root / "out.pptx").exists()


def test_a_template_with_a_broken_central_directory_is_refused(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\ntemplate: org.pptx\n",
                              "d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    data = bytearray(DEFAULT_LOOK.read_bytes())
    directory = data.find(b"PK\x01\x02")  # the first entry of the central directory
    data[directory + 42:directory + 46] = b"\xff\xff\xff\x7f"  # its data: past the end
    (root / "org.pptx").write_bytes(bytes(data))
    result = run("check", "d.yaml", "--brand", "kit.yaml")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("kit.yaml:3:11: template: org.pptx")


def test_a_templates_web_links_are_kept(write_tree, tmp_path: Path) -> None:
    rels = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
    root = write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\ntemplate: org.pptx\n",
                       "d.yaml": outline({"title": "A", "bullets": ["a"]})})
    repacked(DEFAULT_LOOK, root / "org.pptx", {rels: member(rels).replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org'
        b'/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" '
        b'TargetMode="External"/></Relationships>')})
    build(root / "d.yaml", tmp_path / "out.pptx", brand_path=root / "kit.yaml")
    with zipfile.ZipFile(tmp_path / "out.pptx") as package:
        assert b"https://example.org/" in package.read(rels)


# -- 7. outputs and inputs ---------------------------------------------------------------------

def test_an_output_that_is_an_input_is_refused_and_the_input_kept(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"],
                                                 "notes": "speaker_notes/a.md"}),
                              "speaker_notes/a.md": "Notes.\n"}))
    before = (root / "d.yaml").read_bytes()
    for args in (["build", "d.yaml", "-o", "d.yaml"],
                 ["export", "d.yaml", "--format", "md", "-o", "speaker_notes/a.md"]):
        result = run(*args)
        assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert (root / "d.yaml").read_bytes() == before
    assert (root / "speaker_notes" / "a.md").read_text() == "Notes.\n"
    assert "the output would overwrite an input" in run(
        "export", "d.yaml", "--format", "md", "-o", "speaker_notes/a.md").stderr


def test_a_device_or_a_fifo_is_never_an_output(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    result = run("build", "d.yaml", "-o", "/dev/full")
    assert result.exit_code == 1
    assert result.stderr.startswith("/dev/full:1:1: the output must be a .pptx file")
    assert Path("/dev/full").is_char_device()
    os.mkfifo(root / "out.pptx")
    result = run("build", "d.yaml", "-o", "out.pptx")
    assert result.exit_code == 1
    assert result.stderr.startswith("out.pptx:1:1: the output is a FIFO, not a file")
    assert (root / "out.pptx").is_fifo()


def test_a_folder_named_with_a_slash_is_a_folder(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    result = run("build", "d.yaml", "-o", "newdir/")
    assert result.exit_code == 0, result.stderr
    assert (root / "newdir" / "d.pptx").is_file()


def test_a_fifo_or_a_device_as_input_is_refused_at_once(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    os.mkfifo(root / "pipe.yaml")
    for deck in ("pipe.yaml", "/dev/zero"):
        result = subprocess.run([*WORKSHOP, "check", deck], capture_output=True, text=True,
                                timeout=60, cwd=root)
        assert result.returncode == 1
        assert "not a file" in result.stderr and "Traceback" not in result.stderr


def test_preview_pages_under_a_file_is_a_message_before_any_work(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]}),
                              "taken": "a file"}))
    result = run("preview", "d.yaml", "-o", "sheet.png", "--pages", "taken/pages")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("taken/pages:1:1: taken is a file, not a folder")
    assert not (root / "sheet.png").exists()


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_termination_while_writing_leaves_no_temporary_file(name: str, write_tree,
                                                            tmp_path: Path) -> None:
    root = write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]})})
    output = tmp_path / "out" / "deck.pptx"
    output.parent.mkdir()
    output.write_bytes(b"the previous deck")
    script = (
        "import os, signal, sys\n"
        "from workshop import cli, package, termination\n"
        "termination.stop_cleanly_on_termination()\n"
        f"real = os.fsync\n"
        f"def fsync(fd):\n    os.kill(os.getpid(), signal.{name})\n    real(fd)\n"
        "package.os.fsync = fsync\n"
        f"sys.argv = ['workshop', 'build', {str(root / 'd.yaml')!r}, '-o', {str(output)!r}]\n"
        "cli.main()\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 128 + getattr(signal, name)
    assert output.read_bytes() == b"the previous deck"
    assert [p.name for p in output.parent.iterdir()] == ["deck.pptx"]


# -- 8. limits ---------------------------------------------------------------------------------

def test_too_many_includes_stop_at_the_limit(write_tree, in_dir) -> None:
    deck = "title: T\nsections:\n  - title: S\n    slides:\n" + "\n".join(
        ["      - include: s.yaml"] * 5_001)
    in_dir(write_tree({"s.yaml": "title: A\nbullets: [a]\n", "d.yaml": deck,
                       "speaker_notes/.keep": ""}))
    assert "the outline includes files more than 5,000 times in all" in run("check",
                                                                             "d.yaml").stderr


def test_an_include_bomb_stops_at_the_limit_quickly(write_tree, in_dir) -> None:
    slides = "\n".join(f"- title: T{i}\n  bullets: [a, b]" for i in range(40))
    section = "title: S\nslides:\n" + "\n".join(["  - include: s.yaml"] * 60)
    deck = "title: T\nsections:\n" + "\n".join(["  - include: sec.yaml"] * 60)
    in_dir(write_tree({"s.yaml": slides, "sec.yaml": section, "d.yaml": deck,
                       "speaker_notes/.keep": ""}))
    result = run("check", "d.yaml")
    assert result.exit_code == 1
    assert "through its includes" in result.stderr  # more than 250,000 values


def test_a_notes_file_too_big_is_refused_before_it_is_read(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"],
                                                 "notes": "big.md"}),
                              "speaker_notes/.keep": ""}))
    with open(root / "big.md", "wb") as big:
        big.truncate(35_000_000)
    result = run("check", "d.yaml")
    assert result.exit_code == 1
    assert "big.md is 35,000,000 bytes; notes are at most 800,000" in result.stderr


def test_long_text_gets_a_diagnostic_and_a_long_title_still_builds(write_tree, in_dir,
                                                                   tmp_path: Path) -> None:
    in_dir(write_tree({"word.yaml": outline({"title": "A", "bullets": ["x" * 1_000_000]}),
                       "title.yaml": outline({"title": "A", "bullets": ["a"]},
                                             subtitle="s" * 300)}))
    result = run("check", "word.yaml")
    assert result.exit_code == 1
    assert "text of 1,000,000 characters; the limit is 2,000" in result.stderr
    build(Path("title.yaml"), tmp_path / "t.pptx")
    assert len(Presentation(str(tmp_path / "t.pptx")).core_properties.subject) == 255


def test_a_feedback_link_too_long_for_a_qr_code_is_a_kit_error(write_tree, in_dir) -> None:
    link = "https://example.org/" + "x" * 3000
    in_dir(write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\nfeedback: {link}\n",
                       "d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    result = run("export", "d.yaml", "--kind", "guide", "--brand", "kit.yaml", "-o", "g.md")
    assert result.exit_code == 1
    assert result.stderr.startswith("kit.yaml:3:11: feedback: text of more than 500 characters")


def test_a_source_date_past_what_zip_can_record_still_builds(write_tree, tmp_path: Path,
                                                             monkeypatch) -> None:
    root = write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]})})
    for epoch in ("4354819200", "99999999999999999999"):  # 2108, and far beyond
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        build(root / "d.yaml", tmp_path / "out.pptx")
        with zipfile.ZipFile(tmp_path / "out.pptx") as package:
            assert package.infolist()[0].date_time[0] == 2107


# -- 9. kit text ---------------------------------------------------------------------------------

def test_control_characters_in_kit_text_are_removed_and_bad_fonts_located(write_tree,
                                                                         tmp_path: Path) -> None:
    root = write_tree({"kit.yaml": f'name: "Org\\x1b"\ncolors: {GOOD}\nfooter: "Foot\\x07er"\n',
                       "bad.yaml": f"name: Org\ncolors: {GOOD}\n"
                                   'fonts: {heading: "--help", body: "Ari\\x1bal"}\n',
                       "d.yaml": outline({"title": "A", "bullets": ["a"]})})
    build(root / "d.yaml", tmp_path / "out.pptx", brand_path=root / "kit.yaml")
    shown = "\n".join(texts(tmp_path / "out.pptx"))
    assert "Footer" in shown and "Org" in shown and "\x1b" not in shown
    with pytest.raises(WorkshopError) as failure:
        build(root / "d.yaml", tmp_path / "bad.pptx", brand_path=root / "bad.yaml")
    assert [d.where for d in failure.value.diagnostics] == ["fonts.heading", "fonts.body"]
    assert all(d.file.endswith("bad.yaml") and d.line == 3 for d in failure.value.diagnostics)


# -- 10. the fit -------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [8, 9, 10, 12])
def test_short_bullets_and_a_prompt_fit_or_split_never_overflow(count: int, write_tree,
                                                               tmp_path: Path) -> None:
    bullets = [f"Short point number {n}" for n in range(count)]
    root = write_tree({"d.yaml": outline({"title": "A", "bullets": bullets,
                                          "prompts": ["What do you think?"]})})
    result = build(root / "d.yaml", tmp_path / "out.pptx")
    assert [w.code for w in result.warnings if w.code == "O203"] == []
    shown = "\n".join(texts(tmp_path / "out.pptx"))
    assert all(bullet in shown for bullet in bullets)
    assert shown.count("Ask the room: What do you think?") == 1


# -- 11. locations -------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "code"), [(b"\x1b", "001B"), (b"\x0c", "000C"),
                                           (b"\xef\xbf\xbe", "FFFE")])
def test_a_character_yaml_forbids_is_located(raw: bytes, code: str, write_tree, in_dir) -> None:
    root = in_dir(write_tree({}))
    (root / "d.yaml").write_bytes(b"title: T\nsections:\n  - title: S\n    slides:\n"
                                  b'      - {title: "A' + raw + b'B", bullets: [a]}\n')
    result = run("check", "d.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"d.yaml:5:19: YAML syntax: the character U+{code} ")


def test_a_template_error_in_a_folded_block_names_its_own_line(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                                 "      - title: A\n        bullets: [a]\n        notes: >\n"
                                 "          First paragraph\n          goes on.\n\n\n"
                                 "          Second.\n\n          Third {{ nope }}.\n"}))
    assert run("check", "d.yaml").stderr.startswith("d.yaml:14:1: sections[0].slides[0].notes: "
                                                    "undefined variable 'nope'")


def test_a_notes_file_not_in_utf8_is_named(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"],
                                                 "notes": "win.md"}),
                              "speaker_notes/.keep": ""}))
    (root / "win.md").write_bytes("Line one.\n\u201cQuoted\u201d\n".encode("cp1252"))
    result = run("check", "d.yaml")
    assert "win.md is not UTF-8 text (byte 0x93 on line 2); save it as UTF-8" in result.stderr


# -- 12. the same file in any time zone ---------------------------------------------------------

def test_a_pdf_export_is_the_same_in_every_time_zone(tmp_path: Path) -> None:
    require_tool("soffice")
    made = []
    for zone in ("UTC", "Asia/Kolkata", "America/Los_Angeles"):
        output = tmp_path / f"{zone.replace('/', '-')}.pdf"
        env = {**os.environ, "TZ": zone}
        subprocess.run([*WORKSHOP, "export", str(REPO / "decks" / "parent-night-short.yaml"),
                        "--kind", "handout", "--format", "pdf", "-o", str(output)], check=True,
                       env=env, capture_output=True, timeout=300)
        made.append(output.read_bytes())
    assert made[0] == made[1] == made[2]


# -- found by an outside attack, each now a located diagnostic or a valid deck ---------------

@pytest.mark.parametrize("values", [["nan", 1], ["inf", 1], ["1e999", 1]])
def test_a_chart_value_must_be_a_finite_number(values: list, write_tree, in_dir) -> None:
    slide = {"title": "A", "layout": "statistic", "figure": "6", "caption": "c",
             "source": "guide", "chart": {"kind": "bar", "categories": ["a", "b"],
                                          "values": values}}
    in_dir(write_tree({"d.yaml": outline(slide)}))
    result = run("check", "d.yaml", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["where"] == "sections[0].slides[0].chart.values[0]"


def test_a_number_format_with_a_noncharacter_is_refused(write_tree, in_dir) -> None:
    slide = {"title": "A", "layout": "statistic", "figure": "6", "caption": "c",
             "source": "guide", "chart": {"kind": "bar", "categories": ["a"], "values": [1],
                                          "number_format": '"\ufffe"'}}
    in_dir(write_tree({"d.yaml": outline(slide)}))
    result = run("check", "d.yaml")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "chart.number_format: not an Excel number format" in result.stderr


@pytest.mark.parametrize("case", ["corrupt data", "theme font like an option"])
def test_odd_template_members_are_messages(case: str, write_tree, in_dir) -> None:
    root = in_dir(write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\ntemplate: org.pptx\n",
                              "d.yaml": outline({"title": "A", "bullets": ["a"]})}))
    if case == "corrupt data":
        data = bytearray(DEFAULT_LOOK.read_bytes())
        start = data.find(b"ppt/theme/theme1.xml") + 40
        data[start:start + 30] = bytes(range(30))
        (root / "org.pptx").write_bytes(bytes(data))
    else:
        repacked(DEFAULT_LOOK, root / "org.pptx", {THEME: re.sub(
            rb'(<a:majorFont><a:latin typeface=")[^"]*"', rb'\1--help"', member(THEME))})
    result = run("build", "d.yaml", "--brand", "kit.yaml", "-o", "out.pptx")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("kit.yaml:3:11: template: org.pptx")


def test_odd_titles_names_and_dates_still_build_or_say_why(write_tree, in_dir,
                                                          monkeypatch) -> None:
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": ["a"]},
                                                subtitle="s", title="T" * 240)}))
    result = run("export", "d.yaml", "--format", "docx", "-o", "guide.docx")
    assert result.exit_code == 0, result.stderr
    result = run("build", "d.yaml", "-o", "x" * 300 + ".pptx")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "\u00b2")
    assert run("build", "d.yaml", "-o", "ok.pptx").exit_code == 0
    assert (root / "ok.pptx").is_file()


def test_deck_text_is_never_read_as_terminal_markup(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"decks/d.yaml": outline({"title": "A", "bullets": ["a"]},
                                                      title="[/] [bold]x"),
                              "decks/bad[/].yaml": "title: [\n"}))
    result = run("list")
    assert result.exit_code == 0 and "[/] [bold]x" in result.stdout
    result = run("build", "decks/bad[/].yaml", "decks/d.yaml", "-o", "out/")
    assert result.exit_code == 1 and "failed out/].pptx: decks/bad[/].yaml" in result.stderr
    assert (root / "out" / "d.pptx").is_file()


def test_json_output_survives_a_lone_surrogate_and_a_bad_set(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": 'title: T\nsources: {"k\\ud800": v}\nsections:\n'
                                 "  - title: S\n    slides:\n"
                                 "      - {title: A, bullets: [a], source: zz}\n"}))
    result = run("check", "d.yaml", "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)
    result = run("check", "d.yaml", "--format", "json", "--set", "a b=1")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["file"] == "--set"


@pytest.mark.parametrize("template", ["{{ range }}", "{{ cycler(1) }}", "{{ 'x'.upper }}"])
def test_a_value_that_would_print_a_memory_address_is_refused(template: str, write_tree,
                                                              in_dir) -> None:
    in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": [template]})}))
    result = run("check", "d.yaml")
    assert result.exit_code == 1 and "cannot print a" in result.stderr


def test_preview_pages_never_overwrite_an_input(write_tree, in_dir) -> None:
    require_tool("soffice")
    root = in_dir(write_tree({"d.yaml": outline({"title": "A", "layout": "image",
                                                 "image": "slide-003.png", "alt": "x"}),
                              "speaker_notes/.keep": ""}))
    from conftest import png

    (root / "slide-003.png").write_bytes(png(40, 30, "navy"))
    before = (root / "slide-003.png").read_bytes()
    result = run("preview", "d.yaml", "-o", "out/sheet.png", "--pages", ".")
    assert result.exit_code == 1
    assert "the output would overwrite an input (slide-003.png)" in result.stderr
    assert (root / "slide-003.png").read_bytes() == before
    assert not (root / "out" / "sheet.png").exists()


def test_a_second_termination_signal_cannot_cut_the_clean_up_short() -> None:
    from workshop import termination

    previous = {number: signal.getsignal(number) for number in termination.SIGNALS}
    try:
        with termination.interrupts_stop_cleanly():
            termination.stop_cleanly_on_termination()
            with pytest.raises(SystemExit) as first:
                signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)
            assert first.value.code == 128 + signal.SIGTERM
            # Stopping: a second signal of any kind returns, raising nothing.
            assert signal.getsignal(signal.SIGHUP)(signal.SIGHUP, None) is None
            assert signal.getsignal(signal.SIGINT)(signal.SIGINT, None) is None
        # Stopping, every one is ignored by the system itself until the process has ended.
        assert {signal.getsignal(number) for number in (signal.SIGINT, *termination.SIGNALS)} \
            == {signal.SIG_IGN}
        termination._State.stopping = False  # this test's process goes on
        signal.signal(signal.SIGINT, signal.default_int_handler)
        with termination.interrupts_stop_cleanly():
            pass
        # Not stopped: out of the season, Ctrl-C is Python's own again.
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for number, handler in previous.items():
            signal.signal(number, handler)


def test_a_signal_inside_a_held_step_waits_for_its_end() -> None:
    from workshop import termination

    previous = {number: signal.getsignal(number)
                for number in (signal.SIGINT, *termination.SIGNALS)}
    try:
        with termination.interrupts_stop_cleanly():
            steps = []
            with pytest.raises(KeyboardInterrupt), termination.held():
                signal.getsignal(signal.SIGINT)(signal.SIGINT, None)  # arrives mid-step
                steps.append("finished")
            assert steps == ["finished"]
    finally:  # this test's process goes on, and starts others: Ctrl-C is theirs again
        termination._State.stopping = False
        for number, handler in previous.items():
            signal.signal(number, handler)


def test_a_second_include_key_is_a_duplicate(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                                 "      - include: s.yaml\n        include: other.yaml\n",
                       "s.yaml": "title: A\nbullets: [a]\n", "speaker_notes/.keep": ""}))
    assert run("check", "d.yaml").stderr.startswith(
        "d.yaml:6:9: sections[0].slides[0]: duplicate key 'include' (first defined on line 5)")


def test_the_templates_of_a_deck_share_one_time_budget(write_tree, in_dir) -> None:
    slow = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    in_dir(write_tree({"d.yaml": outline({"title": "A", "bullets": [slow] * 40})}))
    result = run("check", "d.yaml")
    assert result.exit_code == 1
    assert result.stderr.count("templates stopped: together they ran longer than 10 s") == 1


def test_text_that_shows_nothing_is_empty_and_located(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": outline({"title": "\u200b\u200d", "bullets": ["a"]}),
                       "kit.yaml": f'name: Org\ncolors: {GOOD}\n'
                                   'resources: [{name: "\\x01", detail: d}]\n'}))
    assert run("check", "d.yaml").stderr.startswith(
        "d.yaml:7:12: sections[0].slides[0].title: must not be empty")
    assert run("check", "d.yaml", "--brand", "kit.yaml").stderr.startswith(
        "kit.yaml:3:20: resources[0].name: must not be empty")


def test_check_json_carries_control_and_direction_characters_escaped(write_tree,
                                                                     in_dir) -> None:
    """A file name holding ESC, CSI or U+202E reaches `check --format json` as \\u escapes
    (nothing a terminal acts on), and a JSON reader reads the name back as it is."""
    name = "deck\x1b[31m\x9b\u202e.yaml"
    in_dir(write_tree({name: "title: T\nsections:\n  - title: S\n    slides:\n"
                             "      - {title: A colour, bullets: [a]}\n",
                       "speaker_notes/.keep": ""}))
    result = run("check", name, "--format", "json")
    assert not set(result.stdout) & {"\x1b", "\x9b", "\u202e"}
    assert "\\u001b[31m\\u009b\\u202e" in result.stdout
    assert {finding["file"] for finding in json.loads(result.stdout)} == {name}
