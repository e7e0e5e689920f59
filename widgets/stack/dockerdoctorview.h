// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/stack/dockerfinding.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Lagoon {

/**
 * What DockerDoctor found, for people: per finding what is wrong, why, how to fix it and — when
 * there is one — the command to run, ready to copy. "Check again" asks for a new diagnosis; the
 * panel that shows this view also leaves it by itself when Docker comes back.
 */
class DockerDoctorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerDoctorView)

public:
    explicit DockerDoctorView(QWidget *parent = nullptr);
    ~DockerDoctorView() override;

    void setFindings(const DockerFindings &findings);
    const DockerFindings &findings() const { return m_findings; }
    /** While a diagnosis runs, "Check again" waits. */
    void setChecking(bool checking);

    /**
     * The one command that fixes (or, for a taken port, explains) the finding; empty when the
     * fix is not a command. Taken from the problem, not parsed out of the translated fix text.
     */
    static QString commandFor(const DockerFinding &finding);

Q_SIGNALS:
    void recheckRequested();
    /** A finding points into the compose file (a published port). */
    void sourceRequested(const QString &file, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    QWidget *card(const DockerFinding &finding);

    DockerFindings m_findings;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_note;
    QPushButton *m_recheck;
    bool m_checking = false;
};

} // namespace Lagoon
