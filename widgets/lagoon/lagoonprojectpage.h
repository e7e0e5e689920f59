// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "core/remote/lagoonsession.h"
#include "core/util/error.h"

class QLabel;
class QTreeView;

namespace Lagoon {

class LagoonEnvironmentsModel;
class LagoonItemDelegate;


/** One project: its environments with their type, deploy type, last deployment, route and namespace. */
class LagoonProjectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonProjectPage)

public:
    explicit LagoonProjectPage(QWidget *parent = nullptr);

    void showProject(LagoonSession *session, const QString &project);
    void clear();
    void refresh();

    const QString &project() const { return m_project; }
    const QJsonObject &projectJson() const { return m_json; }
    LagoonEnvironmentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void environmentActivated(const QJsonObject &environment);
    void linkActivated(const QUrl &url);
    void answered();
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setJson(const QJsonObject &project);

    QPointer<LagoonSession> m_session;
    QString m_project;
    QJsonObject m_json;
    int m_generation = 0;
    LagoonEnvironmentsModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTreeView *m_view;
};

} // namespace Lagoon
