"""The studio's web app: pages, downloads, slide images and live updates (Starlette).

Every build runs in one build session, one at a time, off the event loop; what a page
shows comes from the same compile as what it downloads. Nothing the browser sends names a
file: decks and kits are looked up by key in the project's listings.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import io
import json
import os
import shutil
import sys
import threading
import zipfile
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from workshop.brand import prepare_brand
from workshop.build import compile_deck, document_of, document_writer
from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError
from workshop.events import event_file_name
from workshop.formats import (
    DECK_MEDIA_TYPE,
    FORMATS,
    OFFERED,
    beside_a_deck,
    made_here,
    offers,
)
from workshop.i18n import format_clock, word
from workshop.library import library_root
from workshop.libreoffice import soffice
from workshop.model import Resource, Section
from workshop.notes_text import unescape_notes
from workshop.ooxml.package_view import PackageView
from workshop.paths import real, user_cache
from workshop.plan import SlidePlan
from workshop.prepare import prepare
from workshop.scaffold import add_decks
from workshop.session import BuildSession
from workshop.slide_images import (
    HINT,
    SlideImages,
    slide_digests,
    slide_texts,
)
from workshop.studio import kits, remembered
from workshop.studio.project import DeckEntry, StudioProject
from workshop.studio.security import (
    MAX_FORM_BYTES,
    MAX_UPLOAD_BYTES,
    SESSION_COOKIE,
    Guard,
    Tokens,
    allowed_hosts,
    new_key,
)
from workshop.studio.words import FIELDS, finding_lead, words
from workshop.theme.palette import LOOKS

EVENT_FIELDS = FIELDS  # the event's details a deck page's form and address carry
MEDIA_TYPES = {"pptx": DECK_MEDIA_TYPE, "zip": "application/zip",
               **{name: f.media_type for name, f in FORMATS.items()}}
IMAGE_WAIT_SECONDS = 300  # a first render of a full deck through LibreOffice
RENDER_QUEUE = 3  # pages whose slide images wait to be rendered; older ones are dropped
RENDER_STOP_SECONDS = 10  # a render cut off by the stop ends within it (its LibreOffice gone)
MAX_STREAMS = 16  # pages open with live updates at once (each watches the project)
_SKIPPED_FOLDERS = {"build", "src", "tests", "benchmarks", "docs", "node_modules", "venv",
                    "__pycache__"}


@dataclass
class Settings:
    """What the deck page's form asks for: the kit, the look, the event and its resources."""

    kit: str = ""
    look: str = ""
    event: dict[str, str] = field(default_factory=dict)
    resources: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def from_query(cls, request: Request) -> Settings:
        """Return the settings a deck page's address carries."""
        return cls.from_params(request.query_params)

    @classmethod
    def from_params(cls, query: QueryParams) -> Settings:
        """Return the settings of an address's query (a page's, or one remembered)."""
        names, details = query.getlist("resource_name"), query.getlist("resource_detail")
        return cls(query.get("kit", ""), query.get("look", ""),
                   {key: query.get(key, "").strip() for key in EVENT_FIELDS
                    if query.get(key, "").strip()},
                   [(n.strip(), d.strip()) for n, d in zip(names, details, strict=False)
                    if n.strip() or d.strip()])

    def known_look(self) -> str | None:
        """Return the look asked for, when it is one of the built-in looks."""
        return self.look if self.look in LOOKS else None

    def checked_resources(self) -> tuple[Resource, ...]:
        """Return the form's resources; raise WorkshopError naming each row that cannot be
        one (a name without its detail, say)."""
        found, problems = [], []
        for number, (name, detail) in enumerate(self.resources, start=1):
            try:
                found.append(Resource(name=name, detail=detail))
            except ValidationError as exc:
                fields = ", ".join(str(error["loc"][0]) for error in exc.errors())
                problems.append(Diagnostic("form", 1, 1, f"resource {number}",
                                           f"local resource {number} needs its {fields}: give "
                                           "both a name and a phone, site or hours"))
        if problems:
            raise WorkshopError(problems)
        return tuple(found)

    def query(self) -> str:
        """Return the settings as an address's query, for links that keep them."""
        pairs = [("kit", self.kit), ("look", self.look), *self.event.items()]
        for name, detail in self.resources:
            pairs += [("resource_name", name), ("resource_detail", detail)]
        return urlencode([(k, v) for k, v in pairs if v])


