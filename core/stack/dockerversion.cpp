// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerversion.h"

namespace Lagoon {

std::optional<DockerApiVersion> DockerApiVersion::parse(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    bool okMajor = false;
    bool okMinor = false;
    const int majorPart = trimmed.left(dot).toInt(&okMajor);
    const int minorPart = trimmed.mid(dot + 1).toInt(&okMinor);
    if (!okMajor || !okMinor || majorPart <= 0 || minorPart < 0)
        return std::nullopt;
    return DockerApiVersion{majorPart, minorPart};
}

QString DockerApiVersion::toString() const
{
    return QString(QString::number(majorVersion) + QLatin1Char('.') + QString::number(minorVersion));
}

DockerVersion DockerVersion::fromJson(const QJsonObject &object)
{
    DockerVersion v;
    v.engineApi = DockerApiVersion::parse(object.value(QLatin1String("ApiVersion")).toString()).value_or(DockerApiVersion{});
    v.engineMinimumApi =
        DockerApiVersion::parse(object.value(QLatin1String("MinAPIVersion")).toString()).value_or(DockerApiVersion{});
    v.engineVersion = object.value(QLatin1String("Version")).toString();
    v.os = object.value(QLatin1String("Os")).toString();
    v.arch = object.value(QLatin1String("Arch")).toString();
    v.kernelVersion = object.value(QLatin1String("KernelVersion")).toString();
    return v;
}

} // namespace Lagoon
