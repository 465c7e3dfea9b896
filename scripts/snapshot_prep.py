"""Run inside the build's Pyodide (scripts/make_snapshot.mjs), after the engine's warm-up.

Two jobs before the interpreter's memory is kept: find the part of the standard library that a
restored interpreter may still import, and leave the memory free of what nothing needs.

A restored interpreter holds every module the warm-up imported, so it never reads them from the
standard library again; it only needs the modules the engine, Jinja2 and MarkupSafe name in an
import statement (in a function body too: imported on first use) that it does not hold yet, with
what those import in turn. That set, usually a handful of files, is the zip the browser loads
beside the snapshot, instead of the whole standard library (about 2.5 MB).

Written for the Python that Pyodide runs, and plain enough for CPython to test it.
"""

from __future__ import annotations

import ast
import encodings
import encodings.aliases
import gc
import importlib
import linecache
import sys
import zipfile
import zipimport
from collections.abc import Iterable, Mapping
from typing import IO

# The packages whose code runs in the reader's browser.
ENGINE_PACKAGES = ("widgets", "jinja2", "markupsafe")


def stdlib_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each module of a standard-library zip, by dotted name, with its member's path."""
    members: dict[str, str] = {}
    for name in archive.namelist():
        if name.endswith("/__init__.py"):
            members[name[: -len("/__init__.py")].replace("/", ".")] = name
        elif name.endswith(".py"):
            members[name[: -len(".py")].replace("/", ".")] = name
    return members


def _with_parents(names: Iterable[str]) -> set[str]:
    """Each dotted name and the packages above it (importing a.b imports a first)."""
    out: set[str] = set()
    for name in names:
        parts = name.split(".")
        out.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    return out


def _absolute(node: ast.ImportFrom, package: str) -> str:
    """The module an ``from ... import`` names, relative levels resolved against ``package``."""
    if not node.level:
        return node.module or ""
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imported_names(source: str, package: str, *, module_level_only: bool = False) -> set[str]:
    """Every module an import statement of ``source`` may load, with its parent packages.

    ``from a import b`` counts ``a.b`` too, since ``b`` may be a submodule. With
    ``module_level_only``, imports inside functions are left out: they run only when called.
    """
    tree = ast.parse(source)
    nodes: list[ast.AST] = []
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if module_level_only and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        nodes.append(node)
        pending.extend(ast.iter_child_nodes(node))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, package)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return _with_parents(name for name in names if name)


# Calls that name a codec: "text".encode("utf-16-le"), codecs.lookup("cp1252"), and so on. The
# standard library imports the codec's module (encodings.utf_16_le) on first use.
CODEC_CALLS = frozenset(
    {
        "encode",
        "decode",
        "lookup",
        "getencoder",
        "getdecoder",
        "getreader",
        "getwriter",
        "iterencode",
        "iterdecode",
        "getincrementalencoder",
        "getincrementaldecoder",
    }
)


def codec_modules(source: str) -> set[str]:
    """The ``encodings`` modules of the codecs that ``source`` names in such calls."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in CODEC_CALLS:
            continue
        named = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "encoding")]
        for value in named:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                codec = encodings.normalize_encoding(value.value).lower()
                modules.add("encodings." + encodings.aliases.aliases.get(codec, codec))
    return modules


def still_importable(
    archive: zipfile.ZipFile, loaded: Iterable[str], engine: Mapping[str, tuple[str, str]]
) -> list[str]:
    """The members of the standard library a restored interpreter may still import, sorted.

    ``loaded`` names the modules the interpreter holds; ``engine`` maps each engine module it
    holds to its source and package. Its import statements count, and the codecs it names. A
    module found this way brings in what it imports at its top level, recursively; modules
    already held bring in nothing: they are never read again.
    """
    members = stdlib_members(archive)
    held = set(loaded)
    wanted: set[str] = set()
    pending: list[str] = []
    for source, package in engine.values():
        for module in imported_names(source, package) | codec_modules(source):
            if module in members and module not in held and module not in wanted:
                wanted.add(module)
                pending.append(module)
    while pending:
        module = pending.pop()
        path = members[module]
        package = module if path.endswith("/__init__.py") else module.rpartition(".")[0]
        source = archive.read(path).decode("utf-8")
        for found in imported_names(source, package, module_level_only=True):
            if found in members and found not in held and found not in wanted:
                wanted.add(found)
                pending.append(found)
    return sorted(members[module] for module in wanted)


def write_zip(source: zipfile.ZipFile, members: Iterable[str], out: str | IO[bytes]) -> None:
    """A zip holding ``members`` of ``source``, compressed the same way."""
    with zipfile.ZipFile(out, "w") as target:
        for name in members:
            original = source.getinfo(name)
            # A new entry: writing would otherwise move the source's own record of the member.
            info = zipfile.ZipInfo(name, original.date_time)
            info.external_attr = original.external_attr
            target.writestr(info, source.read(name), compress_type=original.compress_type)


def engine_sources() -> dict[str, tuple[str, str]]:
    """The source and package of every engine module this interpreter holds, by name."""
    sources: dict[str, tuple[str, str]] = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if path and name.split(".")[0] in ENGINE_PACKAGES and path.endswith(".py"):
            with open(path, encoding="utf-8") as handle:
                sources[name] = (handle.read(), module.__package__ or "")
    return sources


def cut_stdlib(stdlib: str, out: str, held: Iterable[str]) -> list[str]:
    """Write to ``out`` what a restore of an interpreter holding ``held`` may import.

    Run in an interpreter that has answered the same warm-up, so that it holds the same engine
    modules; ``held`` names the modules of the interpreter whose memory is kept.
    """
    with zipfile.ZipFile(stdlib) as archive:
        members = still_importable(archive, held, engine_sources())
        write_zip(archive, members, out)
    return members


def tidy(dropped: Iterable[str] = ()) -> None:
    """Forget modules and caches nothing needs after a restore, then collect the garbage.

    The zip directory cache must go in any case: it holds offsets into the full standard
    library, and a restored interpreter reads the cut one at the same path.
    """
    for name in dropped:
        sys.modules.pop(name, None)
    importlib.invalidate_caches()
    zipimport._zip_directory_cache.clear()  # type: ignore[attr-defined]
    sys.path_importer_cache.clear()
    linecache.clearcache()
    gc.collect()
