"""The web app: FastAPI over the same core object as the CLI (``core.Lagebild``).

Read-only unless started with ``allow_write`` (then writes need the token); every error of the JSON
API has one shape, ``{"error": {"code", "message"}}``; pages are rendered on the server with Jinja2
(autoescaped) and a Content-Security-Policy that forbids inline scripts, so article text can never
run as code even where escaping were missed.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..core import Lagebild
from ..errors import E130, E131, E132, LagebildError

HERE = Path(__file__).parent
MAX_BODY = 5 * 1024 * 1024  # bytes of one request body (an uploaded article)
# Vega compiles its expressions with Function(): 'unsafe-eval' is needed by the charts; inline
# scripts stay forbidden, and so does every origin but this server.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
STATUS_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                413: "too_large", 422: "invalid", 500: "internal"}
LOG = logging.getLogger("lagebild.web")


@dataclass
class Settings:
    db: str
    allow_write: bool = False
    token: str | None = None  # required for writes; made up at start when not given


class ApiError(Exception):
    """An error the API reports in its one shape."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or STATUS_CODES.get(status, f"http_{status}")
        self.message = message


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def create_app(db: str | Path, allow_write: bool = False, token: str | None = None,
               lagebild: Lagebild | None = None) -> FastAPI:
    """The app over the store ``db``; writes (overrides, uploads) only with ``allow_write`` and the token."""
    from . import api, pages

    settings = Settings(db=str(db), allow_write=allow_write,
                        token=(token or secrets.token_urlsafe(18)) if allow_write else None)
    app = FastAPI(title="lagebild", version=_version(), docs_url=None, redoc_url=None,
                  description="Figures, sources, certainty and time from news articles: the JSON API of "
                              "`lagebild serve`. Every error has the shape {\"error\": {\"code\", \"message\"}}.")
    app.state.settings = settings
    app.state.lagebild = lagebild or Lagebild(db=settings.db)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _install_errors(app)
    _install_limits(app)
    return app


def templates() -> Jinja2Templates:
    found = Jinja2Templates(directory=str(HERE / "templates"))
    found.env.autoescape = True  # every template, whatever its name ends with
    return found


def _version() -> str:
    from .. import __version__

    return __version__


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_response(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(code, message), status_code=status)
    page = request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "code": code, "message": message, "title": f"Error {status}"},
        status_code=status)
    return page


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError) -> Response:
        return _error_response(request, err.status, err.code, err.message)

    @app.exception_handler(LagebildError)
    async def lagebild_error(request: Request, err: LagebildError) -> Response:
        status = 404 if err.code == "E018" else 400
        return _error_response(request, status, err.code, str(err))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        code = STATUS_CODES.get(err.status_code, f"http_{err.status_code}")
        message = err.detail if isinstance(err.detail, str) else str(err.detail)
        if err.status_code == 404 and message == "Not Found":
            message = f"no page or endpoint {request.url.path}. The API is listed at /docs."
        return _error_response(request, err.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> Response:
        parts = []
        for problem in err.errors()[:5]:
            where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "path", "body"))
            parts.append(f"{where}: {problem.get('msg')}")
        return _error_response(request, 422, "invalid", "invalid request: " + "; ".join(parts))

    @app.exception_handler(Exception)
    async def crashed(request: Request, err: Exception) -> Response:
        LOG.exception("error serving %s", request.url.path)
        return _error_response(request, 500, "internal",
                               f"internal error ({type(err).__name__}); the server log has the details.")


def _install_limits(app: FastAPI) -> None:
    @app.middleware("http")
    async def limits(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return _error_response(request, 413, "too_large", E132.format(limit=MAX_BODY))
        if len(request.url.query) > 4096:
            return _error_response(request, 400, "bad_request", "the query string is longer than 4096 characters.")
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response


def check_write(request: Request) -> None:
    """Raise 403 unless the app allows writes and the request carries the token."""
    settings: Settings = request.app.state.settings
    if not settings.allow_write:
        raise ApiError(403, E130)
    given = request.headers.get("x-lagebild-token") or ""
    auth = request.headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        given = given or auth[7:].strip()
    if not given or not secrets.compare_digest(given.encode(), (settings.token or "").encode()):
        raise ApiError(403, E131)
