"""Markup awareness: code, URLs and markup stay byte-identical, prose is repaired."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from textrepair import repair
from textrepair.markup import ignore_spans, kind_for_path, protected_spans, text_spans

# Damage the core normalizers repair: a space before a comma, curly quotes
# (straightened by default) and UTF-8 read as cp1252.
DAMAGED = "He said \u201chi\u201d , and didn\u00e2\u20ac\u2122t stay ."
REPAIRED = 'He said "hi", and didn\'t stay.'
STAGES = ["ENC", "QUO", "SPC"]  # the stages whose behaviour these tests rely on


def fix(text: str, kind: str = "markdown") -> str:
    spans = protected_spans(text, kind)
    return repair(text, select=STAGES, protected=spans, markup=kind, html_entities=False).text


def assert_kept(out: str, *pieces: str) -> None:
    for piece in pieces:
        assert piece in out, f"{piece!r} was changed"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("README.md", "markdown"),
        ("docs/a.MARKDOWN", "markdown"),
        ("x.mkd", "markdown"),
        ("page.mdx", "markdown"),
        ("index.html", "html"),
        ("a.HTM", "html"),
        ("b.xhtml", "html"),
        ("guide.rst", "rst"),
        ("guide.rest", "rst"),
        ("notes.txt", "text"),
        ("Makefile", "text"),
        ("archive.md.bak", "text"),
    ],
)
def test_kind_for_path(path: str, kind: str) -> None:
    assert kind_for_path(path) == kind


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown markup kind"):
        protected_spans("x", "latex")


def test_plain_prose_is_repaired_everywhere() -> None:
    for kind in ("markdown", "html", "rst", "text"):
        assert fix(DAMAGED, kind) == REPAIRED


def test_plain_text_keeps_backticked_code() -> None:
    text = "Use `a , b` in code , please .\nA stray ` backtick , then words .\n"
    assert fix(text, "text") == "Use `a , b` in code, please.\nA stray ` backtick, then words.\n"


# --- Markdown ---------------------------------------------------------------


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_fenced_code_is_kept(fence: str) -> None:
    code = f'{fence}python\nprint(\u201chi\u201d) ,x\ns = "a ." \n{fence}'
    out = fix(f"{DAMAGED}\n\n{code}\n\n{DAMAGED}\n")
    assert out == f"{REPAIRED}\n\n{code}\n\n{REPAIRED}\n"


def test_unclosed_fence_protects_to_the_end() -> None:
    text = f"{DAMAGED}\n\n```\ncode \u201cx\u201d ,y\n\nstill code ,z\n"
    assert fix(text) == f"{REPAIRED}\n\n```\ncode \u201cx\u201d ,y\n\nstill code ,z\n"


def test_indented_code_is_kept() -> None:
    text = f"{DAMAGED}\n\n    x = \u201ca\u201d ,b\n    y = 1 .\n\n{DAMAGED}\n"
    assert fix(text) == f"{REPAIRED}\n\n    x = \u201ca\u201d ,b\n    y = 1 .\n\n{REPAIRED}\n"


@pytest.mark.parametrize("code", ["`a ,b \u201cc\u201d`", "``a ` ,b``", "` \u2018x\u2019 . `"])
def test_inline_code_is_kept(code: str) -> None:
    out = fix(f"Use {code} here , she said \u201cso\u201d.")
    assert out == f'Use {code} here, she said "so".'


def test_code_in_lists_quotes_and_tables() -> None:
    text = (
        "- item , one `x ,y`\n"
        "  continued \u201cline\u201d\n\n"
        "> quote , here `a ,b`\n"
        "> more \u201cquoted\u201d\n\n"
        "| name , | code |\n|---|---|\n| cell \u201cv\u201d | `c ,d` |\n"
    )
    out = fix(text)
    assert out == (
        "- item, one `x ,y`\n"
        '  continued "line"\n\n'
        "> quote, here `a ,b`\n"
        '> more "quoted"\n\n'
        '| name, | code |\n|---|---|\n| cell "v" | `c ,d` |\n'
    )


def test_code_block_inside_list_item() -> None:
    text = "1. Step , one:\n\n   ```\n   run \u201cit\u201d ,now\n   ```\n"
    assert fix(text) == "1. Step, one:\n\n   ```\n   run \u201cit\u201d ,now\n   ```\n"


def test_heading_markers_kept_and_text_repaired() -> None:
    text = "# Title , here #\n\nSetext \u201ctitle\u201d\n=====\n"
    assert fix(text) == '# Title, here #\n\nSetext "title"\n=====\n'


def test_urls_autolinks_and_emails_are_kept() -> None:
    text = (
        "See https://example.com/a,b/c.html?q=x ,y and <https://auto.example/\u201cq\u201d> "
        "or www.example.org/path ,x or write to jane.doe@example.com now , please .\n"
    )
    out = fix(text)
    assert_kept(out, "https://example.com/a,b/c.html?q=x", "<https://auto.example/\u201cq\u201d>")
    assert_kept(out, "www.example.org/path", "jane.doe@example.com")
    assert out.endswith("jane.doe@example.com now, please.\n")


def test_link_and_image_targets_kept_labels_repaired() -> None:
    text = (
        'Read [the \u201cguide\u201d , now](https://x.org/a_(b) "T \u201ct\u201d ,") and '
        "![a photo , here](img/a ,b.png) and [ref link][Ref ,1].\n\n"
        '[Ref ,1]: https://x.org/ref "Title \u201cx\u201d ,"\n'
    )
    out = fix(text)
    assert_kept(out, '(https://x.org/a_(b) "T \u201ct\u201d ,")')
    assert_kept(out, '[Ref ,1]: https://x.org/ref "Title \u201cx\u201d ,"')
    assert_kept(out, "][Ref ,1]")
    assert '[the "guide", now]' in out
    assert "![a photo, here]" in out


def test_inline_html_tags_and_code_elements() -> None:
    text = (
        'A <span title="a ,b \u201cc\u201d">word , here</span> and '
        "<code>x \u201cy\u201d ,z</code> and <kbd>Ctrl ,C</kbd> end .\n"
    )
    out = fix(text)
    assert out == (
        'A <span title="a ,b \u201cc\u201d">word, here</span> and '
        "<code>x \u201cy\u201d ,z</code> and <kbd>Ctrl ,C</kbd> end.\n"
    )


def test_html_blocks_in_markdown() -> None:
    text = (
        '<div class="note \u201cx\u201d ,y">\n'
        "Some <b>bold</b> prose , here and \u201cquoted\u201d.\n"
        "</div>\n\n"
        "<pre>\nraw \u201ctext\u201d ,kept\n</pre>\n\n"
        "<script>\nvar s = \u201ca\u201d ,b;\n</script>\n\n"
        "<!-- a comment , with \u201cquotes\u201d -->\n\n"
        f"{DAMAGED}\n"
    )
    out = fix(text)
    assert out == (
        '<div class="note \u201cx\u201d ,y">\n'
        'Some <b>bold</b> prose, here and "quoted".\n'
        "</div>\n\n"
        "<pre>\nraw \u201ctext\u201d ,kept\n</pre>\n\n"
        "<script>\nvar s = \u201ca\u201d ,b;\n</script>\n\n"
        "<!-- a comment , with \u201cquotes\u201d -->\n\n"
        f"{REPAIRED}\n"
    )


def test_yaml_front_matter_prose_values_only() -> None:
    yaml = pytest.importorskip("yaml")
    text = (
        "---\n"
        'title: "Don\u00e2\u20ac\u2122t say \u201chello\u201d now , ok"\n'
        "description: 'It\u2019s the \u201cbest\u201d one , really'\n"
        "summary: Plain value , with \u201cquotes\u201d # a ,comment\n"
        'slug: "keep \u201cthis\u201d , as is"\n'
        "tags: [a ,b]\n"
        "---\n\n"
        f"{DAMAGED}\n"
    )
    out = fix(text)
    head = out.split("---\n")[1]
    assert head == (
        'title: "Don\'t say \u201chello\u201d now, ok"\n'
        "description: 'It\u2019s the \"best\" one, really'\n"
        'summary: Plain value, with "quotes" # a ,comment\n'
        'slug: "keep \u201cthis\u201d , as is"\n'
        "tags: [a ,b]\n"
    )
    data = yaml.safe_load(head)
    assert data["title"] == "Don't say \u201chello\u201d now, ok"
    assert data["summary"] == 'Plain value, with "quotes"'
    assert out.endswith(f"\n\n{REPAIRED}\n")


def test_plain_yaml_value_cannot_gain_an_indicator() -> None:
    yaml = pytest.importorskip("yaml")
    text = "---\ntitle: \u201cQuoted\u201d start , here\n---\nBody.\n"
    out = fix(text)
    head = out.split("---\n")[1]
    assert head == 'title: \u201cQuoted" start, here\n'
    assert yaml.safe_load(head) == {"title": '\u201cQuoted" start, here'}


def test_toml_front_matter() -> None:
    import tomllib

    text = '+++\ntitle = "A \u201cgood\u201d day , ok"\ndraft = false\nslug = "a ,b"\n+++\n\nBody , text.\n'
    out = fix(text)
    head = out.split("+++\n")[1]
    assert tomllib.loads(head) == {"title": "A \u201cgood\u201d day, ok", "draft": False, "slug": "a ,b"}
    assert out.endswith("\nBody, text.\n")


def test_custom_prose_keys() -> None:
    text = "---\nheadline: Big , news\ntitle: Small , news\n---\nx\n"
    spans = protected_spans(text, "markdown", prose_keys=["headline"])
    out = repair(text, select=STAGES, protected=spans, html_entities=False).text
    assert "headline: Big, news\ntitle: Small , news\n" in out


def test_unterminated_front_matter_is_not_front_matter() -> None:
    assert fix("---\nJust a rule , then text\n") == "---\nJust a rule, then text\n"


def test_math_is_kept_but_dollar_amounts_are_prose() -> None:
    text = "Energy $E = mc^2 ,x$ holds , and\n\n$$\na ,b \u201cc\u201d\n$$\n\nIt cost $5 , not $10 .\n"
    assert fix(text) == "Energy $E = mc^2 ,x$ holds, and\n\n$$\na ,b \u201cc\u201d\n$$\n\nIt cost $5, not $10.\n"


@pytest.mark.parametrize(
    "tag",
    [
        '{{< figure src="a.png" caption="A \u201ccaption\u201d ,x" >}}',
        "{{% notice , tip %}}",
        "{{ .Title , x }}",
        "{% include \u201cfile\u201d ,x %}",
        "{# a comment , here #}",
        "{: .class ,x }",
    ],
)
def test_templates_and_shortcodes_are_kept(tag: str) -> None:
    out = fix(f"Before , {tag} after , end.\n")
    assert out == f"Before, {tag} after, end.\n"


def test_escapes_and_entities_are_kept() -> None:
    assert fix("A \\* star , and &quot;x&quot; ,y &amp; z .\n") == "A \\* star, and &quot;x&quot; ,y &amp; z.\n"


def test_footnotes() -> None:
    text = "Claim[^note] here , now.\n\n[^note]: The \u201csource\u201d , said so.\n"
    assert fix(text) == 'Claim[^note] here, now.\n\n[^note]: The "source", said so.\n'


def test_admonition_body_is_prose() -> None:
    text = '!!! note "A \u201ctitle\u201d"\n    Body \u201ctext\u201d , here.\n'
    assert fix(text) == '!!! note "A \u201ctitle\u201d"\n    Body "text", here.\n'


def test_crlf_and_astral_offsets() -> None:
    text = "\U0001f600 Emoji , first\r\n\r\n```\r\ncode ,x\r\n```\r\n\r\n`\U0001f600 ,`  and \u201cq\u201d .\r\n"
    out = fix(text)
    assert out == '\U0001f600 Emoji, first\r\n\r\n```\r\ncode ,x\r\n```\r\n\r\n`\U0001f600 ,` and "q".\r\n'


def test_tabs_never_misplace_protection() -> None:
    text = "-\tlist , item `a ,b`\n\n>\tquote `c ,d` , end\n"
    out = fix(text)
    assert_kept(out, "`a ,b`", "`c ,d`")


# --- ignore comments --------------------------------------------------------


def test_markdown_off_on_and_next_line() -> None:
    text = (
        f"{DAMAGED}\n\n<!-- textrepair: off -->\n{DAMAGED}\n\n{DAMAGED}\n<!-- TextRepair: ON -->\n\n"
        f"<!-- textrepair: ignore-next-line -->\n{DAMAGED}\n{DAMAGED}\n"
    )
    out = fix(text)
    assert out == (
        f"{REPAIRED}\n\n<!-- textrepair: off -->\n{DAMAGED}\n\n{DAMAGED}\n<!-- TextRepair: ON -->\n\n"
        f"<!-- textrepair: ignore-next-line -->\n{DAMAGED}\n{REPAIRED}\n"
    )


def test_off_without_on_runs_to_the_end() -> None:
    text = f"{DAMAGED}\n<!-- textrepair: off -->\n{DAMAGED}\n\n{DAMAGED}\n"
    assert fix(text) == f"{REPAIRED}\n<!-- textrepair: off -->\n{DAMAGED}\n\n{DAMAGED}\n"


def test_rst_and_text_directives() -> None:
    rst = f"{DAMAGED}\n\n.. textrepair: off\n\n{DAMAGED}\n\n.. textrepair: on\n\n{DAMAGED}\n"
    assert fix(rst, "rst") == f"{REPAIRED}\n\n.. textrepair: off\n\n{DAMAGED}\n\n.. textrepair: on\n\n{REPAIRED}\n"
    text = f"{DAMAGED}\n# textrepair: ignore-next-line\n{DAMAGED}\n{DAMAGED}\n"
    assert fix(text, "text") == f"{REPAIRED}\n# textrepair: ignore-next-line\n{DAMAGED}\n{REPAIRED}\n"


def test_directive_in_the_wrong_syntax_is_inert() -> None:
    assert ignore_spans("# textrepair: off\nmore\n", "markdown") == []
    assert ignore_spans("<!-- textrepair: off -->\nmore\n", "rst") == []


# --- HTML -------------------------------------------------------------------


def test_html_document() -> None:
    text = (
        "<!DOCTYPE html>\n<html><head><title>A \u201ctitle\u201d , here</title>\n"
        "<style>p::before { content: \u201c ,\u201d; }</style></head>\n"
        "<body><p class=\"x ,y\" data-q='\u201cq\u201d'>Para , with "
        '<a href="https://e.com/a ,b">link \u201ctext\u201d</a>.</p>\n'
        "<pre>keep \u201cthis\u201d ,x</pre><textarea>t ,x</textarea>\n"
        "<script>if (a < b) { s = \u201c</p>\u201d ,1 }</script>\n"
        "<!-- comment , \u201cx\u201d --><p>Tail &amp; end , ok .</p></body></html>\n"
    )
    out = fix(text, "html")
    assert out == (
        '<!DOCTYPE html>\n<html><head><title>A "title", here</title>\n'
        "<style>p::before { content: \u201c ,\u201d; }</style></head>\n"
        "<body><p class=\"x ,y\" data-q='\u201cq\u201d'>Para, with "
        '<a href="https://e.com/a ,b">link "text"</a>.</p>\n'
        "<pre>keep \u201cthis\u201d ,x</pre><textarea>t ,x</textarea>\n"
        "<script>if (a < b) { s = \u201c</p>\u201d ,1 }</script>\n"
        "<!-- comment , \u201cx\u201d --><p>Tail &amp; end, ok.</p></body></html>\n"
    )


def test_html_less_than_in_prose_is_not_a_tag() -> None:
    assert fix("<p>When a < b , then \u201cso\u201d.</p>", "html") == '<p>When a < b, then "so".</p>'


# --- reST -------------------------------------------------------------------


def test_rst_constructs() -> None:
    text = (
        "A \u201cTitle\u201d\n=========\n\n"
        "Prose , with ``lit ,x`` and :ref:`a ,b <c>` and `link ,x <https://e.com>`_ and |sub ,x|.\n\n"
        ":field , x: value , here\n\n"
        "Example::\n\n    code \u201cx\u201d ,y\n\n    more ,z\n\n"
        "After , the block.\n\n"
        ".. note::\n   :class: a ,b\n\n   Note \u201cbody\u201d , here.\n\n"
        ".. code-block:: python\n\n   s = \u201ca\u201d ,b\n\n"
        ".. _target , x: https://e.com\n\n"
        ".. a comment , here\n\n"
        "+-----+----+\n| a , | b  |\n+-----+----+\n\n"
        ">>> print(\u201ca\u201d ,b)\n\n"
        "End , here.\n"
    )
    out = fix(text, "rst")
    assert out == (
        'A "Title"\n=========\n\n'
        "Prose, with ``lit ,x`` and :ref:`a ,b <c>` and `link ,x <https://e.com>`_ and |sub ,x|.\n\n"
        ":field , x: value, here\n\n"
        "Example::\n\n    code \u201cx\u201d ,y\n\n    more ,z\n\n"
        "After, the block.\n\n"
        '.. note::\n   :class: a ,b\n\n   Note "body", here.\n\n'
        ".. code-block:: python\n\n   s = \u201ca\u201d ,b\n\n"
        ".. _target , x: https://e.com\n\n"
        ".. a comment , here\n\n"
        "+-----+----+\n| a , | b  |\n+-----+----+\n\n"
        ">>> print(\u201ca\u201d ,b)\n\n"
        "End, here.\n"
    )


def test_rst_footnote_body_is_prose_and_label_kept() -> None:
    text = ".. [#note , x] The \u201csource\u201d , said so.\n"
    assert fix(text, "rst") == text  # a label with a space is not a footnote: a comment
    text = ".. [#note] The \u201csource\u201d , said so.\n"
    assert fix(text, "rst") == '.. [#note] The "source", said so.\n'


# --- plain text and the span contract --------------------------------------


def test_plain_text_keeps_urls_and_emails() -> None:
    text = "Mail a.b@example.com now , or see http://e.com/x?a=1 ,2 and \u201cso\u201d .\n"
    assert text_spans(text) == protected_spans(text, "text")
    assert fix(text, "text") == 'Mail a.b@example.com now, or see http://e.com/x?a=1 ,2 and "so".\n'


def test_spans_are_sorted_merged_and_in_bounds() -> None:
    text = "`a``b` `c` <b>x</b><i>y</i> https://e.com `d`\n\n```\nx\n```\n"
    for kind in ("markdown", "html", "rst", "text"):
        spans = protected_spans(text, kind)
        assert all(0 <= s < e <= len(text) for s, e in spans)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


def test_markdown_parser_is_imported_lazily() -> None:
    code = "import textrepair.markup, sys; print('markdown_it' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_directive_inside_code_is_only_an_example() -> None:
    text = f"Write `<!-- textrepair: off -->` or:\n\n```\n<!-- textrepair: off -->\n```\n\n{DAMAGED}\n"
    assert fix(text).endswith(f"\n\n{REPAIRED}\n")
    rst = f"Example::\n\n    .. textrepair: off\n\n{DAMAGED}\n"
    assert fix(rst, "rst").endswith(f"\n\n{REPAIRED}\n")


def test_highlight_shortcode_body_is_code() -> None:
    text = (
        '{{< highlight go "linenos=table" >}}\nfmt.Println(\u201ca ,b\u201d)\n{{< /highlight >}}\n\n'
        "{% highlight ruby %}\nputs \u201cx\u201d ,y\n{% endhighlight %}\n\n"
        f"{DAMAGED}\n"
    )
    assert fix(text) == text.replace(DAMAGED, REPAIRED)


def test_a_long_run_of_marker_lines_is_protected_without_a_parse() -> None:
    from textrepair.markup.markdown import MARKER_RUN

    run = "-\n\n* * *\n> \n|---|\n1.\n" * (MARKER_RUN // 5)
    text = "A paragraph , here.\n\n" + run + "Another paragraph , there.\n"
    spans = protected_spans(text, "markdown")
    start = text.index(run)
    assert any(a <= start and start + len(run) - 1 <= b for a, b in spans)
    fixed = repair(text, protected=spans, markup="markdown").text
    assert fixed == "A paragraph, here.\n\n" + run + "Another paragraph, there.\n"


def test_a_fence_around_marker_lines_still_closes() -> None:
    from textrepair.markup.markdown import MARKER_RUN

    text = "```\n" + "-\n" * (MARKER_RUN + 1) + "```\nProse , after.\n"
    assert repair(text, protected=protected_spans(text, "markdown"), markup="markdown").text.endswith("Prose, after.\n")
