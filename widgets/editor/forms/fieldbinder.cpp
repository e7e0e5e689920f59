// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/fieldbinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/commandedit.h"
#include "widgets/editor/forms/formcontext.h"

namespace Lagoon {

namespace {

int findData(const QComboBox *combo, const QString &text)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

FieldBinder::FieldBinder(FormContext *context, QObject *parent) : QObject(parent), m_context(context)
{
}

FieldBinder::~FieldBinder() = default;

QString FieldBinder::inheritedNote()
{
    return tr("Defined by an anchor or a merge key elsewhere in the file; edit it in the text.");
}

FieldBinder::BindingPtr FieldBinder::add(Kind kind, QObject *object, const FieldAccess &access, const Options &options)
{
    auto binding = std::make_shared<Binding>(Binding{kind, object, access, options, false, {}, {}});
    if (auto *widget = qobject_cast<QWidget *>(object))
        binding->baseToolTip = widget->toolTip();
    m_bindings.append(binding);
    connect(object, &QObject::destroyed, this, [this, raw = binding.get()] {
        m_bindings.removeIf([raw](const BindingPtr &b) { return b.get() == raw; });
    });
    return binding;
}

void FieldBinder::bindLineEdit(QLineEdit *edit, const FieldAccess &access, const Options &options)
{
    const BindingPtr binding = add(Kind::LineEdit, edit, access, options);
    connect(edit, &QLineEdit::editingFinished, this, [this, binding, edit] {
        if (!edit->isReadOnly())
            commit(binding, edit->text().trimmed());
    });
}

void FieldBinder::bindCommandEdit(CommandEdit *edit, const FieldAccess &access, const Options &options)
{
    const BindingPtr binding = add(Kind::CommandEdit, edit, access, options);
    connect(edit, &CommandEdit::editingFinished, this, [this, binding, edit] {
        if (!edit->isReadOnly() && edit->document()->isModified())
            commit(binding, edit->toPlainText());
    });
}

void FieldBinder::bindComboBox(QComboBox *combo, const FieldAccess &access, const Options &options)
{
    const BindingPtr binding = add(Kind::ComboBox, combo, access, options);
    if (combo->isEditable()) {
        connect(combo, &QComboBox::activated, this,
                [this, binding, combo](int index) { commit(binding, combo->itemText(index).trimmed()); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this, binding, combo] { commit(binding, combo->currentText().trimmed()); });
    } else {
        connect(combo, &QComboBox::activated, this,
                [this, binding, combo](int index) { commit(binding, combo->itemData(index).toString()); });
    }
}

void FieldBinder::bindCheckBox(QCheckBox *box, const FieldAccess &access, bool defaultValue, const Options &options)
{
    const BindingPtr binding = add(Kind::CheckBox, box, access, options);
    binding->defaultValue = defaultValue;
    connect(box, &QCheckBox::clicked, this, [this, binding](bool checked) {
        commit(binding, checked ? QStringLiteral("true") : QStringLiteral("false"));
    });
}

void FieldBinder::bindSpinBox(QSpinBox *spin, const FieldAccess &access, const Options &options)
{
    const BindingPtr binding = add(Kind::SpinBox, spin, access, options);
    // Without keyboard tracking valueChanged comes once per finished edit (Enter, focus out, arrows).
    spin->setKeyboardTracking(false);
    connect(spin, &QSpinBox::valueChanged, this, [this, binding, spin](int value) {
        commit(binding, value == spin->minimum() ? QString() : QString::number(value));
    });
}

void FieldBinder::bindDisplay(QObject *owner, std::function<void(const YamlNode &root)> update)
{
    const BindingPtr binding = add(Kind::Display, owner, {}, {});
    binding->display = std::move(update);
}

void FieldBinder::commit(const BindingPtr &binding, const std::optional<QString> &text)
{
    if (!m_context->isActive())
        return;
    const YamlDocument document = m_context->document()->yaml();
    const YamlNode root = document.root();
    if (!root.isValid() || !binding->access.read)
        return;
    const FormYaml::FieldValue current = binding->access.read(root);
    if (current.inherited) {
        show(*binding, root);
        return;
    }
    // Compared as shown: a reader may show a collection as text (prefixes as "www, en").
    const bool unchanged = current.exists ? text && current.text == *text : (!text || text->isEmpty());
    if (unchanged) {
        show(*binding, root);
        return;
    }
    std::optional<YamlValue> value;
    if (text && !(text->isEmpty() && binding->options.emptyRemoves)) {
        // A value written in quotes stays a string (`git_sha: 'true'`), so a rewrite keeps its meaning.
        const bool plain = binding->options.write == Write::Plain && !FormYaml::isQuoted(current.node);
        value = plain ? YamlValue::plain(*text) : YamlValue::string(*text);
    }
    const bool applied =
        m_context->apply(binding->access.write(YamlEditor(document), root, value), binding->options.description);
    if (!applied)
        show(*binding, root); // the field goes back to what the file says
    else if (auto *edit = qobject_cast<QLineEdit *>(binding->object.data()))
        edit->setModified(false);
    else if (auto *command = qobject_cast<CommandEdit *>(binding->object.data()))
        command->document()->setModified(false);
}

void FieldBinder::refresh(const YamlNode &root)
{
    m_inherited = 0;
    // show() may run a display callback that changes the list; iterate over a copy.
    const QList<BindingPtr> bindings = m_bindings;
    for (const BindingPtr &binding : bindings) {
        if (binding->object)
            show(*binding, root);
    }
}

void FieldBinder::markInherited(QWidget *widget, const QString &baseToolTip, bool inherited)
{
    QString tip = baseToolTip;
    if (inherited)
        tip = tip.isEmpty() ? inheritedNote() : tip + QStringLiteral("\n\n") + inheritedNote();
    widget->setToolTip(tip);
    widget->setAccessibleDescription(inherited ? inheritedNote() : QString());
    // Read-only text fields look like labels, so nobody types into one and wonders.
    if (qobject_cast<QLineEdit *>(widget) || qobject_cast<CommandEdit *>(widget)) {
        QPalette palette;
        if (inherited)
            palette.setColor(QPalette::Base, widget->palette().color(QPalette::Window));
        widget->setPalette(palette);
    }
}

void FieldBinder::show(const Binding &binding, const YamlNode &root)
{
    if (binding.kind == Kind::Display) {
        binding.display(root);
        return;
    }
    const FormYaml::FieldValue value = binding.access.read(root);
    if (value.inherited)
        ++m_inherited;
    auto *widget = qobject_cast<QWidget *>(binding.object.data());
    if (!widget)
        return;
    markInherited(widget, binding.baseToolTip, value.inherited);
    switch (binding.kind) {
    case Kind::LineEdit: {
        auto *edit = static_cast<QLineEdit *>(widget);
        // Leave a field the user is typing in alone; it commits when they are done.
        if (!(edit->hasFocus() && edit->isModified()) && edit->text() != value.text) {
            const int cursor = edit->cursorPosition();
            const bool focused = edit->hasFocus();
            edit->setText(value.text);
            if (focused) // undo while in the field: the cursor stays about where it was
                edit->setCursorPosition(std::min(cursor, static_cast<int>(value.text.size())));
        }
        edit->setReadOnly(value.inherited);
        break;
    }
    case Kind::CommandEdit: {
        auto *edit = static_cast<CommandEdit *>(widget);
        if (!(edit->hasFocus() && edit->document()->isModified()) && edit->toPlainText() != value.text) {
            edit->setPlainText(value.text);
            edit->document()->setModified(false);
        }
        edit->setReadOnly(value.inherited);
        break;
    }
    case Kind::ComboBox: {
        auto *combo = static_cast<QComboBox *>(widget);
        const QSignalBlocker blocker(combo);
        if (combo->isEditable()) {
            const bool typing = combo->lineEdit()->hasFocus() && combo->lineEdit()->isModified();
            if (!typing && combo->currentText() != value.text)
                combo->setEditText(value.text);
        } else {
            int index = findData(combo, value.exists ? value.text : QString());
            if (index < 0 && value.exists) {
                // Something the form does not offer (a typo the validator reports): show it as written.
                combo->addItem(value.text, value.text);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(index, 0));
        }
        combo->setEnabled(!value.inherited);
        break;
    }
    case Kind::CheckBox: {
        auto *box = static_cast<QCheckBox *>(widget);
        const QSignalBlocker blocker(box);
        box->setChecked(value.exists ? FormYaml::toBool(value.text).value_or(binding.defaultValue)
                                     : binding.defaultValue);
        box->setEnabled(!value.inherited);
        break;
    }
    case Kind::SpinBox: {
        auto *spin = static_cast<QSpinBox *>(widget);
        const QSignalBlocker blocker(spin);
        bool ok = false;
        const int number = value.text.toInt(&ok);
        spin->setValue(value.exists && ok ? number : spin->minimum());
        spin->setEnabled(!value.inherited);
        break;
    }
    case Kind::Display:
        break;
    }
}

} // namespace Lagoon
