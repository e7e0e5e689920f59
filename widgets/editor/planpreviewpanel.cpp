// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/planpreviewpanel.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/lagoon/plan/deployplanner.h"
#include "widgets/common/accessiblecomboname.h"
#include "widgets/common/appearance.h"

namespace Lagoon {

namespace {

using Section = PlanPreviewPanel::Section;

constexpr int FileRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;
constexpr int ColumnRole = Qt::UserRole + 3;
constexpr int MaxColumnWidth = 320;
constexpr int SectionCount = 5;

const QChar Dash(0x2014);

// The column that takes the width left over, per section.
int stretchColumn(Section section)
{
    switch (section) {
    case Section::Problems: return 1;
    case Section::Services: return 3;
    case Section::Routes: return 0;
    case Section::Cronjobs: return 5;
    case Section::Tasks: return 3;
    }
    return 0;
}

// Branch names Lagoon projects usually deploy as production.
bool looksLikeProduction(const QString &branch)
{
    static const QStringList names = {QStringLiteral("main"), QStringLiteral("master"), QStringLiteral("production"),
                                      QStringLiteral("prod"), QStringLiteral("live")};
    return names.contains(branch);
}

// A little air between rows: the plan is read like a report, not scanned like a log.
class RoomyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    }
};

QStandardItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    else if (text.size() > 40)
        item->setToolTip(text);
    return item;
}

// Rows remember where they came from so activating one can jump to the file.
void setSource(QStandardItem *item, const QString &file, const TextSpan &span)
{
    if (file.isEmpty() || !span.isValid())
        return;
    item->setData(file, FileRole);
    item->setData(span.line, LineRole);
    item->setData(span.column, ColumnRole);
}

void dim(const QList<QStandardItem *> &row, const QPalette &palette)
{
    for (QStandardItem *item : row)
        item->setForeground(palette.color(QPalette::Disabled, QPalette::Text));
}

QString oneLine(const QString &text)
{
    QString line = text.trimmed();
    line.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    return line;
}

} // namespace

const QString PlanPreviewPanel::DefaultRouterPattern = QStringLiteral("${service}-${project}-${environment}.example.com");

PlanPreviewPanel::PlanPreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_environmentLabel(new QLabel(this))
    , m_environment(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyTitle(new QLabel)
    , m_emptyText(new QLabel)
    , m_content(new QWidget)
{
    setObjectName(QStringLiteral("planPreviewPanel"));
    m_environment->setObjectName(QStringLiteral("planEnvironment"));
    m_environment->setEditable(true);
    AccessibleComboName::follow(m_environment);
    m_environment->setInsertPolicy(QComboBox::NoInsert);
    m_environment->setMinimumContentsLength(24);
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environmentLabel->setBuddy(m_environment);
    m_type->setObjectName(QStringLiteral("planEnvironmentType"));
    m_type->addItem(QString(), QVariant::fromValue(static_cast<int>(PlanInput::EnvironmentType::Production)));
    m_type->addItem(QString(), QVariant::fromValue(static_cast<int>(PlanInput::EnvironmentType::Development)));
    m_typeLabel->setBuddy(m_type);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_environmentLabel);
    bar->addWidget(m_environment);
    bar->addSpacing(12);
    bar->addWidget(m_typeLabel);
    bar->addWidget(m_type);
    bar->addStretch(1);

    // The empty state: a title and a sentence in the middle of the panel.
    auto *empty = new QWidget;
    m_emptyTitle->setObjectName(QStringLiteral("planEmptyTitle"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setObjectName(QStringLiteral("planEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    // The plan: one titled table per section, stacked in one scroll area so the whole plan
    // scrolls as a page and each table keeps its own headers.
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    static const char *const names[SectionCount] = {"planProblems", "planServices", "planRoutes", "planCronjobs",
                                                    "planTasks"};
    for (int i = 0; i < SectionCount; ++i) {
        auto *title = new QLabel(m_content);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto *sectionModel = new QStandardItemModel(this);
        auto *view = new QTreeView(m_content);
        view->setObjectName(QString::fromLatin1(names[i]));
        view->setModel(sectionModel);
        view->setItemDelegate(new RoomyDelegate(view));
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setTextElideMode(Qt::ElideRight);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->header()->setStretchLastSection(false);
        view->header()->setSectionsMovable(false);
        title->setBuddy(view);
        connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
            const QModelIndex first = index.siblingAtColumn(0);
            const QString file = first.data(FileRole).toString();
            if (!file.isEmpty())
                Q_EMIT sourceActivated(file, first.data(LineRole).toInt(), first.data(ColumnRole).toInt());
        });
        auto *note = new QLabel(m_content);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setWordWrap(true);
        note->setIndent(4);
        if (i > 0)
            contentLayout->addSpacing(10);
        contentLayout->addWidget(title);
        contentLayout->addWidget(view);
        contentLayout->addWidget(note);
        m_titles.append(title);
        m_notes.append(note);
        m_views.append(view);
        m_models.append(sectionModel);
    }
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("planScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_content);

    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_environment, &QComboBox::currentTextChanged, this, [this] {
        if (!m_typeChosen) {
            const QSignalBlocker block(m_type);
            m_type->setCurrentIndex(looksLikeProduction(branch()) ? 0 : 1);
        }
        replan();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        m_typeChosen = true;
        replan();
    });

    retranslate();
}

PlanPreviewPanel::~PlanPreviewPanel() = default;

void PlanPreviewPanel::setProject(const LoadedProject &project)
{
    m_project = project;
    m_hasProject = true;
    updateEnvironmentChoices();
    if (isVisible())
        replan();
    else
        m_stale = true;
}

void PlanPreviewPanel::setBranch(const QString &branch)
{
    m_environment->setCurrentText(branch);
}

QString PlanPreviewPanel::branch() const
{
    return m_environment->currentText().trimmed();
}

void PlanPreviewPanel::setEnvironmentType(PlanInput::EnvironmentType type)
{
    m_typeChosen = true;
    m_type->setCurrentIndex(type == PlanInput::EnvironmentType::Production ? 0 : 1);
    replan();
}

PlanInput::EnvironmentType PlanPreviewPanel::environmentType() const
{
    return static_cast<PlanInput::EnvironmentType>(m_type->currentData().toInt());
}

QStandardItemModel *PlanPreviewPanel::model(Section section) const
{
    return m_models.at(static_cast<int>(section));
}

void PlanPreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        replan();
}

void PlanPreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_stale)
        fillModels();  // dimmed rows take their colour from the palette
    QWidget::changeEvent(event);
}

