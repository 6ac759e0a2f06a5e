#!/usr/bin/env python3
"""Fills translations/vectordesk_fr.ts from a {source: French} mapping (a Python file defining FR).
Run after `cmake --build <dir> --target vectordesk_lupdate` has added new strings; entries without a
translation stay unfinished, which tests/check_translations.py reports."""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, mapping_path = sys.argv[1], sys.argv[2]
FR = runpy.run_path(mapping_path)["FR"]
tree = ET.parse(ts_path)
missing = 0
for msg in tree.getroot().iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    value = FR.get(src)
    if value is None:
        missing += 1
        continue
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in value:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value
    tr.attrib.pop("type", None)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print(f"{missing} strings without a translation")
