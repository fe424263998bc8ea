"""Repairing one file or text with its settings; runs in worker processes too."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from . import repair
from .config import RUN_KEYS, Config, find
from .model import Result
from .report import Outcome


def settings_for(path: Path, flags: dict[str, Any], explicit: Config | None = None) -> dict[str, Any]:
    """Configuration for ``path`` (nearest file, overrides), then command-line flags."""
    config = explicit or find(path.parent)
    settings = config.for_path(path)
    for key, value in flags.items():
        if key == "+ignore":
            settings["ignore"] = [*settings.get("ignore", []), *value]
        else:
            settings[key] = value
    return settings


def repair_text(text: str, settings: dict[str, Any], path: Path | None = None) -> Result:
    """Repair ``text`` as the file at ``path`` would be: markup protected, settings applied."""
    from . import markup

    kind = settings.get("markup") or (markup.kind_for_path(str(path)) if path else "text")
    prose_keys = settings.get("prose-keys", ("title", "description", "summary"))
    protected = markup.protected_spans(text, kind, prose_keys=prose_keys)
    options = {k.replace("-", "_"): v for k, v in settings.items() if k not in RUN_KEYS}
    options.setdefault("markup", kind)
    options.setdefault("html_entities", kind == "text")
    result = repair(
        text,
        profile=settings.get("profile", "default"),
        select=settings.get("select"),
        ignore=settings.get("ignore"),
        protected=protected,
        **options,
    )
    return dataclasses.replace(result, stages=())  # keeps results small across processes


def process_file(name: str, mode: str, flags: dict[str, Any], explicit: Config | None = None) -> Outcome:
    from . import files

    path = Path(name)
    try:
        settings = settings_for(path, flags, explicit)
        source = files.read(path, settings.get("encoding", "utf-8"))
        result = repair_text(source.text, settings, path)
        written = False
        if mode == "fix" and result.changed:
            files.write(source, result.text)
            written = True
        return Outcome(name, result=result, written=written)
    except files.SkipFile as exc:
        return Outcome(name, note=str(exc))
    except files.FileError as exc:
        return Outcome(name, error=str(exc))
