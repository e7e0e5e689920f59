// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QWidget>

#include "core/project/gitstate.h"
#include "core/util/error.h"

class QLabel;

namespace Lagoon {

/** The status bar's git summary: branch, ahead/behind its upstream, uncommitted changes. */
class GitStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitStatusWidget)

public:
    explicit GitStatusWidget(QWidget *parent = nullptr);

    void setState(const GitState &state, const std::optional<Error> &error);
    void clear();

    QString branchText() const;
    QString syncText() const;
    QString changesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QLabel *m_icon;
    QLabel *m_branch;
    QLabel *m_sync;
    QLabel *m_changes;
    GitState m_state;
    std::optional<Error> m_error;
    bool m_hasState = false;
};

} // namespace Lagoon
