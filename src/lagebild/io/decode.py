"""Bytes to text: UTF-8 (with or without BOM), else cp1252 / latin-1 with a warning.

Binary and empty files are rejected with an error that names the file.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import E001, E002, E003, E020, W001, LagebildError

# Default limit on one file; larger files are rejected instead of exhausting memory.
MAX_BYTES = 20_000_000
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, list[str]]:
    """The text of ``path`` and the warnings raised while decoding it."""
    size = path.stat().st_size
    if size == 0:
        raise LagebildError(E002, path=path)
    if size > max_bytes:
        raise LagebildError(E020, path=path, limit=max_bytes, size=size)
    data = path.read_bytes()
    return decode(data, path)


def decode(data: bytes, path: Path | str) -> tuple[str, list[str]]:
    head = data[:8192]
    if b"\x00" in head or sum(byte in _CONTROL for byte in head) > len(head) * 0.05:
        raise LagebildError(E001, path=path)
    if not data.strip():
        raise LagebildError(E002, path=path)
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig":
            return _newlines(text), []
        return _newlines(text), [W001.format(path=path, encoding=encoding)]
    raise LagebildError(E003, path=path)  # pragma: no cover - latin-1 decodes any byte string


def _newlines(text: str) -> str:
    # As Python's text mode reads a file: offsets refer to this text.
    return text.replace("\r\n", "\n").replace("\r", "\n")
