"""One schema of the settings: the parsers, the checks and docs/configuration.md all follow it."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import fields
from pathlib import Path
from types import ModuleType

import pytest

from textrepair import markup
from textrepair.cli import build_parser
from textrepair.config import load
from textrepair.model import Options
from textrepair.pipeline import profiles
from textrepair.settings import (
    BATCH_COMMAND,
    FILE_COMMANDS,
    KEYWORDS,
    SETTINGS,
    Origin,
    UserError,
    check,
    options_from,
    profile_settings,
)

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and annotations look the module up by name
    spec.loader.exec_module(module)
    return module


def test_configuration_page_is_up_to_date_with_the_schema() -> None:
    assert _script("build_settings_docs").main(["--check"]) == 0, "run: python scripts/build_settings_docs.py"


def test_a_stale_table_is_found(tmp_path: Path) -> None:
    build = _script("build_settings_docs")
    page = build.PAGE.read_text("utf-8")
    stale = page.replace("| `threshold` | number | `0.5` |", "| `threshold` | number | `0.6` |")
    assert stale != page and build.render(stale) == page


def _option_strings(command: str) -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return {s for action in sub.choices[command]._actions for s in action.option_strings}


@pytest.mark.parametrize(("command", "parser"), [(FILE_COMMANDS, "check"), (BATCH_COMMAND, "batch")])
def test_every_flag_of_the_schema_is_on_its_parsers(command: str, parser: str) -> None:
    taken = _option_strings(parser)
    for key, setting in SETTINGS.items():
        if setting.flag is None:
            continue
        assert (setting.flag.name in taken) == (command in setting.flag.commands), key
        assert Origin.flags().name(key) == setting.flag.name


def test_the_profile_flag_names_every_profile() -> None:
    flag = SETTINGS["profile"].flag
    assert flag is not None
    assert all(name in flag.help for name in profiles())


def test_every_profile_sets_only_valid_settings() -> None:
    for name, profile in profiles().items():
        assert check(profile_settings(profile), KEYWORDS).keys() == profile_settings(profile).keys(), name


def test_every_option_field_is_a_keyword_setting() -> None:
    for f in fields(Options):
        if f.name != "extra":
            setting = SETTINGS[f.name.replace("_", "-")]
            assert setting.keyword, f.name


def test_markup_choices_are_the_markup_kinds() -> None:
    assert set(SETTINGS["markup"].choices) == set(markup.KINDS)


def test_options_hold_lists_as_their_fields_do() -> None:
    options = options_from({"allow": ["Kharkov"], "lexicons": [], "quote_style": "curly"})
    assert options.allow == frozenset({"Kharkov"}) and options.lexicons == () and options.quote_style == "curly"


def test_a_configuration_file_cannot_name_a_program_to_run(tmp_path: Path) -> None:
    """``grammar-path`` is a keyword of ``repair()`` only, though the grammar stage declares it."""
    config = tmp_path / "textrepair.toml"
    config.write_text(f'grammar-path = "{tmp_path}"\n', "utf-8")
    with pytest.raises(UserError, match="unknown key 'grammar-path'"):
        load(config)
    assert check({"grammar_path": str(tmp_path)}, KEYWORDS) == {"grammar-path": str(tmp_path)}
