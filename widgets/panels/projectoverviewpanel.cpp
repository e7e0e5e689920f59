// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/panels/projectoverviewpanel.h"

#include <algorithm>

#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

#include "widgets/models/projectfilesmodel.h"

namespace Lagoon {

ProjectOverviewPanel::ProjectOverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_filesBox(new QGroupBox(this))
    , m_filesView(new QTreeView(m_filesBox))
    , m_filesModel(new ProjectFilesModel(this))
    , m_gitBox(new QGroupBox(this))
    , m_gitForm(new QWidget(m_gitBox))
{
    setObjectName(QStringLiteral("projectOverview"));
    m_title->setObjectName(QStringLiteral("projectTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_folder->setObjectName(QStringLiteral("projectFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setForegroundRole(QPalette::PlaceholderText);

    m_filesView->setObjectName(QStringLiteral("projectFiles"));
    m_filesView->setModel(m_filesModel);
    m_filesView->setRootIsDecorated(false);
    m_filesView->setUniformRowHeights(true);
    m_filesView->setAlternatingRowColors(true);
    m_filesView->header()->setStretchLastSection(false);
    m_filesView->header()->setSectionResizeMode(ProjectFilesModel::FileColumn, QHeaderView::ResizeToContents);
    m_filesView->header()->setSectionResizeMode(ProjectFilesModel::PurposeColumn, QHeaderView::Stretch);
    m_filesView->header()->setSectionResizeMode(ProjectFilesModel::StatusColumn, QHeaderView::ResizeToContents);
    m_filesView->header()->setSectionResizeMode(ProjectFilesModel::SizeColumn, QHeaderView::ResizeToContents);
    connect(m_filesView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProjectFilesModel::ExistsRole).toBool())
            Q_EMIT fileActivated(index.data(ProjectFilesModel::AbsolutePathRole).toString());
    });
    auto *filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->addWidget(m_filesView);

