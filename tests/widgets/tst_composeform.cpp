// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The visual editor of docker-compose.yml: lagoon.* labels, build/image and ports edited like a
// user does it, written as minimal patches in the style the file uses (labels as a map or as
// `key=value` items), with text edits and undo showing up in the form.
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include "tests/support/imagechecks.h"
#include "widgets/common/appearance.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/composeform.h"
#include "widgets/editor/forms/fieldbinder.h"

#include "tests/widgets/formtestsupport.h"

using namespace Lagoon;
using namespace Lagoon::Test;

class tst_ComposeForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EditorDocument> m_document;
    std::unique_ptr<ComposeForm> m_form;

    static QString example()
    {
        return QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example/docker-compose.yml");
    }
    static QString fixture() { return QStringLiteral(LAGOON_TEST_DATA_DIR "/forms/compose-list-labels.yml"); }

    bool open(const QString &source)
    {
        m_form.reset();
        m_document.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString file = m_dir->filePath(QStringLiteral("docker-compose.yml"));
        if (!QFile::copy(source, file))
            return false;
        m_document = std::make_unique<EditorDocument>(file, EditorDocument::Kind::Compose);
        if (!m_document->load())
            return false;
        m_form = std::make_unique<ComposeForm>(m_document.get());
        m_form->resize(1100, 760);
        m_form->show();
        return QTest::qWaitForWindowExposed(m_form.get());
    }

    QByteArray text() const { return m_document->utf8(); }

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_form->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }

    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    void select(const QString &service)
    {
        m_form->selectService(service);
        settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
    }

    void cleanup()
    {
        m_form.reset();
        m_document.reset();
        m_dir.reset();
    }

    void opening_listsServicesAndShowsTheirLabels()
    {
        QVERIFY(open(example()));
        QCOMPARE(m_form->serviceNames(),
                 QStringList({QStringLiteral("cli"), QStringLiteral("nginx"), QStringLiteral("php"),
                              QStringLiteral("mariadb"), QStringLiteral("redis")}));
        QCOMPARE(find<QListWidget>(QStringLiteral("composeServices"))->count(), 5);
        QCOMPARE(m_form->selectedService(), QStringLiteral("cli"));
        QCOMPARE(find<QComboBox>(QStringLiteral("composeType"))->currentData().toString(),
                 QStringLiteral("cli-persistent"));
        QCOMPARE(find<QComboBox>(QStringLiteral("composePersistentName"))->currentText(), QStringLiteral("nginx"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("composeDockerfile"))->text(), QStringLiteral("lagoon/cli.dockerfile"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("composeImage"))->text(), QStringLiteral("drupal-example-cli"));
        select(QStringLiteral("php"));
        QCOMPARE(find<QComboBox>(QStringLiteral("composeName"))->currentText(), QStringLiteral("nginx"));
        select(QStringLiteral("nginx"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("composePersistentSize"))->text(), QStringLiteral("5Gi"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("port-nginx-0"))->text(), QStringLiteral("8080"));
        QVERIFY(find<QLabel>(QStringLiteral("composeTypeHint"))->text().contains(QStringLiteral("8080")));
        QCOMPARE(text(), readFile(example()));
    }

    void choosingLagoonType_replacesTheLabelValue()
    {
        QVERIFY(open(example()));
        select(QStringLiteral("nginx"));
        const QByteArray before = text();
        const YamlNode value = nodeAt(before, QStringLiteral("services.nginx.labels[\"lagoon.type\"]"));
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("composeType")), QStringLiteral("nginx-php")));
        settle();
        QByteArray expected = before;
        expected.replace(value.range().start.offset, value.range().length(), "nginx-php");
        QCOMPARE(text(), expected);
        QVERIFY(find<QLabel>(QStringLiteral("composeTypeHint"))->text().contains(QStringLiteral("php")));
        // The list on the left follows.
        QTRY_COMPARE(find<QListWidget>(QStringLiteral("composeServices"))->item(1)->data(Qt::UserRole + 1).toString(),
                     QStringLiteral("nginx-php"));
    }

    void typingPersistentSize_keepsTheComments()
    {
        QVERIFY(open(example()));
        select(QStringLiteral("nginx"));
        const QByteArray before = text();
        const YamlNode value = nodeAt(before, QStringLiteral("services.nginx.labels[\"lagoon.persistent.size\"]"));
        typeInto(find<QLineEdit>(QStringLiteral("composePersistentSize")), QStringLiteral("20Gi"));
        settle();
        QByteArray expected = before;
        expected.replace(value.range().start.offset, value.range().length(), "20Gi");
        QCOMPARE(text(), expected);
    }

    void editingAPort_keepsItsQuotes()
    {
        QVERIFY(open(example()));
        select(QStringLiteral("nginx"));
        const QByteArray before = text();
        const YamlNode port = nodeAt(before, QStringLiteral("services.nginx.ports[0]"));
        typeInto(find<QLineEdit>(QStringLiteral("port-nginx-0")), QStringLiteral("8081"));
        settle();
        QByteArray expected = before;
        expected.replace(port.range().start.offset, port.range().length(), "\"8081\"");
        QCOMPARE(text(), expected);

        // A new port for mariadb goes after its commented one.
        select(QStringLiteral("mariadb"));
        const QByteArray beforeAdd = text();
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("portNew-mariadb")), QStringLiteral("3307"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("portAdd-mariadb")), Qt::LeftButton);
        settle();
        const YamlNode ports = nodeAt(text(), QStringLiteral("services.mariadb.ports"));
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(1).scalar(), QStringLiteral("3307"));
        QVERIFY(text().contains("- \"3306\" # exposes the port for local database tools\n"));
        const ChangedRegion region = changedRegion(beforeAdd, text());
        QCOMPARE(region.oldEnd, region.start);
        QTRY_VERIFY(m_form->findChild<QLineEdit *>(QStringLiteral("port-mariadb-1")));
    }

    void listLabels_areEditedAsKeyValueItems()
    {
        QVERIFY(open(fixture()));
        QCOMPARE(m_form->selectedService(), QStringLiteral("cli"));
        QCOMPARE(find<QComboBox>(QStringLiteral("composeType"))->currentData().toString(),
                 QStringLiteral("cli-persistent"));
        QCOMPARE(find<QComboBox>(QStringLiteral("composePersistentName"))->currentText(), QStringLiteral("nginx"));

        const QByteArray before = text();
        const YamlNode item = nodeAt(before, QStringLiteral("services.cli.labels[0]"));
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("composeType")), QStringLiteral("cli")));
        settle();
        QByteArray expected = before;
        expected.replace(item.range().start.offset, item.range().length(), "lagoon.type=cli");
        QCOMPARE(text(), expected);

        // A quoted item stays one item, in place, with the new value.
        const QByteArray beforeQuoted = text();
        const YamlNode quoted = nodeAt(beforeQuoted, QStringLiteral("services.cli.labels[1]"));
        auto *volume = find<QComboBox>(QStringLiteral("composePersistentName"));
        volume->lineEdit()->setFocus();
        volume->lineEdit()->selectAll();
        QTest::keyClicks(volume->lineEdit(), QStringLiteral("php"));
        QTest::keyClick(volume->lineEdit(), Qt::Key_Return);
        settle();
        QVERIFY(onlyChangedWithin(beforeQuoted, text(), quoted.range().start.offset, quoted.range().end.offset));
        QCOMPARE(nodeAt(text(), QStringLiteral("services.cli.labels[1]")).scalar(),
                 QStringLiteral("lagoon.persistent.name=php"));
        QVERIFY(text().contains("   # quoted\n"));
    }

    void serviceWithoutLabels_getsThemInTheFilesStyle()
    {
        QVERIFY(open(fixture()));
        select(QStringLiteral("mariadb"));
        const QByteArray before = text();
        QCOMPARE(find<QComboBox>(QStringLiteral("composeType"))->currentData().toString(), QString());
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("composeType")), QStringLiteral("mariadb")));
        settle();
        const YamlNode labels = nodeAt(text(), QStringLiteral("services.mariadb.labels"));
        QVERIFY(labels.isSequence());
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.at(0).scalar(), QStringLiteral("lagoon.type=mariadb"));
        const ChangedRegion region = changedRegion(before, text());
        QCOMPARE(region.oldEnd, region.start); // only added
        QVERIFY(text().contains("      - 3306    # an unquoted number\n"));
    }

    void labelsFromAMergeKey_areReadOnly()
    {
        QVERIFY(open(fixture()));
        select(QStringLiteral("php"));
        auto *path = find<QLineEdit>(QStringLiteral("composePersistent"));
        QCOMPARE(path->text(), QStringLiteral("/app/web/sites/default/files/"));
        QVERIFY(path->isReadOnly());
        QVERIFY(path->toolTip().contains(FieldBinder::inheritedNote()));
        QVERIFY(find<QComboBox>(QStringLiteral("composeType"))->isEnabled());
        QCOMPARE(find<QComboBox>(QStringLiteral("composeName"))->currentText(), QStringLiteral("nginx"));
    }

    void dockerfileForAStringBuild_makesBuildAMap()
    {
        QVERIFY(open(fixture()));
        const QByteArray before = text();
        QCOMPARE(find<QLineEdit>(QStringLiteral("composeBuildContext"))->text(), QStringLiteral("."));
        typeInto(find<QLineEdit>(QStringLiteral("composeDockerfile")), QStringLiteral("cli.dockerfile"));
        settle();
        QCOMPARE(nodeAt(text(), QStringLiteral("services.cli.build.context")).scalar(), QStringLiteral("."));
        QCOMPARE(nodeAt(text(), QStringLiteral("services.cli.build.dockerfile")).scalar(),
                 QStringLiteral("cli.dockerfile"));
        const auto [from, to] = linesOf(before, nodeAt(before, QStringLiteral("services.cli.build")));
        QVERIFY(onlyChangedWithin(before, text(), from, to));
        QVERIFY(text().startsWith(before.left(from)));
    }

    void textEditsAndUndo_showInTheForm()
    {
        QVERIFY(open(example()));
        select(QStringLiteral("nginx"));
        const QByteArray original = text();
        QPointer<QLineEdit> size = find<QLineEdit>(QStringLiteral("composePersistentSize"));
        QTextCursor cursor(m_document->textDocument());
        const int at = static_cast<int>(text().indexOf("5Gi"));
        cursor.setPosition(at);
        cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("8"));
        QTRY_COMPARE(size->text(), QStringLiteral("8Gi"));
        QVERIFY(size); // updated in place
        m_document->textDocument()->undo();
        settle();
        QCOMPARE(text(), original);
        QCOMPARE(size->text(), QStringLiteral("5Gi"));

        // A form edit, then undo: the exact original bytes and the old value on screen.
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("composeType")), QStringLiteral("nginx")));
        settle();
        QVERIFY(text() != original);
        m_document->textDocument()->undo();
        settle();
        QCOMPARE(text(), original);
        QCOMPARE(find<QComboBox>(QStringLiteral("composeType"))->currentData().toString(),
                 QStringLiteral("nginx-php-persistent"));

        // A service renamed in the text renames it in the list.
        QSignalSpy names(m_form.get(), &ComposeForm::serviceNamesChanged);
        const int redis = static_cast<int>(text().indexOf("  redis:"));
        cursor.setPosition(redis + 2);
        cursor.setPosition(redis + 7, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("valkey"));
        QTRY_COMPARE(names.count(), 1);
        QCOMPARE(m_form->serviceNames().constLast(), QStringLiteral("valkey"));
        QCOMPARE(m_form->selectedService(), QStringLiteral("nginx"));
    }

    void screenshots()
    {
        QVERIFY(open(example()));
        const QString dir =
            qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(dir));
        select(QStringLiteral("nginx"));
        QTest::qWait(50);
        QImage image = m_form->grab().toImage();
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("editor-form-compose-nginx.png"))));
        select(QStringLiteral("cli"));
        QTest::qWait(50);
        image = m_form->grab().toImage();
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("editor-form-compose-cli.png"))));
        m_form->resize(720, 760);
        QTest::qWait(50);
        QVERIFY(m_form->grab().save(QDir(dir).filePath(QStringLiteral("editor-form-compose-cli-narrow.png"))));
        m_form->resize(1100, 760);
        Appearance::applyColorScheme(qApp, QStringLiteral("dark"));
        select(QStringLiteral("nginx"));
        QTest::qWait(50);
        image = m_form->grab().toImage();
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
        QVERIFY2(Lagoon::Test::darkShare(image) > 0.6, qPrintable(QString::number(Lagoon::Test::darkShare(image))));
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("editor-form-compose-nginx-dark.png"))));
    }
};

QTEST_MAIN(tst_ComposeForm)
#include "tst_composeform.moc"
