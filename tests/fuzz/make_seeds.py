#!/usr/bin/env python3
"""Writes the seed corpora in tests/fuzz/corpus/<target>/ (output is committed; docs/fuzzing.md).

Every name, school and student here is invented.

    tests/fuzz/make_seeds.py                      CSV, .xlsx and backup-header seeds
    tests/fuzz/make_seeds.py --cli build/app/counseldesk-cli
                                                  also the key-slot seeds, from vaults the CLI creates
                                                  in a temporary folder (minimal KDF, throwaway passphrase)

The key-slot seeds need the real format (JSON body, sealed slots, checksums), so they come from the
CLI rather than from here; without --cli the committed ones are kept. The backup-header seeds are
built here: a real backup holds a whole database, far too big for a seed, so "layout.cdbackup" is
a complete .cdbackup with the real header and key-slot file but a one-page placeholder database and
a placeholder sealed manifest. readHeader() accepts it; the manifest does not open (nothing here
knows a database key), which the header target does not need.
"""
import argparse
import hashlib
import json
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile

FUZZ = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(FUZZ, "corpus")
ROSTER_FIXTURES = os.path.join(FUZZ, "..", "data", "roster")

HEADER_ZH = ["学号", "姓名", "性别", "出生日期", "年级", "班级"]
ROWS_ZH = [
    ["2026001", "张三", "男", "2012-03-05", "初一", "(3)班"],
    ["2026002", "李小红", "女", "2012/7/19", "七年级", "3班"],
    ["2026003", "王明", "男", "2011年11月2日", "初一", "三班"],
    ["2026004", "赵静", "女", "20120101", "7", "4"],
    ["2026005", "钱多多", "女", "40973", "高二", "实验班"],
]


def out(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def csv(rows, sep=",", newline="\r\n"):
    def field(c):
        return '"%s"' % c.replace('"', '""') if (sep in c or '"' in c or "\n" in c) else c
    return "".join(sep.join(field(c) for c in row) + newline for row in rows)


def csv_seeds():
    title = ["青山第三中学 2026 级学生名单（演示）", "", "", "", "", ""]
    out("fuzz_csv", "utf8.csv", csv([HEADER_ZH] + ROWS_ZH).encode("utf-8"))
    out("fuzz_csv", "utf8-bom-title.csv", b"\xef\xbb\xbf" + csv([title, HEADER_ZH] + ROWS_ZH[:2]).encode("utf-8"))
    out("fuzz_csv", "gb18030.csv", csv([title, HEADER_ZH] + ROWS_ZH).encode("gb18030"))
    out("fuzz_csv", "utf16le-tab.csv", b"\xff\xfe" + csv([HEADER_ZH] + ROWS_ZH[:2], sep="\t").encode("utf-16-le"))
    out("fuzz_csv", "english-semicolon.csv", csv(
        [["Student No", "Name", "Gender", "Date of birth", "Grade", "Class"],
         ["S-100", "Liu Yang", "M", "2010-09-01", "Grade 9", "Class 2"],
         ["S-101", "Chen Jing", "F", "2010-10-12 08:30", "year 9", "2"]], sep=";", newline="\n").encode("utf-8"))
    out("fuzz_csv", "combined-class-quotes.csv", csv(
        [["学号", "姓名", "班级", "备注"],
         ["2026101", "吴用", "初一(3)班", "转入, 待核实"],
         ["2026102", "郑和", "高二（1）班", "第一行\n第二行"],
         ["2026103", "冯远", "小学初三班", '他说"好"']]).encode("utf-8"))
    out("fuzz_csv", "fullwidth-unclosed.csv", "学号，姓名\r\n２０２６００１,\"张三\r\n".encode("utf-8"))


def xlsx_parts(path):
    """A workbook as the fuzz target's parts form: "=== name" lines, each followed by the part."""
    with zipfile.ZipFile(path) as z:
        return b"".join(b"=== " + i.filename.encode("utf-8") + b"\n" + z.read(i) + b"\n" for i in z.infolist())


def parts(pairs):
    return b"".join(b"=== " + name.encode("utf-8") + b"\n" + text.encode("utf-8") + b"\n" for name, text in pairs)


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def xlsx_seeds():
    for name in ("roster.xlsx", "roster-inline.xlsx"):
        src = os.path.join(ROSTER_FIXTURES, name)
        out("fuzz_xlsx", name, open(src, "rb").read())
        out("fuzz_xlsx", name.replace(".xlsx", ".parts"), xlsx_parts(src))
    # What the roster fixtures do not have: the 1904 date system, a sheet found through its
    # relationship at an absolute path, phonetic runs, booleans, formula strings, errors, columns
    # beyond Z, a row without r= and cells without references.
    out("fuzz_xlsx", "features.parts", parts([
        ("xl/workbook.xml", '<workbook %s %s><workbookPr date1904="1"/><sheets>'
                            '<sheet name="名单" sheetId="1" r:id="rId7"/></sheets></workbook>' % (NS, NS_R)),
        ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                       'relationships"><Relationship Id="rId7" Target="/xl/worksheets/名单.xml"/>'
                                       '</Relationships>'),
        ("xl/sharedStrings.xml", '<sst %s><si><t>学号</t></si><si><r><t>姓</t></r><r><t>名</t></r>'
                                 '<rPh sb="0" eb="1"><t>xing</t></rPh></si><si><t>出生日期</t></si></sst>' % NS),
        ("xl/styles.xml", '<styleSheet %s><numFmts><numFmt numFmtId="164" formatCode="[$-804]yyyy/m/d;@"/>'
                          '<numFmt numFmtId="165" formatCode="h:mm"/></numFmts><cellXfs><xf numFmtId="0"/>'
                          '<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>' % NS),
        ("xl/worksheets/名单.xml", '<worksheet %s><sheetData>'
                                  '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>'
                                  '<c r="AA2" t="s"><v>2</v></c></row>'
                                  '<row><c t="inlineStr"><is><t>2026001</t></is></c><c t="str"><v>张三</v></c>'
                                  '<c r="AA3" s="1"><v>39145</v></c><c r="AB3" t="b"><v>1</v></c>'
                                  '<c r="AC3" t="e"><v>#N/A</v></c><c r="AD3" s="2"><v>0.5</v></c>'
                                  '<c r="AE3"><v>1.5E+3</v></c><c r="AF3" s="3"><v>40973.25</v></c></row>'
                                  '</sheetData></worksheet>' % NS),
    ]))


