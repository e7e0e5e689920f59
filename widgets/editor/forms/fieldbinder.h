// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "widgets/editor/forms/fieldaccess.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Lagoon {

class CommandEdit;
class FormContext;

/**
 * Connects form widgets to values in the document. refresh() shows what the current tree holds
 * without rebuilding anything (a line edit the user is typing in is left alone); a widget commits
 * once, when the user is done with it (editingFinished for text, at once for check boxes and
 * combo boxes), as one undo step through FormContext::apply(). A value reached through an alias
 * or merge key is shown read-only with a note, because it is written elsewhere in the file.
 *
 * A binding lives as long as its widget.
 */
class FieldBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldBinder)

public:
    /** How text from a widget is written: as a string (quoted when needed) or as plain YAML. */
    enum class Write
    {
        String,
        Plain
    };
    struct Options
    {
        QString description; ///< the undo step's name
        Write write = Write::String;
        bool emptyRemoves = true; ///< an emptied field removes the key instead of writing ""
    };

    explicit FieldBinder(FormContext *context, QObject *parent = nullptr);
    ~FieldBinder() override;

    void bindLineEdit(QLineEdit *edit, const FieldAccess &access, const Options &options);
    void bindCommandEdit(CommandEdit *edit, const FieldAccess &access, const Options &options);
    /**
     * A combo box whose items carry the YAML text in their data (an item with empty data means
     * "not written", e.g. "Default (Redirect)"); an editable combo box writes its text.
     */
    void bindComboBox(QComboBox *combo, const FieldAccess &access, const Options &options);
    /** `defaultValue` is shown when nothing is written. */
    void bindCheckBox(QCheckBox *box, const FieldAccess &access, bool defaultValue, const Options &options);
    /** The spin box's minimum is its special value meaning "not written". */
    void bindSpinBox(QSpinBox *spin, const FieldAccess &access, const Options &options);
    /** Something computed from the tree (a summary label); called on every refresh. */
    void bindDisplay(QObject *owner, std::function<void(const YamlNode &root)> update);

    /** Shows the values of `root` in every bound widget. */
    void refresh(const YamlNode &root);
    /** How many bound values the last refresh found behind an alias or merge key. */
    int inheritedCount() const { return m_inherited; }

    /** The note shown on values that are defined by an anchor. */
    static QString inheritedNote();

private:
    enum class Kind
    {
        LineEdit,
        CommandEdit,
        ComboBox,
        CheckBox,
        SpinBox,
        Display
    };
    struct Binding
    {
        Kind kind;
        QPointer<QObject> object;
        FieldAccess access;
        Options options;
        bool defaultValue = false;
        QString baseToolTip;
        std::function<void(const YamlNode &)> display;
    };
    using BindingPtr = std::shared_ptr<Binding>;

    BindingPtr add(Kind kind, QObject *object, const FieldAccess &access, const Options &options);
    void commit(const BindingPtr &binding, const std::optional<QString> &text);
    void show(const Binding &binding, const YamlNode &root);
    static void markInherited(QWidget *widget, const QString &baseToolTip, bool inherited);

    FormContext *m_context;
    QList<BindingPtr> m_bindings;
    int m_inherited = 0;
};

} // namespace Lagoon
