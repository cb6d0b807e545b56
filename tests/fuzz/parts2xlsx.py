#!/usr/bin/env python3
"""Zips a fuzz_xlsx input in the parts form ("=== name" lines, tests/fuzz/fuzz_xlsx.cpp) into an
.xlsx file, the way the fuzz target does (stored entries), so that a finding can become a fixture
in tests/data/fuzz/fuzz_xlsx/ that the Catch2 tests read too.

    tests/fuzz/parts2xlsx.py build-fuzz/fuzz-smoke/findings/fuzz_xlsx/crash-... tests/data/fuzz/fuzz_xlsx/what-it-is.xlsx
"""
import sys
import warnings
import zipfile

MARKER = b"=== "


def split_parts(data):
    """The same split as splitParts() in fuzz_xlsx.cpp."""
    if data.startswith(MARKER):
        pos = 0
    else:
        pos = data.find(b"\n" + MARKER)
        if pos < 0:
            return []
        pos += 1
    parts = []
    while 0 <= pos < len(data):
        name_end = data.find(b"\n", pos)
        if name_end < 0:
            parts.append((data[pos + len(MARKER):], b""))
            break
        nxt = data.find(b"\n" + MARKER, name_end)
        parts.append((data[pos + len(MARKER):name_end], data[name_end + 1:] if nxt < 0 else data[name_end + 1:nxt]))
        pos = -1 if nxt < 0 else nxt + 1
    return parts


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data = open(sys.argv[1], "rb").read()
    if data.startswith(b"PK"):
        sys.exit("%s is a zip already: copy it as it is" % sys.argv[1])
    warnings.simplefilter("ignore")  # duplicate part names are part of what a finding may hold
    with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_STORED) as z:
        for name, content in split_parts(data):
            if not name or b"\0" in name:
                continue  # the fuzz target skips these too
            try:
                text = name.decode("utf-8")
            except UnicodeDecodeError:
                sys.exit("a part name is not UTF-8: zipfile cannot write it as the fuzz target did")
            z.writestr(zipfile.ZipInfo(text, (2026, 9, 1, 8, 0, 0)), content)


if __name__ == "__main__":
    main()
