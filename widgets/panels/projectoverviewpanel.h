// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QWidget>

#include "core/project/gitstate.h"
#include "core/project/projectfiles.h"
#include "core/util/error.h"

class QGroupBox;
class QLabel;
class QListWidget;
class QTreeView;

namespace Lagoon {

class ProjectFilesModel;

/** The project's front page: its Lagoon files and the state of its git repository. */
class ProjectOverviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectOverviewPanel)

public:
    explicit ProjectOverviewPanel(QWidget *parent = nullptr);

    void setProject(const QString &name, const ProjectFiles &files);
    void setGitState(const GitState &state, const std::optional<Error> &error);

    ProjectFilesModel *filesModel() const { return m_filesModel; }

Q_SIGNALS:
    void fileActivated(const QString &absolutePath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateGit();
    QLabel *addGitRow(const QString &objectName);

    QLabel *m_title;
    QLabel *m_folder;
    QGroupBox *m_filesBox;
    QTreeView *m_filesView;
    ProjectFilesModel *m_filesModel;
    QGroupBox *m_gitBox;
    QWidget *m_gitForm;
    QList<QLabel *> m_gitLabels;
    QLabel *m_repository;
    QLabel *m_branch;
    QLabel *m_upstream;
    QLabel *m_head;
    QLabel *m_author;
    QLabel *m_remotes;
    QLabel *m_changesTitle;
    QListWidget *m_changes;
    GitState m_git;
    std::optional<Error> m_gitError;
};

} // namespace Lagoon
