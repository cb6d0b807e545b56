#!/usr/bin/env python3
"""Writes the synthetic roster fixtures in tests/data/roster/ (run from anywhere; output is committed).

Every name here is invented. The .xlsx files are built by hand (zip + XML parts) the way Excel
and WPS write them: shared strings, inline strings, a date cell with a date style, a title row
above the header, merged-looking blank cells."""
import os
import zipfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "roster")
os.makedirs(HERE, exist_ok=True)

HEADER_ZH = ["学号", "姓名", "性别", "出生日期", "年级", "班级"]
ROWS = [
    ["2026001", "张三", "男", "2012-03-05", "初一", "(3)班"],
    ["2026002", "李小红", "女", "2012/7/19", "七年级", "3班"],
    ["2026003", "王明", "男", "2011年11月2日", "初一", "三班"],
    ["2026004", "赵静", "女", "20120101", "7", "4"],
    ["", "无学号", "女", "2012-01-01", "初一", "1班"],                 # rejected: no number
    ["2026006", "钱多多", "未知", "2012-01-01", "初一", "1班"],        # rejected: sex
    ["2026007", "孙悟", "男", "2012-02-30", "初一", "1班"],            # rejected: date
    ["2026001", "张三重复", "男", "2012-03-05", "初一", "(3)班"],      # rejected: duplicate
    ["2026009", "周一", "男", "2012-05-05", "初八", "1班"],            # rejected: grade
]


def write_csv(name, rows, encoding, bom=False, sep=","):
    with open(os.path.join(HERE, name), "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        for row in rows:
            line = sep.join('"%s"' % c.replace('"', '""') if ("," in c or '"' in c or "\n" in c) else c for c in row)
            f.write((line + "\r\n").encode(encoding))


def column_letters(c):
    name = ""
    c += 1
    while c > 0:
        c, rem = divmod(c - 1, 26)
        name = chr(ord("A") + rem) + name
    return name


def xlsx(name, sheet_rows, date_cells=(), inline=False, damage=None, out_dir=HERE):
    """sheet_rows: list of lists of str|float. date_cells: {(r, c)} holding Excel serials."""
    shared = []
    index = {}
    xml_rows = []
    for r, row in enumerate(sheet_rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = "%s%d" % (column_letters(c), r)
            if value == "" or value is None:
                continue
            if isinstance(value, (int, float)):
                style = ' s="1"' if (r, c) in date_cells else ""
                cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, style, value))
            elif inline:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value))
            else:
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[value]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xml_rows),
    }
    if shared:
        parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                         + "".join("<si><t>%s</t></si>" % s for s in shared) + "</sst>")
    path = os.path.join(out_dir, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(part, text.encode("utf-8"))
    if damage == "truncate":
        data = open(path, "rb").read()
        open(path, "wb").write(data[: len(data) // 2])


def raw_xlsx(name, sheet_xml, shared_xml=None, out_dir=HERE):
    """A workbook whose sheet (and shared strings) XML is given as is: for hostile files."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="x" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet_xml + "</sheetData></worksheet>",
    }
    if shared_xml is not None:
        parts["xl/sharedStrings.xml"] = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + shared_xml + "</sst>"
    with zipfile.ZipFile(os.path.join(out_dir, name), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def hostile():
    """Small files that ask a reader for gigabytes or minutes: each must be refused at once."""
    header = '<row r="1"><c r="A1" t="inlineStr"><is><t>学号</t></is></c></row>'
    # 1.2 million <c> elements for one cell reference (13 MB of XML, 20 KB zipped).
    raw_xlsx("roster-hostile-repeated-cell.xlsx", header + '<row r="2">' + '<c r="A2"/>' * 1_200_000 + "</row>")
    # 40 MB of sheet XML (a zip bomb in miniature).
    raw_xlsx("roster-hostile-bomb.xlsx", header + '<row><c><v>1</v></c></row>' * 1_500_000)
    # One cell of 40,000 characters.
    raw_xlsx("roster-hostile-long-cell.xlsx", header + '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "长" * 40_000 + "</t></is></c></row>")
    # 1.1 million tiny shared strings (under the part size, over the count of cells).
    raw_xlsx("roster-hostile-shared-strings.xlsx", header + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
             shared_xml="<si/>" * 1_100_000)
    # 100 rows, each with one cell in the last column: 1.6 million cells once padded.
    raw_xlsx("roster-hostile-far-column.xlsx", header + "".join('<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (r, r) for r in range(2, 102)))


def main():
    title = ["青山第三中学 2026 级学生名单（演示）", "", "", "", "", ""]
    write_csv("roster-utf8-bom.csv", [title, HEADER_ZH] + ROWS, "utf-8", bom=True)
    write_csv("roster-utf8.csv", [HEADER_ZH] + ROWS[:4], "utf-8")
    write_csv("roster-gb18030.csv", [title, HEADER_ZH] + ROWS[:4], "gb18030")
    write_csv("roster-english-semicolon.csv",
              [["Student No", "Name", "Gender", "Date of birth", "Grade", "Class"],
               ["S-100", "Liu Yang", "M", "2010-09-01", "Grade 9", "Class 2"],
               ["S-101", "Chen Jing", "F", "2010-10-12", "9", "2"]], "utf-8", sep=";")
    # A combined class column ("初一(3)班") and no grade column; a quoted field with a comma and a line break.
    write_csv("roster-combined-class.csv",
              [["学号", "姓名", "班级", "备注"],
               ["2026101", "吴用", "初一(3)班", '"转入, 待核实"'],
               ["2026102", "郑和", "高二（1）班", "第一行\n第二行"]], "utf-8")
    with open(os.path.join(HERE, "roster-unclosed-quote.csv"), "wb") as f:
        f.write("学号,姓名\r\n2026001,\"张三\r\n2026002,李四\r\n".encode("utf-8"))
    with open(os.path.join(HERE, "roster-latin1.csv"), "wb") as f:
        f.write("学号,姓名\r\n".encode("utf-8")[:0] + b"No,Name\r\n1,Ren\xe9\xff\xfe\r\n")
    with open(os.path.join(HERE, "roster-no-number-column.csv"), "wb") as f:
        f.write("姓名,性别,班级\r\n张三,男,1班\r\n".encode("utf-8"))


    # 2012-03-05 is Excel serial 40973.
    xlsx("roster.xlsx",
         [["青山第三中学 2026 级学生名单（演示）"], [], HEADER_ZH,
          ["2026001", "张三", "男", 40973, "初一", "(3)班"],
          ["2026002", "李小红", "女", "2012-07-19", "初一", "3班"],
          [], ["2026003", "王明", "男", 40849, "初二", "1班"]],
         date_cells={(4, 3), (7, 3)})
    xlsx("roster-inline.xlsx", [HEADER_ZH, [2026010, "刘洋", "男", "2012-03-05", "初一", "2班"]], inline=True)
    xlsx("roster-truncated.xlsx", [HEADER_ZH] + [["2026%03d" % i, "学生%d" % i, "男", "2012-03-05", "初一", "1班"] for i in range(300)],
         damage="truncate")
    with open(os.path.join(HERE, "roster-old-excel.xls"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    hostile()
    print("fixtures written to", HERE)


if __name__ == "__main__":
    main()
