// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/fileeditorpage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/dialogs/comparedialog.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/codeeditorpane.h"
#include "widgets/editor/editordocument.h"

namespace Lagoon {

namespace {

QToolButton *viewButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

FileEditorPage::FileEditorPage(EditorDocument *document, QWidget *form, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(form)
    , m_title(new QLabel(this))
    , m_textButton(viewButton(QStringLiteral("viewText"), this))
    , m_formButton(viewButton(QStringLiteral("viewForm"), this))
    , m_bothButton(viewButton(QStringLiteral("viewBoth"), this))
    , m_views(new QButtonGroup(this))
    , m_saveButton(new QToolButton(this))
    , m_conflict(new QFrame(this))
    , m_conflictText(new QLabel(m_conflict))
    , m_reloadButton(new QToolButton(m_conflict))
    , m_keepButton(new QToolButton(m_conflict))
    , m_compareButton(new QToolButton(m_conflict))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_text(new CodeEditorPane(m_splitter))
{
    setObjectName(QStringLiteral("fileEditorPage"));
    m_title->setObjectName(QStringLiteral("fileTitle"));
    m_text->editor()->setTextDocument(m_document->textDocument());
    m_text->editor()->setFileName(m_document->fileName());

    m_views->setExclusive(true);
    m_views->addButton(m_textButton);
    m_views->addButton(m_formButton);
    m_views->addButton(m_bothButton);
    m_saveButton->setObjectName(QStringLiteral("saveFile"));
    m_saveButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveButton->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 4);
    header->addWidget(m_title, 1);
    header->addWidget(m_textButton);
    header->addWidget(m_formButton);
    header->addWidget(m_bothButton);
    header->addSpacing(12);
    header->addWidget(m_saveButton);
    m_formButton->setVisible(m_form);
    m_bothButton->setVisible(m_form);
    m_textButton->setVisible(m_form);

    // The conflict bar: the one place that must never be missed, so it is loud.
    m_conflict->setObjectName(QStringLiteral("conflictBar"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setAutoFillBackground(true);
    QPalette warn = m_conflict->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xe5, 0x8f));
    warn.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    warn.setColor(QPalette::ButtonText, QColor(0x3d, 0x2e, 0x00));
    m_conflict->setPalette(warn);
    m_conflictText->setWordWrap(true);
    m_reloadButton->setObjectName(QStringLiteral("conflictReload"));
    m_keepButton->setObjectName(QStringLiteral("conflictKeepMine"));
    m_compareButton->setObjectName(QStringLiteral("conflictCompare"));
    auto *conflictLayout = new QHBoxLayout(m_conflict);
    conflictLayout->setContentsMargins(10, 6, 10, 6);
    conflictLayout->addWidget(m_conflictText, 1);
    for (QToolButton *button : {m_reloadButton, m_keepButton, m_compareButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        conflictLayout->addWidget(button);
    }
    m_conflict->hide();

    if (m_form) {
        // The forms scroll their own sections.
        m_splitter->addWidget(m_text);
        m_splitter->addWidget(m_form);
        // The form needs more room than YAML lines do.
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setSizes({520, 680});
    }
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addWidget(m_conflict);
    layout->addWidget(m_splitter, 1);

    connect(m_textButton, &QToolButton::clicked, this, [this] { setView(View::Text); });
    connect(m_formButton, &QToolButton::clicked, this, [this] { setView(View::Form); });
    connect(m_bothButton, &QToolButton::clicked, this, [this] { setView(View::Both); });
    connect(m_saveButton, &QToolButton::clicked, this, &FileEditorPage::save);
    connect(m_document, &EditorDocument::modificationChanged, this, &FileEditorPage::updateTitle);
    connect(m_document, &EditorDocument::changedExternally, this, [this] {
        // Untouched files simply follow the disk; edited ones ask.
        if (!m_document->isModified()) {
            reloadFromDisk();
            Q_EMIT statusMessage(tr("%1 was changed on disk and has been reloaded.").arg(m_document->fileName()));
        } else {
            showConflict();
        }
    });
    connect(m_reloadButton, &QToolButton::clicked, this, &FileEditorPage::reloadFromDisk);
    connect(m_keepButton, &QToolButton::clicked, this, &FileEditorPage::keepMine);
    connect(m_compareButton, &QToolButton::clicked, this, &FileEditorPage::compare);

    retranslate();
    setView(m_form ? View::Both : View::Text);
}

CodeEditor *FileEditorPage::codeEditor() const
{
    return m_text->editor();
}

void FileEditorPage::setView(View view)
{
    if (!m_form)
        view = View::Text;
    m_view = view;
    m_text->setVisible(view != View::Form);
    if (m_form)
        m_form->setVisible(view != View::Text);
    (view == View::Text ? m_textButton : view == View::Form ? m_formButton : m_bothButton)->setChecked(true);
}

void FileEditorPage::showPosition(int line, int column)
{
    if (m_view == View::Form)
        setView(View::Both);
    codeEditor()->goToLine(qMax(1, line), qMax(1, column));
    codeEditor()->setFocus(Qt::OtherFocusReason);
}

void FileEditorPage::setDiagnostics(const Diagnostics &diagnostics)
{
    codeEditor()->setDiagnostics(diagnostics);
}

bool FileEditorPage::save()
{
    if (m_document->changedOnDisk()) {
        showConflict();
        return false;
    }
    const auto saved = m_document->save();
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save"), saved.error().message);
        return false;
    }
    m_conflict->hide();
    Q_EMIT statusMessage(tr("Saved %1").arg(m_document->fileName()));
    return true;
}

void FileEditorPage::showConflict()
{
    m_conflictText->setText(tr("<b>%1 was changed by another program.</b> Your unsaved edits are still here.")
                                .arg(m_document->fileName().toHtmlEscaped()));
    m_conflict->show();
}

void FileEditorPage::compare()
{
    CompareDialog dialog(m_document->fileName(), QString::fromUtf8(m_document->diskContents()).remove(QLatin1Char('\r')),
                         QString::fromUtf8(m_document->utf8()), this);
    const int choice = dialog.exec();
    if (choice == CompareDialog::Reload)
        reloadFromDisk();
    else if (choice == CompareDialog::KeepMine)
        keepMine();
}

void FileEditorPage::reloadFromDisk()
{
    const auto reloaded = m_document->reload();
    if (!reloaded) {
        QMessageBox::warning(this, tr("Cannot reload"), reloaded.error().message);
        return;
    }
    m_conflict->hide();
}

void FileEditorPage::keepMine()
{
    const auto saved = m_document->saveOverwriting();
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save"), saved.error().message);
        return;
    }
    m_conflict->hide();
    Q_EMIT statusMessage(tr("Saved %1 over the version on disk").arg(m_document->fileName()));
}

void FileEditorPage::updateTitle()
{
    const QString name = m_document->fileName();
    QString title = m_document->isModified() ? tr("<b>%1</b> — edited").arg(name.toHtmlEscaped())
                                             : QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    if (m_document->mixedLineBreaks()) {
        title += QStringLiteral("  <span style='color:#b35900'>")
            + (m_document->usesCrlf() ? tr("mixed line breaks: saving writes CRLF everywhere")
                                      : tr("mixed line breaks: saving writes LF everywhere"))
            + QStringLiteral("</span>");
    }
    m_title->setText(title);
    m_saveButton->setEnabled(m_document->isModified());
}

void FileEditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FileEditorPage::retranslate()
{
    m_textButton->setText(tr("Text"));
    m_formButton->setText(tr("Form"));
    m_bothButton->setText(tr("Side by Side"));
    m_textButton->setToolTip(tr("Show only the text"));
    m_formButton->setToolTip(tr("Show only the form"));
    m_bothButton->setToolTip(tr("Show the text and the form side by side; both edit the same file"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save %1 (Ctrl+S)").arg(m_document->fileName()));
    m_reloadButton->setText(tr("Reload"));
    m_reloadButton->setToolTip(tr("Replace your edits with the file on disk (Undo brings them back)"));
    m_keepButton->setText(tr("Keep Mine"));
    m_keepButton->setToolTip(tr("Save your version over the file on disk"));
    m_compareButton->setText(tr("Compare…"));
    if (m_conflict->isVisible())
        showConflict();
    updateTitle();
}

} // namespace Lagoon
