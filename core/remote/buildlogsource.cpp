// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/buildlogsource.h"

namespace Lagoon {

BuildLogSource::BuildLogSource(QObject *parent) : QObject(parent)
{
}

BuildLogSource::~BuildLogSource() = default;

} // namespace Lagoon
