"""The generated character classes match what they claim to match."""

import re
import unicodedata

import pytest

from textrepair.chars import UNICODE_VERSION, UPPER


@pytest.mark.skipif(unicodedata.unidata_version != UNICODE_VERSION, reason="class generated for another Unicode")
def test_upper_is_exactly_category_lu_of_the_bmp():
    upper = re.compile(f"[{UPPER}]")
    wrong = [c for c in map(chr, range(0x10000)) if bool(upper.fullmatch(c)) != (unicodedata.category(c) == "Lu")]
    assert wrong == []


def test_upper_on_names():
    upper = re.compile(f"[{UPPER}]")
    assert [bool(upper.match(w)) for w in ["Kyiv", "Łódź", "Ωmega", "Київ", "kyiv", "łódź", "1st", "_x"]] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
