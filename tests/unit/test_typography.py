"""Each language's typography, and the engine's catalogues and templates that follow it."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from widgets.script.templates import TEMPLATE_NAMES
from widgets.typography import (
    NBSP,
    NNBSP,
    RULES,
    english_quotes,
    fix_jinja_text,
    fix_toml_strings,
    french_spacing,
    typeset_source,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prêt : rien n'est envoyé.", f"Prêt{NBSP}: rien n'est envoyé."),
        ("Vraiment ? Oui ! Bien ; ensuite", f"Vraiment{NNBSP}? Oui{NNBSP}! Bien{NNBSP}; ensuite"),
        ("« Oublier »", f"«{NBSP}Oublier{NBSP}»"),
        ("«Oublier»", f"«{NBSP}Oublier{NBSP}»"),
        (f"en retard{NBSP}?", f"en retard{NNBSP}?"),
        (f"«{NNBSP}#{NNBSP}»", f"«{NBSP}#{NBSP}»"),
        ("Comment ?!", f"Comment{NNBSP}?!"),
    ],
)
def test_french_spacing(text: str, expected: str) -> None:
    """Spaces before ; ! ? : and inside « » become the no-break space French wants."""
    assert french_spacing(text) == expected


@pytest.mark.parametrize(
    "text", ["12:30", "https://example.org/?q=1", "L442-1, II", "::", "a;b", "Voir ci-dessous."]
)
def test_french_spacing_adds_no_space_where_none_was(text: str) -> None:
    """Times, addresses and markers keep their signs glued: only typed spaces change."""
    assert french_spacing(text) == text


def test_french_spacing_keeps_line_breaks_outside_html() -> None:
    """In a template a line break is a line break; in HTML it is an ordinary space."""
    assert french_spacing("liste\n: suite") == "liste\n: suite"
    assert french_spacing("liste\n: suite", html=True) == f"liste{NBSP}: suite"


def test_french_spacing_is_stable() -> None:
    """Running it twice changes nothing more: the build and the fixer can both apply it."""
    once = french_spacing("Quoi ? « Ceci » : cela ; enfin !")
    assert french_spacing(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the client's files", "the client\u2019s files"),
        ("clients' files", "clients\u2019 files"),
        ('He said "no".', "He said \u201cno\u201d."),
        ('("Save answers")', "(\u201cSave answers\u201d)"),
        ("'Forget'", "\u2018Forget\u2019"),
        ('"{file}" is not', "\u201c{file}\u201d is not"),
        ("Don't argue; it's final.", "Don\u2019t argue; it\u2019s final."),
    ],
)
def test_english_quotes(text: str, expected: str) -> None:
    """Straight quotes and apostrophes become curly ones, opening or closing by context."""
    assert english_quotes(text) == expected


def test_english_quotes_know_the_text_before() -> None:
    """A quote right after a link's text closes; after a space it opens."""
    assert english_quotes('" page', before="s") == "\u201d page"
    assert english_quotes('"How', before=" ") == "\u201cHow"


def test_toml_values_change_and_nothing_else() -> None:
    """Keys, comments and untouched lines stay byte for byte; invisible spaces are escapes."""
    source = '# Prêt : a comment\n[a]\nready = "Prêt : ok"\nsame = "rien"\nq = "dit \\"oui\\" ?"\n'
    fixed = fix_toml_strings(source, french_spacing)
    assert fixed == (
        '# Prêt : a comment\n[a]\nready = "Prêt\\u00a0: ok"\nsame = "rien"\n'
        'q = "dit \\"oui\\"\\u202f?"\n'
    )


def test_jinja_code_is_left_alone() -> None:
    """Only a template's literal text changes, never its expressions, tags or comments."""
    source = '{# note : ici #}{% if a == "x" %}Préavis de {{ n }} : fin{% endif %} ?'
    assert fix_jinja_text(source, lambda text, before: french_spacing(text)) == (
        f'{{# note : ici #}}{{% if a == "x" %}}Préavis de {{{{ n }}}}{NBSP}: fin{{% endif %}}'
        f"{NNBSP}?"
    )


def test_jinja_quote_after_an_expression_closes() -> None:
    """An expression prints a word, so a quote right after it is a closing one."""
    source = 'Say "{{ word }}" to {{ name }}\'s team.'
    assert fix_jinja_text(source, english_quotes) == (
        "Say \u201c{{ word }}\u201d to {{ name }}\u2019s team."
    )


def differences(before: str, after: str) -> list[str]:
    """The lines that differ, numbered, with their invisible spaces shown."""
    shown = str.maketrans({NBSP: "\\u00a0", NNBSP: "\\u202f"})
    return [
        f"line {number}: {old.translate(shown)!r} should be {new.translate(shown)!r}"
        for number, (old, new) in enumerate(
            zip(before.splitlines(), after.splitlines(), strict=True), start=1
        )
        if old != new
    ]


# Every catalogue and template of a language whose typography has rules.
SOURCES = [("catalog", f"{lang}.toml", lang, "toml") for lang in RULES] + [
    (f"script/templates/{lang}", f"{name}.j2", lang, "jinja")
    for lang in RULES
    for name in TEMPLATE_NAMES
]


@pytest.mark.parametrize(("folder", "name", "lang", "kind"), SOURCES)
def test_catalogues_and_templates_follow_their_language(
    folder: str, name: str, lang: str, kind: str
) -> None:
    """The engine's texts are typeset as the pages are: `python -m scripts.typography --fix`."""
    source = files("widgets").joinpath(folder, name).read_text("utf-8")
    assert differences(source, typeset_source(source, lang, kind)) == []


def test_no_straight_quote_is_left_in_english_catalogue_text() -> None:
    """The English catalogue's messages hold curly quotes and apostrophes only."""
    source = files("widgets").joinpath("catalog", "en.toml").read_text("utf-8")
    values = re.findall(r'^\s*[\w.\-"]+\s*=\s*"((?:[^"\\]|\\.)*)"\s*$', source, re.MULTILINE)
    assert [v for v in values if "'" in v or '\\"' in v] == []
