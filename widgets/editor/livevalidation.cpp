// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/livevalidation.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include "core/lagoon/config/lagoonvalidator.h"
#include "widgets/editor/editordocument.h"

namespace Lagoon {

LiveValidation::LiveValidation(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LiveValidationResult>::finished, this, &LiveValidation::onFinished);
}

// A running pass only reads copies of its inputs; it finishes on its own and is dropped.
LiveValidation::~LiveValidation()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LiveValidation::setFolder(const QString &folder)
{
    m_folder = folder;
}

void LiveValidation::addDocument(EditorDocument *document)
{
    m_documents.append(document);
    connect(document, &EditorDocument::textChanged, this, &LiveValidation::request);
}

void LiveValidation::clear()
{
    for (const QPointer<EditorDocument> &document : std::as_const(m_documents)) {
        if (document)
            document->disconnect(this);
    }
    m_documents.clear();
    m_folder.clear();
    // A pass still running belongs to the project that was closed: its result is dropped.
    ++m_generation;
    m_pending = false;
    m_parsed.clear();
    m_last = {};
}

void LiveValidation::request()
{
    if (m_folder.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    start();
}

void LiveValidation::start()
{
    m_pending = false;
    LoadOptions options;
    const QDir root(m_folder);
    for (const QPointer<EditorDocument> &document : std::as_const(m_documents)) {
        if (!document)
            continue;
        const QString path = QDir::cleanPath(root.relativeFilePath(document->filePath()));
        const QByteArray text = document->utf8();
        if (const auto cached = m_parsed.constFind(path); cached != m_parsed.cend() && cached->text() == text)
            options.parsed.insert(path, *cached);
        else
            options.contents.insert(path, text);
    }
    const QString folder = m_folder;
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([folder, options]() mutable {
        QElapsedTimer timer;
        timer.start();
        LiveValidationResult result;
        for (auto it = options.contents.cbegin(); it != options.contents.cend(); ++it) {
            const YamlDocument document = YamlDocument::parse(it.value(), it.key());
            options.parsed.insert(it.key(), document);
            result.parsed.insert(it.key(), document);
        }
        options.contents.clear();
        result.project = LagoonProjectLoader::load(folder, options);
        result.diagnostics = LagoonValidator::validate(result.project);
        result.validationNs = timer.nsecsElapsed();
        return result;
    }));
}

void LiveValidation::onFinished()
{
    if (m_runningGeneration != m_generation) {
        if (m_pending && !m_folder.isEmpty())
            start();
        return;
    }
    m_last = m_watcher.result();
    for (auto it = m_last.parsed.cbegin(); it != m_last.parsed.cend(); ++it)
        m_parsed.insert(it.key(), it.value());
    // Newer texts are waiting: their pass starts before this result is shown, so the worker
    // is never idle while the user types.
    if (m_pending)
        start();
    Q_EMIT finished(m_last);
}

} // namespace Lagoon
