"""Writing files the user asked for, so that a failure never leaves half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from advocaat.errors import UserFacingError
from advocaat.i18n import _


class FileWriteError(UserFacingError):
    pass


def write_file_safely(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then swap it into place.

    Only a file is ever replaced: swapping a folder, a device such as ``/dev/null`` or a pipe for
    a plain file would break what stood there.
    """
    target = Path(path)
    if target.exists() and not target.is_file():
        raise FileWriteError(
            _(
                "{path} is not a file, so Advocaat does not write over it; choose a file name."
            ).format(path=target)
        )
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


_NO_WAIT = getattr(os, "O_NONBLOCK", 0)
"""Opening a named pipe that no program writes to would wait for ever (POSIX only)."""


class FileReadError(UserFacingError):
    pass


def read_file_safely(path: Path, max_bytes: int, too_large: str) -> bytes:
    """The bytes of a file the user chose, refused in one sentence when it is unreadable or
    larger than ``max_bytes`` (``too_large`` is that sentence, with ``{file}`` in it).

    The size is checked before reading, and the read stops one byte past the limit, so a device
    or a pipe without end (``/dev/zero``) is refused as too large instead of filling the memory.
    A named pipe is opened without waiting for a writer.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | _NO_WAIT)
        try:
            status = os.fstat(handle)
            if stat.S_ISDIR(status.st_mode):
                raise FileReadError(_("{file} is a folder, not a file.").format(file=path))
            if status.st_size > max_bytes:
                raise FileReadError(too_large.format(file=path))
            if _NO_WAIT:
                os.set_blocking(handle, True)
            with os.fdopen(handle, "rb", closefd=False) as stream:
                data = stream.read(max_bytes + 1)
        finally:
            os.close(handle)
    except OSError as error:
        raise FileReadError(
            _("{file} cannot be read. Check that it exists and that you may open it.").format(
                file=path
            )
        ) from error
    if len(data) > max_bytes:
        raise FileReadError(too_large.format(file=path))
    return data


def name_as_text(name: str) -> str:
    """A file name fit to store as text: bytes that are not UTF-8, which Python keeps in a name
    as lone surrogates and no database accepts, become "?"."""
    return name.encode("utf-8", errors="replace").decode("utf-8")
