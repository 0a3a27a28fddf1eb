#pragma once

#include "ReportData.h"
#include "ReportRenderer.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace es {

/// File > Export Report: the range (UTC), the cluster (or all), the format and the output file.
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `clusters`: the store's cluster names; `directory`: where the file goes by default.
    ReportDialog(const QStringList &clusters, const QString &directory, QWidget *parent = nullptr);

    ReportRequest request() const;
    QString path() const;
    ReportRenderer::Format format() const;

private:
    void browse();
    void syncSuffix();

    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QComboBox *m_cluster;
    QComboBox *m_format;
    QLineEdit *m_path;
};

} // namespace es
