"""Storing an uploaded lead file on disk, with a size limit checked while it streams."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from outreach.errors import ValidationFailed

BLOCK = 1024 * 1024


def store_upload(upload: IO[bytes], target: Path, *, max_bytes: int | None) -> int:
    """Copy ``upload`` to ``target`` in blocks; refuse (and remove) it past ``max_bytes``."""
    written = 0
    with target.open("wb") as out:
        while block := upload.read(BLOCK):
            written += len(block)
            if max_bytes is not None and written > max_bytes:
                break
            out.write(block)
    if max_bytes is not None and written > max_bytes:
        target.unlink(missing_ok=True)
        raise ValidationFailed(
            f"the file is larger than the {max_bytes:,}-byte import limit",
            code="FILE_TOO_LARGE",
            field="file",
        )
    return written
