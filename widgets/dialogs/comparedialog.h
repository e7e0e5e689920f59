// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Lagoon {

/**
 * Shows what another program changed in a file the user is editing: the file on disk against
 * the editor's text, line by line, so they can choose to reload or to keep their version.
 */
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    enum Choice
    {
        KeepMine = QDialog::Accepted + 1,
        Reload
    };

    CompareDialog(const QString &fileName, const QString &onDisk, const QString &mine, QWidget *parent = nullptr);

    /** The rendered comparison ("- disk line", "+ my line"), for tests and the clipboard. */
    QString comparisonText() const;

private:
    QPlainTextEdit *m_view;
};

} // namespace Lagoon
