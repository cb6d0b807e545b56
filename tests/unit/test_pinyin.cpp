#include "students/Pinyin.h"

#include <catch2/catch.hpp>

using namespace cd::students;
using namespace Qt::StringLiterals;

TEST_CASE("pinyin keys let zs and zhangsan find 张三", "[students][pinyin]")
{
    const PinyinKeys keys = pinyinKeys(u"张三"_s);
    CHECK(keys.full == u"zhangsan"_s);
    CHECK(keys.initials == u"zs"_s);
    CHECK(pinyinKeys(u"李小红"_s).initials == u"lxh"_s);
    CHECK(pinyinKeys(u"Liu Yang"_s).full == u"liuyang"_s);
    CHECK(pinyinKeys(QString()).full.isEmpty());
}
