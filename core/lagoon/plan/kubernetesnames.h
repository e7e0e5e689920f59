// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace Lagoon::KubernetesNames {

/**
 * k8s.io/apimachinery's IsDNS1123Subdomain: the messages it returns (empty when valid), e.g.
 * "a lowercase RFC 1123 subdomain must consist of …". Lagoon prints them as a Go list.
 */
QStringList dns1123SubdomainErrors(const QString &value);

/** IsDNS1035Label: ≤63 chars, `[a-z]([-a-z0-9]*[a-z0-9])?`. */
bool isDns1035Label(const QString &value);

/** IsValidLabelValue: ≤63 chars, empty or `(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])`. */
bool isValidLabelValue(const QString &value);

/** Why an annotation key is not a qualified name (`[prefix/]name`), or nullopt. */
std::optional<QString> qualifiedNameError(const QString &key);

/** A Go-formatted list of strings as fmt prints `%v` of a []string: `[a b]`. */
QString goList(const QStringList &items);

/**
 * A Kubernetes resource quantity ("5Gi", "500M", "1.5Ti") in bytes; nullopt with Kubernetes'
 * error text when it does not parse.
 */
std::optional<double> quantityBytes(const QString &quantity, QString *error = nullptr);

} // namespace Lagoon::KubernetesNames
