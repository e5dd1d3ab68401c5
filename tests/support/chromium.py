"""Measuring an HTML page as headless Chromium lays it out: a copy of the page with a script appended, read back
from the DOM Chromium dumps.

What it does: `measure(page, script, width=1400)` copies `page` into a temporary directory with
``<script>`` + `script` inserted before ``</body>``, opens it with ``chromium --headless --dump-dom`` in a
window `width` pixels wide (a fresh profile in that directory, no network: background networking, component
updates, sync and QUIC are off, so nothing reaches for this machine's closed network), and returns the JSON
value the script left in the ``data-measurements`` attribute of ``<html>``. The script runs at the end of the
body, after layout of everything before it (``getBoundingClientRect`` and friends force it); the page itself is
never changed, so a script-free page stays script-free.

Assumes: Debian's ``chromium`` on PATH (scripts/setup installs it); the page loads nothing from the network
(external assets would not load).

Guarantees: `ChromiumError` when chromium is missing (its message says to run scripts/setup), exits non-zero,
times out (`TIMEOUT_SECONDS`) or the script left no measurements (its error, caught in the page, is in the
message); never a skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

CHROMIUM = "chromium"
"""Debian's package `chromium` (scripts/setup)."""
TIMEOUT_SECONDS = 60
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")
"""Headless, as root in a container (no sandbox), and offline (no background connections)."""
ATTRIBUTE = "data-measurements"

_WRAPPER = """(() => {{
  let result;
  try {{ result = (() => {{ {script} }})(); }} catch (e) {{ result = {{"error": String(e && e.stack || e)}}; }}
  document.documentElement.setAttribute("{attribute}", JSON.stringify(result));
}})();"""


class ChromiumError(RuntimeError):
    """Chromium is missing, failed, or the page's measurements did not come back."""


class _Root(HTMLParser):
    """Reads the measurements attribute of the dumped ``<html>`` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.value: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and self.value is None:
            self.value = dict(attrs).get(ATTRIBUTE)


def measure(page: Path, script: str, width: int = 1400, height: int = 900) -> object:
    """Run `script` (a JavaScript function body returning a JSON-serialisable value) at the end of a copy of
    `page` in headless Chromium with a `width` x `height` pixel window; its return value. Raises
    `ChromiumError` (module docstring)."""
    chromium = shutil.which(CHROMIUM)
    if chromium is None:
        raise ChromiumError(f"{CHROMIUM} not found: run scripts/setup (it installs Debian's chromium)")
    text = page.read_text(encoding="utf-8")
    if "</body>" not in text:
        raise ChromiumError(f"{page}: no </body> to put the measuring script before")
    body = _WRAPPER.format(script=script, attribute=ATTRIBUTE)
    # `</script` inside the script would end it early; the measuring scripts have no use for the sequence.
    if "</script" in body.lower():
        raise ChromiumError("the measuring script contains </script")
    with tempfile.TemporaryDirectory(prefix="pvmc-chromium-") as tmp:
        copy = Path(tmp) / page.name
        copy.write_text(text.replace("</body>", f"<script>{body}</script></body>", 1), encoding="utf-8")
        command = [chromium, *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
                   "--dump-dom", copy.as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ChromiumError(f"chromium took more than {TIMEOUT_SECONDS} s on {page}") from exc
    if done.returncode != 0:
        raise ChromiumError(f"chromium exited {done.returncode} on {page}:\n{done.stderr[-2000:]}")
    root = _Root()
    root.feed(done.stdout)
    root.close()
    if root.value is None:
        raise ChromiumError(f"no {ATTRIBUTE} in the DOM chromium dumped for {page} (did the page load?):\n"
                            f"{done.stderr[-2000:]}")
    result = json.loads(root.value)
    if isinstance(result, dict) and set(result) == {"error"}:
        raise ChromiumError(f"the measuring script failed on {page}: {result['error']}")
    return result
