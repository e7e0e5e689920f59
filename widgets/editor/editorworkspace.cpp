// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/editorworkspace.h"

#include <QDir>
#include <QFileInfo>

#include "core/lagoon/config/composegraph.h"
#include "widgets/editor/assistcompletionprovider.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/fileeditorpage.h"
#include "widgets/editor/forms/composeform.h"
#include "widgets/editor/forms/lagoonymlform.h"
#include "widgets/editor/livevalidation.h"
#include "widgets/editor/planpreviewpanel.h"
#include "widgets/editor/servicegraphview.h"

namespace Lagoon {

EditorWorkspace::EditorWorkspace(const QString &recoveryFolder, QObject *parent)
    : QObject(parent)
    , m_recovery(recoveryFolder)
    , m_validation(new LiveValidation(this))
{
    connect(m_validation, &LiveValidation::finished, this, &EditorWorkspace::onValidated);
}

// The pages (owned by the window's tabs) point at the documents (owned here): they go first.
EditorWorkspace::~EditorWorkspace()
{
    close();
}

QList<FileEditorPage *> EditorWorkspace::open(const ProjectFiles &files)
{
    close();
    m_folder = files.root;
    m_validation->setFolder(m_folder);
    QList<FileEditorPage *> created;
    for (const ProjectFile::Role role : {ProjectFile::Role::LagoonYml, ProjectFile::Role::Compose}) {
        const ProjectFile *file = files.file(role);
        if (!file || !file->exists)
            continue;
        const auto kind = role == ProjectFile::Role::LagoonYml ? EditorDocument::Kind::LagoonYml : EditorDocument::Kind::Compose;
        if (FileEditorPage *page = createPage(file->relativePath, int(kind)))
            created.append(page);
    }
    m_validation->request();
    return created;
}

FileEditorPage *EditorWorkspace::createPage(const QString &relativePath, int kind)
{
    auto *document = new EditorDocument(QDir(m_folder).filePath(relativePath), EditorDocument::Kind(kind), this);
    if (const auto loaded = document->load(); !loaded) {
        m_errors.append(loaded.error().message);
        delete document;
        return nullptr;
    }
    document->setRecoveryStore(&m_recovery);
    VisualForm *form = nullptr;
    if (document->kind() == EditorDocument::Kind::LagoonYml) {
        auto *lagoonForm = new LagoonYmlForm(document);
        lagoonForm->setProjectName(LagoonYmlForm::projectNameFor(m_folder));
        form = lagoonForm;
    } else {
        auto *composeForm = new ComposeForm(document);
        // Services named in the compose form are what the .lagoon.yml form offers.
        connect(composeForm, &ComposeForm::serviceNamesChanged, this, [this](const QStringList &names) {
            for (const OpenFile &f : std::as_const(m_files)) {
                if (f.page && f.document->kind() == EditorDocument::Kind::LagoonYml)
                    if (auto *other = qobject_cast<VisualForm *>(f.page->form()))
                        other->setServiceNames(names);
            }
        });
        form = composeForm;
    }
    auto *page = new FileEditorPage(document, form);
    page->setObjectName(QStringLiteral("editorPage:") + relativePath);
    page->codeEditor()->setFileName(relativePath);
    // Services come from the last validation: the compose file as it is being edited.
    page->codeEditor()->setCompletionProvider(std::make_unique<AssistCompletionProvider>(
        document->kind() == EditorDocument::Kind::LagoonYml ? EditorAssist::FileKind::LagoonYml : EditorAssist::FileKind::Compose,
        [this] {
            QStringList names;
            for (const ComposeService &service : m_validation->lastResult().project.compose.services)
                names.append(service.name);
            return names;
        }));
    connect(page, &FileEditorPage::statusMessage, this, &EditorWorkspace::statusMessage);
    m_files.append({relativePath, document, page});
    m_validation->addDocument(document);
    return page;
}

void EditorWorkspace::close()
{
    m_validation->clear();
    for (OpenFile &file : m_files) {
        file.document->setRecoveryStore(nullptr);
        delete file.page.data();
        delete file.document;
    }
    m_files.clear();
    delete m_plan.data();
    delete m_graph.data();
    m_errors.clear();
    m_folder.clear();
}

QList<FileEditorPage *> EditorWorkspace::pages() const
{
    QList<FileEditorPage *> out;
    for (const OpenFile &file : m_files) {
        if (file.page)
            out.append(file.page);
    }
    return out;
}

FileEditorPage *EditorWorkspace::page(const QString &relativePath) const
{
    const QString wanted = QDir::cleanPath(relativePath);
    for (const OpenFile &file : m_files) {
        if (QDir::cleanPath(file.relativePath) == wanted)
            return file.page;
    }
    return nullptr;
}

PlanPreviewPanel *EditorWorkspace::planPreview()
{
    if (!m_plan) {
        m_plan = new PlanPreviewPanel;
        m_plan->setObjectName(QStringLiteral("planPreview"));
        m_plan->setProject(m_validation->lastResult().project);
    }
    return m_plan;
}

ServiceGraphView *EditorWorkspace::serviceGraph()
{
    if (!m_graph) {
        m_graph = new ServiceGraphView;
        m_graph->setObjectName(QStringLiteral("serviceGraph"));
        m_graph->setGraph(ComposeGraph::build(m_validation->lastResult().project.compose));
    }
    return m_graph;
}

void EditorWorkspace::onValidated(const LiveValidationResult &result)
{
    for (const OpenFile &file : std::as_const(m_files)) {
        if (file.page)
            file.page->setDiagnostics(result.diagnostics);
    }
    if (m_plan)
        m_plan->setProject(result.project);
    if (m_graph && result.project.composeLoaded)
        m_graph->setGraph(ComposeGraph::build(result.project.compose));
    Q_EMIT validated(result.diagnostics);
}

bool EditorWorkspace::hasUnsavedChanges() const
{
    return !unsavedFiles().isEmpty();
}

QStringList EditorWorkspace::unsavedFiles() const
{
    QStringList out;
    for (const OpenFile &file : m_files) {
        if (file.document->isModified())
            out.append(file.relativePath);
    }
    return out;
}

bool EditorWorkspace::saveAll()
{
    bool ok = true;
    for (const OpenFile &file : std::as_const(m_files)) {
        if (file.document->isModified() && file.page)
            ok = file.page->save() && ok;
    }
    return ok;
}

void EditorWorkspace::discardUnsaved()
{
    for (const OpenFile &file : std::as_const(m_files)) {
        if (file.document->isModified()) {
            file.document->setRecoveryStore(nullptr);
            m_recovery.discard(file.document->filePath());
        }
    }
}

QList<RecoveredText> EditorWorkspace::recoverable() const
{
    QList<RecoveredText> out;
    for (const OpenFile &file : m_files) {
        if (auto text = m_recovery.find(file.document->filePath()); text && text->text != file.document->utf8())
            out.append(*text);
    }
    return out;
}

void EditorWorkspace::restore(const QList<RecoveredText> &texts)
{
    for (const RecoveredText &text : texts) {
        for (const OpenFile &file : std::as_const(m_files)) {
            if (QFileInfo(file.document->filePath()) == QFileInfo(text.filePath))
                file.document->restore(text.text, text.baseHash);
        }
    }
}

void EditorWorkspace::discardRecovery(const QList<RecoveredText> &texts)
{
    for (const RecoveredText &text : texts)
        m_recovery.discard(text.filePath);
}

std::pair<int, int> EditorWorkspace::servicePosition(const QString &service) const
{
    for (const OpenFile &file : m_files) {
        if (file.document->kind() != EditorDocument::Kind::Compose)
            continue;
        const YamlNode key = file.document->yaml().root().value(u"services").keyNode(service);
        if (key.isValid())
            return {key.range().start.line, key.range().start.column};
    }
    return {0, 0};
}

} // namespace Lagoon
