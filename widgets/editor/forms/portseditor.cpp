// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/portseditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/composelabels.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formyaml.h"

namespace Lagoon {

PortsEditor::PortsEditor(FormContext *context, const QString &service, QWidget *parent)
    : FormBlock(context, parent), m_service(service),
      m_path(ComposeLabels::servicePath(service).child(QStringLiteral("ports")))
{
}

QString PortsEditor::structure(const YamlNode &root) const
{
    const YamlNode ports = FormYaml::locate(root, m_path).node;
    QString text = QString::number(ports.isSequence() ? ports.size() : -1);
    for (qsizetype i = 0; ports.isSequence() && i < ports.size(); ++i)
        text += ports.at(i).isMap() ? QLatin1Char('m') : QLatin1Char('s');
    return text;
}

void PortsEditor::build(QWidget *content, const YamlNode &root)
{
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    const int portWidth = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24;
    const QString tip = tr("A container port (\"8080\"), or host:container (\"8080:80\"). Lagoon only reads the "
                           "container port, for services whose type allows another port.");
    const YamlNode ports = FormYaml::locate(root, m_path).node;
    const int count = ports.isSequence() ? static_cast<int>(ports.size()) : 0;
    int row = 0;
    for (int i = 0; i < count; ++i, ++row) {
        const YamlPath path = m_path.item(i);
        if (ports.at(i).isMap()) {
            auto *note = new QLabel(tr("A port in long syntax (target: %1); edit it in the text.")
                                        .arg(ports.at(i).value(u"target").scalar()),
                                    content);
            note->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(note, row, 0, 1, 1);
        } else {
            auto *edit = new QLineEdit(content);
            edit->setObjectName(QStringLiteral("port-%1-%2").arg(m_service).arg(i));
            edit->setAccessibleName(tr("Port %1").arg(i + 1));
            edit->setToolTip(tip);
            edit->setFixedWidth(portWidth);
            binder()->bindLineEdit(edit, FieldAccess::at(path), {tr("Change port"), FieldBinder::Write::Plain, false});
            grid->addWidget(edit, row, 0);
        }
        auto *remove = new QToolButton(content);
        remove->setObjectName(QStringLiteral("portRemove-%1-%2").arg(m_service).arg(i));
        remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this port"));
        remove->setAccessibleName(tr("Remove port %1").arg(i + 1));
        connect(remove, &QToolButton::clicked, this,
                [this, path] { apply(context()->document()->editor().remove(path), tr("Remove port")); });
        grid->addWidget(remove, row, 1);
    }
    if (count == 0) {
        auto *empty = new QLabel(tr("No ports published."), content);
        empty->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(empty, row++, 0, 1, 3);
    }
    auto *newPort = new QLineEdit(content);
    newPort->setObjectName(QStringLiteral("portNew-%1").arg(m_service));
    newPort->setPlaceholderText(tr("add a port, e.g. 8080"));
    newPort->setAccessibleName(tr("New port"));
    newPort->setToolTip(tip);
    newPort->setFixedWidth(portWidth);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add port"), content);
    add->setObjectName(QStringLiteral("portAdd-%1").arg(m_service));
    const auto addNow = [this, newPort] {
        const QString port = newPort->text().trimmed();
        if (port.isEmpty())
            return;
        focusAfterRebuild(QStringLiteral("portNew-%1").arg(m_service));
        apply(context()->document()->editor().append(m_path, YamlValue::string(port)), tr("Add port"));
    };
    connect(add, &QPushButton::clicked, this, addNow);
    connect(newPort, &QLineEdit::returnPressed, this, addNow);
    grid->addWidget(newPort, row, 0);
    grid->addWidget(add, row, 1);
}

} // namespace Lagoon