class Studio:
    """The app's state: the project, one build session, the slide images, form tokens."""

    def __init__(self, root: Path):
        self.key = ""  # the studio's key, once create_app has made it: error pages keep it
        self.project = StudioProject(root)
        self.session = BuildSession()
        self.build_lock = threading.Lock()
        self.images = SlideImages(studio_cache(root), resident=True)  # a render per save
        self.tokens = Tokens()
        self.rendering: dict[str, bool] = {}  # digests queued or being rendered
        self.queue: collections.deque = collections.deque()  # (pptx, digests, wanted)
        self.queue_lock = threading.Lock()
        self.renderer: threading.Thread | None = None
        self.stopping = False  # set by close(): no render starts after it
        self.render_problem: str | None = None  # why the last render failed, for the pages
        self.streams: set[asyncio.Event] = set()  # each open page's live updates: set to end
        self.loop: asyncio.AbstractEventLoop | None = None
        self.templates = Environment(loader=PackageLoader("workshop.studio", "templates"),
                                     autoescape=select_autoescape(default=True))
        self.templates.globals["finding_lead"] = finding_lead
        # a message as a sentence: its first letter capitalized, the rest as written
        self.templates.filters["sentence"] = lambda text: text[:1].upper() + text[1:]
        # a kit field's name in the page's words: {{ fields|map("kit_field", t) }}
        self.templates.filters["kit_field"] = lambda key, t: t.get(f"kit_field_{key}", key)

    # -- pages ----------------------------------------------------------------------------

    def page(self, request: Request, name: str, status: int = 200, **context) -> Response:
        """Return the template `name` as a page, with the form token of the browser."""
        session = request.cookies.get(SESSION_COOKIE) or Tokens.new_session()
        html = self.templates.get_template(name).render(
            token=self.tokens.token(session), request=request,
            base=request.scope.get("root_path", ""), **context)
        response = HTMLResponse(html, status_code=status)
        if request.cookies.get(SESSION_COOKIE) != session:
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'")
        return response

    async def start(self, request: Request, problem: str = "", status: int = 200,
                    add_problem: str = "") -> Response:
        decks = await run_in_threadpool(self._deck_summaries)
        events = remembered.load(self.project.root)
        return self.page(request, "start.html", status=status, decks=decks,
                         more=await run_in_threadpool(self._decks_to_add),
                         add_problem=add_problem,
                         kits=self.project.kits(), new_kit_problem=problem,
                         events={key: [{"summary": remembered.summary(query), "query": query}
                                       for query in queries]
                                 for key, queries in events.items()})

    async def new_kit(self, request: Request) -> Response:
        """Make a kit the user owns (blank, or a copy of a kit's look) and open its page."""
        form = await self._form(request)
        name = form.get("name")
        source_key = form.get("source")
        source = self.project.kit(source_key) if isinstance(source_key, str) and \
            source_key else None
        try:
            made = await run_in_threadpool(kits.new_kit, self.project.root / "decks" / "brands",
                                           name if isinstance(name, str) else "",
                                           source.path if source else None)
        except ValueError as exc:
            return await self.start(request, problem=str(exc), status=422)
        key = made.relative_to(self.project.root).with_suffix("").as_posix()
        await run_in_threadpool(remembered.remember_kit, self.project.root, key)
        return RedirectResponse(f"{request.scope.get('root_path', '')}/kit/{key}",
                                status_code=303)

    def _decks_to_add(self) -> list[DeckEntry]:
        """Return the library's decks this project has not got (none when the studio serves
        the library itself), as the start page offers them."""
        library = StudioProject(library_root())
        return [entry for entry in library.decks()
                if not (self.project.root / entry.path.relative_to(library.root)).exists()]

    async def add_deck(self, request: Request) -> Response:
        """Copy a deck of the library, with the files it reads, into the project (never over
        a file of the project's own) and open its page."""
        form = await self._form(request)
        name = form.get("name")
        try:
            if not isinstance(name, str) or name not in {
                    deck.path.stem for deck in self._decks_to_add()}:
                raise ValueError("that deck is not one workshop can add to this project")
            outline = (await run_in_threadpool(add_decks, self.project.root, [name]))[0]
        except ValueError as exc:
            return await self.start(request, add_problem=str(exc), status=422)
        key = outline.relative_to(self.project.root).with_suffix("").as_posix()
        return RedirectResponse(f"{request.scope.get('root_path', '')}/deck/{key}",
                                status_code=303)

    def _deck_summaries(self) -> list[dict]:
        """Return each deck with its slide count as its page will show it: built with the
        event and kit remembered for it (many local contacts take a slide of their own), once
        per change, in the session."""
        kept = remembered.load(self.project.root)
        found = []
        for deck in self.project.decks():
            slides: int | str
            try:
                settings = Settings.from_params(QueryParams(kept.get(deck.key, [""])[0]))
                slides = self._compile(deck, settings).written.slides
            except WorkshopError as exc:
                slides = f"{len(exc.diagnostics)} problem(s)"
            found.append({"entry": deck, "slides": slides})
        return found

    async def deck_page(self, request: Request) -> Response:
        deck = self._deck(request)
        settings = Settings.from_query(request)
        kept = remembered.load(self.project.root)
        new_event = request.query_params.get("new") == "1"
        if not request.query_params:  # opened afresh: the event last used for it, if any
            saved = kept.get(deck.key)
            if saved:
                return RedirectResponse(f"{request.scope.get('root_path', '')}/deck/{deck.key}"
                                        f"?{saved[0]}", status_code=303)
        if not request.query_params or new_event:
            # A new event starts with the kit the studio saved last (the one being worked
            # on); a project whose kits were never saved here starts with none.
            last = self.project.kit(remembered.last_kit(self.project.root))
            settings.kit = last.key if last and not self.project.read_only(last) else ""
        elif request.query_params.get("part") != "slides":
            await run_in_threadpool(remembered.remember, self.project.root, deck.key,
                                    settings.query(), request.query_params.get("was", ""))
            kept = remembered.load(self.project.root)  # the list as just saved
        view = await run_in_threadpool(self._compile_view, deck, settings)
        fragment = request.query_params.get("part") == "slides"
        t = words(deck.language)  # the page in the deck's language
        return self.page(request, "slides.html" if fragment else "deck.html", deck=deck,
                         settings=settings, kits=self.project.kits(), looks=sorted(LOOKS),
                         fields=[(key, t[key]) for key in EVENT_FIELDS],
                         hints={key: t[f"hint_{key}"] for key in EVENT_FIELDS
                                if f"hint_{key}" in t},
                         formats=OFFERED, t=t,
                         updated=request.query_params.get("updated") == "1",
                         copies=self._events_to_copy(deck, kept, settings),
                         events=[{"summary": remembered.summary(query), "query": query,
                                  "current": query == settings.query() and not new_event}
                                 for query in kept.get(deck.key, [])],
                         new_event=new_event, **view)

    def _events_to_copy(self, deck, kept: dict[str, list[str]], settings: Settings
                        ) -> list[dict]:
        """Return the events typed for the project's other decks, to fill this deck's form in
        one click (the same evening in Spanish, say), while its own form has no details. From
        a deck in another language the date is left to type again, in this deck's."""
        if settings.event or settings.resources:
            return []
        titles = {entry.key: entry for entry in self.project.decks()}
        copies = []
        for key, queries in kept.items():
            if key == deck.key or key not in titles:
                continue
            other_language = titles[key].language != deck.language
            copies += [{"deck": titles[key], "summary": remembered.summary(query),
                        "query": remembered.without_date(query) if other_language else query,
                        "retype_date": other_language} for query in queries[:3]]
        return copies

    def _compile_view(self, deck, settings: Settings) -> dict:
        """Compile the deck with `settings`; return what the deck page shows of it, and
        start rendering the slide images not yet rendered."""
        try:
            compiled = self._compile(deck, settings)
        except WorkshopError as exc:
            return {"slides": [], "parts": [], "problems": exc.diagnostics, "general": [],
                    "untranslated": None,
                    "query": settings.query(), "pictures_problem": None,
                    "pictures_pending": 0}
        package = PackageView(compiled.written.data, compiled.written.entries)  # read once
        digests, texts = slide_digests(package), slide_texts(package)
        missing = self.images.missing(digests)
        missing_tool = _missing_render_tool()
        if missing and missing_tool is None:
            self._render_later(compiled.written.data, digests, missing)
        # Said on the page at once, rather than as pictures that never come.
        pictures = (missing_tool or self.render_problem) if missing else None
        by_slide: dict[int, list[Diagnostic]] = {}
        general, untranslated = [], []
        for finding in compiled.findings:
            if finding.code == "K602":  # said once, with where to add the text (below)
                untranslated.append(finding.where)
                continue
            (by_slide.setdefault(finding.slide, []) if finding.slide else general).append(
                finding)
        slides = []
        for planned, digest, text in zip(compiled.plan.slides, digests, texts,
                                         strict=True):
            script = planned.script
            notes = unescape_notes(script.notes or "")
            if planned.script_on is not None:  # as the slide's own notes say
                notes = word(deck.language, "continued_notes", slide=planned.script_on)
            slides.append({"number": planned.number, "title": planned.title,
                           "digest": digest, "text": text, "notes": notes,
                           "minutes": format_clock(script.minutes) if script.minutes else "",
                           "prompts": list(getattr(script, "prompts", []) or []),
                           "findings": by_slide.get(planned.number, [])})
        kit = self._kit(settings)
        return {"slides": slides, "parts": deck_parts(compiled.plan),
                "problems": [], "general": general,
                # the kit's fields with no text in the deck's language, and its page
                "untranslated": {"fields": list(dict.fromkeys(untranslated)), "kit": kit}
                if untranslated and kit else None,
                "query": settings.query(), "pictures_problem": pictures,
                # Pictures on their way: said, so grey boxes do not look like a fault.
                "pictures_pending": len(missing) if missing and pictures is None else 0}

    def _compile(self, deck, settings: Settings):
        """Return the deck compiled with `settings` (written in memory, and checked)."""
        kit = self._kit(settings)
        with self.build_lock, self.session:
            return compile_deck(deck.path, settings.event, kit.path if kit else None,
                                look=settings.known_look(),
                                resources=settings.checked_resources())

    def _kit(self, settings: Settings):
        """Return the kit the settings name, or None for none; raise WorkshopError when
        the project has no such kit."""
        kit = self.project.kit(settings.kit) if settings.kit else None
        if settings.kit and kit is None:
            raise WorkshopError([Diagnostic("kit", 1, 1, "", "no such kit in the project")])
        return kit

    def _render_later(self, data: bytes, digests: list[str], missing: list[int]) -> None:
        """Queue the missing slide images for the render thread; their requests wait for
        them. Only the latest few pages' images are kept waiting: a page asked for long ago
        (or a flood of them) is dropped, not rendered."""
        with self.queue_lock:
            for n in missing:
                self.rendering[digests[n]] = True
            self.queue.append((data, digests, [digests[n] for n in missing]))
            while len(self.queue) > RENDER_QUEUE:
                for digest in self.queue.popleft()[2]:
                    self.rendering.pop(digest, None)
            if self.stopping:
                return
            if self.renderer is None or not self.renderer.is_alive():
                self.renderer = threading.Thread(target=self._render_queue, daemon=True)
                self.renderer.start()

    def _render_queue(self) -> None:
        """Render the queued pages' images, oldest first, until the queue is empty."""
        while True:
            with self.queue_lock:
                if not self.queue or self.stopping:
                    self.renderer = None
                    return
                data, digests, wanted = self.queue.popleft()
            try:
                self.images.render(data, digests)
                self.render_problem = None
            except (WorkshopError, LibreOfficeMissing, OSError) as exc:
                if self.stopping:  # its LibreOffice stopped under it: nothing to say
                    return
                self.render_problem = str(exc)
                print(f"studio: the slides could not be rendered: {exc}", file=sys.stderr)
            finally:
                with self.queue_lock:
                    for digest in wanted:
                        self.rendering.pop(digest, None)

    async def slide_image(self, request: Request) -> Response:
        digest = request.path_params["digest"]
        if not (len(digest) == 32 and all(c in "0123456789abcdef" for c in digest)):
            raise HTTPException(404)
        path = self.images.path(digest)
        waited = 0.0
        while not path.is_file() and digest in self.rendering and waited < IMAGE_WAIT_SECONDS:
            await asyncio.sleep(0.2)  # the loop's own wait: no thread held while it renders
            waited += 0.2
        if path.is_symlink() or not path.is_file():
            raise HTTPException(404, "This slide's picture is not rendered (is LibreOffice "
                                "installed? The window where `workshop serve` runs says).")
        return FileResponse(path, media_type="image/png",
                            headers={"Cache-Control": "max-age=31536000, immutable"})

    async def kit_logo(self, request: Request) -> Response:
        """Return the logo of a kit of the project, as the decks show it (checked and decoded
        as a build reads it), for the kit page's preview."""
        kit = self.project.kit(request.path_params["key"])
        if kit is None:
            raise HTTPException(404, "There is no such kit in this project.")
        try:
            prepared = await run_in_threadpool(prepare_brand, kit.path)
        except WorkshopError:
            prepared = None
        if prepared is None or prepared.logo is None:
            raise HTTPException(404, "This kit has no logo the decks can show.")
        media = "image/jpeg" if prepared.logo.extension in ("jpg", "jpeg") else "image/png"
        return Response(prepared.logo.data, media_type=media,
                        headers={"Cache-Control": "no-store"})  # a new upload shows at once

    async def download(self, request: Request) -> Response:
        deck = self._deck(request)
        what = request.path_params["what"]
        kind, _, fmt = what.partition(".")
        if (kind, fmt) not in (("deck", "pptx"), ("all", "zip")) and not (
                kind in beside_a_deck() and offers(kind, fmt)):
            raise HTTPException(404)
        settings = Settings.from_query(request)
        try:
            data = await run_in_threadpool(
                self._everything if kind == "all" else self._download_bytes, deck, settings,
                kind, fmt)
        except WorkshopError as exc:
            return self.page(request, "error.html", status=422, problems=exc.diagnostics,
                             back=f"/deck/{deck.key}?{settings.query()}")
        except LibreOfficeMissing as exc:
            return self.page(request, "error.html", status=503, message=str(exc),
                             back=f"/deck/{deck.key}?{settings.query()}")
        # What was downloaded is what the evening uses: kept, as Update keeps it.
        await run_in_threadpool(remembered.remember, self.project.root, deck.key,
                                settings.query())
        name = event_file_name(deck.path.stem, settings.event, kind, fmt, deck.language)
        return Response(data, media_type=MEDIA_TYPES[fmt],
                        headers={"Content-Disposition": _attachment(name)})

    def _everything(self, deck, settings: Settings, kind: str = "all",
                    fmt: str = "zip") -> bytes:
        """Return the evening's whole kit as one zip: the deck, and each document made
        beside a deck (the handout, the guide) as PDF, or as Word where LibreOffice is
        missing; each named as its own download is."""
        printed = made_here("pdf")
        files = [("deck", "pptx"), *((kind, printed) for kind in beside_a_deck())]
        return zip_of([(event_file_name(deck.path.stem, settings.event, kind, fmt,
                                        deck.language),
                        self._download_bytes(deck, settings, kind, fmt))
                       for kind, fmt in files])

    def _download_bytes(self, deck, settings: Settings, kind: str, fmt: str) -> bytes:
        """Return the deck, or its guide or handout, as `workshop build` or `export` makes
        it with these settings."""
        if kind == "deck":
            return self._compile(deck, settings).written.data
        kit = self._kit(settings)
        writer = document_writer(fmt)  # before any work: says at once if LibreOffice is missing
        with self.build_lock, self.session:
            prepared = prepare(deck.path, settings.event,
                               prepare_brand(kit.path) if kit else None, settings.known_look(),
                               settings.checked_resources())
            # the guide lays the deck out for its plan, and shows the slides this page shows
            document = document_of(prepared, kind, pictures=FORMATS[fmt].shows_pictures,
                                   images=self.images)
        return writer(document)  # LibreOffice's PDF run holds no lock: other pages go on

    async def kit_page(self, request: Request) -> Response:
        kit = self.project.kit(request.path_params["key"])
        if kit is None:
            raise HTTPException(404, "There is no such kit in this project.")
        if request.method == "GET":
            try:
                form = await run_in_threadpool(kits.form_of, kit.path)
            except WorkshopError as exc:  # not a kit the page can show: say why
                return self.page(request, "error.html", status=422, problems=exc.diagnostics,
                                 message="This kit cannot be edited here until these are "
                                 "fixed in its YAML file.", back="/")
            return self.page(request, "kit.html", kit=kit, form=form, labels=kits.FIELD_LABELS,
                             t=words("en"), decks=self.project.decks(),
                             pairs=kits.CONTRAST_PAIRS, problems=[],
                             cautions=kits.cautions(kit.path), saved=False,
                             read_only=self.project.read_only(kit))
        form = await self._form(request)
        if self.project.read_only(kit):
            raise HTTPException(403, "This is an example kit that comes with workshop: make a "
                                "copy of it on the start page to change it.")
        values = kits.form_values(form)
        upload = form.get("logo_file")
        logo = await upload.read() if upload is not None and getattr(upload, "filename", "") \
            else None
        if logo is not None and len(logo) > MAX_UPLOAD_BYTES:
            raise HTTPException(413, "The logo is larger than 5 MB; save it smaller (a few "
                                "hundred pixels wide is plenty) and upload it again.")
        problems = await run_in_threadpool(kits.save, kit.path, values, logo,
                                           upload.filename if logo else None)
        # Saved, and worth a second look: an accent too light for charts, a missing font.
        cautions = [] if problems else await run_in_threadpool(kits.cautions, kit.path)
        if not problems:  # the kit being worked on: a new event starts with it
            await run_in_threadpool(remembered.remember_kit, self.project.root, kit.key)
        kit = self.project.kit(kit.key) or kit  # its name as saved
        return self.page(request, "kit.html", status=422 if problems else 200, kit=kit,
                         t=words("en"), decks=self.project.decks(),
                         form=values if problems else kits.form_of(kit.path),
                         labels=kits.FIELD_LABELS, pairs=kits.CONTRAST_PAIRS,
                         problems=problems, cautions=cautions, saved=not problems,
                         read_only=False)

    async def _form(self, request: Request):
        """Return a posted form, refused (403) without this browser's token, and (413) when
        larger than the studio takes."""
        length = request.headers.get("content-length", "")
        # Said at once; else counted as it arrives.
        if length.isascii() and length.isdigit() and int(length) > MAX_FORM_BYTES:
            raise HTTPException(413, "The form is larger than the studio takes (a logo up "
                                "to 5 MB).")
        try:
            form = await request.form(max_files=1, max_fields=200)
        except ClientDisconnect:  # the browser went away mid-form: nothing to answer
            raise HTTPException(400, "The form did not arrive whole; send it again.") from None
        token = form.get("token")
        if not self.tokens.valid(request.cookies.get(SESSION_COOKIE),
                                 token if isinstance(token, str) else None):
            raise HTTPException(403, "This form did not come from this studio's page (or "
                                "the page is too old): reload the page and try again.")
        return form

    async def events(self, request: Request) -> Response:
        """Stream a server-sent event `change` with the project files saved, as they are."""
        import watchfiles

        root = self.project.root
        folders = [str(folder) for folder in project_folders(root)]
        if len(self.streams) >= MAX_STREAMS:
            raise HTTPException(503, "Too many studio pages are open; close some tabs.")
        self.loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        self.streams.add(stop)

        async def stream():
            yield "retry: 2000\n\n"
            try:
                # As `workshop watch` does: one save is one batch, seen within a tenth of a
                # second (the default debounce of 1.6 s, or 150 ms, is felt on every edit).
                async for batch in watchfiles.awatch(*folders, stop_event=stop, debounce=60,
                                                     step=20,
                                                     watch_filter=_project_file,
                                                     recursive=False):
                    changed = sorted({Path(p).relative_to(root).as_posix() for _, p in batch})
                    yield f"event: change\ndata: {json.dumps(changed)}\n\n"
            finally:  # the page closed (the response is cancelled) or the studio stops
                stop.set()
                self.streams.discard(stop)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})

    def close(self) -> None:
        """Stop rendering (the studio is stopping): drop the queued pages, stop the resident
        LibreOffice and wait a moment for a render it was doing to end, so that none is cut
        off by the program's end halfway through (with a traceback on the way out)."""
        with self.queue_lock:
            self.stopping = True
            self.queue.clear()
            self.rendering.clear()
            renderer = self.renderer
        self.images.close()
        if renderer is not None:
            renderer.join(timeout=RENDER_STOP_SECONDS)

    def end_streams(self) -> None:
        """End every page's live updates (the studio is stopping); safe from any thread."""
        if self.loop is not None:
            for stop in list(self.streams):
                self.loop.call_soon_threadsafe(stop.set)

    def _deck(self, request: Request):
        deck = self.project.deck(request.path_params["key"])
        if deck is None:
            raise HTTPException(404, "There is no such deck in this project.")
        return deck

    async def error(self, request: Request, exc: Exception) -> Response:
        """Show an error as a page: its message, never a traceback; its links and styles
        keep the studio's key (an unexpected error is answered outside the guard that sets
        it as the root path, from the address the browser asked for)."""
        if not request.scope.get("root_path") and self.key and \
                request.url.path.startswith(f"/{self.key}/"):
            request.scope["root_path"] = f"/{self.key}"
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        generic = HTTPStatus(status).phrase
        if isinstance(exc, HTTPException) and exc.detail and exc.detail != generic:
            message = exc.detail
        else:
            message = _GENERIC.get(status, "Something went wrong in the studio; the window "
                                   "where `workshop serve` runs says what.")
        return self.page(request, "error.html", status=status, message=message, problems=[],
                         back="/")


