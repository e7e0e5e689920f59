// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QTest>

#include "core/project/projectscanner.h"
#include "widgets/models/projectfilesmodel.h"

using namespace Lagoon;

class tst_ProjectFilesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model_exampleProject_listsFilesWithStatus()
    {
        ProjectFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto files = ProjectScanner::scan(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(files.has_value());
        model.setFiles(*files);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ProjectFilesModel::ColumnCount));
        QCOMPARE(model.index(0, ProjectFilesModel::FileColumn).data().toString(), QStringLiteral(".lagoon.yml"));
        QCOMPARE(model.index(0, ProjectFilesModel::StatusColumn).data().toString(), QStringLiteral("Found"));
        QVERIFY(model.index(1, ProjectFilesModel::PurposeColumn).data().toString().contains(QStringLiteral("docker-compose-yaml")));
        QVERIFY(model.index(0, 0).data(ProjectFilesModel::AbsolutePathRole).toString().endsWith(QStringLiteral("/.lagoon.yml")));
        QVERIFY(!model.index(0, ProjectFilesModel::SizeColumn).data().toString().isEmpty());
    }

    void model_missingRequiredFile_saysMissing()
    {
        ProjectFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProjectFiles files;
        files.root = QStringLiteral("/p");
        files.files.append(ProjectFile{ProjectFile::Role::Compose, QStringLiteral("docker-compose.yml"), false, true, 0});
        model.setFiles(files);
        QCOMPARE(model.index(0, ProjectFilesModel::StatusColumn).data().toString(), QStringLiteral("Missing"));
        QCOMPARE(model.index(0, 0).data(ProjectFilesModel::ExistsRole).toBool(), false);
        QVERIFY(model.index(0, ProjectFilesModel::SizeColumn).data().toString().isEmpty());
        model.setFiles(ProjectFiles{});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_ProjectFilesModel)
#include "tst_projectfilesmodel.moc"
