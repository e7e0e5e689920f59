// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "core/diagnostics/diagnostic.h"
#include "core/project/projectfiles.h"
#include "core/project/recoverystore.h"

namespace Lagoon {

class EditorDocument;
class FileEditorPage;
class LiveValidation;
class PlanPreviewPanel;
class ServiceGraphView;
struct LiveValidationResult;

/**
 * The editor of one open project: a page per editable Lagoon file (`.lagoon.yml`, the compose
 * file), the plan preview and the service graph, all fed by one LiveValidation of the texts as
 * they are being edited. The widgets are created here and handed to the window, which owns them
 * once they are placed.
 */
class EditorWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorWorkspace)

public:
    /** `recoveryFolder` empty: the application's local data folder. */
    explicit EditorWorkspace(const QString &recoveryFolder = {}, QObject *parent = nullptr);
    ~EditorWorkspace() override;

    /**
     * Opens the project's editable files that exist. Returns the new pages, in the order
     * `.lagoon.yml`, compose file. A file that cannot be read becomes no page, and a message in
     * errors().
     */
    QList<FileEditorPage *> open(const ProjectFiles &files);
    void close();

    QString folder() const { return m_folder; }
    QList<FileEditorPage *> pages() const;
    /** The page of a file, by its path relative to the project folder; null if not open. */
    FileEditorPage *page(const QString &relativePath) const;
    QStringList errors() const { return m_errors; }

    PlanPreviewPanel *planPreview();
    ServiceGraphView *serviceGraph();
    LiveValidation *validation() const { return m_validation; }

    bool hasUnsavedChanges() const;
    QStringList unsavedFiles() const;
    /** Saves every edited file; false if one could not be saved (the others still are). */
    bool saveAll();
    /** The user threw the edits away: their recovery copies go too. */
    void discardUnsaved();

    /** Unsaved edits of this project's files that a previous session lost. */
    QList<RecoveredText> recoverable() const;
    void restore(const QList<RecoveredText> &texts);
    void discardRecovery(const QList<RecoveredText> &texts);

    /** Where a compose service is defined: (line, column), or (0, 0). */
    std::pair<int, int> servicePosition(const QString &service) const;

Q_SIGNALS:
    /** Lagoon's rules ran over the texts being edited. */
    void validated(const Lagoon::Diagnostics &diagnostics);
    void statusMessage(const QString &message);

private:
    FileEditorPage *createPage(const QString &relativePath, int kind);
    void onValidated(const LiveValidationResult &result);

    QString m_folder;
    RecoveryStore m_recovery;
    LiveValidation *m_validation;
    struct OpenFile
    {
        QString relativePath;
        EditorDocument *document = nullptr;
        QPointer<FileEditorPage> page;
    };
    QList<OpenFile> m_files;
    QPointer<PlanPreviewPanel> m_plan;
    QPointer<ServiceGraphView> m_graph;
    QStringList m_errors;
};

} // namespace Lagoon