def u32(value):
    return struct.pack("<I", value)


def backup_seeds():
    # The key-slot file the CLI wrote for the seed vault, as a backup carries it.
    slots_path = os.path.join(CORPUS, "fuzz_keyslots", "two-slots.cdk")
    slots = open(slots_path, "rb").read() if os.path.exists(slots_path) else (
        b"CounselDesk key slots 1\n{}\nmac " + b"0" * 64 + b"\nsum " + b"0" * 64 + b"\n")
    db_length = 4096
    header = json.dumps({"app": "0.1.0", "created": "2026-09-01T08:00:00.000Z", "db": db_length,
                         "slots": len(slots), "vault": "5eed" * 8}, separators=(",", ":")).encode()
    data = b"CDBACKUP" + u32(1) + u32(len(header)) + header + slots
    data += b"\0" * (-len(data) % 4096)
    data += b"\0" * db_length  # placeholder for the SQLCipher pages
    manifest = hashlib.sha256(b"placeholder nonce").digest()[:24] + b"\x5e" * 96 + b"\0" * 16
    data += u32(len(manifest)) + manifest
    # Trailer: the database bytes' SHA-256, then the SHA-256 of every other byte and that hash.
    db_start = len(data) - 4 - len(manifest) - db_length
    db_hash = hashlib.sha256(data[db_start:db_start + db_length]).digest()
    rest = hashlib.sha256(data[:db_start] + data[db_start + db_length:] + db_hash).digest()
    data += db_hash + rest
    out("fuzz_backup_header", "layout.cdbackup", data)
    out("fuzz_backup_header", "header-only.cdbackup", data[:200])


def keyslot_seeds(cli):
    passphrase = "synthetic fuzz seed 2026\n"
    with tempfile.TemporaryDirectory(prefix="counseldesk-seeds-") as tmp:
        vault = os.path.join(tmp, "vault")

        def run(*args, stdin):
            subprocess.run([cli, *args, "--passphrase-stdin"], input=stdin.encode(), check=True,
                           stdout=subprocess.DEVNULL)

        run("init", vault, "--school", "青山第三中学（演示）", "--user", "lead", "--kdf", "minimal", stdin=passphrase)
        shutil.copy(os.path.join(vault, "keyslots.cdk"), os.path.join(CORPUS, "fuzz_keyslots", "two-slots.cdk"))
        run("users", "add", vault, "wang.counselor", "--user", "lead", "--display-name", "王老师（演示）",
            stdin=passphrase + "another synthetic passphrase 2026\n")
        shutil.copy(os.path.join(vault, "keyslots.cdk"), os.path.join(CORPUS, "fuzz_keyslots", "three-slots.cdk"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", help="counseldesk-cli, to make the key-slot seeds")
    args = parser.parse_args()
    os.makedirs(os.path.join(CORPUS, "fuzz_keyslots"), exist_ok=True)
    if args.cli:
        keyslot_seeds(os.path.abspath(args.cli))
    csv_seeds()
    xlsx_seeds()
    backup_seeds()
    print("seeds written to", CORPUS)


if __name__ == "__main__":
    main()
