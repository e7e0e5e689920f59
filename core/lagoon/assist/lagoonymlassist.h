// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/lagoon/assist/editorassist.h"

namespace Lagoon {

class YamlCursorContext;

/** EditorAssist for `.lagoon.yml`: proposals and help from LagoonYmlSchema. */
class LagoonYmlAssist final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonYmlAssist)

public:
    static CompletionResult complete(const YamlCursorContext &ctx, const QStringList &serviceNames);
    static HoverInfo hover(const YamlCursorContext &ctx, const QByteArray &text);
};

} // namespace Lagoon
