#pragma once
// The district summary (Vault ▸ District summary…, room lead): choose the semester, k (5 or 10)
// and the language, see exactly what the package will hold (SummaryPreview, recomputed at every
// choice), then Export…: a folder or USB drive, the passphrase again, a progress dialog with
// Cancel, and a message saying where the package is, its checksum and that the drive can be
// removed. The export itself is DistrictExport's, the same as the CLI's.

#include "core/district/SchoolProfile.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class SummaryPreview;

class DistrictExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit DistrictExportDialog(vault::Vault &vault, QWidget *parent = nullptr);

    /// Recomputes the preview for the choices made (also done whenever one changes).
    void refresh();
    /// Export…: asks for the folder, the passphrase, writes; the package's folder, or empty.
    QString exportPackage();

private:
    vault::Vault &m_vault;
    std::optional<district::SchoolProfile> m_profile;
    QComboBox *m_semester;
    QComboBox *m_k;
    QComboBox *m_language;
    QLabel *m_problem;
    SummaryPreview *m_preview;
    QPushButton *m_export;
};

}  // namespace cd::ui
