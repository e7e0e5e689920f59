// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/lagoonprojectloader.h"

namespace Lagoon {

class EditorDocument;

/** One run of Lagoon's rules over the project as the editor holds it. */
struct LiveValidationResult
{
    LoadedProject project;
    Diagnostics diagnostics;
    qint64 validationNs = 0; ///< time spent loading and validating on the worker
    QHash<QString, YamlDocument> parsed; ///< the texts this run parsed, by relative path
};

/**
 * Keeps the project's diagnostics current while the user types: each change of an open
 * document validates the project on a worker thread with the documents' texts in place of the
 * files (nothing is saved). Changes that arrive while a run is busy are coalesced into one more
 * run with the newest texts, so results come as fast as validation allows and never pile up;
 * a result is delivered on the GUI thread. Only the latest texts' result is "current".
 */
class LiveValidation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveValidation)

public:
    explicit LiveValidation(QObject *parent = nullptr);
    ~LiveValidation() override;

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /** Validates with this document's text; it is re-validated whenever it changes. */
    void addDocument(EditorDocument *document);
    void clear();

    /** Validates now (or right after the running pass). */
    void request();
    bool isBusy() const { return m_watcher.isRunning(); }
    const LiveValidationResult &lastResult() const { return m_last; }

Q_SIGNALS:
    void finished(const Lagoon::LiveValidationResult &result);

private:
    void start();
    void onFinished();

    QString m_folder;
    QList<QPointer<EditorDocument>> m_documents;
    QFutureWatcher<LiveValidationResult> m_watcher;
    bool m_pending = false;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    /** The last parse of each document's text, reused while the text does not change. */
    QHash<QString, YamlDocument> m_parsed;
    LiveValidationResult m_last;
};

} // namespace Lagoon

Q_DECLARE_METATYPE(Lagoon::LiveValidationResult)
