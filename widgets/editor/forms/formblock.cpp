// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/formblock.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcontext.h"

namespace Lagoon {

namespace {

QAbstractScrollArea *enclosingScrollArea(QWidget *widget)
{
    for (QWidget *w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
            return area;
    }
    return nullptr;
}

} // namespace

FormBlock::FormBlock(FormContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

FormBlock::~FormBlock() = default;

QString FormBlock::structure(const YamlNode &) const
{
    return {};
}

void FormBlock::invalidate()
{
    m_built = false;
    for (const QPointer<FormBlock> &child : std::as_const(m_children)) {
        if (child)
            child->invalidate();
    }
}

void FormBlock::refresh(const YamlNode &root)
{
    const QString now = structure(root);
    if (!m_built || now != m_structure) {
        m_structure = now;
        rebuild(root);
    }
    m_binder->refresh(root);
    const QList<QPointer<FormBlock>> children = m_children;
    for (const QPointer<FormBlock> &child : children) {
        if (child)
            child->refresh(root);
    }
}

void FormBlock::rebuild(const YamlNode &root)
{
    // Remember where the user was, by object name: the new widgets get the same names.
    QString focusName = m_pendingFocus;
    m_pendingFocus.clear();
    if (focusName.isEmpty() && m_content) {
        for (QWidget *w = QApplication::focusWidget(); w && m_content->isAncestorOf(w); w = w->parentWidget()) {
            if (!w->objectName().isEmpty()) {
                focusName = w->objectName();
                break;
            }
        }
    }
    QAbstractScrollArea *area = enclosingScrollArea(this);
    const int scroll = area ? area->verticalScrollBar()->value() : 0;

    m_children.clear();
    if (m_content) {
        m_content->hide();
        delete m_content;
    }
    m_content = new QWidget(this);
    m_binder = new FieldBinder(m_context, m_content);
    build(m_content, root);
    m_layout->addWidget(m_content);
    m_content->show();
    m_built = true;

    if (!focusName.isEmpty()) {
        if (auto *target = m_content->findChild<QWidget *>(focusName))
            target->setFocus(Qt::OtherFocusReason);
    }
    if (area) {
        area->verticalScrollBar()->setValue(scroll);
        // The scroll range grows only once the new widgets are laid out.
        QTimer::singleShot(0, area, [area, scroll] { area->verticalScrollBar()->setValue(scroll); });
    }
}

int FormBlock::inheritedCount() const
{
    int count = m_binder ? m_binder->inheritedCount() : 0;
    for (const QPointer<FormBlock> &child : m_children) {
        if (child)
            count += child->inheritedCount();
    }
    return count;
}

void FormBlock::addChild(FormBlock *child)
{
    m_children.append(child);
}

bool FormBlock::apply(const Result<YamlPatch> &patch, const QString &description)
{
    return m_context->apply(patch, description);
}

void FormBlock::focusAfterRebuild(const QString &objectName)
{
    m_pendingFocus = objectName;
}

} // namespace Lagoon
