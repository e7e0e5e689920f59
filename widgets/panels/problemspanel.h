// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace Lagoon {

class ProblemsModel;

/** The Problems dock's content: the diagnostics table, or a sentence when there are none. */
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    bool isShowingEmptyState() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    ProblemsModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace Lagoon
