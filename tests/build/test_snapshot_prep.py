"""Which standard-library files a restored interpreter may still import (scripts/snapshot_prep)."""

from __future__ import annotations

import io
import zipfile

from scripts import snapshot_prep

STDLIB = {
    "json/__init__.py": "from .decoder import JSONDecoder\n",
    "json/decoder.py": "import re\n",
    "re/__init__.py": "import enum\n",
    "enum.py": "",
    "pprint.py": "import collections as c\nimport re\n\ndef f():\n    import dataclasses\n",
    "collections/__init__.py": "import heapq\n",
    "heapq.py": "",
    "dataclasses.py": "import inspect\n",
    "inspect.py": "",
    "html/__init__.py": "from html.entities import html5\n",
    "html/entities.py": "",
    "tarfile.py": "import shutil\n",
    "encodings/__init__.py": "",
    "encodings/utf_16_le.py": "import codecs\n",
    "encodings/cp1252.py": "import codecs\n",
    "codecs.py": "",
    "shutil.py": "",
}


def archive(files: dict[str, str]) -> zipfile.ZipFile:
    """A standard library in a zip, as Pyodide ships it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, source in files.items():
            out.writestr(name, source)
    return zipfile.ZipFile(buffer)


def test_modules_an_engine_names_but_the_memory_lacks_come_with_their_top_level_imports() -> None:
    engine = {
        "widgets.report": ("import json\n\ndef show(x):\n    import pprint\n", "widgets"),
        "widgets": ("from . import report\nfrom html import escape\n", "widgets"),
    }
    held = {"json", "json.decoder", "re", "enum", "collections"}
    members = snapshot_prep.still_importable(archive(STDLIB), held, engine)
    # pprint is named in a function body; it imports collections (held) and re (held) at its
    # top, and dataclasses only in a function: that one stays out. html brings html.entities.
    assert members == ["html/__init__.py", "html/entities.py", "pprint.py"]


def test_an_engine_whose_imports_are_all_held_needs_no_file() -> None:
    engine = {"widgets": ("import json\nfrom json import decoder\n", "widgets")}
    held = {"json", "json.decoder", "re", "enum"}
    assert snapshot_prep.still_importable(archive(STDLIB), held, engine) == []


def test_relative_imports_resolve_against_the_modules_package() -> None:
    names = snapshot_prep.imported_names("from ..entities import html5\n", "html.parser")
    assert "html.entities" in names and "html" in names


def test_the_written_zip_keeps_the_members_as_they_were() -> None:
    source = archive(STDLIB)
    out = io.BytesIO()
    snapshot_prep.write_zip(source, ["pprint.py"], out)
    copy = zipfile.ZipFile(out)
    assert copy.namelist() == ["pprint.py"]
    assert copy.read("pprint.py") == source.read("pprint.py")
    assert copy.getinfo("pprint.py").compress_type == zipfile.ZIP_DEFLATED


def test_codecs_an_engine_names_come_with_their_modules() -> None:
    engine = {
        "widgets.text": (
            "def units(s):\n"
            "    return len(s.encode('UTF-16-LE')) + len(bytes(s, 'x').decode(encoding='ascii'))\n",
            "widgets",
        )
    }
    held = {"encodings", "codecs", "encodings.ascii"}
    members = snapshot_prep.still_importable(archive(STDLIB), held, engine)
    assert members == ["encodings/utf_16_le.py"]
