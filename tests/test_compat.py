"""One test per entry of workshop.compat: each fails, naming its entry, when a python-pptx (or
python-docx) release changes the private name the entry relies on."""

from __future__ import annotations

import io

import pytest
from conftest import png
from docx import Document as WordDocument
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.enum.chart import XL_CHART_TYPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from workshop import compat


@pytest.fixture
def prs():
    presentation = Presentation()
    presentation.slides.add_slide(presentation.slide_layouts[6])
    return presentation


def entry(name: str, check) -> None:
    """Run `check`; fail saying which compat entry python-pptx no longer supports."""
    try:
        assert check(), f"compat.{name}: python-pptx no longer behaves as relied on"
    except (AttributeError, TypeError, KeyError) as exc:
        pytest.fail(f"compat.{name}: python-pptx changed what it relies on ({exc})")


def test_content_types_xml_is_what_save_writes(prs) -> None:
    import zipfile

    saved = io.BytesIO()
    prs.save(saved)
    written = zipfile.ZipFile(saved).read("[Content_Types].xml")
    parts = tuple(prs.part.package.iter_parts())
    entry("content_types_xml", lambda: compat.content_types_xml(parts) == written)


def test_image_parts(prs) -> None:
    entry("image_parts", lambda: hasattr(compat.image_parts(prs.part.package),
                                         "get_or_add_image_part"))


def test_image_parts_subclass_is_what_pictures_go_through(prs) -> None:
    added = []

    class Recording(compat.ImageParts):
        def get_or_add_image_part(self, image_file):
            added.append(image_file)
            return super().get_or_add_image_part(image_file)

    package = prs.part.package
    compat.set_image_parts(package, Recording(package))
    prs.slides[0].shapes.add_picture(io.BytesIO(png(8, 8, "red")), 0, 0)
    entry("ImageParts, set_image_parts", lambda: len(added) == 1)


def test_indexed_image_parts_name_and_share_pictures_as_python_pptx_does() -> None:
    """Pictures added through the index land in the parts python-pptx's own walk gives: the
    same picture twice is one part, a new one takes the lowest free media number."""
    def built(indexed: bool) -> list[tuple[str, str]]:
        presentation = Presentation()
        slide = presentation.slides.add_slide(presentation.slide_layouts[6])
        package = presentation.part.package
        if indexed:
            compat.index_image_parts(package, [], frozenset())
            assert isinstance(compat.image_parts(package), compat.IndexedImageParts)
        for colour in ("red", "blue", "red"):
            slide.shapes.add_picture(io.BytesIO(png(8, 8, colour)), 0, 0)
        return [(shape.name, shape.image.sha1) for shape in slide.shapes] + sorted(
            (str(part.partname), part.sha1) for part in package.iter_parts()
            if str(part.partname).startswith("/ppt/media/"))

    entry("IndexedImageParts, index_image_parts", lambda: built(True) == built(False))


def test_add_relationship(prs) -> None:
    slide_part = prs.slides[0].part
    entry("add_relationship", lambda: compat.add_relationship(
        prs.part.rels, RT.SLIDE, slide_part).startswith("rId"))


def test_package_and_part_relationships(prs) -> None:
    package = prs.part.package
    entry("package_rels_xml", lambda: b"officeDocument" in compat.package_rels_xml(package))
    entry("part_rels", lambda: len(compat.part_rels(prs.part)) > 0
          and b"<Relationships" in compat.part_rels(prs.part).xml)


def test_slide_ids(prs) -> None:
    ids = compat.slide_id_list(prs.slides)
    before = len(ids)
    rid = prs.part.relate_to(prs.slides[0].part, RT.SLIDE)
    compat.add_slide_id(ids, 999, rid)
    entry("slide_id_list, add_slide_id", lambda: len(ids) == before + 1
          and ids[-1].get("id") == "999")
    compat.remove_slide_id(ids, ids[-1])
    entry("remove_slide_id", lambda: len(ids) == before
          and all(slide_id.get("id") != "999" for slide_id in ids))


def test_shape_tree_and_charts(prs) -> None:
    shapes = prs.slides[0].shapes
    entry("shape_tree", lambda: compat.shape_tree(shapes).tag.endswith("}spTree"))
    data = CategoryChartData()
    data.categories = ["a"]
    data.add_series("s", [1])
    frame = shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, 0, 100, 100, data)
    entry("chart_space", lambda: compat.chart_space(frame.chart).tag.endswith("}chartSpace"))
    rid = prs.slides[0].part.relate_to(frame.chart.part, RT.CHART)
    entry("add_chart_frame", lambda: compat.add_chart_frame(shapes, rid, 0, 0, 10, 10)
          is not None)


