// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include "core/util/error.h"
#include "core/yaml/edit/yamlpatch.h"
#include "core/yaml/yamlnode.h"

class QVBoxLayout;

namespace Lagoon {

class FieldBinder;
class FormContext;

/**
 * A part of a visual form that shows one piece of the document (a list of cronjobs, the routes
 * of an environment). refresh() compares the piece's structure (which items exist) with what is
 * on screen: when it changed, the block builds its widgets again and puts focus and scroll
 * position back; otherwise the bound widgets only take the new values, so typing in the text
 * view or undoing never throws away the widget someone is using.
 */
class FormBlock : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormBlock)

public:
    explicit FormBlock(FormContext *context, QWidget *parent = nullptr);
    ~FormBlock() override;

    /** Shows `root`, rebuilding only when structure() changed; then refreshes the child blocks. */
    void refresh(const YamlNode &root);
    /** Makes the next refresh() rebuild (after a language change). */
    void invalidate();
    /** Values of this block and its children that are written through an alias or merge key. */
    int inheritedCount() const;

    FormContext *context() const { return m_context; }

protected:
    /** A text that changes whenever the widgets must be built again (items added, removed, renamed). */
    virtual QString structure(const YamlNode &root) const;
    /** Creates the widgets of the current structure in `content` (which has no layout yet). */
    virtual void build(QWidget *content, const YamlNode &root) = 0;

    /** The binder of the current widgets (replaced by every rebuild). */
    FieldBinder *binder() const { return m_binder; }
    /** A block inside this one's widgets, refreshed after it (and dropped with the widgets). */
    void addChild(FormBlock *child);
    /** Applies an edit as one undo step (see FormContext::apply()). */
    bool apply(const Result<YamlPatch> &patch, const QString &description);
    /** After the next rebuild, focus the widget with this object name (an item just added). */
    void focusAfterRebuild(const QString &objectName);

private:
    void rebuild(const YamlNode &root);

    FormContext *m_context;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    FieldBinder *m_binder = nullptr;
    QList<QPointer<FormBlock>> m_children;
    QString m_structure;
    bool m_built = false;
    QString m_pendingFocus;
};

} // namespace Lagoon
