#pragma once
// District summaries made by hand for the PDF and preview tests (synthetic; the package tests
// use TestSummary.h): the tables a small
// school's semester gives, with counts protected by the disclosure engine.

#include "district/Summary.h"

#include <QString>

namespace cd::test {

/// A small school (测试实验中学, code 3301990001) in one semester, labels in `language` ("zh_CN"
/// or "en"), counts protected for `k` (primary and complementary suppression, REQUIREd to
/// succeed): staffing and funding (numbers); lessons per grade with a compliance rate; screening
/// per grade (grade 9 a class of 12) with flagged counts and rates, a grade with 2 flagged;
/// cases by concern category (one of 3); referrals by destination (1, 2 and their total 3).
district::Summary testSummary(const QString &language = QStringLiteral("zh_CN"), int k = 5);

/// `tables` tables across the parts, each of `rows` rows and a total over four count columns
/// and a rate, small counts withheld (primary suppression only: for timing the rendering).
district::Summary largeTestSummary(int tables, int rows, const QString &language = QStringLiteral("zh_CN"));

}  // namespace cd::test
