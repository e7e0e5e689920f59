// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/composeform.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include "core/lagoon/config/servicetypes.h"

#include "widgets/editor/forms/composelabels.h"
#include "widgets/editor/forms/composeserviceeditor.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formyaml.h"

namespace Lagoon {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;

/** A service name with its lagoon.type under it in a quieter colour. */
class ServiceItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 14);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(4, 0, -4, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        QFont bold = opt.font;
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const int line = opt.fontMetrics.height();
        const QRect first(textRect.left(), textRect.top() + (textRect.height() - 2 * line) / 2, textRect.width(), line);
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, first.width()));
        painter->setFont(opt.font);
        QColor secondary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(secondary);
        const QString type = index.data(TypeRole).toString();
        const QRect second = first.translated(0, line);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(type, Qt::ElideRight, second.width()));
        painter->restore();
    }
};

QString iconForType(const QString &type)
{
    if (type.startsWith(QLatin1String("nginx")) || type.startsWith(QLatin1String("varnish")))
        return QStringLiteral("network-server");
    if (type.startsWith(QLatin1String("mariadb")) || type.startsWith(QLatin1String("postgres")) ||
        type.startsWith(QLatin1String("mongo")) || type.startsWith(QLatin1String("mysql")))
        return QStringLiteral("server-database");
    if (type.startsWith(QLatin1String("cli")) || type.startsWith(QLatin1String("worker")))
        return QStringLiteral("utilities-terminal");
    if (type == QLatin1String("none"))
        return QStringLiteral("action-unavailable");
    return QStringLiteral("run-build");
}

} // namespace

ComposeForm::ComposeForm(EditorDocument *document, QWidget *parent)
    : VisualForm(document, parent), m_list(new QListWidget(this)), m_area(new QScrollArea(this)),
      m_editor(new ComposeServiceEditor(context()))
{
    setObjectName(QStringLiteral("composeForm"));
    m_list->setObjectName(QStringLiteral("composeServices"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setItemDelegate(new ServiceItemDelegate(m_list));
    m_list->setIconSize(QSize(22, 22));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectService(item->text());
    });

    m_editor->setObjectName(QStringLiteral("composeServiceEditor"));
    auto *inner = new QWidget;
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(24, 18, 24, 24);
    auto *column = new QWidget(inner);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_editor);
    column->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 120);
    row->addWidget(column, 1);
    row->addStretch(0);
    m_area->setObjectName(QStringLiteral("composeServicePage"));
    m_area->setWidgetResizable(true);
    m_area->setFrameShape(QFrame::NoFrame);
    m_area->setWidget(inner);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("&Services"), this);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    listTitle->setContentsMargins(10, 10, 10, 4);
    listTitle->setBuddy(m_list);
    side->addWidget(listTitle);
    side->addWidget(m_list, 1);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addLayout(side);
    body->addWidget(separator);
    body->addWidget(m_area, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner());
    layout->addLayout(body, 1);

    refreshNow();
}

ComposeForm::~ComposeForm() = default;

QString ComposeForm::selectedService() const
{
    return m_editor->service();
}

void ComposeForm::selectService(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == name && m_list->currentRow() != i) {
            m_list->setCurrentRow(i);
            return; // currentItemChanged comes back here
        }
    }
    if (name == m_editor->service())
        return;
    m_editor->setService(name);
    if (m_root.isValid())
        m_editor->refresh(m_root);
}

void ComposeForm::updateList(const YamlNode &root)
{
    const YamlNode services = FormYaml::locate(root, YamlPath().key(QStringLiteral("services"))).node;
    const QStringList names = FormYaml::keys(services);
    if (names != m_services) {
        const QSignalBlocker blocker(m_list);
        const QString selected = m_editor->service();
        m_list->clear();
        for (const QString &name : names)
            new QListWidgetItem(name, m_list);
        m_services = names;
        const QString keep = names.contains(selected) ? selected : (names.isEmpty() ? QString() : names.constFirst());
        m_list->setCurrentRow(static_cast<int>(names.indexOf(keep)));
        m_editor->setService(keep);
        context()->setServiceNames(names);
        Q_EMIT serviceNamesChanged(names);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString type = ComposeLabels::access(item->text(), QStringLiteral("lagoon.type")).read(root).text;
        item->setData(TypeRole, type.isEmpty() ? tr("no lagoon.type") : type);
        item->setIcon(QIcon::fromTheme(iconForType(type)));
        item->setToolTip(ComposeServiceEditor::describeType(type));
    }
}

void ComposeForm::showTree(const YamlNode &root)
{
    m_root = root;
    updateList(root);
    m_editor->refresh(root);
}

void ComposeForm::setEditable(bool editable)
{
    m_editor->setEnabled(editable);
}

void ComposeForm::invalidateAll()
{
    m_editor->invalidate();
}

} // namespace Lagoon