_GENERIC = {404: "There is no such page in the studio.",
            405: "That page does not take this kind of request."}


def deck_parts(plan: SlidePlan) -> list[dict]:
    """Return where each part of the deck starts, for the page's jump list: the title slide,
    then each section's first slide (its divider, or where its script is spoken), as
    `{"number", "title"}`; the title slide's entry has no title of its own (the page says
    "Start")."""
    parts = [{"number": 1, "title": None}] if plan.slides else []
    for slide in plan.slides:
        section = slide.content if slide.kind == "section" else slide.lead_in
        if isinstance(section, Section) and slide.number > 1:
            parts.append({"number": slide.number, "title": section.title})
    return parts


def _missing_render_tool() -> str | None:
    """Return what to install for slide pictures (LibreOffice, pdftoppm), or None."""
    try:
        soffice(HINT)
    except LibreOfficeMissing as exc:
        return str(exc)
    return None if shutil.which("pdftoppm") else HINT


def zip_of(files: list[tuple[str, bytes]]) -> bytes:
    """Return `files` (name, bytes) as a zip, the same bytes for the same files (a fixed
    date in every entry, as the decks' own packages have)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                             zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _attachment(name: str) -> str:
    """Return a Content-Disposition that saves the download as `name`: an ASCII name for
    old browsers, and the name itself (RFC 6266) for the rest."""
    plain = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_"
                    for c in name)
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def studio_cache(root: Path) -> Path:
    """Return the folder of the slide images of the project at `root`: in this user's cache
    folder, not the project's (a project shared by others could carry a link there)."""
    name = hashlib.sha256(str(real(root)).encode()).hexdigest()[:16]
    return user_cache() / "studio" / name / "slides"


