"""The studio's web app: pages, downloads, slide images and live updates (Starlette).

Every build runs in one build session, one at a time, off the event loop; what a page
shows comes from the same compile as what it downloads. Nothing the browser sends names a
file: decks and kits are looked up by key in the project's listings.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from workshop.build import compile_deck, document_bytes
from workshop.errors import Diagnostic, LibreOfficeMissing, WorkshopError
from workshop.model import Resource
from workshop.prepare import prepare
from workshop.session import BuildSession
from workshop.studio import kits
from workshop.studio.project import StudioProject
from workshop.studio.renders import SlideImages, slide_digests
from workshop.studio.security import MAX_FORM_BYTES, SESSION_COOKIE, Tokens
from workshop.theme.palette import LOOKS

EVENT_FIELDS = (("organization", "Organization"), ("presenter", "Presenter"),
                ("date", "Date"), ("place", "Place"),
                ("support_person", "Support person tonight"), ("feedback", "Feedback link"))
DOCUMENT_FORMATS = ("pdf", "docx", "html", "md")
MEDIA_TYPES = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf", "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}
IMAGE_WAIT_SECONDS = 300  # a first render of a full deck through LibreOffice
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
        query = request.query_params
        names, details = query.getlist("resource_name"), query.getlist("resource_detail")
        return cls(query.get("kit", ""), query.get("look", ""),
                   {key: query.get(key, "").strip() for key, _ in EVENT_FIELDS
                    if query.get(key, "").strip()},
                   [(n.strip(), d.strip()) for n, d in zip(names, details, strict=False)
                    if n.strip() or d.strip()])

    def query(self) -> str:
        """Return the settings as an address's query, for links that keep them."""
        pairs = [("kit", self.kit), ("look", self.look), *self.event.items()]
        for name, detail in self.resources:
            pairs += [("resource_name", name), ("resource_detail", detail)]
        return urlencode([(k, v) for k, v in pairs if v])