def test_shapes_over_a_slide_s_elements(prs) -> None:
    """A shape over an element takes its text and name without a slide around it; a shape
    in a slide is of the kind its XML says."""
    slide = prs.slides[0]
    box = slide.shapes.add_textbox(0, 0, Inches(1), Inches(1))
    over = compat.shape_over(box.element)
    over.text_frame.text = "set through the shape"
    entry("shape_over", lambda: box.text_frame.text == "set through the shape")
    entry("shape_in", lambda: type(compat.shape_in(slide, box.element)) is type(box)
          and compat.shape_in(slide, box.element).name == box.name)


def test_scratch_shapes_draw_as_a_slide_does(prs) -> None:
    scratch = compat.scratch_shapes()
    entry("scratch_shapes", lambda: scratch.add_textbox(0, 0, Inches(1), Inches(1)).name
          == prs.slides[0].shapes.add_textbox(0, 0, Inches(1), Inches(1)).name)
    entry("scratch_shapes", lambda: len(compat.scratch_shapes()) == 0)


def test_set_part_blob(prs) -> None:
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME)
    compat.set_part_blob(theme, b"<replaced/>")
    entry("set_part_blob", lambda: theme.blob == b"<replaced/>")


def test_workbook_writer() -> None:
    import xlsxwriter

    data = CategoryChartData()
    data.categories = ["a"]
    data.add_series("s", [1])
    writer = CategoryWorkbookWriter(data)
    entry("workbook_data", lambda: compat.workbook_data(writer) is data)
    stream = io.BytesIO()
    with xlsxwriter.Workbook(stream, {"in_memory": True}) as workbook:
        compat.populate_worksheet(writer, workbook, workbook.add_worksheet())
    entry("populate_worksheet", lambda: stream.getvalue().startswith(b"PK"))


def test_docx_inline(tmp_path) -> None:
    word = WordDocument()
    word.add_picture(io.BytesIO(png(20, 10, "navy")), width=Inches(1))
    entry("docx_inline", lambda: compat.docx_inline(word.inline_shapes[-1]).tag.endswith(
        "}inline"))


def test_xml_of(prs) -> None:
    slide = prs.slides[0]
    shape = slide.shapes.add_textbox(0, 0, Inches(1), Inches(1))
    entry("xml_of", lambda: compat.xml_of(slide.part).tag.endswith("}sld"))
    entry("xml_of", lambda: compat.xml_of(shape.text_frame).tag.endswith("}txBody"))
    entry("xml_of", lambda: compat.xml_of(shape) is shape.element)
    word = WordDocument()
    paragraph = word.add_paragraph("text")
    table = word.add_table(rows=1, cols=1)
    entry("xml_of", lambda: compat.xml_of(paragraph).tag.endswith("}p"))
    entry("xml_of", lambda: compat.xml_of(paragraph.runs[0]).tag.endswith("}r"))
    entry("xml_of", lambda: compat.xml_of(table).tag.endswith("}tbl"))
    entry("xml_of", lambda: compat.xml_of(table.rows[0]).tag.endswith("}tr"))
    entry("xml_of", lambda: compat.xml_of(table.cell(0, 0)).tag.endswith("}tc"))
    entry("xml_of", lambda: compat.xml_of(word.sections[0]).tag.endswith("}sectPr"))


def test_set_part_element(prs) -> None:
    import copy

    part = prs.slides[0].part
    replaced = copy.deepcopy(compat.xml_of(part))
    replaced.set("show", "0")  # what the part's bytes must now say
    compat.set_part_element(part, replaced)
    entry("set_part_element", lambda: compat.xml_of(part) is replaced
          and b'show="0"' in part.blob)


def test_forget_views(prs) -> None:
    part = prs.slides[0].part
    before = part.slide  # a view python-pptx caches on the part
    compat.forget_views(part)
    entry("forget_views", lambda: part.slide is not before and part.slide is part.slide)


def test_docx_entries_are_what_save_writes() -> None:
    import zipfile

    word = WordDocument()
    word.add_paragraph("text")
    saved = io.BytesIO()
    word.save(saved)
    written = zipfile.ZipFile(saved)
    entries = dict(compat.docx_entries(word))
    entry("docx_entries", lambda: list(entries) == written.namelist()
          and all(entries[name] == written.read(name) for name in entries))


# python-pptx's modules beyond its documented API, and what our code takes from each
# (outside compat, whose entries are tested above): a release that moves or changes one
# fails below, naming it, rather than in a deck.
PUBLIC = ("pptx.util", "pptx.enum", "pptx.slide", "pptx.presentation", "pptx.text.text",
          "pptx.chart.data", "pptx.opc.constants", "pptx.dml")
