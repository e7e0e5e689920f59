// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

#include "widgets/editor/completionprovider.h"

class QLabel;
class QListView;
class QStandardItemModel;

namespace Lagoon {

/**
 * The list of completion suggestions shown under the text cursor: label and detail per row, and
 * the selected entry's documentation below. It never takes the keyboard focus; the editor keeps
 * typing going and forwards the navigation keys (see CodeEditor).
 */
class CompletionPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionPopup)

public:
    explicit CompletionPopup(QWidget *parent);

    void setEntries(const QList<CompletionEntry> &entries);
    const QList<CompletionEntry> &entries() const { return m_entries; }
    int count() const { return static_cast<int>(m_entries.size()); }

    int currentRow() const;
    void setCurrentRow(int row);
    /** Moves the selection by `delta` rows, clamped to the list. */
    void moveSelection(int delta);
    /** Rows a page-up/down moves by. */
    int pageSize() const;

    /** Places the popup below `cursorRect` (parent coordinates), or above it when there is no room. */
    void showNear(const QRect &cursorRect);

Q_SIGNALS:
    /** The user clicked an entry. */
    void activated(int row);

private:
    void updateDocumentation();
    void relayout();

    QListView *m_list;
    QLabel *m_documentation;
    QStandardItemModel *m_model;
    QList<CompletionEntry> m_entries;
    QRect m_anchor;
};

} // namespace Lagoon
