// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Lagoon {

/** Shown while no project is open: how to open one, and the recent projects. */
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &folders);

Q_SIGNALS:
    void openRequested();
    void recentProjectRequested(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_open;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};

} // namespace Lagoon
