"""A stand-in LanguageTool server for the grammar stage's tests.

It answers ``GET /v2/languages`` and ``POST /v2/check`` in the format of
LanguageTool's HTTP API documentation (https://languagetool.org/http-api/):
a ``software``/``language``/``matches`` object whose match offsets and
lengths count UTF-16 code units, as LanguageTool (a Java program) does. The
matches come from a small rule table, tests/languagetool/rules.json, written
for these tests: each rule finds a phrase and reports a part of it. A request
whose text is exactly a recorded one (tests/languagetool/recorded.json, the
documentation's own example) gets the recorded response as it stands.

Like a real server it refuses a text over its length limit (HTTP 413) and
can be told to fail every request, to test that a failing server costs the
other stages nothing.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

HERE = Path(__file__).parent / "languagetool"
RULES: list[dict[str, Any]] = json.loads((HERE / "rules.json").read_text("utf-8"))
RECORDED: list[dict[str, Any]] = json.loads((HERE / "recorded.json").read_text("utf-8"))
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
]
SOFTWARE = {
    "name": "LanguageTool",
    "version": "6.4",
    "buildDate": "2024-03-28 13:54:00 +0000",
    "apiVersion": 1,
    "premium": False,
    "status": "",
}
#: Characters of context each side of a match, as LanguageTool's default.
CONTEXT = 40


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check(text: str, language: str = "en-US") -> dict[str, Any]:
    """The response LanguageTool's API documents for ``text``, from the rule table."""
    for item in RECORDED:
        if item["text"] == text:
            return dict(item["response"])
    matches = []
    for rule in RULES:
        pos = text.find(rule["find"])
        while pos != -1:
            start = pos + rule["find"].index(rule["error"])
            end = start + len(rule["error"])
            matches.append((start, end, rule))
            pos = text.find(rule["find"], pos + 1)
    out = []
    for start, end, rule in sorted(matches, key=lambda m: (m[0], m[1])):
        left = max(0, start - CONTEXT)
        context = text[left : end + CONTEXT]
        out.append(
            {
                "message": rule["message"],
                "shortMessage": rule.get("shortMessage", ""),
                "replacements": [{"value": v} for v in rule["replacements"]],
                "offset": utf16(text[:start]),
                "length": utf16(text[start:end]),
                "context": {
                    "text": context,
                    "offset": utf16(text[left:start]),
                    "length": utf16(text[start:end]),
                },
                "sentence": text,
                "type": {"typeName": "Other"},
                "rule": rule["rule"],
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return {
        "software": SOFTWARE,
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": language,
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
        },
        "matches": out,
    }


@dataclass
class FakeLanguageTool:
    """A running stand-in; ``requests`` holds the text of every check request, in order."""

    max_text_length: int = 100_000
    fail_status: int | None = None
    requests: list[str] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeLanguageTool:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                pass

            def _send(self, status: int, body: str, kind: str = "application/json") -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/v2/languages"):
                    self._send(200, json.dumps(LANGUAGES))
                else:
                    self._send(404, "Error: no such endpoint", "text/plain")

            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(size).decode("utf-8"), keep_blank_values=True)
                if not self.path.rstrip("/").endswith("/v2/check"):
                    self._send(404, "Error: no such endpoint", "text/plain")
                    return
                text = form.get("text", [""])[0]
                fake.requests.append(text)
                if fake.fail_status:
                    self._send(fake.fail_status, "Error: Internal Error: the server is having a bad day", "text/plain")
                    return
                if utf16(text) > fake.max_text_length:
                    message = (
                        f"Error: Your text exceeds the limit of {fake.max_text_length} characters "
                        f"(it's {utf16(text)} characters). Please submit a shorter text."
                    )
                    self._send(413, message, "text/plain")
                    return
                self._send(200, json.dumps(check(text, form.get("language", ["en-US"])[0]), ensure_ascii=False))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


_SHARED: FakeLanguageTool | None = None


def shared() -> FakeLanguageTool:
    """One stand-in for the whole test run (golden files and other tests that select GRM)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = FakeLanguageTool().start()
    return _SHARED
