// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/servicecombobox.h"

#include <QLineEdit>
#include <QSignalBlocker>

#include "widgets/common/accessiblecomboname.h"
#include "widgets/editor/forms/formcontext.h"

namespace Lagoon {

ServiceComboBox::ServiceComboBox(FormContext *context, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    AccessibleComboName::follow(this);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    lineEdit()->setPlaceholderText(tr("service"));
    setServiceNames(context->serviceNames());
    connect(context, &FormContext::serviceNamesChanged, this, &ServiceComboBox::setServiceNames);
}

void ServiceComboBox::setServiceNames(const QStringList &names)
{
    const QSignalBlocker blocker(this);
    const QString text = currentText();
    const bool modified = lineEdit()->isModified();
    clear();
    addItems(names);
    setEditText(text);
    lineEdit()->setModified(modified);
}

} // namespace Lagoon
