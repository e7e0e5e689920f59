// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/edit/yamlpath.h"

#include "widgets/editor/forms/fieldaccess.h"
#include "widgets/editor/forms/formblock.h"

class QVBoxLayout;

namespace Lagoon {

class FormCard;

/**
 * The custom routes of one environment (or of production_routes.active / .standby): a card per
 * service with its domains and their main options (Let's Encrypt, plain HTTP, HSTS), and rows to
 * add a domain or a service. Routes are written as Lagoon reads them:
 *
 *     routes:
 *       - nginx:
 *           - www.example.com:
 *               tls-acme: true
 *           - example.com
 *
 * Setting an option on a plain `- example.com` turns it into the `- example.com: {...}` form.
 * Object names carry `prefix`, the item and the domain index ("routeDomain-main-0-1"), so tests
 * and focus restoring can find a field.
 */
class RoutesEditor final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutesEditor)

public:
    RoutesEditor(FormContext *context, const YamlPath &routesPath, const QString &prefix, const QString &emptyText,
                 QWidget *parent = nullptr);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    /** Where the domain list of service `key` of routes item `item` is (the service name is read from the tree). */
    FieldAccess::PathFunction servicePath(int item, int key) const;
    FieldAccess::PathFunction entryPath(int item, int key, int entry) const;
    FieldAccess domainAccess(int item, int key, int entry) const;
    /** A route option; `spellings` are the keys Lagoon accepts for it, the first one is written. */
    FieldAccess optionAccess(int item, int key, int entry, const QStringList &spellings) const;
    FieldAccess serviceAccess(int item, int key) const;

    FormCard *buildServiceCard(QWidget *parent, const YamlNode &root, int item, int key, const QString &service);
    void addDomainRow(FormCard *card, QVBoxLayout *layout, int item, int key, int entry);
    QWidget *buildAddServiceRow(QWidget *parent);
    void removeService(int item, int key);
    QString name(const QString &what, int item, int key = -1, int entry = -1) const;
    QString blockName(const QString &what) const;

    YamlPath m_path;
    QString m_prefix;
    QString m_emptyText;
};

} // namespace Lagoon
