"""A compiled lemma lexicon, built once from simplemma's dictionaries and read in place.

Why: simplemma ships its dictionaries lzma-compressed and front-coded; decoding et + ru + en
into Python dicts costs ~3-6 s and ~450 MB in *every* process (CLI call, test worker, app
server). Here each language is decoded once, written to a cache file, and later processes
open that file (well under a millisecond) and read only the buckets they look up; the file
sits once in the shared page cache.

File format (`<lang>-<size of simplemma's source>.lex`, little endian), two hash tables:

    header   b"TRLEX\x00\x00\x01" + 6 x uint64: fwd_offsets, fwd_buckets, rev_offsets,
             rev_buckets, data_start, total_size
    offsets  (buckets + 1) x uint32 per table: start of each bucket, relative to data_start
    data     per bucket, records b"\x00" key b"\x01" value

The forward table maps a form to its lemma (exactly simplemma's entry); the reverse table
maps a lemma to all its forms (joined with b"\x02"), i.e. the forms index that lexicon.py used
to build in RAM. A key's bucket is crc32(key) % buckets (stable across runs and machines);
the offsets are memory-mapped, a look-up reads its bucket (~2 records) with one os.pread and
finds the key with one bytes.find.

Chosen against SQLite, lmdb and marisa-trie (docs/text-analysis.md, "Cold start"): the
fastest look-ups of the four, no new dependency, a build of ~10 s per big language;
marisa-trie's files are 5x smaller, which does not matter here.

The cache folder is `$TRAINER_CACHE_DIR` or `$XDG_CACHE_HOME/trainer` or `~/.cache/trainer`,
with a sub-folder keyed by this format's version and simplemma's version. Files are built on
first use under an exclusive lock (`fcntl.flock`) into a temporary file that is atomically
renamed, so concurrent processes (pytest -n 2, several app replicas) never see a half-written
file and build it only once.
"""

from __future__ import annotations

import logging
import mmap
import os
import struct
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path

__all__ = ["CompiledLexicon", "cache_folder", "lexicon_path", "open_lexicon", "build_lexicon"]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
_MAGIC = b"TRLEX\x00\x00\x01"
_HEADER = struct.Struct("<8s6Q")
_REC, _KV, _SEP = b"\x00", b"\x01", b"\x02"
_RECORDS_PER_BUCKET = 2


def _simplemma_files() -> tuple[str, Path]:
    """(simplemma's version, its dictionary data folder), found without importing simplemma
    (importing it costs ~0.1 s; the compiled lexicon is meant to avoid exactly that)."""
    import importlib.util

    spec = importlib.util.find_spec("simplemma")
    if spec is None or not spec.origin:
        raise OSError("simplemma is not installed")
    package = Path(spec.origin).parent
    version = "unknown"
    try:
        meta = (package / "__metadata__.py").read_text(encoding="utf-8")
        for line in meta.splitlines():
            if line.startswith("__version__"):
                version = line.split("=", 1)[1].strip().strip("\"'")
    except OSError:  # pragma: no cover - other simplemma layouts
        from importlib.metadata import version as dist_version

        version = dist_version("simplemma")
    return version, package / "strategies" / "dictionaries" / "data"


def cache_folder() -> Path:
    """The folder that holds compiled lexicons for the installed simplemma version."""
    root = os.environ.get("TRAINER_CACHE_DIR")
    if not root:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = os.path.join(xdg, "trainer") if xdg else os.path.join(os.path.expanduser("~"), ".cache", "trainer")
    return Path(root) / f"lexicon-v{FORMAT_VERSION}-simplemma-{_simplemma_files()[0]}"


def lexicon_path(lang: str) -> Path:
    """Path of the compiled lexicon file for `lang` (it may not exist yet).

    The name carries the size of simplemma's source file, so a changed dictionary under the same
    version number still gets its own build.
    """
    version, data = _simplemma_files()
    try:
        size = (data / f"{lang}.plzma").stat().st_size
    except OSError:
        size = 0
    return cache_folder() / f"{lang}-{size}.lex"


class CompiledLexicon:
    """Read-only view of a compiled lexicon file: form -> lemma and lemma -> forms.

    Behaves like simplemma's dictionary mapping for `get` (str keys and values). The bucket
    offsets are memory-mapped (a few MB, read in place); the records are read with one
    `os.pread` per look-up. Mapping the records too was faster per look-up (~2 us less) but
    the kernel's fault-around made every random look-up map 64 KB: ~150 MB of RSS after one
    transcript, against ~0 with pread (the file still sits once in the shared page cache).
    """

    __slots__ = ("path", "_fd", "_mm", "_fwd", "_rev", "_data", "_fwd_n", "_rev_n")

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            head = os.pread(self._fd, _HEADER.size, 0)
            if len(head) < _HEADER.size:
                raise ValueError(f"{self.path}: truncated lexicon file")
            magic, fwd_at, fwd_n, rev_at, rev_n, data_at, total = _HEADER.unpack(head)
            if magic != _MAGIC or total != os.fstat(self._fd).st_size or data_at != rev_at + 4 * (rev_n + 1):
                raise ValueError(f"{self.path}: not a complete trainer lexicon file")
            self._mm = mmap.mmap(self._fd, data_at, access=mmap.ACCESS_READ)
        except BaseException:
            os.close(self._fd)
            raise
        view = memoryview(self._mm)
        self._fwd = view[fwd_at: fwd_at + 4 * (fwd_n + 1)].cast("I")
        self._rev = view[rev_at: rev_at + 4 * (rev_n + 1)].cast("I")
        self._fwd_n, self._rev_n, self._data = fwd_n, rev_n, data_at

    def _find(self, offsets, buckets: int, key: bytes) -> bytes | None:
        h = zlib.crc32(key) % buckets
        start = offsets[h]
        region = os.pread(self._fd, offsets[h + 1] - start, self._data + start)
        i = region.find(_REC + key + _KV)
        if i < 0:
            return None
        i += len(key) + 2
        j = region.find(_REC, i)
        return region[i:] if j < 0 else region[i:j]

    def get(self, form: str, default: str | None = None) -> str | None:
        """simplemma's lemma for exactly this form, or `default`."""
        if not form or "\x00" in form or "\x01" in form or "\x02" in form:
            return default
        value = self._find(self._fwd, self._fwd_n, form.encode())
        return default if value is None else value.decode()

    def forms(self, lemma: str) -> list[str]:
        """Every form whose simplemma lemma is exactly `lemma` (empty list if none)."""
        if not lemma or "\x00" in lemma or "\x01" in lemma or "\x02" in lemma:
            return []
        value = self._find(self._rev, self._rev_n, lemma.encode())
        return [] if value is None else value.decode().split("\x02")

    def close(self) -> None:
        """Release the file (only for tests and tools; look-ups fail afterwards)."""
        self._fwd.release()
        self._rev.release()
        self._mm.close()
        os.close(self._fd)


