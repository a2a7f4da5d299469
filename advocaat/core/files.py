"""Writing files the user asked for, so that a failure never leaves half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from advocaat.errors import UserFacingError
from advocaat.i18n import _


class FileWriteError(UserFacingError):
    pass


def write_file_safely(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then swap it into place."""
    target = Path(path)
    temporary = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        if error.errno == errno.ENOSPC:
            message = _("There is no room left to save {path}. Make room and try again.")
        else:
            message = _(
                "Advocaat could not save {path}. Check that the folder exists, that you may"
                " write there and that the USB stick is still connected."
            )
        raise FileWriteError(message.format(path=target)) from error
    return target


class FileReadError(UserFacingError):
    pass


def read_file_safely(path: Path, max_bytes: int, too_large: str) -> bytes:
    """The bytes of a file the user chose, refused in one sentence when it is unreadable or
    larger than ``max_bytes`` (``too_large`` is that sentence, with ``{file}`` in it)."""
    try:
        if path.stat().st_size > max_bytes:
            raise FileReadError(too_large.format(file=path))
        return path.read_bytes()
    except OSError as error:
        raise FileReadError(
            _("{file} cannot be read. Check that it exists and that you may open it.").format(
                file=path
            )
        ) from error