void PlanPreviewPanel::retranslate()
{
    m_environmentLabel->setText(tr("&Environment:"));
    // An explicit name: on Linux the combo's own accessible name is its current text.
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->lineEdit()->setPlaceholderText(tr("branch name"));
    m_environment->setToolTip(tr("An environment of .lagoon.yml, or any branch name Lagoon would deploy"));
    m_typeLabel->setText(tr("&Type:"));
    m_type->setItemText(0, tr("Production"));
    m_type->setItemText(1, tr("Development"));
    m_type->setToolTip(tr("The environment type Lagoon deploys it as; production also applies backup settings"));
    const QStringList names = {tr("Problems"), tr("Services"), tr("Routes"), tr("Cronjobs"), tr("Tasks")};
    for (int i = 0; i < SectionCount; ++i)
        m_views.at(i)->setAccessibleName(names.at(i));
    if (!m_stale)
        replan();
}

void PlanPreviewPanel::updateEnvironmentChoices()
{
    QStringList names;
    for (const EnvironmentConfig &env : m_project.config.environments)
        names << env.name;
    QStringList current;
    for (int i = 0; i < m_environment->count(); ++i)
        current << m_environment->itemText(i);
    if (names == current)
        return;
    const QSignalBlocker block(m_environment);
    QString chosen = m_environment->currentText();
    m_environment->clear();
    m_environment->addItems(names);
    // First time: the usual production branch if .lagoon.yml has one, else its first environment.
    if (chosen.isEmpty()) {
        for (const QString &candidate : {QStringLiteral("main"), QStringLiteral("master")}) {
            if (names.contains(candidate)) {
                chosen = candidate;
                break;
            }
        }
        if (chosen.isEmpty() && !names.isEmpty())
            chosen = names.constFirst();
        if (!m_typeChosen)
            m_type->setCurrentIndex(looksLikeProduction(chosen) ? 0 : 1);
    }
    m_environment->setCurrentText(chosen);
}

