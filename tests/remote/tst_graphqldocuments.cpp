// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QTest>

#include "core/remote/graphqldocuments.h"
#include "core/remote/graphqlrequest.h"

using namespace Lagoon;

class tst_GraphQLDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationNames_everyShippedFile()
    {
        QStringList files = QDir(QStringLiteral(LAGOON_SOURCE_DIR "/resources/graphql"))
                                .entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name);
        for (QString &file : files)
            file.chop(int(qstrlen(".graphql")));
        QCOMPARE(GraphQLDocuments::operationNames(), files);
    }

    void document_everyShipped_declaresItsOperationWithoutComments()
    {
        const QStringList names = GraphQLDocuments::operationNames();
        QVERIFY(names.size() >= 24);
        for (const QString &name : names) {
            const auto document = GraphQLDocuments::document(name);
            QVERIFY2(document, qPrintable(name));
            QVERIFY2(!document->contains(QLatin1String("SPDX")), qPrintable(name));
            QVERIFY2(!document->startsWith(QLatin1Char('#')), qPrintable(name));
            QVERIFY2(document->contains(QLatin1Char(' ') + name), qPrintable(name));
        }
        QVERIFY(GraphQLDocuments::document(QStringLiteral("DeploymentChanged"))->startsWith(QLatin1String("subscription DeploymentChanged(")));
    }

    void document_unknownOrHostileName_isNotFound()
    {
        for (const QString &name : {QStringLiteral("NoSuchOperation"), QStringLiteral("../graphql/Me"), QString()}) {
            const auto document = GraphQLDocuments::document(name);
            QVERIFY(!document);
            QCOMPARE(document.error().code, Error::Code::NotFound);
        }
    }

    void shippedRequest_carriesNameAndVariables()
    {
        const auto request = GraphQLRequest::shipped(QStringLiteral("EnvironmentDeployments"), {{QStringLiteral("environment"), 3}});
        QVERIFY(request);
        const QJsonObject json = request->toJson();
        QCOMPARE(json.value(QStringLiteral("operationName")).toString(), QStringLiteral("EnvironmentDeployments"));
        QCOMPARE(json.value(QStringLiteral("variables")).toObject().value(QStringLiteral("environment")).toInt(), 3);
        QVERIFY(json.value(QStringLiteral("query")).toString().startsWith(QLatin1String("query EnvironmentDeployments(")));
        QVERIFY(!GraphQLRequest::shipped(QStringLiteral("Nope")));
    }
};

QTEST_GUILESS_MAIN(tst_GraphQLDocuments)
#include "tst_graphqldocuments.moc"
