// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/productionroutessection.h"

#include <QLabel>
#include <QVBoxLayout>

#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/routeseditor.h"

namespace Lagoon {

ProductionRoutesSection::ProductionRoutesSection(FormContext *context, QWidget *parent) : FormBlock(context, parent)
{
}

void ProductionRoutesSection::build(QWidget *content, const YamlNode &)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const struct
    {
        QString key;
        QString title;
        QString text;
        QString empty;
    } parts[] = {
        {QStringLiteral("active"), tr("Active environment"),
         tr("Served by whichever production environment is active; they move to the other one on a switch."),
         tr("No routes follow the active environment.")},
        {QStringLiteral("standby"), tr("Standby environment"),
         tr("Served by the standby production environment, for example a preview of the next release."),
         tr("No routes follow the standby environment.")},
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
        const YamlPath path =
            YamlPath().key(QStringLiteral("production_routes")).key(part.key).key(QStringLiteral("routes"));
        auto *routes = new RoutesEditor(context(), path, part.key, part.empty, content);
        routes->setObjectName(QStringLiteral("productionRoutes-") + part.key);
        title->setBuddy(routes);
        addChild(routes);
        layout->addWidget(title);
        layout->addWidget(text);
        layout->addWidget(routes);
    }
    layout->addStretch(1);
}

} // namespace Lagoon
