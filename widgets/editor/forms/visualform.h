// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimer>
#include <QWidget>

#include "core/yaml/yamldocument.h"

class QLabel;
class QToolButton;

namespace Lagoon {

class EditorDocument;
class FormContext;

/**
 * What both visual editors (LagoonYmlForm, ComposeForm) share: they follow the document's text,
 * refreshing once per turn of the event loop after it changed (typing in the text view, undo, an
 * edit of the form itself), and a banner above them says when the text cannot be read (the form
 * then shows the last state it could read, disabled) or when an edit was refused.
 */
class VisualForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisualForm)

public:
    explicit VisualForm(EditorDocument *document, QWidget *parent = nullptr);
    ~VisualForm() override;

    EditorDocument *document() const;
    FormContext *context() const { return m_context; }

    /** The compose services offered wherever a service is expected. */
    void setServiceNames(const QStringList &names);
    /** The Lagoon project name, for the namespaces that seed M/H in cron schedules. */
    void setProjectName(const QString &name);

    /** Shows the current text now instead of on the next turn of the event loop. */
    void refreshNow();
    /** The banner's text (empty when hidden). */
    QString bannerText() const;

protected:
    /** Shows a tree that could be read. */
    virtual void showTree(const YamlNode &root) = 0;
    /** Enables or disables the editable part while the text cannot be read. */
    virtual void setEditable(bool editable) = 0;
    /** The message banner; the subclass puts it at the top of its layout. */
    QWidget *banner() const;
    void changeEvent(QEvent *event) override;
    /** Rebuilds everything (after a language change). */
    virtual void invalidateAll() = 0;

private:
    void showBanner(const QString &text, bool error, bool closable);

    FormContext *m_context;
    QTimer m_refreshTimer;
    QWidget *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    QToolButton *m_bannerClose;
};

} // namespace Lagoon