PlanInput PlanPreviewPanel::planInput() const
{
    // The same defaults as `lagoon-desktop-cli plan` (app/cli/commands/planoptions.cpp).
    PlanInput input;
    input.projectName = m_project.compose.projectName.isEmpty() ? QDir(m_project.root).dirName()
                                                                 : m_project.compose.projectName;
    input.branch = branch();
    input.environmentName = QString(input.branch).replace(QLatin1Char('/'), QLatin1Char('-'));
    input.environmentType = environmentType();
    input.routerPattern = DefaultRouterPattern;
    input.lagoonFile = m_project.lagoonYmlFile;
    return input;
}

void PlanPreviewPanel::replan()
{
    m_stale = false;
    m_plan = DeployPlan{};
    const bool loaded = m_hasProject && m_project.lagoonYmlLoaded;
    m_environmentLabel->setEnabled(loaded);
    m_environment->setEnabled(loaded);
    m_typeLabel->setEnabled(loaded);
    m_type->setEnabled(loaded);
    if (!loaded) {
        const bool missing = !m_hasProject || std::any_of(m_project.diagnostics.cbegin(), m_project.diagnostics.cend(),
                                                          [](const Diagnostic &d) {
                                                              return d.ruleId == QLatin1String("lagoon.file-missing");
                                                          });
        if (missing) {
            m_emptyTitle->setText(tr("No .lagoon.yml"));
            m_emptyText->setText(tr("Lagoon deploys what .lagoon.yml and the compose file it names describe. "
                                    "Add a .lagoon.yml to see the deploy plan here."));
        } else {
            m_emptyTitle->setText(tr("%1 cannot be read").arg(m_project.lagoonYmlFile));
            m_emptyText->setText(tr("Fix the errors in the Problems panel and the deploy plan comes back."));
        }
        m_summary->clear();
        m_summary->hide();
        m_stack->setCurrentIndex(0);
        fillModels();
        return;
    }
    if (branch().isEmpty()) {
        m_emptyTitle->setText(tr("Choose an environment"));
        m_emptyText->setText(tr("Pick an environment of .lagoon.yml or type a branch name to see what Lagoon "
                                "would deploy for it."));
        m_summary->clear();
        m_summary->hide();
        m_stack->setCurrentIndex(0);
        fillModels();
        return;
    }

    m_plan = DeployPlanner::plan(m_project.config, m_project.compose, planInput());
    // Errors reading the files make the plan unreliable: show them first, as the CLI does.
    Diagnostics loadErrors;
    for (const Diagnostic &d : std::as_const(m_project.diagnostics)) {
        if (d.severity == Diagnostic::Severity::Error)
            loadErrors.append(d);
    }
    m_plan.problems = loadErrors + m_plan.problems;

    QStringList summary;
    summary << tr("Namespace %1").arg(m_plan.namespaceName);
    if (!m_plan.primaryRoute.isEmpty())
        summary << tr("primary route %1").arg(m_plan.primaryRoute);
    if (m_plan.activeEnvironment)
        summary << tr("active production environment");
    if (m_plan.standbyEnvironment)
        summary << tr("standby production environment");
    if (m_plan.cronjobsDisabled)
        summary << tr("cronjobs disabled (LAGOON_CRONJOBS_DISABLED)");
    m_summary->setText(summary.join(QStringLiteral(" \u00b7 ")));
    m_summary->setToolTip(tr("Autogenerated routes use the example router pattern %1; your Lagoon cluster sets "
                             "its own.")
                              .arg(DefaultRouterPattern));
    m_summary->show();
    m_stack->setCurrentIndex(1);
    fillModels();
}