INTERNAL = {
    "pptx.chart.xlsx": {"CategoryWorkbookWriter"},
    "pptx.opc.packuri": {"PACKAGE_URI", "PackURI"},
    "pptx.oxml": {"parse_xml"},
    "pptx.oxml.shapes.picture": {"CT_Picture"},
    "pptx.parts.chart": {"ChartPart"},
    "pptx.parts.embeddedpackage": {"EmbeddedXlsxPart"},
    "pptx.parts.image": {"ImagePart"},
    "pptx.parts.slide": {"NotesSlidePart", "SlideLayoutPart", "SlidePart"},
    "pptx.shapes.shapetree": {"SlideShapes"},
}


def test_python_pptx_internals_are_taken_only_as_listed() -> None:
    """Every name our code imports from python-pptx's internal modules (outside compat) is
    in INTERNAL, and every name there is still imported: the list is the code's."""
    import ast

    from conftest import REPO

    taken: dict[str, set[str]] = {}
    for path in (REPO / "src" / "workshop").rglob("*.py"):
        if path.name == "compat.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ImportFrom) and node.module
                    and node.module.startswith("pptx.")
                    and not node.module.startswith(PUBLIC)):
                taken.setdefault(node.module, set()).update(a.name for a in node.names)
    assert taken == INTERNAL


def test_python_pptx_internals_still_do_what_we_take_them_for(prs) -> None:
    """Each internal name does what our code relies on: part names from templates and
    numbers, parts made from XML or bytes, a scratch shape tree, pictures made from XML."""
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.packuri import PACKAGE_URI, PackURI
    from pptx.oxml import parse_xml
    from pptx.oxml.shapes.picture import CT_Picture
    from pptx.parts.chart import ChartPart
    from pptx.parts.embeddedpackage import EmbeddedXlsxPart
    from pptx.parts.image import Image, ImagePart
    from pptx.parts.slide import NotesSlidePart, SlideLayoutPart, SlidePart
    from pptx.shapes.shapetree import SlideShapeFactory, SlideShapes

    assert PACKAGE_URI.rels_uri.membername == "_rels/.rels"
    assert PackURI(ChartPart.partname_template % 3) == "/ppt/charts/chart3.xml"
    assert EmbeddedXlsxPart.partname_template % 2 == "/ppt/embeddings/Microsoft_Excel_Sheet2.xlsx"
    assert issubclass(CategoryWorkbookWriter, object) and hasattr(CategoryWorkbookWriter,
                                                                  "xlsx_blob")
    package = prs.part.package
    slide = prs.slides[0]
    made = SlidePart(PackURI("/ppt/slides/slide9.xml"), CT.PML_SLIDE, package,
                     parse_xml(slide.part.blob))
    assert made.slide.shapes is not None and made.partname == "/ppt/slides/slide9.xml"
    notes = NotesSlidePart(PackURI("/ppt/notesSlides/notesSlide9.xml"), CT.PML_NOTES_SLIDE,
                           package, parse_xml(slide.notes_slide.part.blob))
    assert notes.notes_slide is not None
    layout = prs.slide_layouts[0].part
    copied = SlideLayoutPart(PackURI("/ppt/slideLayouts/slideLayout99.xml"),
                             CT.PML_SLIDE_LAYOUT, package, parse_xml(layout.blob))
    assert copied.slide_layout.name == prs.slide_layouts[0].name
    image = Image.from_blob(png(8, 8, "red"))
    part = ImagePart(PackURI("/ppt/media/image9.png"), image.content_type, package,
                     image.blob, image.filename)
    assert part.sha1 == image.sha1
    scratch = compat.scratch_shapes()
    assert isinstance(scratch, SlideShapes)  # what the bottom row's drawing is typed as
    box = scratch.add_textbox(0, 0, Inches(1), Inches(1))
    assert SlideShapeFactory(box.element, slide.shapes).name == box.name
    pic = CT_Picture.new_pic(5, "Logo", "alt", "rId9", 0, 0, 10, 10)
    assert pic.tag.endswith("}pic") and pic.nvPicPr.cNvPr.get("descr") == "alt"


def test_typer_arguments_show_as_we_name_them() -> None:
    """compat_typer's entry: a Typer argument named on the usage line by our function, and
    no type shown beside it."""
    import click
    import typer
    from typer.core import TyperArgument

    from workshop.cli import app
    from workshop.compat_typer import show_argument_as

    command = typer.main.get_command(app).commands["build"]  # type: ignore[attr-defined]
    params = command.get_params(click.Context(command))
    argument = next(p for p in params if isinstance(p, TyperArgument))
    show_argument_as(argument, lambda: "OUTLINE...")
    entry("show_argument_as", lambda: argument._usage_display_name() == "OUTLINE..."
          and argument.display_type_rich(None) is None
          and hasattr(TyperArgument, "_usage_display_name")
          and hasattr(TyperArgument, "display_type_rich"))