MAX_WATCHED_FOLDERS = 500  # a project's folders watched for live updates, at most


def project_folders(root: Path) -> list[Path]:
    """Return the project's folders whose saves the pages follow: `root` and the folders
    below it, found without following a link (a link to a folder outside the project, or to
    a big tree inside it, is never watched), hidden ones and those that hold no decks or
    notes left out, at most MAX_WATCHED_FOLDERS."""
    found: list[Path] = []
    for folder, children, _ in os.walk(root, followlinks=False):
        children[:] = sorted(name for name in children if not name.startswith(".")
                             and (folder != str(root) or name not in _SKIPPED_FOLDERS)
                             and not os.path.islink(os.path.join(folder, name)))
        found.append(Path(folder))
        if len(found) >= MAX_WATCHED_FOLDERS:
            break
    return found


def _project_file(change, path: str) -> bool:
    """Return True for a saved file a deck may be made from (not a temporary or hidden
    file, nor the studio's own images)."""
    name = Path(path).name
    return not name.startswith(".") and not name.endswith(("~", ".swp", ".tmp"))


def create_app(root: Path, host: str = "127.0.0.1", key: str | None = None) -> Starlette:
    """Return the studio app for the project folder `root`, listening on `host`, answering
    only requests that carry `key` (a fresh one when not given: see `app.state.key`)."""
    key = key or new_key()
    studio = Studio(root)
    routes = [
        Route("/", studio.start),
        Route("/deck/{key:path}/download/{what}", studio.download),
        Route("/deck/{key:path}", studio.deck_page),
        Route("/kits/new", studio.new_kit, methods=["POST"]),
        Route("/decks/add", studio.add_deck, methods=["POST"]),
        Route("/kit/{key:path}", studio.kit_page, methods=["GET", "POST"]),
        Route("/kit-logo/{key:path}", studio.kit_logo),
        Route("/slides/{digest}.png", studio.slide_image),
        Route("/events", studio.events),
        Mount("/static", StaticFiles(packages=[("workshop.studio", "static")]), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette):
        yield
        await run_in_threadpool(studio.close)  # whatever stops the server: its renders end

    app = Starlette(routes=routes, exception_handlers={
        HTTPException: studio.error, Exception: studio.error},
        middleware=[Middleware(Guard, hosts=allowed_hosts(host), key=key)],
        lifespan=lifespan)
    app.state.studio, app.state.key = studio, key
    studio.key = key
    return app

