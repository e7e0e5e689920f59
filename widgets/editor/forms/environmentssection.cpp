// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/environmentssection.h"

#include <algorithm>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/environmenteditor.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formyaml.h"

namespace Lagoon {

namespace {

const YamlPath &environmentsPath()
{
    static const YamlPath path = YamlPath().key(QStringLiteral("environments"));
    return path;
}

} // namespace

EnvironmentsSection::EnvironmentsSection(FormContext *context, QWidget *parent) : FormBlock(context, parent)
{
}

QString EnvironmentsSection::structure(const YamlNode &root) const
{
    return FormYaml::keys(FormYaml::locate(root, environmentsPath()).node).join(QLatin1Char('\n'));
}

void EnvironmentsSection::build(QWidget *content, const YamlNode &root)
{
    const QStringList names = FormYaml::keys(FormYaml::locate(root, environmentsPath()).node);
    if (!names.contains(m_selected))
        m_selected = names.isEmpty() ? QString() : names.constFirst();

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *listLabel = new QLabel(tr("&Environments"), content);
    QFont bold = listLabel->font();
    bold.setBold(true);
    listLabel->setFont(bold);
    // A strip of environments over the settings of the selected one: it fits a half-window form too.
    m_list = new QListWidget(content);
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    m_list->setToolTip(tr("Environments are named after their branch (or pull request). Double-click to rename."));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setSpacing(3);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    listLabel->setBuddy(m_list);
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("vcs-branch")), name, m_list);
        item->setData(Qt::UserRole, name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (name == m_selected)
            m_list->setCurrentItem(item);
    }
    auto *listWidget = m_list;
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectEnvironment(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString from = item->data(Qt::UserRole).toString();
        const QString to = item->text().trimmed();
        // The list is rebuilt by the edit; let the item's signal finish first.
        QTimer::singleShot(0, this, [this, from, to] { renameEnvironment(from, to); });
    });

    auto *controls = new QHBoxLayout;
    auto *newName = new QLineEdit(content);
    newName->setObjectName(QStringLiteral("environmentNewName"));
    newName->setPlaceholderText(tr("new environment (branch name)"));
    newName->setAccessibleName(tr("Name of the new environment"));
    newName->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    newName->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    auto *add = new QToolButton(content);
    add->setObjectName(QStringLiteral("environmentAdd"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolTip(tr("Add an environment"));
    add->setAccessibleName(tr("Add an environment"));
    const auto addNow = [this, newName] {
        const QString name = newName->text().trimmed();
        if (!name.isEmpty())
            QTimer::singleShot(0, this, [this, name] { addEnvironment(name); });
    };
    connect(add, &QToolButton::clicked, this, addNow);
    connect(newName, &QLineEdit::returnPressed, this, addNow);

    auto *rename = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("Rename"), content);
    rename->setObjectName(QStringLiteral("environmentRename"));
    rename->setEnabled(!names.isEmpty());
    connect(rename, &QPushButton::clicked, this, [listWidget] {
        if (QListWidgetItem *item = listWidget->currentItem())
            listWidget->editItem(item);
    });
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remove"), content);
    remove->setObjectName(QStringLiteral("environmentRemove"));
    remove->setToolTip(tr("Remove this environment's settings (Undo brings them back)"));
    remove->setEnabled(!names.isEmpty());
    connect(remove, &QPushButton::clicked, this, [this, listWidget] {
        if (QListWidgetItem *item = listWidget->currentItem()) {
            const QString name = item->data(Qt::UserRole).toString();
            QTimer::singleShot(0, this, [this, name] { removeEnvironment(name); });
        }
    });
    controls->addWidget(newName);
    controls->addWidget(add);
    controls->addStretch(1);
    controls->addSpacing(12);
    controls->addWidget(rename);
    controls->addWidget(remove);

    // One row of environments; room for a scroll bar only when they may not fit.
    int rowHeight = fontMetrics().height() + 12;
    for (int i = 0; i < m_list->count(); ++i)
        rowHeight = std::max(rowHeight, m_list->sizeHintForRow(i) + 6);
    const int scrollBar = names.size() > 5 ? style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0;
    m_list->setHorizontalScrollBarPolicy(scrollBar ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    m_list->setFixedHeight(rowHeight + 2 * m_list->frameWidth() + 6 + scrollBar);
    if (names.isEmpty()) {
        auto *placeholder = new QListWidgetItem(tr("No environment has settings yet; add one below."), m_list);
        placeholder->setFlags(Qt::NoItemFlags);
    }
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addLayout(controls);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(4);
    layout->addWidget(line);

    m_editor = new EnvironmentEditor(context(), content);
    m_editor->setObjectName(QStringLiteral("environmentEditor"));
    m_editor->setEnvironment(m_selected);
    addChild(m_editor);
    layout->addWidget(m_editor, 1);
}

void EnvironmentsSection::selectEnvironment(const QString &name)
{
    if (name == m_selected)
        return;
    m_selected = name;
    if (m_list) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toString() == name && m_list->currentRow() != i)
                m_list->setCurrentRow(i);
        }
    }
    if (m_editor) {
        m_editor->setEnvironment(name);
        m_editor->refresh(context()->document()->yaml().root());
    }
}

void EnvironmentsSection::addEnvironment(const QString &name)
{
    m_selected = name;
    focusAfterRebuild(QStringLiteral("environmentList"));
    apply(context()->document()->editor().set(environmentsPath().child(name), YamlValue::null()),
          tr("Add environment"));
}

void EnvironmentsSection::renameEnvironment(const QString &from, const QString &to)
{
    if (!to.isEmpty() && from != to &&
        apply(context()->document()->editor().renameKey(environmentsPath().child(from), to),
              tr("Rename environment"))) {
        m_selected = to;
        return;
    }
    // Nothing was renamed: the list item goes back to the name in the file.
    invalidate();
    refresh(context()->document()->yaml().root());
}

void EnvironmentsSection::removeEnvironment(const QString &name)
{
    apply(context()->document()->editor().remove(environmentsPath().child(name)), tr("Remove environment"));
}

} // namespace Lagoon
