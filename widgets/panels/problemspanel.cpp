// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/panels/problemspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "widgets/models/problemsfiltermodel.h"
#include "widgets/models/problemsmodel.h"

namespace Lagoon {

namespace {

QToolButton *severityToggle(const QString &objectName, const QString &icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    button->setIcon(QIcon::fromTheme(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

ProblemsPanel::ProblemsPanel(ProblemsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ProblemsFilterModel(this))
    , m_errors(severityToggle(QStringLiteral("problemsShowErrors"), QStringLiteral("data-error"), this))
    , m_warnings(severityToggle(QStringLiteral("problemsShowWarnings"), QStringLiteral("data-warning"), this))
    , m_infos(severityToggle(QStringLiteral("problemsShowInfos"), QStringLiteral("data-information"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_empty(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProblemsModel::FileColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("problemsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 2, 4, 0);
    filters->setSpacing(2);
    for (QToolButton *button : {m_errors, m_warnings, m_infos})
        filters->addWidget(button);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_stack);

    const std::pair<QToolButton *, Diagnostic::Severity> toggles[] = {{m_errors, Diagnostic::Severity::Error},
                                                                     {m_warnings, Diagnostic::Severity::Warning},
                                                                     {m_infos, Diagnostic::Severity::Info}};
    for (const auto &[button, severity] : toggles) {
        connect(button, &QToolButton::toggled, this, [this, severity = severity](bool on) {
            m_filter->setSeverityVisible(severity, on);
            updateState();
        });
    }
    connect(m_view, &QTreeView::clicked, this, &ProblemsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProblemsPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProblemsPanel::updateState);
    connect(m_model, &ProblemsModel::countsChanged, this, &ProblemsPanel::retranslate);
    retranslate();
    updateState();
}

QToolButton *ProblemsPanel::severityButton(Diagnostic::Severity severity) const
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return m_errors;
    case Diagnostic::Severity::Warning:
        return m_warnings;
    case Diagnostic::Severity::Info:
        return m_infos;
    }
    return nullptr;
}

bool ProblemsPanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT problemActivated(index.data(ProblemsModel::FileRole).toString(), index.data(ProblemsModel::LineRole).toInt(),
                            index.data(ProblemsModel::ColumnRole).toInt());
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_view->setAccessibleName(tr("Problems"));
    m_errors->setText(tr("%n error(s)", nullptr, m_model->count(Diagnostic::Severity::Error)));
    m_warnings->setText(tr("%n warning(s)", nullptr, m_model->count(Diagnostic::Severity::Warning)));
    m_infos->setText(tr("%n note(s)", nullptr, m_model->count(Diagnostic::Severity::Info)));
    m_errors->setToolTip(tr("Show or hide errors"));
    m_warnings->setToolTip(tr("Show or hide warnings"));
    m_infos->setToolTip(tr("Show or hide notes"));
    updateState();
}

void ProblemsPanel::updateState()
{
    if (m_model->rowCount() == 0)
        m_empty->setText(tr("No problems found in the project's files."));
    else
        m_empty->setText(tr("All problems are hidden by the filters above."));
    m_stack->setCurrentWidget(m_filter->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

} // namespace Lagoon
