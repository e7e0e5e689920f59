// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/**
 * One service of a compose file as Lagoon sees it: its `lagoon.type` (with what that type means),
 * `lagoon.name` grouping, persistent storage labels, build or image, and ports.
 * Object names: "composeType", "composeName", "composePersistent", "composePersistentName",
 * "composePersistentSize", "composeBuildContext", "composeDockerfile", "composeImage".
 */
class ComposeServiceEditor final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeServiceEditor)

public:
    explicit ComposeServiceEditor(FormContext *context, QWidget *parent = nullptr);

    QString service() const { return m_service; }
    /** Shows `name` (empty: an empty state) at the next refresh(). */
    void setService(const QString &name);

    /** What a lagoon.type means for the service, in a sentence or two. */
    static QString describeType(const QString &type);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    QString m_service;
};

} // namespace Lagoon
