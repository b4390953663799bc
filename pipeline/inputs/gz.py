"""A gzip file read member after member, so one corrupt member does not lose the members after it.

``gzip.GzipFile`` stops at the first corrupt member: every intact member after it (a crawler
appends one per batch, ``cat a.gz b.gz``) is lost. :class:`GzipMembers` decompresses the file
itself; at a member it cannot inflate it looks for the next member's header (``1f 8b 08``) and
goes on from there, ending the output line in progress (so a line cut by the damage is cut, not
glued to the next member's first line) and recording where: ``damages`` holds, for each damage, the
compressed offset of the bad member, where the output was cut, and where reading resumed (None
when no member followed). A file that ends inside a member raises ``EOFError`` as ``gzip`` does.
"""
from __future__ import annotations

import io
import zlib
from dataclasses import dataclass

MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 16
_FEED = 4096


@dataclass
class Damage:
    member: int  # compressed offset of the member that could not be inflated
    output: int  # decompressed offset of the newline that ends the output there
    resumed: int | None  # compressed offset of the next member read, None when none followed
    why: str


class GzipMembers(io.RawIOBase):
    def __init__(self, fh):
        self.fh = fh
        self.member = fh.tell()  # where the member being inflated starts
        self.fed = self.member  # compressed bytes handed to the inflater so far (absolute offset)
        self.inflater = zlib.decompressobj(31)
        self.produced = 0
        self.pending = b""
        self.ended = False
        self.damages: list[Damage] = []

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending and not self.ended:
            self.pending = self._more()
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def _more(self) -> bytes:
        if self.inflater.eof:  # the member ended: the next one starts where its bytes stopped
            self._start(self.fed - len(self.inflater.unused_data))
        data = self.fh.read(_CHUNK)
        if self.fed == self.member:  # at a member's start: its header, zero padding, or the end
            if not data:
                self.ended = True
                return b""
            if data[:1] == b"\x00":
                self._start(self.member + len(data) - len(data.lstrip(b"\x00")))
                return b""
            if not data.startswith(MAGIC[:len(data)]):
                return self._damaged("not a gzip member header")
        elif not data:
            self.ended = True
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        out = []
        for at in range(0, len(data), _FEED):  # in small pieces: what a damage costs is what follows it
            piece = data[at:at + _FEED]
            try:
                out.append(self.inflater.decompress(piece))
            except zlib.error as exc:
                self.produced += sum(map(len, out))
                return b"".join(out) + self._damaged(str(exc))
            self.fed += len(piece)
            if self.inflater.eof:  # the member ended inside this piece: the next one starts after it
                break
        self.produced += sum(map(len, out))
        return b"".join(out)

    def _start(self, at: int) -> None:
        self.member = self.fed = at
        self.fh.seek(at)
        self.inflater = zlib.decompressobj(31)

    def _damaged(self, why: str) -> bytes:
        """End the line in progress and go on at the next member header after the bad one (a
        header found inside the bad member's bytes fails in turn: one damage, resumed further on)."""
        resumed = _find(self.fh, self.member + 1)
        last = self.damages[-1] if self.damages else None
        if last is not None and last.resumed == self.member and last.output + 1 == self.produced:
            last.resumed = resumed
            out = b""
        else:
            self.damages.append(Damage(self.member, self.produced, resumed, why[:120]))
            self.produced += 1
            out = b"\n"
        if resumed is None:
            self.ended = True
        else:
            self._start(resumed)
        return out


def _find(fh, start: int) -> int | None:
    """The offset of the next gzip member header at or after ``start``, None when there is none."""
    fh.seek(start)
    carry = b""
    at = start
    while chunk := fh.read(_CHUNK):
        found = (carry + chunk).find(MAGIC)
        if found >= 0:
            return at - len(carry) + found
        carry = chunk[-(len(MAGIC) - 1):]
        at += len(chunk)
    return None


def open_members(path) -> tuple[io.BufferedReader, GzipMembers]:
    """A buffered reader over the members of the gzip file at ``path``, and the raw reader (its damages)."""
    raw = GzipMembers(open(path, "rb"))
    return io.BufferedReader(raw, buffer_size=1 << 20), raw
