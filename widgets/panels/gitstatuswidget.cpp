// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/panels/gitstatuswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStyle>

namespace Lagoon {

GitStatusWidget::GitStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_branch(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_changes(new QLabel(this))
{
    setObjectName(QStringLiteral("gitStatus"));
    m_branch->setObjectName(QStringLiteral("gitBranch"));
    m_sync->setObjectName(QStringLiteral("gitSync"));
    m_changes->setObjectName(QStringLiteral("gitChanges"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_branch);
    layout->addWidget(m_sync);
    layout->addWidget(m_changes);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(QIcon::fromTheme(QStringLiteral("vcs-branch")).pixmap(size, size));
    updateTexts();
}

void GitStatusWidget::setState(const GitState &state, const std::optional<Error> &error)
{
    m_state = state;
    m_error = error;
    m_hasState = true;
    updateTexts();
}

void GitStatusWidget::clear()
{
    m_state = GitState{};
    m_error.reset();
    m_hasState = false;
    updateTexts();
}

QString GitStatusWidget::branchText() const
{
    return m_branch->text();
}

QString GitStatusWidget::syncText() const
{
    return m_sync->text();
}

QString GitStatusWidget::changesText() const
{
    return m_changes->text();
}

void GitStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void GitStatusWidget::updateTexts()
{
    const bool repo = m_hasState && !m_error && m_state.isRepository;
    m_icon->setVisible(repo);
    m_sync->setVisible(repo && m_state.hasUpstream());
    m_changes->setVisible(repo);

    if (!m_hasState) {
        m_branch->clear();
        setToolTip(QString());
        setAccessibleName(tr("Git status"));
        return;
    }
    if (m_error) {
        m_branch->setText(tr("Git unavailable"));
        setToolTip(m_error->message + QLatin1Char('\n') + m_error->detail);
        setAccessibleName(m_branch->text());
        return;
    }
    if (!m_state.isRepository) {
        m_branch->setText(tr("Not a git repository"));
        setToolTip(tr("This folder is not inside a git repository. Lagoon deploys from git, so "
                      "commit the project to a repository to deploy it."));
        setAccessibleName(m_branch->text());
        return;
    }

    if (m_state.detached)
        m_branch->setText(tr("HEAD detached at %1").arg(m_state.head.shortSha()));
    else
        m_branch->setText(m_state.branch);
    // Arrows as git GUIs show them: commits to push, commits to pull.
    m_sync->setText(QStringLiteral("↑%1 ↓%2").arg(m_state.ahead).arg(m_state.behind));
    if (m_state.isDirty())
        m_changes->setText(tr("%Ln changed", nullptr, static_cast<int>(m_state.changes.size())));
    else
        m_changes->setText(tr("clean"));

    QStringList tip;
    tip << tr("Repository: %1").arg(m_state.root);
    if (m_state.unborn)
        tip << tr("No commits yet");
    else
        tip << tr("HEAD: %1 %2").arg(m_state.head.shortSha(), m_state.head.subject)
            << tr("Author: %1, %2").arg(m_state.head.authorName, QLocale().toString(m_state.head.time, QLocale::ShortFormat));
    if (m_state.hasUpstream())
        tip << tr("Upstream %1: %n commit(s) to push", nullptr, m_state.ahead).arg(m_state.upstream)
            << tr("%n commit(s) to pull", nullptr, m_state.behind);
    else if (!m_state.detached)
        tip << tr("No upstream branch");
    tip << tr("%Ln uncommitted change(s), %1 untracked", nullptr, static_cast<int>(m_state.changes.size()))
               .arg(QLocale().toString(m_state.untrackedCount()));
    setToolTip(tip.join(QLatin1Char('\n')));
    setAccessibleName(tr("Git status"));
    setAccessibleDescription(tip.join(QStringLiteral("; ")));
}

} // namespace Lagoon
