// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/secretstore.h"

namespace Lagoon {

// Out of line so the vtable and moc output live in one translation unit.
SecretStore::~SecretStore() = default;

} // namespace Lagoon
