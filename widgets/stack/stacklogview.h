// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <deque>

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include "core/stack/dockerlogparser.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextCharFormat;
class QTimer;
class QToolButton;

namespace Lagoon {

/**
 * The logs of a local stack's services, one service or all of them interleaved as they arrive,
 * the way `docker compose logs -f` shows them. Lines live in one plain text document with a
 * maximum line count (the oldest go first), so a chatty service cannot exhaust memory or the
 * view; the last MaxLines lines are also kept as data so a filter or the timestamps toggle can
 * show them again. stderr lines are tinted and marked. Follow keeps the newest line in view while
 * the view is scrolled to the bottom; scrolling up pauses it.
 */
class StackLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackLogView)

public:
    static constexpr int MaxLines = 20000;

    explicit StackLogView(QWidget *parent = nullptr);
    ~StackLogView() override;

    /** The services the filter offers, in order. */
    void setServices(const QStringList &services);
    /** Appends a service's lines (they are shown when the filter lets them through). */
    void appendLines(const QString &service, const QList<DockerLogLine> &lines);
    void clear();

    /** Empty: every service. */
    QString currentService() const;
    void setCurrentService(const QString &service);

    bool isFollowing() const;
    void setFollowing(bool follow);
    bool showsTimestamps() const;
    void setShowTimestamps(bool show);

    /** Highlights every match of `text` and moves to the next one after the cursor. */
    void setSearchText(const QString &text);
    int matchCount() const { return m_matchCount; }
    void findNext(bool backwards = false);

    /** The text as shown now (for tests and "copy all"). */
    QString text() const;
    int shownLineCount() const;
    QPlainTextEdit *textView() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString service;
        DockerLogLine line;
    };

    void retranslate();
    bool passes(const Entry &entry) const;
    void render();
    void write(const QList<const Entry *> &entries);
    void scrollToEnd();
    void onScrolled();
    void updateHighlights();
    void updateMatchLabel();
    QColor serviceColour(const QString &service) const;

    QComboBox *m_service;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matches;
    QToolButton *m_timestamps;
    QToolButton *m_follow;
    QToolButton *m_clear;
    QPlainTextEdit *m_text;
    QTimer *m_highlightTimer;

    std::deque<Entry> m_entries;
    QStringList m_services;
    int m_prefixWidth = 0;
    int m_matchCount = 0;
    bool m_scrolling = false;
};

} // namespace Lagoon