    // A grid rather than QFormLayout: Qt 6.4's QFormLayout writes out of bounds in
    // heightForWidth() when rows with word-wrapped labels are hidden (seen under valgrind).
    auto *form = new QGridLayout(m_gitForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setColumnStretch(1, 1);
    m_repository = addGitRow(QStringLiteral("gitRepository"));
    m_branch = addGitRow(QStringLiteral("gitBranchDetail"));
    m_upstream = addGitRow(QStringLiteral("gitUpstream"));
    m_head = addGitRow(QStringLiteral("gitHead"));
    m_author = addGitRow(QStringLiteral("gitAuthor"));
    m_remotes = addGitRow(QStringLiteral("gitRemotes"));
    for (QLabel *value : {m_repository, m_branch, m_upstream, m_head, m_author, m_remotes}) {
        auto *label = new QLabel(m_gitForm);
        m_gitLabels.append(label);
        label->setBuddy(value);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        const int row = form->rowCount();
        form->addWidget(label, row, 0);
        form->addWidget(value, row, 1);
    }
    m_changesTitle = new QLabel(m_gitBox);
    m_changes = new QListWidget(m_gitBox);
    m_changes->setObjectName(QStringLiteral("gitChangeList"));
    m_changes->setAlternatingRowColors(true);
    m_changesTitle->setBuddy(m_changes);
    auto *gitLayout = new QVBoxLayout(m_gitBox);
    gitLayout->addWidget(m_gitForm);
    gitLayout->addWidget(m_changesTitle);
    gitLayout->addWidget(m_changes, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_folder);
    layout->addSpacing(6);
    layout->addWidget(m_filesBox);
    layout->addWidget(m_gitBox, 1);

    retranslate();
}

QLabel *ProjectOverviewPanel::addGitRow(const QString &objectName)
{
    auto *value = new QLabel(m_gitForm);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    return value;
}

void ProjectOverviewPanel::setProject(const QString &name, const ProjectFiles &files)
{
    m_title->setText(name);
    m_folder->setText(QDir::toNativeSeparators(files.root));
    m_filesModel->setFiles(files);
    // A handful of files: show them all without a scroll bar, and give the rest to git.
    const int rows = std::max(1, m_filesModel->rowCount());
    const int rowHeight = std::max(m_filesView->sizeHintForRow(0), fontMetrics().height() + 4);
    m_filesView->setFixedHeight(m_filesView->header()->sizeHint().height() + rows * rowHeight +
                                2 * m_filesView->frameWidth() + 2);
}

void ProjectOverviewPanel::setGitState(const GitState &state, const std::optional<Error> &error)
{
    m_git = state;
    m_gitError = error;
    updateGit();
}

void ProjectOverviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectOverviewPanel::retranslate()
{
    m_filesBox->setTitle(tr("Lagoon files"));
    m_filesView->setAccessibleName(tr("Lagoon files of the project"));
    m_gitBox->setTitle(tr("Git repository"));
    const QStringList labels = {tr("Repository:"), tr("Branch:"), tr("Upstream:"), tr("HEAD:"), tr("Author:"),
                                tr("Remotes:")};
    for (int i = 0; i < m_gitLabels.size(); ++i)
        m_gitLabels.at(i)->setText(labels.at(i));
    m_changes->setAccessibleName(tr("Uncommitted changes"));
    updateGit();
}

void ProjectOverviewPanel::updateGit()
{
    m_changes->clear();
    const bool repo = !m_gitError && m_git.isRepository;
    m_gitForm->setVisible(true);
    m_changesTitle->setVisible(repo);
    m_changes->setVisible(repo);
    for (int i = 1; i < m_gitLabels.size(); ++i) {
        m_gitLabels.at(i)->setVisible(repo);
        m_gitLabels.at(i)->buddy()->setVisible(repo);
    }
    if (m_gitError) {
        m_repository->setText(tr("Could not read the repository: %1").arg(m_gitError->message));
        m_repository->setToolTip(m_gitError->detail);
        return;
    }
    if (!m_git.isRepository) {
        m_repository->setText(tr("This folder is not in a git repository. Lagoon deploys from git."));
        return;
    }
    m_repository->setText(QDir::toNativeSeparators(m_git.root));
    m_branch->setText(m_git.detached ? tr("detached HEAD") : m_git.branch);
    if (m_git.hasUpstream())
        m_upstream->setText(tr("%1: %n to push", nullptr, m_git.ahead).arg(m_git.upstream) +
                            tr(", %n to pull", nullptr, m_git.behind));
    else
        m_upstream->setText(m_git.detached ? tr("none (detached HEAD)") : tr("none: this branch tracks no remote branch"));
    if (m_git.unborn) {
        m_head->setText(tr("no commits yet"));
        m_author->clear();
    } else {
        m_head->setText(QStringLiteral("<code>%1</code> %2").arg(m_git.head.shortSha(), m_git.head.subject.toHtmlEscaped()));
        m_author->setText(tr("%1 <%2>, %3")
                              .arg(m_git.head.authorName, m_git.head.authorEmail,
                                   QLocale().toString(m_git.head.time, QLocale::LongFormat)));
    }
    QStringList remotes;
    for (const GitRemote &remote : m_git.remotes)
        remotes << QStringLiteral("%1  %2").arg(remote.name, remote.url);
    m_remotes->setText(remotes.isEmpty() ? tr("none") : remotes.join(QLatin1Char('\n')));

    m_changesTitle->setText(m_git.isDirty()
                                ? tr("Uncommitted changes (%Ln):", nullptr, static_cast<int>(m_git.changes.size()))
                                : tr("No uncommitted changes: the working tree is clean."));
    for (const GitChange &change : m_git.changes) {
        QString state;
        QString icon;
        if (change.flags & GitChange::Conflicted) {
            state = tr("conflict");
            icon = QStringLiteral("vcs-conflicting");
        } else if (change.flags & GitChange::Untracked) {
            state = tr("untracked");
            icon = QStringLiteral("vcs-added");
        } else if (change.flags & GitChange::Deleted) {
            state = tr("deleted");
            icon = QStringLiteral("vcs-removed");
        } else if (change.flags & GitChange::Staged) {
            state = tr("staged");
            icon = QStringLiteral("vcs-locally-modified-staged");
        } else {
            state = tr("modified");
            icon = QStringLiteral("vcs-locally-modified");
        }
        auto *item = new QListWidgetItem(QIcon::fromTheme(icon), QStringLiteral("%1  (%2)").arg(change.path, state));
        m_changes->addItem(item);
    }
}

} // namespace Lagoon
