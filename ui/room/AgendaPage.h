#pragma once
// The Agenda page: the signed-in counselor's (or the whole room's) day or week: appointments,
// lessons, duty, group sessions, and the follow-ups and reviews the areas' desk sections have due
// in it. Day/week switch, Today, arrows; double-click opens the item. From here appointments are
// booked and marked kept (which opens the student's session editor), missed or cancelled, the
// duty roster is edited and printed, and the counselor's calendar exported as .ics.

#include "core/room/Agenda.h"
#include "core/room/Appointment.h"
#include "ui/common/AreaRegistry.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class AgendaPage : public QWidget {
    Q_OBJECT
public:
    explicit AgendaPage(vault::Vault &vault, QWidget *parent = nullptr);

    void reload();
    void showDate(const QDate &day);
    void setWeekView(bool week);
    void step(int direction);  ///< -1 / +1 day or week
    QDate firstDay() const;
    QDate lastDay() const;
    /// The row's text in the "What" column, for tests.
    QStringList rowTitles() const;
    void newAppointment();
    void openRow(int row);
    void markSelected(room::AppointmentStatus status);
    void editRoster();
    void exportCalendar();

private:
    struct Row {
        bool desk = false;
        room::AgendaItem item;
        DeskItem deskItem;
    };
    const Row *selectedRow() const;
    void keepAppointment(const room::AgendaItem &item);

    vault::Vault &m_vault;
    QDate m_day;
    bool m_week = true;
    QList<Row> m_rows;
    QComboBox *m_span;
    QComboBox *m_whose;
    QLabel *m_range;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QPushButton *m_kept;
    QPushButton *m_missed;
    QPushButton *m_cancel;
};

}  // namespace cd::ui
