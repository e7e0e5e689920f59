// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/toplevelreader.h"

#include <memory>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QFile>

namespace Lagoon {

struct TopLevelReader::Impl
{
    YAML::Node root;
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
                                                     "%1 is %2 MB, larger than the %3 MB this tool reads")
                             .arg(m_path)
                             .arg(file.size() / (1024 * 1024))
                             .arg(MaxFileSize / (1024 * 1024)));
    }
    m_content = file.readAll();
    if (m_content.contains('\0')) {
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader",
                                                     "%1 is a binary file, not YAML").arg(m_path));
    }
    try {
        auto impl = std::make_shared<Impl>();
        impl->root = YAML::Load(m_content.toStdString());
        m_impl = std::move(impl);
    } catch (const YAML::Exception &e) {
        // yaml-cpp marks are 0-based; people count from 1.
        m_errorLine = e.mark.is_null() ? 0 : e.mark.line + 1;
        m_errorColumn = e.mark.is_null() ? 0 : e.mark.column + 1;
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::TopLevelReader", "%1 is not valid YAML: %2")
                             .arg(m_path, QString::fromStdString(e.msg)),
                         QStringLiteral("%1:%2: %3").arg(m_errorLine).arg(m_errorColumn).arg(QString::fromStdString(e.msg)));
    }
    return {};
}

Result<std::optional<QString>> TopLevelReader::scalar(const QString &key) const
{
    if (!m_impl || !m_impl->root.IsMap())
        return std::optional<QString>{};
    try {
        const YAML::Node value = m_impl->root[key.toStdString()];
        if (!value.IsDefined() || value.IsNull())
            return std::optional<QString>{};
        if (!value.IsScalar()) {
            return makeError(Error::Code::ParseFailed,
                             QCoreApplication::translate("Lagoon::TopLevelReader", "%1 must be a single value")
                                 .arg(key));
        }
        return std::optional<QString>{QString::fromStdString(value.Scalar())};
    } catch (const YAML::Exception &e) {
        return makeError(Error::Code::ParseFailed, QString::fromStdString(e.msg));
    }
}

} // namespace Lagoon
