// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Lagoon {

/**
 * A rounded panel holding one item of a form (a task, a cronjob, a service's routes): a header
 * with a title and small action buttons, and a two-column grid of labelled fields. A grid and not
 * QFormLayout, because Qt 6.4's QFormLayout misbehaves when rows change (see ProjectOverviewPanel).
 */
class FormCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormCard)

public:
    explicit FormCard(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /** A grey note beside the title (e.g. "runs in its own pod"). */
    void setSubtitle(const QString &subtitle);

    /** A flat icon button in the header; `text` is its tooltip and accessible name. */
    QToolButton *addHeaderButton(const QString &iconName, const QString &text, const QString &objectName);

    /**
     * Adds a labelled row: the label is the field's buddy (Alt+letter focuses it), names it for
     * screen readers and carries `toolTip`, as does the field. `cell`, when given, is what goes
     * into the grid (a widget that contains `field`). Returns the label.
     */
    QLabel *addRow(const QString &label, QWidget *field, const QString &toolTip = {}, QWidget *cell = nullptr);
    /** A widget over both columns (a list, a note). */
    void addWideRow(QWidget *widget);
    /** A layout over both columns, for rows of several controls. */
    void addWideRow(QLayout *layout);
    QGridLayout *grid() const { return m_grid; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QGridLayout *m_grid;
};

} // namespace Lagoon
