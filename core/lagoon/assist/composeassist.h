// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/lagoon/assist/editorassist.h"

namespace Lagoon {

class YamlCursorContext;

/**
 * EditorAssist for `docker-compose.yml`: top-level, service, build and volume keys, the
 * `lagoon.*` labels in map (`lagoon.type: nginx`) and list (`- lagoon.type=nginx`) form, their
 * values, and service names for `depends_on`.
 */
class ComposeAssist final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeAssist)

public:
    static CompletionResult complete(const YamlCursorContext &ctx, const QByteArray &text, qsizetype offset,
                                     const QStringList &serviceNames);
    static HoverInfo hover(const YamlCursorContext &ctx, const QByteArray &text, qsizetype offset);
};

} // namespace Lagoon
