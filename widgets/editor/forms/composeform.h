// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include "widgets/editor/forms/visualform.h"

class QListWidget;
class QScrollArea;

namespace Lagoon {

class ComposeServiceEditor;

/**
 * The visual editor of `docker-compose.yml`: the services on the left (with their lagoon.type),
 * the selected service's Lagoon labels, build/image and ports on the right. Like LagoonYmlForm
 * it writes only minimal patches through the shared document, one undo step per edit.
 */
class ComposeForm final : public VisualForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeForm)

public:
    explicit ComposeForm(EditorDocument *document, QWidget *parent = nullptr);
    ~ComposeForm() override;

    /** The services of the file as last read, in file order (for LagoonYmlForm::setServiceNames()). */
    QStringList serviceNames() const { return m_services; }
    QString selectedService() const;
    void selectService(const QString &name);

Q_SIGNALS:
    /** The file's services were added, removed or renamed. */
    void serviceNamesChanged(const QStringList &names);

protected:
    void showTree(const YamlNode &root) override;
    void setEditable(bool editable) override;
    void invalidateAll() override;

private:
    void updateList(const YamlNode &root);

    QListWidget *m_list;
    QScrollArea *m_area;
    ComposeServiceEditor *m_editor;
    QStringList m_services;
    YamlNode m_root;
};

} // namespace Lagoon
