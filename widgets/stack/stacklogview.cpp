// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/stacklogview.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/common/appearance.h"
#include "widgets/common/badge.h"

namespace Lagoon {

namespace {

// Highlighting every match of a common word in 20,000 lines would make typing sluggish.
constexpr int MaxHighlights = 2000;
constexpr int HighlightDelayMs = 150;

QToolButton *toolButton(const QString &objectName, const QString &icon, QWidget *parent, bool checkable = false)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(icon));
    button->setAutoRaise(true);
    button->setCheckable(checkable);
    return button;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfA)
{
    return QColor::fromRgbF(float(a.redF() * amountOfA + b.redF() * (1 - amountOfA)),
                            float(a.greenF() * amountOfA + b.greenF() * (1 - amountOfA)),
                            float(a.blueF() * amountOfA + b.blueF() * (1 - amountOfA)));
}

} // namespace

StackLogView::StackLogView(QWidget *parent)
    : QWidget(parent)
    , m_service(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_previous(toolButton(QStringLiteral("logsFindPrevious"), QStringLiteral("go-up"), this))
    , m_next(toolButton(QStringLiteral("logsFindNext"), QStringLiteral("go-down"), this))
    , m_matches(new QLabel(this))
    , m_timestamps(toolButton(QStringLiteral("logsTimestamps"), QStringLiteral("chronometer"), this, true))
    , m_follow(toolButton(QStringLiteral("logsFollow"), QStringLiteral("go-bottom"), this, true))
    , m_clear(toolButton(QStringLiteral("logsClear"), QStringLiteral("edit-clear-all"), this))
    , m_text(new QPlainTextEdit(this))
    , m_highlightTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("stackLogView"));
    m_service->setObjectName(QStringLiteral("logsService"));
    m_service->addItem(QIcon::fromTheme(QStringLiteral("view-list-details")), QString(), QString());
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("logsSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(280);
    m_matches->setObjectName(QStringLiteral("logsMatches"));
    m_matches->setForegroundRole(QPalette::PlaceholderText);
    m_timestamps->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_follow->setChecked(true);
    m_text->setObjectName(QStringLiteral("logsText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlightTimer->setSingleShot(true);
    m_highlightTimer->setInterval(HighlightDelayMs);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(4);
    bar->addWidget(m_service);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_matches);
    bar->addStretch(1);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_follow);
    bar->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_service, &QComboBox::currentIndexChanged, this, &StackLogView::render);
    connect(m_timestamps, &QToolButton::toggled, this, &StackLogView::render);
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            scrollToEnd();
    });
    connect(m_clear, &QToolButton::clicked, this, &StackLogView::clear);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_highlightTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_highlightTimer, &QTimer::timeout, this, &StackLogView::updateHighlights);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &StackLogView::onScrolled);
    retranslate();
    updateMatchLabel();
}

StackLogView::~StackLogView() = default;

void StackLogView::setServices(const QStringList &services)
{
    if (services == m_services)
        return;
    const QString current = currentService();
    m_services = services;
    QSignalBlocker blocker(m_service);
    while (m_service->count() > 1)
        m_service->removeItem(1);
    for (const QString &service : services)
        m_service->addItem(service, service);
    const int index = m_service->findData(current);
    m_service->setCurrentIndex(index < 0 ? 0 : index);
    m_prefixWidth = 0;
    for (const QString &service : services)
        m_prefixWidth = std::max(m_prefixWidth, int(service.size()));
    if (index < 0 && !current.isEmpty())
        render();
}

QString StackLogView::currentService() const
{
    return m_service->currentData().toString();
}

void StackLogView::setCurrentService(const QString &service)
{
    int index = m_service->findData(service);
    if (index < 0 && !service.isEmpty()) {
        // A service whose lines arrive before the list of services knows it.
        m_service->addItem(service, service);
        index = m_service->count() - 1;
    }
    m_service->setCurrentIndex(std::max(index, 0));
}

bool StackLogView::isFollowing() const
{
    return m_follow->isChecked();
}

void StackLogView::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool StackLogView::showsTimestamps() const
{
    return m_timestamps->isChecked();
}

void StackLogView::setShowTimestamps(bool show)
{
    m_timestamps->setChecked(show);
}

void StackLogView::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_highlightTimer->stop();
    updateHighlights();
}

QString StackLogView::text() const
{
    return m_text->toPlainText();
}

int StackLogView::shownLineCount() const
{
    return m_text->document()->isEmpty() ? 0 : m_text->document()->blockCount();
}

void StackLogView::clear()
{
    m_entries.clear();
    m_text->clear();
    m_matchCount = 0;
    updateMatchLabel();
}

bool StackLogView::passes(const Entry &entry) const
{
    const QString service = currentService();
    return service.isEmpty() || entry.service == service;
}

void StackLogView::appendLines(const QString &service, const QList<DockerLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    if (!m_services.contains(service) && service.size() > m_prefixWidth)
        m_prefixWidth = int(service.size());
    QList<const Entry *> shown;
    for (const DockerLogLine &line : lines) {
        m_entries.push_back({service, line});
        if (passes(m_entries.back()))
            shown << &m_entries.back();
    }
    // Pointers into a deque stay valid when elements are added at the back; trim after writing.
    write(shown);
    while (m_entries.size() > size_t(MaxLines))
        m_entries.pop_front();
    if (!m_search->text().isEmpty() && !m_highlightTimer->isActive())
        m_highlightTimer->start();
}

void StackLogView::render()
{
    m_text->clear();
    QList<const Entry *> shown;
    for (const Entry &entry : m_entries) {
        if (passes(entry))
            shown << &entry;
    }
    write(shown);
    updateHighlights();
}