void PlanPreviewPanel::fillModels()
{
    for (QStandardItemModel *model : std::as_const(m_models))
        model->clear();
    const bool hasPlan = m_stack->currentIndex() == 1;
    const QPalette &pal = palette();
    const QString composeFile = m_project.config.composeFile;
    const QString lagoonFile = m_project.lagoonYmlFile;

    QStandardItemModel *problems = model(Section::Problems);
    problems->setHorizontalHeaderLabels({tr("Severity"), tr("Message"), tr("Location")});
    for (const Diagnostic &d : std::as_const(m_plan.problems)) {
        QStandardItem *severity = cell(severityText(d.severity));
        severity->setIcon(QIcon::fromTheme(d.severity == Diagnostic::Severity::Error     ? QStringLiteral("dialog-error")
                                           : d.severity == Diagnostic::Severity::Warning ? QStringLiteral("dialog-warning")
                                                                                         : QStringLiteral("dialog-information")));
        if (!d.file.isEmpty() && d.line > 0) {
            severity->setData(d.file, FileRole);
            severity->setData(d.line, LineRole);
            severity->setData(d.column, ColumnRole);
        }
        const QString location = d.file.isEmpty() ? QString() : d.line > 0 ? QStringLiteral("%1:%2").arg(d.file).arg(d.line) : d.file;
        problems->appendRow({severity, cell(d.message, d.hint.isEmpty() ? d.message : d.message + QLatin1Char('\n') + d.hint),
                             cell(location)});
    }

    QStandardItemModel *services = model(Section::Services);
    services->setHorizontalHeaderLabels({tr("Service"), tr("Type"), tr("Runs as"), tr("Storage")});
    for (const PlannedService &s : std::as_const(m_plan.services)) {
        QString type = s.type.isEmpty() ? s.labelType : s.type;
        QString typeTip;
        if (s.typeSource == QLatin1String("environment"))
            typeTip = tr("Set by environments.%1.types in .lagoon.yml").arg(m_plan.input.environmentName);
        else if (s.typeSource == QLatin1String("LAGOON_SERVICE_TYPES"))
            typeTip = tr("Set by the LAGOON_SERVICE_TYPES variable");
        if (!s.labelType.isEmpty() && s.labelType != type)
            typeTip += (typeTip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("lagoon.type label: %1").arg(s.labelType);
        QString runs;
        switch (s.role) {
        case PlannedService::Role::Main:
            runs = s.linkedService.isEmpty() ? tr("own pod") : tr("own pod, with %1").arg(s.linkedService);
            break;
        case PlannedService::Role::Secondary:
            runs = tr("container in %1's pod").arg(s.linkedService);
            break;
        case PlannedService::Role::Skipped:
            runs = tr("not deployed");
            break;
        }
        QStringList storage;
        if (s.volume.kind == PlannedVolumeMount::Kind::Own)
            storage << tr("volume %1 (%2) at %3").arg(s.volume.name, s.volume.size, s.volume.path);
        else if (s.volume.kind == PlannedVolumeMount::Kind::Shared)
            storage << tr("mounts %1 at %2").arg(s.volume.name, s.volume.path);
        for (const PlannedAdditionalMount &m : s.additionalMounts)
            storage << tr("%1 at %2").arg(m.claimName, m.path);
        QStandardItem *name = cell(s.composeName);
        setSource(name, composeFile, s.span);
        const QList<QStandardItem *> row = {name, cell(type, typeTip), cell(runs),
                                            cell(storage.isEmpty() ? QString(Dash) : storage.join(QStringLiteral("; ")))};
        if (!s.isDeployed())
            dim(row, pal);
        services->appendRow(row);
    }

    QStandardItemModel *routes = model(Section::Routes);
    routes->setHorizontalHeaderLabels({tr("Host"), tr("Service"), tr("TLS"), tr("Insecure"), tr("Primary"), tr("Kind")});
    for (const PlannedRoute &r : std::as_const(m_plan.routes)) {
        QString kind;
        switch (r.source) {
        case PlannedRoute::Source::Autogenerated: kind = tr("autogenerated"); break;
        case PlannedRoute::Source::Custom: kind = tr("custom"); break;
        case PlannedRoute::Source::ActiveStandby:
            kind = m_plan.standbyEnvironment ? tr("standby") : tr("active");
            break;
        }
        QStringList tip = {r.url()};
        if (!r.alternativeNames.isEmpty())
            tip << tr("Alternative names: %1").arg(r.alternativeNames.join(QStringLiteral(", ")));
        if (!r.ingressName.isEmpty())
            tip << tr("Ingress %1").arg(r.ingressName);
        QStandardItem *host = cell(r.wildcard ? QStringLiteral("*.") + r.domain : r.domain, tip.join(QLatin1Char('\n')));
        setSource(host, lagoonFile, r.span);
        routes->appendRow({host, cell(r.service), cell(r.tlsAcme ? tr("Let's Encrypt") : tr("own certificate")),
                           cell(r.insecure.isEmpty() ? tr("Allow") : r.insecure), cell(r.primary ? tr("primary") : QString()),
                           cell(kind)});
    }

    QStandardItemModel *cronjobs = model(Section::Cronjobs);
    cronjobs->setHorizontalHeaderLabels(
        {tr("Cronjob"), tr("Schedule"), tr("Resolved"), tr("Runs in"), tr("Service"), tr("Command")});
    for (const PlannedCronjob &c : std::as_const(m_plan.cronjobs)) {
        QStandardItem *name = cell(c.name);
        setSource(name, lagoonFile, c.span);
        const QString where = c.inPod ? tr("pod's crontab") : tr("CronJob %1").arg(c.kubernetesName);
        const QList<QStandardItem *> row = {name, cell(c.schedule), cell(c.resolvedSchedule), cell(where), cell(c.service),
                                            cell(oneLine(c.command), c.command)};
        if (m_plan.cronjobsDisabled)
            dim(row, pal);
        cronjobs->appendRow(row);
    }

    QStandardItemModel *tasks = model(Section::Tasks);
    tasks->setHorizontalHeaderLabels({tr("When"), tr("Task"), tr("Service"), tr("Command")});
    for (const QList<PlannedTask> *list : {&m_plan.preRolloutTasks, &m_plan.postRolloutTasks}) {
        for (const PlannedTask &t : *list) {
            QStringList tip = {t.command.trimmed(), tr("Shell: %1").arg(t.shell)};
            if (!t.container.isEmpty())
                tip << tr("Container: %1").arg(t.container);
            if (!t.when.isEmpty())
                tip << tr("Only when: %1").arg(t.when);
            if (t.disabled)
                tip << tr("Disabled by a LAGOON_*_DISABLED variable");
            QStandardItem *phase = cell(t.phase == PlannedTask::Phase::PreRollout ? tr("pre-rollout") : tr("post-rollout"));
            setSource(phase, lagoonFile, t.span);
            const QList<QStandardItem *> row = {phase, cell(t.name), cell(t.service),
                                                cell(oneLine(t.command), tip.join(QLatin1Char('\n')))};
            if (t.disabled)
                dim(row, pal);
            tasks->appendRow(row);
        }
    }

    // Titles with counts; an empty section says so in a sentence instead of an empty table.
    const QStringList titles = {tr("Problems (%1)"), tr("Services (%1)"), tr("Routes (%1)"), tr("Cronjobs (%1)"),
                                tr("Tasks (%1)")};
    const QStringList emptyTexts = {QStringLiteral("\u2713 ") + tr("No problems in the plan for this environment."),
                                    tr("The compose file has no services."),
                                    tr("No routes: this environment gets no autogenerated or custom routes."),
                                    tr("No cronjobs for this environment."), tr("No pre- or post-rollout tasks.")};
    for (int i = 0; i < SectionCount; ++i) {
        QStandardItemModel *m = m_models.at(i);
        const int rows = m->rowCount();
        m_titles.at(i)->setText(titles.at(i).arg(rows));
        const bool visible = hasPlan;
        // Without problems the section is just its reassuring sentence, no title.
        m_titles.at(i)->setVisible(visible && (i != static_cast<int>(Section::Problems) || rows > 0));
        m_views.at(i)->setVisible(visible && rows > 0);
        m_notes.at(i)->setText(emptyTexts.at(i));
        m_notes.at(i)->setVisible(visible && rows == 0);
    }
    // The all-clear reads as good news: green, darker on light backgrounds, lighter on dark.
    QLabel *allClear = m_notes.at(static_cast<int>(Section::Problems));
    QPalette clearPalette = pal;
    clearPalette.setColor(QPalette::PlaceholderText,
                          QColor::fromHslF(0.36F, 0.55F, Appearance::isDark(pal) ? 0.62F : 0.32F));
    allClear->setPalette(clearPalette);
    fitViews();
}

void PlanPreviewPanel::fitViews()
{
    for (int i = 0; i < SectionCount; ++i) {
        QTreeView *view = m_views.at(i);
        QHeaderView *header = view->header();
        const int stretch = stretchColumn(static_cast<Section>(i));
        for (int c = 0; c < header->count(); ++c) {
            if (c == stretch) {
                header->setSectionResizeMode(c, QHeaderView::Stretch);
                continue;
            }
            header->setSectionResizeMode(c, QHeaderView::Interactive);
            view->resizeColumnToContents(c);
            header->resizeSection(c, std::min(header->sectionSize(c) + 8, MaxColumnWidth));
        }
        // Every row shows without an inner scroll bar; the page scrolls instead.
        const int rows = std::max(1, m_models.at(i)->rowCount());
        const int hint = view->sizeHintForRow(0);
        const int rowHeight = hint > 0 ? hint : fontMetrics().height() + 10;
        view->setFixedHeight(header->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth() + 2);
    }
}

} // namespace Lagoon
