// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/toplevelreader.h"

#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include "core/yaml/yamldocument.h"

namespace Lagoon {

struct TopLevelReader::Impl
{
    YamlDocument document;
};

TopLevelReader::TopLevelReader(const QString &path)
    : m_path(path)
{
}

Result<void> TopLevelReader::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::ReadFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader", "Cannot read %1: %2")
                             .arg(m_path, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        return makeError(Error::Code::ReadFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader",
                                                     "%1 is %2, larger than the %3 this tool reads")
                             .arg(m_path, QLocale().formattedDataSize(file.size()),
                                  QLocale().formattedDataSize(MaxFileSize)));
    }
    m_content = file.readAll();
    if (m_content.contains('\0')) {
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader",
                                                     "%1 is a binary file, not YAML").arg(m_path));
    }
    auto impl = std::make_shared<Impl>();
    impl->document = YamlDocument::parse(m_content, m_path);
    for (const Diagnostic &d : impl->document.diagnostics()) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        m_errorLine = d.line;
        m_errorColumn = d.column;
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader", "%1 is not valid YAML: %2")
                             .arg(m_path, d.message),
                         QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message));
    }
    m_impl = std::move(impl);
    return {};
}

Result<std::optional<QString>> TopLevelReader::scalar(const QString &key) const
{
    if (!m_impl || !m_impl->document.root().isMap())
        return std::optional<QString>{};
    const YamlNode value = m_impl->document.root().value(key);
    if (!value.isValid() || value.isNull())
        return std::optional<QString>{};
    if (!value.isScalar()) {
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader", "%1 must be a single value").arg(key));
    }
    return std::optional<QString>{value.scalar()};
}

} // namespace Lagoon