QColor StackLogView::serviceColour(const QString &service) const
{
    // Stable per name, like compose's coloured prefixes, and readable on the palette's base.
    static const int hues[] = {200, 140, 30, 280, 340, 170, 50, 240};
    const int hue = hues[qHash(service) % (sizeof(hues) / sizeof(hues[0]))];
    const bool dark = Appearance::isDark(palette());
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 170 : 85);
}

void StackLogView::write(const QList<const Entry *> &entries)
{
    if (entries.isEmpty())
        return;
    m_scrolling = true;
    const bool follow = m_follow->isChecked();
    const bool all = currentService().isEmpty();
    const bool stamps = m_timestamps->isChecked();
    const QPalette pal = palette();

    QTextCharFormat plain;
    plain.setForeground(pal.color(QPalette::Text));
    QTextCharFormat dim;
    dim.setForeground(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55));
    QTextCharFormat error;
    error.setForeground(Badge::colour(Badge::Tone::Bad, pal));
    QTextBlockFormat normalBlock;
    QTextBlockFormat errorBlock;
    errorBlock.setBackground(Badge::fill(Badge::Tone::Bad, pal));
    QHash<QString, QTextCharFormat> prefixes;

    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool first = m_text->document()->isEmpty();
    for (const Entry *entry : entries) {
        const bool isError = entry->line.stream == DockerStream::Stderr;
        if (first) {
            cursor.setBlockFormat(isError ? errorBlock : normalBlock);
            first = false;
        } else {
            cursor.insertBlock(isError ? errorBlock : normalBlock);
        }
        if (stamps) {
            const QString stamp = entry->line.timestamp.isValid()
                                      ? entry->line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))
                                      : QString(12, QLatin1Char(' '));
            cursor.insertText(stamp + QLatin1Char(' '), dim);
        }
        if (all) {
            auto format = prefixes.find(entry->service);
            if (format == prefixes.end()) {
                QTextCharFormat f;
                f.setForeground(serviceColour(entry->service));
                format = prefixes.insert(entry->service, f);
            }
            cursor.insertText(entry->service.leftJustified(m_prefixWidth) + QStringLiteral(" | "), *format);
        }
        // stderr keeps a visible mark as well as its colour, for copies and colour-blind eyes.
        if (isError)
            cursor.insertText(QStringLiteral("! "), error);
        cursor.insertText(entry->line.text, isError ? error : plain);
    }
    cursor.endEditBlock();
    if (follow)
        scrollToEnd();
    m_scrolling = false;
}

void StackLogView::scrollToEnd()
{
    const bool wasScrolling = m_scrolling;
    m_scrolling = true;
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->maximum());
    m_scrolling = wasScrolling;
}

void StackLogView::onScrolled()
{
    if (m_scrolling)
        return;
    // Follow means "stay at the bottom": leaving it pauses, coming back resumes.
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    if (atEnd != m_follow->isChecked()) {
        QSignalBlocker blocker(m_follow);
        m_follow->setChecked(atEnd);
    }
}

void StackLogView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_matchCount = 0;
    const QString needle = m_search->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        const QColor fill = Badge::fill(Badge::Tone::Warning, palette());
        format.setBackground(fill.darker(Appearance::isDark(palette()) ? 70 : 115));
        QTextDocument *document = m_text->document();
        QTextCursor found = document->find(needle, 0);
        while (!found.isNull()) {
            ++m_matchCount;
            if (selections.size() < MaxHighlights)
                selections.append({found, format});
            found = document->find(needle, found);
        }
    }
    m_text->setExtraSelections(selections);
    updateMatchLabel();
}

void StackLogView::findNext(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    QTextDocument *document = m_text->document();
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = document->find(needle, m_text->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around, as editors do.
        QTextCursor start(document);
        if (backwards)
            start.movePosition(QTextCursor::End);
        found = document->find(needle, start, flags);
    }
    if (found.isNull())
        return;
    m_text->setTextCursor(found);
    m_text->ensureCursorVisible();
}

void StackLogView::updateMatchLabel()
{
    const bool searching = !m_search->text().isEmpty();
    m_matches->setVisible(searching);
    m_previous->setEnabled(m_matchCount > 0);
    m_next->setEnabled(m_matchCount > 0);
    m_matches->setText(m_matchCount == 0 ? tr("No matches") : tr("%Ln match(es)", nullptr, m_matchCount));
}

void StackLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void StackLogView::retranslate()
{
    m_service->setItemText(0, tr("All services"));
    m_service->setToolTip(tr("Show the logs of one service or of all of them"));
    m_search->setPlaceholderText(tr("Search the logs"));
    m_previous->setToolTip(tr("Previous match"));
    m_next->setToolTip(tr("Next match"));
    m_timestamps->setText(tr("Timestamps"));
    m_timestamps->setToolTip(tr("Show when Docker received each line"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest lines in view; scrolling up pauses it"));
    m_clear->setToolTip(tr("Clear the logs shown so far"));
    // Icon-only buttons: their tooltips are not names to a screen reader.
    m_search->setAccessibleName(tr("Search the logs"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_clear->setAccessibleName(tr("Clear the logs"));
    // On Linux a combo's own accessible name is its current item, "All services" or a service.
    m_service->setAccessibleName(tr("Service filter"));
    // The search field's icons are buttons of their own, named by their actions.
    for (QAction *action : m_search->actions())
        action->setText(action->objectName() == QLatin1String("_q_qlineeditclearaction") ? tr("Clear the search")
                                                                                          : tr("Search the logs"));
    setAccessibleName(tr("Local stack logs"));
    setAccessibleDescription(tr("The output of the local stack's services, newest last, with a service filter and a search"));
    m_text->setAccessibleName(tr("Service logs"));
    m_text->setPlaceholderText(tr("What the services write appears here as they write it."));
    updateMatchLabel();
}

} // namespace Lagoon
