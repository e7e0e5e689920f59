// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/completionpopup.h"

#include <algorithm>

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Lagoon {

namespace {

constexpr int DetailRole = Qt::UserRole + 1;
constexpr int MaxVisibleRows = 8;

/** Paints the label on the left and the detail right-aligned in a quieter colour. */
class CompletionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(DetailRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QRect r = opt.rect.adjusted(6, 0, -6, 0);
        painter->save();
        QColor detailColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        detailColour.setAlphaF(0.6f);
        painter->setFont(opt.font);
        const QFontMetrics metrics(opt.font);
        const int detailWidth = detail.isEmpty() ? 0 : std::min(metrics.horizontalAdvance(detail), r.width() / 2);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r.adjusted(0, 0, -detailWidth - 12, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             r.width() - detailWidth - 12));
        if (!detail.isEmpty()) {
            painter->setPen(detailColour);
            painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, metrics.elidedText(detail, Qt::ElideRight, detailWidth));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        size.setHeight(std::max(size.height(), metrics.height() + 6));
        return size;
    }
};

} // namespace

CompletionPopup::CompletionPopup(QWidget *parent)
    : QFrame(parent)
    , m_list(new QListView(this))
    , m_documentation(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("completionPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::NoFocus);

    m_list->setObjectName(QStringLiteral("completionList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CompletionDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_documentation->setObjectName(QStringLiteral("completionDocumentation"));
    m_documentation->setWordWrap(true);
    m_documentation->setTextFormat(Qt::PlainText);
    m_documentation->setContentsMargins(8, 4, 8, 6);
    m_documentation->setForegroundRole(QPalette::PlaceholderText);
    m_documentation->setAutoFillBackground(true);
    m_documentation->setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_documentation);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompletionPopup::updateDocumentation);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { Q_EMIT activated(index.row()); });
    hide();
}

void CompletionPopup::setEntries(const QList<CompletionEntry> &entries)
{
    m_entries = entries;
    m_model->clear();
    for (const CompletionEntry &entry : entries) {
        auto *item = new QStandardItem(entry.label);
        item->setData(entry.detail, DetailRole);
        item->setToolTip(entry.documentation);
        m_model->appendRow(item);
    }
    setCurrentRow(entries.isEmpty() ? -1 : 0);
}

int CompletionPopup::currentRow() const
{
    return m_list->currentIndex().row();
}

void CompletionPopup::setCurrentRow(int row)
{
    if (row < 0 || row >= count()) {
        m_list->setCurrentIndex({});
        updateDocumentation();
        return;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_list->currentIndex());
}

void CompletionPopup::moveSelection(int delta)
{
    if (count() == 0)
        return;
    const int row = currentRow() < 0 ? 0 : currentRow() + delta;
    setCurrentRow(std::clamp(row, 0, count() - 1));
}

int CompletionPopup::pageSize() const
{
    return MaxVisibleRows - 1;
}

void CompletionPopup::updateDocumentation()
{
    const int row = currentRow();
    const QString text = row >= 0 && row < count() ? m_entries.at(row).documentation : QString();
    m_documentation->setText(text);
    m_documentation->setVisible(!text.isEmpty());
    if (isVisible())
        relayout();
}

void CompletionPopup::showNear(const QRect &cursorRect)
{
    m_anchor = cursorRect;
    updateDocumentation();
    relayout();
    show();
    raise();
}

void CompletionPopup::relayout()
{
    QWidget *host = parentWidget();
    const QFontMetrics metrics(m_list->font());
    int widest = 0;
    for (const CompletionEntry &entry : std::as_const(m_entries))
        widest = std::max(widest, metrics.horizontalAdvance(entry.label) + metrics.horizontalAdvance(entry.detail));
    const int width = std::clamp(widest + 64, 280, std::max(280, std::min(560, host->width() - 16)));
    const int rowHeight = std::max(m_list->sizeHintForRow(0), metrics.height() + 6);
    const int rows = std::min(count(), MaxVisibleRows);
    m_list->setFixedHeight(rows * rowHeight + 2);
    m_documentation->setFixedWidth(width - 2);
    const int documentationHeight = m_documentation->isVisibleTo(this) ? m_documentation->heightForWidth(width - 2) : 0;
    const int height = m_list->height() + std::max(0, documentationHeight) + 2;

    QPoint topLeft(m_anchor.left(), m_anchor.bottom() + 2);
    if (topLeft.y() + height > host->height() && m_anchor.top() - height - 2 >= 0)
        topLeft.setY(m_anchor.top() - height - 2);
    topLeft.setX(std::clamp(topLeft.x(), 0, std::max(0, host->width() - width)));
    setGeometry(QRect(topLeft, QSize(width, height)));
}

} // namespace Lagoon