def _table(pairs: Iterable[tuple[bytes, bytes]], count: int) -> tuple[bytes, bytes, int]:
    """(offsets, data, buckets) of one hash table."""
    buckets = max(1, count // _RECORDS_PER_BUCKET)
    slots: list[list[bytes]] = [[] for _ in range(buckets)]
    crc = zlib.crc32
    for key, value in pairs:
        slots[crc(key) % buckets].append(_REC + key + _KV + value)
    parts = [b"".join(slot) for slot in slots]
    offsets = [0] * (buckets + 1)
    pos = 0
    for i, part in enumerate(parts):
        pos += len(part)
        offsets[i + 1] = pos
    if pos >= 2**32:
        raise ValueError("lexicon table too large for 32-bit offsets")
    return struct.pack(f"<{buckets + 1}I", *offsets), b"".join(parts), buckets


def _source_dictionary(lang: str) -> dict[bytes, bytes]:
    """simplemma's dictionary for `lang` as bytes -> bytes, decoded once without caching it."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    mapping = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang)
    raw = getattr(mapping, "_dict", None)
    if isinstance(raw, dict):
        return raw
    return {k.encode(): v.encode() for k, v in mapping.items()}  # pragma: no cover - other simplemma layouts


def build_lexicon(lang: str, target: Path, source: dict[bytes, bytes] | None = None) -> Path:
    """Compile simplemma's `lang` dictionary into `target` (written to a temp file, then renamed)."""
    raw = _source_dictionary(lang) if source is None else source
    # the separators never occur in simplemma's words; check once (in C) rather than per entry
    if any(b in blob for blob in (b"\x03".join(raw), b"\x03".join(raw.values())) for b in (_REC, _KV, _SEP)):
        raw = {k: v for k, v in raw.items() if not any(b in k or b in v for b in (_REC, _KV, _SEP))}
    forward = raw.items()
    reverse: dict[bytes, list[bytes]] = {}
    for form, lemma in forward:
        bucket = reverse.get(lemma)
        if bucket is None:
            reverse[lemma] = [form]
        else:
            bucket.append(form)
    fwd_offsets, fwd_data, fwd_n = _table(forward, len(forward))
    rev_offsets, rev_data, rev_n = _table(((k, _SEP.join(v)) for k, v in reverse.items()), len(reverse))
    del reverse
    fwd_at = _HEADER.size
    rev_at = fwd_at + len(fwd_offsets)
    data_at = rev_at + len(rev_offsets)
    # reverse offsets are relative to data_start too: shift them past the forward data
    rev_offsets = struct.pack(f"<{rev_n + 1}I", *(o + len(fwd_data) for o in struct.unpack(f"<{rev_n + 1}I", rev_offsets)))
    total = data_at + len(fwd_data) + len(rev_data)
    if total - data_at >= 2**32:
        raise ValueError("lexicon too large for 32-bit offsets")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_HEADER.pack(_MAGIC, fwd_at, fwd_n, rev_at, rev_n, data_at, total))
            fh.write(fwd_offsets)
            fh.write(rev_offsets)
            fh.write(fwd_data)
            fh.write(rev_data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target


def _locked(path: Path):
    """An exclusive advisory lock on `path` (a no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        import contextlib

        return contextlib.nullcontext()
    import contextlib

    @contextlib.contextmanager
    def lock():
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    return lock()


def open_lexicon(lang: str) -> CompiledLexicon:
    """Open the compiled lexicon of `lang`, building it first if it is missing or damaged.

    Raises OSError when the cache folder cannot be written (the caller then falls back to
    simplemma's in-RAM dictionaries).
    """
    path = lexicon_path(lang)
    try:
        return CompiledLexicon(path)
    except (OSError, ValueError):
        pass
    with _locked(path.with_name(f".{lang}.lock")):
        try:  # another process may have built it while we waited for the lock
            return CompiledLexicon(path)
        except (OSError, ValueError):
            pass
        log.info("building the compiled %s lexicon in %s (once per simplemma version)", lang, path.parent)
        build_lexicon(lang, path)
        return CompiledLexicon(path)


def main(argv: list[str] | None = None) -> None:
    """`python -m trainer.text.lexicon_store [LANG ...]`: build (or check) the compiled lexicons."""
    import sys
    import time

    langs = (argv if argv is not None else sys.argv[1:]) or ["et", "ru", "en"]
    for lang in langs:
        t0 = time.perf_counter()
        lex = open_lexicon(lang)
        print(f"{lang}: {lex.path} ({lex.path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
