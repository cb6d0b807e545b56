#include "ui/groups/EventDialog.h"

#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

EventDialog::EventDialog(vault::Vault &vault, const groups::SchoolEvent &event, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_event(event), m_kind(new QComboBox(this)), m_format(new QComboBox(this)),
      m_heldOn(new QDateEdit(event.heldOn, this)), m_topic(new QLineEdit(event.topic, this)),
      m_audience(new QLineEdit(event.audience, this)), m_heads(new QSpinBox(this)), m_minutes(new QSpinBox(this)),
      m_note(new QLineEdit(event.note, this))
{
    setObjectName(u"eventDialog"_s);
    setWindowTitle(event.id == 0 ? tr("New school event") : tr("Edit the school event"));
    m_kind->setObjectName(u"eventKind"_s);
    for (groups::EventKind kind : groups::eventKinds()) m_kind->addItem(groups::eventKindName(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(event.kind)));
    m_format->setObjectName(u"eventFormat"_s);
    m_format->setToolTip(tr("The activity's theme, or how the family event or training was held"));
    m_heldOn->setObjectName(u"eventDate"_s);
    m_heldOn->setDisplayFormat(dates::dateFormat());
    m_heldOn->setCalendarPopup(true);
    m_topic->setObjectName(u"eventTopic"_s);
    m_topic->setPlaceholderText(tr("e.g. 家长学校：如何与青春期孩子沟通"));
    m_audience->setObjectName(u"eventAudience"_s);
    m_audience->setPlaceholderText(tr("e.g. 初一家长, 全体班主任"));
    m_heads->setObjectName(u"eventHeadCount"_s);
    m_heads->setRange(0, 100000);
    m_heads->setValue(event.headCount);
    m_heads->setToolTip(tr("How many people came"));
    m_minutes->setObjectName(u"eventMinutes"_s);
    m_minutes->setRange(0, 1440);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("not given"));
    m_minutes->setValue(event.minutes);
    m_note->setObjectName(u"eventNote"_s);
    kindChanged();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::kindChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Date:"), m_heldOn);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("A&udience:"), m_audience);
    form->addRow(tr("&Head count:"), m_heads);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("N&ote:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Save)->setObjectName(u"okButton"_s);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
}

void EventDialog::kindChanged()
{
    const auto kind = static_cast<groups::EventKind>(m_kind->currentData().toInt());
    const QString current = m_format->currentData().isValid() ? m_format->currentData().toString() : m_event.format;
    m_format->clear();
    for (const QString &code : groups::eventFormats(kind)) m_format->addItem(groups::eventFormatName(code), code);
    m_format->setCurrentIndex(std::max(0, m_format->findData(current)));
}

void EventDialog::accept()
{
    groups::SchoolEvent e = m_event;
    e.kind = static_cast<groups::EventKind>(m_kind->currentData().toInt());
    e.format = m_format->currentData().toString();
    e.heldOn = m_heldOn->date();
    e.topic = m_topic->text();
    e.audience = m_audience->text();
    e.headCount = m_heads->value();
    e.minutes = m_minutes->value();
    e.note = m_note->text();
    auto id = groups::SchoolEvents(m_vault).save(e);
    if (!id) {
        MessageBoxes::error(this, tr("Event not saved"), id.error().message);
        return;
    }
    QDialog::accept();
}

}  // namespace cd::ui
