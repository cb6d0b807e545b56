#!/usr/bin/env python3
"""Writes the synthetic answer-file fixtures in tests/data/screening/ (output is committed).

Shapes as survey tools and scanners export them: a Chinese survey export with label answers and
the time taken, a workbook with a title row and letter answers, an English 1-4 file, a file full
of mistakes, a file missing a column, and a two-option (是/否) school scale with its definition.
Every student number and name is invented."""
import os

import make_roster_fixtures as roster

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screening")
os.makedirs(HERE, exist_ok=True)

LABELS = ["完全没有", "有几天", "一半以上的天数", "几乎每天"]
# Eight grade-7 students 2026001-2026008; answers chosen so totals are known:
PHQ = {
    "2026001": [0, 0, 0, 0, 0, 0, 0, 0, 0],  # 0
    "2026002": [1, 1, 1, 1, 1, 0, 0, 0, 0],  # 5 mild
    "2026003": [2, 2, 2, 1, 1, 1, 1, 0, 0],  # 10 moderate, flagged
    "2026004": [3, 3, 3, 3, 3, 2, 2, 1, 0],  # 20 severe
    "2026005": [0, 1, 0, 1, 0, 0, 0, 0, 2],  # 4, item 9 → critical
}


def write(name, rows, encoding="utf-8", bom=False):
    with open(os.path.join(HERE, name), "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        for row in rows:
            f.write((",".join(str(c) for c in row) + "\r\n").encode(encoding))


write("phq9-survey-zh.csv",
      [["序号", "提交答卷时间", "所用时间", "学号", "姓名"] + ["第%d题" % (i + 1) for i in range(9)]]
      + [[n + 1, "2026/11/20 10:%02d:00" % n, "%d秒" % (90 + n), no, "学生%s" % no[-1]] + [LABELS[v] for v in answers]
         for n, (no, answers) in enumerate(PHQ.items())],
      bom=True)

roster.xlsx("phq9-letters.xlsx",
            [["青山第三中学 心理筛查（演示）"], ["学号", "姓名"] + ["Q%d" % (i + 1) for i in range(9)]]
            + [[no, "学生%s" % no[-1]] + ["ABCD"[v] for v in answers] for no, answers in PHQ.items()]
            + [[2026006, "学生6", "a", "b", "", "c", "d", "a", "b", "c", "a"]],  # number cell, lower case, one blank
            out_dir=HERE)

write("phq9-one-to-four.csv",
      [["Student No", "Name"] + ["PHQ9_%d" % (i + 1) for i in range(9)]]
      + [[no, "Student %s" % no[-1]] + [v + 1 for v in answers] for no, answers in PHQ.items()],
      encoding="gb18030")

# Only 1-3 appear (nobody chose the highest answer): values 1-3, or 1 = the first answer?
write("phq9-ambiguous.csv",
      [["学号"] + ["Q%d" % (i + 1) for i in range(9)]]
      + [[no] + [min(v, 2) + 1 for v in answers] for no, answers in PHQ.items()])

# One export with both instruments side by side, each column prefixed with its code.
GAD = {"2026001": [0, 1, 0, 1, 0, 1, 0], "2026002": [3, 3, 3, 3, 3, 3, 3]}
write("phq9-gad7-combined.csv",
      [["学号", "姓名"] + ["PHQ9_%d" % (i + 1) for i in range(9)] + ["GAD7_%d" % (i + 1) for i in range(7)] + ["总分"]]
      + [[no, "学生%s" % no[-1]] + PHQ[no] + GAD[no] + [sum(PHQ[no]) + sum(GAD[no])] for no in GAD])

# A row with a student number and no answers at all.
write("gad7-blank-row.csv",
      [["学号", "1", "2", "3", "4", "5", "6", "7"],
       ["2026001", 0, 1, 0, 1, 0, 1, 0],
       ["2026002", "", "", "", "", "", "", ""]])

write("gad7-mistakes.csv",
      [["学号", "1", "2", "3", "4", "5", "6", "7"],
       ["2026001", 0, 1, 0, 1, 0, 1, 0],          # fine
       ["2026002", 0, 1, 5, 1, 0, 1, 0],          # 5 is out of range (column D)
       ["2099999", 0, 0, 0, 0, 0, 0, 0],          # nobody has this number
       ["2026901", 0, 0, 0, 0, 0, 0, 0],          # a grade-9 student: not on the run's list
       ["2026003", "E", 1, 1, 1, 1, 1, "x"],      # two bad cells
       ["", 1, 1, 1, 1, 1, 1, 1],                 # no student number
       ["2026001", 3, 3, 3, 3, 3, 3, 3],          # the same student twice
       ["2026004", 1, 1, 1, 1, 1, 1, 1]])         # fine

write("gad7-missing-column.csv",
      [["学号", "1", "2", "3", "4", "5", "6"], ["2026001", 0, 1, 0, 1, 0, 1]])

write("yesno-answers.csv",
      [["考号", "姓名", "用时"] + ["题%d" % (i + 1) for i in range(6)],
       ["2026001", "学生1", "3:05", "是", "否", "否", "是", "否", "否"],
       ["2026002", "学生2", "40", "√", "√", "√", "√", "×", "×"],
       ["2026003", "学生3", "", "否", "否", "否", "否", "否", "否"]])

with open(os.path.join(HERE, "yesno-scale.json"), "w", encoding="utf-8") as f:
    f.write("""{
  "format": 1,
  "code": "DEMO-YN",
  "version": "1",
  "name": {"en": "Synthetic yes/no scale (tests only)", "zh_CN": "测试用是否量表（虚构）"},
  "licence": "Invented for CounselDesk's tests; not a real instrument.",
  "options": [{"value": 0, "label": {"en": "No", "zh_CN": "否"}}, {"value": 1, "label": {"en": "Yes", "zh_CN": "是"}}],
  "items": [{"id": "1"}, {"id": "2"}, {"id": "3"}, {"id": "4"}, {"id": "5", "reverse": true}, {"id": "6"}],
  "total": {"items": ["1", "2", "3", "4"], "method": "sum"},
  "bands": [{"min": 0, "max": 2, "label": {"en": "Low"}}, {"min": 3, "max": 4, "label": {"en": "High"}, "flag": true}],
  "validity": {"max_missing": 0, "min_seconds": 60, "lie": {"items": ["5", "6"], "threshold": 2}}
}
""")
print("fixtures written to", HERE)
