#include "ui/district/DistrictExportDialog.h"

#include "core/common/Clock.h"
#include "core/district/SemesterSummary.h"
#include "core/lessons/Semesters.h"
#include "core/settings/Translations.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/StartFolder.h"
#include "ui/common/MessageBoxes.h"
#include "ui/district/DistrictExport.h"
#include "ui/district/SummaryPreview.h"
#include "ui/unlock/ReauthDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
/// The folder the last package was written into, this session: the next export starts there.
QString &lastExportFolder()
{
    static QString folder;
    return folder;
}
}  // namespace

DistrictExportDialog::DistrictExportDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_semester(new QComboBox(this)), m_k(new QComboBox(this)),
      m_language(new QComboBox(this)), m_problem(new QLabel(this)), m_preview(new SummaryPreview(this)),
      m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(u"districtExportDialog"_s);
    setWindowTitle(tr("District summary"));

    m_semester->setObjectName(u"districtSemester"_s);
    m_semester->setToolTip(tr("The semester the summary counts"));
    m_semester->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_k->setObjectName(u"districtK"_s);
    m_k->setToolTip(tr("Counts from 1 to k−1 are withheld, and whatever would let them be worked out"));
    m_k->addItem(tr("5 (usual)"), 5);
    m_k->addItem(tr("10 (stricter)"), 10);
    m_language->setObjectName(u"districtLanguage"_s);
    m_language->setToolTip(tr("The language of the tables and of the PDF report"));
    m_language->addItem(u"中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(m_language->findData(settings::interfaceLanguage()));
    m_problem->setObjectName(u"districtProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_preview->setObjectName(u"districtPreview"_s);
    m_export->setObjectName(u"districtExport"_s);
    m_export->setToolTip(tr("Write the package to a folder or USB drive, after your passphrase again"));

    auto *choices = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Semester:"), m_semester);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Smallest count published (&k):"), m_k);
    auto *form3 = new QFormLayout;
    form3->addRow(tr("&Language:"), m_language);
    choices->addLayout(form);
    choices->addLayout(form2);
    choices->addLayout(form3);
    choices->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportPackage(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    auto profile = exportProfile(m_vault);
    if (profile) m_profile = *profile;
    else m_problem->setText(profile.error().message);

    auto semesters = lessons::Semesters(m_vault).list();
    auto current = lessons::Semesters(m_vault).current(clock::today());
    if (semesters) {
        for (const lessons::Semester &s : *semesters) m_semester->addItem(s.name, s.name);
        if (current && current->has_value()) m_semester->setCurrentIndex(m_semester->findData((*current)->name));
    }
    if (m_semester->count() == 0 && m_profile) {
        m_profile.reset();
        m_problem->setText(semesters ? tr("The school has no semester yet: add one on the Lessons page with "
                                          "New semester… first.")
                                     : semesters.error().message);
    }

    for (QComboBox *box : {m_semester, m_k, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &DistrictExportDialog::refresh);
    refresh();
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(900, 620);
    resize(sizeHint().expandedTo(QSize(900, 620)).boundedTo(room));
}

void DistrictExportDialog::refresh()
{
    if (!m_profile) {
        m_problem->show();
        m_preview->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    district::SummaryOptions options;
    options.semester = m_semester->currentData().toString();
    options.k = m_k->currentData().toInt();
    options.language = m_language->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = district::computeSummary(m_vault, *m_profile, options);
    QApplication::restoreOverrideCursor();
    m_problem->setVisible(!summary);
    m_preview->setEnabled(summary.ok());
    m_export->setEnabled(summary.ok());
    if (!summary) {
        m_problem->setText(summary.error().message);
        return;
    }
    m_preview->setSummary(*summary);
}

QString DistrictExportDialog::exportPackage()
{
    const QString title = tr("District summary");
    const QString folder = FileDialogs::existingDirectory(
        this, tr("Choose the folder or USB drive for the package"),
        startFolder(lastExportFolder()));
    if (folder.isEmpty()) return {};
    ReauthGate gate(m_vault);
    if (!gate.confirm(this, tr("The district summary leaves the counseling room."))) return {};

    ExportOptions options;
    options.semester = m_semester->currentData().toString();
    options.k = m_k->currentData().toInt();
    options.language = m_language->currentData().toString();
    options.parentDir = folder;

    QProgressDialog progress(tr("Exporting the district summary…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(u"districtExportProgress"_s);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const ExportProgress step = [&progress](int percent, const QString &what) {
        progress.setLabelText(what);
        progress.setValue(percent);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto report = exportDistrict(m_vault, options, step);
    if (!report && report.error().code == ErrorCode::AlreadyExists
        && MessageBoxes::confirm(this, title,
                                 tr("%1\n\nReplace the package that is there?").arg(report.error().message),
                                 tr("&Replace"), true)) {
        options.replace = true;
        report = exportDistrict(m_vault, options, step);
    }
    progress.reset();
    if (!report) {
        MessageBoxes::error(this, title, report.error().message);
        return {};
    }
    lastExportFolder() = folder;
    MessageBoxes::information(this, title, exportDoneMessage(*report));
    return report->path;
}

}  // namespace cd::ui
