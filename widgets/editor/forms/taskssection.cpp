// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/taskssection.h"

#include <QLabel>
#include <QVBoxLayout>

#include "widgets/editor/forms/tasklisteditor.h"

namespace Lagoon {

TasksSection::TasksSection(FormContext *context, QWidget *parent) : FormBlock(context, parent)
{
}

void TasksSection::build(QWidget *content, const YamlNode &)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const struct
    {
        QString list;
        QString title;
        QString text;
    } parts[] = {
        {QStringLiteral("pre-rollout"), tr("Before the rollout"),
         tr("Run in the running environment before the new images go live, for example a database backup. "
            "They are skipped on the first deployment.")},
        {QStringLiteral("post-rollout"), tr("After the rollout"),
         tr("Run in the new version once it is live, in this order, for example database updates and cache clears.")},
    };
    for (const auto &part : parts) {
        auto *title = new QLabel(part.title, content);
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.1);
        title->setFont(font);
        title->setContentsMargins(0, 8, 0, 0);
        auto *text = new QLabel(part.text, content);
        text->setWordWrap(true);
        text->setForegroundRole(QPalette::PlaceholderText);
        auto *list = new TaskListEditor(context(), part.list, content);
        list->setObjectName(QStringLiteral("tasks-") + part.list);
        title->setBuddy(list);
        addChild(list);
        layout->addWidget(title);
        layout->addWidget(text);
        layout->addWidget(list);
    }
    layout->addStretch(1);
}

} // namespace Lagoon
