// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>

namespace Lagoon {

class FormContext;

/**
 * Where a form expects a compose service (a cronjob's, a task's, a route's): an editable combo
 * box offering the services of the compose file, which keeps its list current as the compose
 * file changes. Any text may be typed, because Lagoon also accepts lagoon.name groups.
 */
class ServiceComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceComboBox)

public:
    explicit ServiceComboBox(FormContext *context, QWidget *parent = nullptr);

    /** Replaces the offered services and keeps the text that is shown. */
    void setServiceNames(const QStringList &names);
};

} // namespace Lagoon
