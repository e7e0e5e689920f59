// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/lagoonymlform.h"

#include <algorithm>

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/lagoon/config/lagoonprojectloader.h"

#include "widgets/editor/forms/autogeneratesection.h"
#include "widgets/editor/forms/backupssection.h"
#include "widgets/editor/forms/environmentssection.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/generalsection.h"
#include "widgets/editor/forms/productionroutessection.h"
#include "widgets/editor/forms/registriessection.h"
#include "widgets/editor/forms/taskssection.h"

namespace Lagoon {

LagoonYmlForm::LagoonYmlForm(EditorDocument *document, QWidget *parent)
    : VisualForm(document, parent), m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("lagoonYmlForm"));
    m_navigation->setObjectName(QStringLiteral("lagoonYmlSections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    addPage(Section::General, QStringLiteral("document-properties"), new GeneralSection(context()));
    addPage(Section::Environments, QStringLiteral("vcs-branch"), new EnvironmentsSection(context()));
    addPage(Section::ProductionRoutes, QStringLiteral("network-server"), new ProductionRoutesSection(context()));
    addPage(Section::Tasks, QStringLiteral("run-build"), new TasksSection(context()));
    addPage(Section::Autogenerate, QStringLiteral("globe"), new AutogenerateSection(context()));
    addPage(Section::Backups, QStringLiteral("document-save"), new BackupsSection(context()));
    addPage(Section::Registries, QStringLiteral("server-database"), new RegistriesSection(context()));

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(separator);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner());
    layout->addLayout(body, 1);

    retranslate();
    m_navigation->setCurrentRow(static_cast<int>(Section::Environments));
    refreshNow();
}

LagoonYmlForm::~LagoonYmlForm() = default;

void LagoonYmlForm::addPage(Section section, const QString &icon, FormBlock *block)
{
    Page page;
    page.section = section;
    page.icon = icon;
    page.block = block;
    page.area = new QScrollArea(m_stack);
    page.area->setObjectName(QStringLiteral("lagoonYmlPage-%1").arg(static_cast<int>(section)));
    page.area->setWidgetResizable(true);
    page.area->setFrameShape(QFrame::NoFrame);

    auto *inner = new QWidget;
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    page.title = new QLabel(inner);
    QFont titleFont = page.title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    page.title->setFont(titleFont);
    page.description = new QLabel(inner);
    page.description->setWordWrap(true);
    page.description->setForegroundRole(QPalette::PlaceholderText);
    page.inheritedNote = new QLabel(inner);
    page.inheritedNote->setObjectName(QStringLiteral("inheritedNote"));
    page.inheritedNote->setWordWrap(true);
    QFont noteFont = page.inheritedNote->font();
    noteFont.setItalic(true);
    page.inheritedNote->setFont(noteFont);
    page.inheritedNote->hide();
    column->addWidget(page.title);
    column->addWidget(page.description);
    column->addWidget(page.inheritedNote);
    column->addSpacing(8);
    block->setParent(inner);
    column->addWidget(block);
    column->addStretch(1);

    // Forms read badly when stretched over a wide window: the column stops at a comfortable width.
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(20, 16, 20, 20);
    auto *columnWidget = new QWidget(inner);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 150);
    row->addWidget(columnWidget, 1);
    row->addStretch(0);
    page.area->setWidget(inner);
    m_stack->addWidget(page.area);

    auto *item = new QListWidgetItem(QIcon::fromTheme(icon), QString(), m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    m_pages.append(page);
}

void LagoonYmlForm::retranslate()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        QString title;
        QString description;
        switch (page.section) {
        case Section::General:
            title = tr("General");
            description = tr("Which compose file Lagoon reads, and the variables it adds to every build.");
            break;
        case Section::Environments:
            title = tr("Environments");
            description = tr("Routes, cronjobs and service types of each environment. An environment is named after "
                             "its branch; environments without settings here use the defaults.");
            break;
        case Section::ProductionRoutes:
            title = tr("Production routes");
            description = tr("For active/standby projects: the routes that move when production switches.");
            break;
        case Section::Tasks:
            title = tr("Tasks");
            description = tr("Commands run in a service's container around every deployment. A failing task fails "
                             "the deployment.");
            break;
        case Section::Autogenerate:
            title = tr("Autogenerated routes");
            description = tr("Lagoon gives every web service of every environment a route of its own "
                             "(service-project-environment.cluster). Settings for all environments.");
            break;
        case Section::Backups:
            title = tr("Backups");
            description = tr("When production is backed up and how many backups are kept.");
            break;
        case Section::Registries:
            title = tr("Container registries");
            description = tr("Private registries the build logs in to, to pull base images or push its own.");
            break;
        }
        page.title->setText(title);
        page.description->setText(description);
        page.area->setAccessibleName(title);
        m_navigation->item(i)->setText(title);
        m_navigation->item(i)->setToolTip(description);
    }
    m_navigation->setAccessibleName(tr("Sections of .lagoon.yml"));
    // Just wide enough for the longest section name: beside the text view every pixel counts.
    int width = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        width = std::max(width, fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(width + m_navigation->iconSize().width() + 36);
}

void LagoonYmlForm::showSection(Section section)
{
    m_navigation->setCurrentRow(static_cast<int>(section));
}

LagoonYmlForm::Section LagoonYmlForm::currentSection() const
{
    return static_cast<Section>(std::max(0, m_navigation->currentRow()));
}

QWidget *LagoonYmlForm::sectionPage(Section section) const
{
    return m_pages.at(static_cast<int>(section)).area;
}

QString LagoonYmlForm::projectNameFor(const QString &folder)
{
    const LoadedProject loaded = LagoonProjectLoader::load(folder);
    return loaded.compose.projectName.isEmpty() ? QDir(folder).dirName() : loaded.compose.projectName;
}

void LagoonYmlForm::showTree(const YamlNode &root)
{
    for (const Page &page : std::as_const(m_pages)) {
        page.block->refresh(root);
        const int inherited = page.block->inheritedCount();
        page.inheritedNote->setText(tr("Greyed-out values come from an anchor or a merge key elsewhere in the file; "
                                       "edit them in the text."));
        page.inheritedNote->setVisible(inherited > 0);
    }
}

void LagoonYmlForm::setEditable(bool editable)
{
    for (const Page &page : std::as_const(m_pages))
        page.block->setEnabled(editable);
}

void LagoonYmlForm::invalidateAll()
{
    retranslate();
    for (const Page &page : std::as_const(m_pages))
        page.block->invalidate();
}

} // namespace Lagoon