class Studio:
    """The app's state: the project, one build session, the slide images, form tokens."""

    def __init__(self, root: Path):
        self.project = StudioProject(root)
        self.session = BuildSession()
        self.build_lock = threading.Lock()
        self.images = SlideImages(root / ".workshop-studio" / "slides")
        self.tokens = Tokens()
        self.rendering: dict[str, threading.Event] = {}  # digest -> set when rendered
        self.streams: set[asyncio.Event] = set()  # each open page's live updates: set to end
        self.loop: asyncio.AbstractEventLoop | None = None
        self.templates = Environment(loader=PackageLoader("workshop.studio", "templates"),
                                     autoescape=select_autoescape(default=True))

    # -- pages ----------------------------------------------------------------------------

    def page(self, request: Request, name: str, status: int = 200, **context) -> Response:
        """Return the template `name` as a page, with the form token of the browser."""
        session = request.cookies.get(SESSION_COOKIE) or Tokens.new_session()
        html = self.templates.get_template(name).render(
            token=self.tokens.token(session), request=request, **context)
        response = HTMLResponse(html, status_code=status)
        if request.cookies.get(SESSION_COOKIE) != session:
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'")
        return response

    async def start(self, request: Request) -> Response:
        decks = await run_in_threadpool(self._deck_summaries)
        return self.page(request, "start.html", decks=decks, kits=self.project.kits())

    def _deck_summaries(self) -> list[dict]:
        """Return each deck with its slide count (built once per change, in the session)."""
        found = []
        for deck in self.project.decks():
            slides: int | str
            try:
                with self.build_lock, self.session:
                    slides = compile_deck(deck.path).written.slides
            except WorkshopError as exc:
                slides = f"{len(exc.diagnostics)} problem(s)"
            found.append({"entry": deck, "slides": slides})
        return found

    async def deck_page(self, request: Request) -> Response:
        deck = self._deck(request)
        settings = Settings.from_query(request)
        view = await run_in_threadpool(self._compile_view, deck, settings)
        fragment = request.query_params.get("part") == "slides"
        return self.page(request, "slides.html" if fragment else "deck.html", deck=deck,
                         settings=settings, kits=self.project.kits(), looks=sorted(LOOKS),
                         fields=EVENT_FIELDS, formats=DOCUMENT_FORMATS, **view)

    def _compile_view(self, deck, settings: Settings) -> dict:
        """Compile the deck with `settings`; return what the deck page shows of it, and
        start rendering the slide images not yet rendered."""
        problems: list[Diagnostic] = []
        try:
            compiled = self._compile(deck, settings)
        except WorkshopError as exc:
            return {"slides": [], "problems": exc.diagnostics, "general": [],
                    "query": settings.query()}
        digests = slide_digests(compiled.written.data, compiled.written.entries)
        missing = self.images.missing(digests)
        if missing:
            self._render_later(compiled.written.data, digests, missing)
        by_slide: dict[int, list[Diagnostic]] = {}
        general = []
        for finding in compiled.findings:
            (by_slide.setdefault(finding.slide, []) if finding.slide else general).append(
                finding)
        slides = []
        for planned, digest in zip(compiled.written.plan.slides, digests, strict=True):
            script = planned.script
            slides.append({"number": planned.number, "title": planned.title,
                           "digest": digest, "notes": script.notes or "",
                           "prompts": list(getattr(script, "prompts", []) or []),
                           "findings": by_slide.get(planned.number, [])})
        return {"slides": slides, "problems": problems, "general": general,
                "query": settings.query()}

    def _compile(self, deck, settings: Settings):
        kit = self.project.kit(settings.kit) if settings.kit else None
        if settings.kit and kit is None:
            raise WorkshopError([Diagnostic("kit", 1, 1, "", "no such kit in the project")])
        look = settings.look if settings.look in LOOKS else None
        resources = tuple(Resource(name=n, detail=d) for n, d in settings.resources)
        with self.build_lock, self.session:
            return compile_deck(deck.path, settings.event, kit.path if kit else None,
                                look=look, resources=resources)

    def _render_later(self, data: bytes, digests: list[str], missing: list[int]) -> None:
        """Render the missing slide images in a thread; their requests wait for it."""
        events = {digests[n]: self.rendering.setdefault(digests[n], threading.Event())
                  for n in missing}

        def render() -> None:
            try:
                self.images.render(data, digests)
            except (WorkshopError, LibreOfficeMissing):
                pass  # the image requests time out and show the slide's text instead
            finally:
                for digest, done in events.items():
                    done.set()
                    self.rendering.pop(digest, None)

        threading.Thread(target=render, daemon=True).start()

    async def slide_image(self, request: Request) -> Response:
        digest = request.path_params["digest"]
        if not (len(digest) == 32 and all(c in "0123456789abcdef" for c in digest)):
            raise HTTPException(404)
        path = self.images.path(digest)
        done = self.rendering.get(digest)
        if not path.is_file() and done is not None:
            await run_in_threadpool(done.wait, IMAGE_WAIT_SECONDS)
        if not path.is_file():
            raise HTTPException(404)
        return FileResponse(path, media_type="image/png",
                            headers={"Cache-Control": "max-age=31536000, immutable"})

    async def download(self, request: Request) -> Response:
        deck = self._deck(request)
        what = request.path_params["what"]
        kind, _, fmt = what.partition(".")
        if (kind, fmt) != ("deck", "pptx") and not (
                kind in ("guide", "handout") and fmt in DOCUMENT_FORMATS):
            raise HTTPException(404)
        settings = Settings.from_query(request)
        try:
            data = await run_in_threadpool(self._download_bytes, deck, settings, kind, fmt)
        except WorkshopError as exc:
            return self.page(request, "error.html", status=422, problems=exc.diagnostics,
                             back=f"/deck/{deck.key}?{settings.query()}")
        except LibreOfficeMissing as exc:
            return self.page(request, "error.html", status=503, message=str(exc),
                             back=f"/deck/{deck.key}?{settings.query()}")
        name = deck.path.stem + ("" if kind == "deck" else f"-{kind}") + f".{fmt}"
        return Response(data, media_type=MEDIA_TYPES[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    def _download_bytes(self, deck, settings: Settings, kind: str, fmt: str) -> bytes:
        compiled = self._compile(deck, settings)
        if kind == "deck":
            return compiled.written.data
        kit = self.project.kit(settings.kit) if settings.kit else None
        with self.build_lock, self.session:
            from workshop.brand import prepare_brand

            brand = prepare_brand(kit.path) if kit else None
            prepared = prepare(deck.path, settings.event, brand,
                               settings.look if settings.look in LOOKS else None,
                               tuple(Resource(name=n, detail=d) for n, d in settings.resources))
            return document_bytes(prepared, kind, fmt, plan=compiled.written.plan)

    async def kit_page(self, request: Request) -> Response:
        kit = self.project.kit(request.path_params["key"])
        if kit is None:
            raise HTTPException(404, "There is no such kit in this project.")
        if request.method == "GET":
            return self.page(request, "kit.html", kit=kit, form=kits.form_of(kit.path),
                             pairs=kits.CONTRAST_PAIRS, problems=[], saved=False)
        form = await self._form(request)
        values = kits.form_values(form)
        upload = form.get("logo_file")
        logo = await upload.read() if upload is not None and getattr(upload, "filename", "") \
            else None
        problems = await run_in_threadpool(kits.save, kit.path, values, logo,
                                           upload.filename if logo else None)
        return self.page(request, "kit.html", status=422 if problems else 200, kit=kit,
                         form=values if problems else kits.form_of(kit.path),
                         pairs=kits.CONTRAST_PAIRS, problems=problems, saved=not problems)

    async def _form(self, request: Request):
        """Return a posted form, refused (403) without this browser's token, and (413) when
        larger than the studio takes."""
        length = request.headers.get("content-length")
        if length is None or not length.isdigit() or int(length) > MAX_FORM_BYTES:
            raise HTTPException(413, "The form is larger than the studio takes (a logo up "
                                "to 5 MB).")
        form = await request.form(max_files=1, max_fields=200)
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
        folders = [str(p) for p in sorted(root.iterdir()) if p.is_dir()
                   and not p.name.startswith(".") and p.name not in _SKIPPED_FOLDERS]
        self.loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        self.streams.add(stop)

        async def stream():
            yield "retry: 2000\n\n"
            try:
                async for batch in watchfiles.awatch(*folders, stop_event=stop, debounce=150,
                                                     watch_filter=_project_file):
                    changed = sorted({Path(p).relative_to(root).as_posix() for _, p in batch})
                    yield f"event: change\ndata: {json.dumps(changed)}\n\n"
            finally:  # the page closed (the response is cancelled) or the studio stops
                stop.set()
                self.streams.discard(stop)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})

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
        """Show an error as a page: its message, never a traceback."""
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


def _project_file(change, path: str) -> bool:
    """Return True for a saved file a deck may be made from (not a temporary or hidden
    file, nor the studio's own images)."""
    name = Path(path).name
    return not name.startswith(".") and not name.endswith(("~", ".swp", ".tmp"))


def create_app(root: Path) -> Starlette:
    """Return the studio app for the project folder `root`."""
    studio = Studio(root)
    routes = [
        Route("/", studio.start),
        Route("/deck/{key:path}/download/{what}", studio.download),
        Route("/deck/{key:path}", studio.deck_page),
        Route("/kit/{key:path}", studio.kit_page, methods=["GET", "POST"]),
        Route("/slides/{digest}.png", studio.slide_image),
        Route("/events", studio.events),
        Mount("/static", StaticFiles(packages=[("workshop.studio", "static")]), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={
        HTTPException: studio.error, Exception: studio.error})
    app.state.studio = studio
    return app

