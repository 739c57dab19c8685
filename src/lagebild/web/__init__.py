"""The local web app and JSON API (`lagebild serve`): a thin shell over ``core.Lagebild``."""

from .app import create_app

__all__ = ["create_app"]
