#include "ui/room/RoomArea.h"

#include "ui/common/AreaRegistry.h"
#include "ui/room/AgendaPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RoomArea)
};
}  // namespace

void registerRoomArea(AreaRegistry &registry)
{
    registry.addPage({25, [] { return Tr::tr("Agenda"); }, u"agenda"_s,
                      [] { return Tr::tr("Your day and week: appointments, lessons, duty, groups and what is due"); },
                      false, [](const PageContext &c) { return new AgendaPage(c.vault, c.parent); }});
}

}  // namespace cd::ui
