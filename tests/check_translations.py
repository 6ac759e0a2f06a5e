#!/usr/bin/env python3
"""French ships complete: extracts every tr() string from the sources with lupdate, then checks that the
committed translations/vectordesk_fr.ts has each one finished, non-empty, with the same placeholders."""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, ts, *sources = sys.argv[1:]


def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m
    return out


with tempfile.TemporaryDirectory() as tmp:
    fresh = tmp + "/fresh_fr.ts"
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", fresh], check=True)
    wanted = messages(fresh)
committed = messages(ts)
placeholder = re.compile(r"%(\d|n)")
problems = []
for key, _ in sorted(wanted.items()):
    m = committed.get(key)
    if m is None:
        problems.append(f"{key[0]}: not in {ts}: {key[1]!r}")
        continue
    tr = m.find("translation")
    if tr.get("type") in ("unfinished", "vanished", "obsolete"):
        problems.append(f"{key[0]}: unfinished: {key[1]!r}")
        continue
    forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
    for form in forms:
        if not form.strip():
            problems.append(f"{key[0]}: empty translation: {key[1]!r}")
        elif sorted(set(placeholder.findall(form))) != sorted(set(placeholder.findall(key[1]))):
            problems.append(f"{key[0]}: placeholders differ: {key[1]!r} -> {form!r}")
for p in problems[:50]:
    print(p)
print(f"{len(wanted) - len(problems)} passed, {len(problems)} failed")
sys.exit(1 if problems or not wanted else 0)
