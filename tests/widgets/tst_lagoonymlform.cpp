// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The visual editor of .lagoon.yml, driven like a user drives it: every edit must change exactly
// the intended value and leave every other byte of the file as it was; text edits and undo must
// show up in the form without replacing the widget someone is using.
#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

#include "tests/support/imagechecks.h"
#include "core/lagoon/config/lagooncron.h"
#include "core/lagoon/config/namespacename.h"

#include "widgets/common/appearance.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/commandedit.h"
#include "widgets/editor/forms/cronfield.h"
#include "widgets/editor/forms/environmentssection.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/lagoonymlform.h"

#include "tests/widgets/formtestsupport.h"

using namespace Lagoon;
using namespace Lagoon::Test;

class tst_LagoonYmlForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EditorDocument> m_document;
    std::unique_ptr<LagoonYmlForm> m_form;

    static QString example()
    {
        return QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example/.lagoon.yml");
    }
    static QString fixture() { return QStringLiteral(LAGOON_TEST_DATA_DIR "/forms/lagoon-commented.yml"); }

    bool open(const QString &source)
    {
        m_form.reset();
        m_document.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString file = m_dir->filePath(QStringLiteral(".lagoon.yml"));
        if (!QFile::copy(source, file))
            return false;
        m_document = std::make_unique<EditorDocument>(file, EditorDocument::Kind::LagoonYml);
        if (!m_document->load())
            return false;
        m_form = std::make_unique<LagoonYmlForm>(m_document.get());
        m_form->setServiceNames({QStringLiteral("cli"), QStringLiteral("nginx"), QStringLiteral("php"),
                                 QStringLiteral("mariadb"), QStringLiteral("redis")});
        m_form->setProjectName(QStringLiteral("drupal-example"));
        m_form->resize(1180, 780);
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

    /** Lets the form take in the text change (it refreshes once per turn of the event loop). */
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
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

    void opening_showsTheFileInEverySection()
    {
        QVERIFY(open(example()));
        QCOMPARE(find<QListWidget>(QStringLiteral("environmentList"))->count(), 2);
        QCOMPARE(find<QLineEdit>(QStringLiteral("routeDomain-main-0-0-0"))->text(),
                 QStringLiteral("www.drupal-example.com"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("routeDomain-main-0-0-1"))->text(),
                 QStringLiteral("drupal-example.com"));
        QVERIFY(find<QCheckBox>(QStringLiteral("routeTlsAcme-main-0-0-0"))->isChecked());
        QVERIFY(find<QCheckBox>(QStringLiteral("routeHsts-main-0-0-0"))->isChecked());
        QCOMPARE(find<QComboBox>(QStringLiteral("routeInsecure-main-0-0-0"))->currentData().toString(),
                 QStringLiteral("Redirect"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("cronName-main-1"))->text(), QStringLiteral("nightly cache warm-up"));
        QCOMPARE(find<QComboBox>(QStringLiteral("cronService-main-0"))->currentText(), QStringLiteral("cli"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("taskName-post-rollout-1"))->text(), QStringLiteral("drush deploy"));
        QCOMPARE(find<CommandEdit>(QStringLiteral("taskCommand-post-rollout-0"))->toPlainText(),
                 QStringLiteral("if ! drush status --fields=bootstrap | grep -q \"Successful\"; then\n"
                                "  drush -y site:install --existing-config\nfi\n"));
        QVERIFY(find<QCheckBox>(QStringLiteral("gitSha"))->isChecked());
        QCOMPARE(find<QSpinBox>(QStringLiteral("backupRetention-monthly"))->value(), 1);
        QCOMPARE(find<QSpinBox>(QStringLiteral("backupRetention-hourly"))->value(), 0);
        QCOMPARE(find<QComboBox>(QStringLiteral("autogenerateInsecure"))->currentData().toString(),
                 QStringLiteral("Redirect"));
        // Nothing was written by showing the file.
        QCOMPARE(text(), readFile(example()));
        QVERIFY(!m_document->isModified());
    }

    void typingADomain_renamesOnlyThatDomain()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        const YamlNode key = nodeAt(before, QStringLiteral("environments.main.routes[0].nginx[0]")).entries().at(0).key;
        typeInto(find<QLineEdit>(QStringLiteral("routeDomain-main-0-0-0")), QStringLiteral("www.drupal-example.org"));
        settle();
        QByteArray expected = before;
        expected.replace(key.range().start.offset, key.range().length(), "www.drupal-example.org");
        QCOMPARE(text(), expected);
        const YamlNode options = nodeAt(text(), QStringLiteral("environments.main.routes[0].nginx[0]"));
        QCOMPARE(options.entries().at(0).key.scalar(), QStringLiteral("www.drupal-example.org"));
        QCOMPARE(options.entries().at(0).value.value(u"hstsEnabled").scalar(), QStringLiteral("true"));
        // The field the user typed in is still there, showing what they typed.
        QCOMPARE(find<QLineEdit>(QStringLiteral("routeDomain-main-0-0-0"))->text(),
                 QStringLiteral("www.drupal-example.org"));
    }

    void togglingTlsAcme_writesFalseInPlace()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        const YamlNode value =
            nodeAt(before, QStringLiteral("environments.main.routes[0].nginx[0][\"www.drupal-example.com\"].tls-acme"));
        QVERIFY(value.isScalar());
        auto *box = find<QCheckBox>(QStringLiteral("routeTlsAcme-main-0-0-0"));
        clickCheckBox(box);
        settle();
        QByteArray expected = before;
        expected.replace(value.range().start.offset, value.range().length(), "false");
        QCOMPARE(text(), expected);
        QVERIFY(!box->isChecked());
    }

    void optionOnAPlainDomain_turnsItIntoAMapOnItsLine()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        const YamlNode entry = nodeAt(before, QStringLiteral("environments.main.routes[0].nginx[1]"));
        QCOMPARE(entry.scalar(), QStringLiteral("drupal-example.com"));
        clickCheckBox(find<QCheckBox>(QStringLiteral("routeTlsAcme-main-0-0-1")));
        settle();
        const auto [from, to] = linesOf(before, entry);
        QVERIFY(onlyChangedWithin(before, text(), from, to));
        const YamlNode after = nodeAt(text(), QStringLiteral("environments.main.routes[0].nginx[1]"));
        QVERIFY(after.isMap());
        QCOMPARE(after.entries().at(0).key.scalar(), QStringLiteral("drupal-example.com"));
        QCOMPARE(after.entries().at(0).value.value(u"tls-acme").scalar(), QStringLiteral("false"));
        QVERIFY(YamlDocument::parse(text(), QStringLiteral("x")).isValid());
        // The rest of the routes are as they were.
        QCOMPARE(nodeAt(text(), QStringLiteral("environments.main.routes[0].nginx")).size(), 2);
    }

    void choosingInsecure_replacesTheValue()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        const YamlNode value =
            nodeAt(before, QStringLiteral("environments.main.routes[0].nginx[0][\"www.drupal-example.com\"].insecure"));
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("routeInsecure-main-0-0-0")), QStringLiteral("Allow")));
        settle();
        QByteArray expected = before;
        expected.replace(value.range().start.offset, value.range().length(), "Allow");
        QCOMPARE(text(), expected);
    }

    void choosingDefault_removesTheKeyLine()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        const YamlNode value =
            nodeAt(before, QStringLiteral("environments.main.routes[0].nginx[0][\"www.drupal-example.com\"].insecure"));
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("routeInsecure-main-0-0-0")), QString()));
        settle();
        // Exactly the key's line is gone.
        const auto [from, to] = linesOf(before, value);
        QCOMPARE(text(), before.left(from) + before.mid(to));
        QVERIFY(
            !nodeAt(text(), QStringLiteral("environments.main.routes[0].nginx[0][\"www.drupal-example.com\"].insecure"))
                 .isValid());
        QVERIFY(nodeAt(text(),
                       QStringLiteral("environments.main.routes[0].nginx[0][\"www.drupal-example.com\"].hstsEnabled"))
                    .isValid());
    }

    void addingADomain_appendsOneItem()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        auto *domain = find<QLineEdit>(QStringLiteral("routeNewDomain-main-0-0"));
        QTest::keyClicks(domain, QStringLiteral("shop.drupal-example.com"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("routeAddDomain-main-0-0")), Qt::LeftButton);
        settle();
        const YamlNode list = nodeAt(text(), QStringLiteral("environments.main.routes[0].nginx"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).scalar(), QStringLiteral("shop.drupal-example.com"));
        const ChangedRegion region = changedRegion(before, text());
        QCOMPARE(region.oldEnd, region.start); // only inserted
        // The form shows the new domain in a field of its own.
        QTRY_COMPARE(m_form->findChild<QLineEdit *>(QStringLiteral("routeDomain-main-0-0-2"))->text(),
                     QStringLiteral("shop.drupal-example.com"));
    }

    void tasks_addRemoveAndReorder()
    {
        QVERIFY(open(example()));
        m_form->showSection(LagoonYmlForm::Section::Tasks);
        m_form->activateWindow();
        const QByteArray original = text();

        // Move "drush deploy" before the install task.
        QTest::mouseClick(find<QToolButton>(QStringLiteral("taskUp-post-rollout-1")), Qt::LeftButton);
        settle();
        const YamlNode post = nodeAt(text(), QStringLiteral("tasks.post-rollout"));
        QCOMPARE(post.at(0).value(u"run").value(u"name").scalar(), QStringLiteral("drush deploy"));
        QCOMPARE(post.at(1).value(u"run").value(u"name").scalar(),
                 QStringLiteral("Install Drupal on the first deployment"));
        // The same lines, in another order, inside the post-rollout list only.
        QList<QByteArray> beforeLines = original.split('\n');
        QList<QByteArray> afterLines = text().split('\n');
        std::sort(beforeLines.begin(), beforeLines.end());
        std::sort(afterLines.begin(), afterLines.end());
        QCOMPARE(afterLines, beforeLines);
        const YamlNode list = nodeAt(original, QStringLiteral("tasks.post-rollout"));
        const auto [from, to] = linesOf(original, list);
        QVERIFY(onlyChangedWithin(original, text(), from, to));
        QCOMPARE(find<QLineEdit>(QStringLiteral("taskName-post-rollout-0"))->text(), QStringLiteral("drush deploy"));

        // Move it back down: the file is as it was.
        QTest::mouseClick(find<QToolButton>(QStringLiteral("taskDown-post-rollout-0")), Qt::LeftButton);
        settle();
        QCOMPARE(text(), original);

        // Add a task to pre-rollout.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("taskAdd-pre-rollout")), Qt::LeftButton);
        settle();
        const YamlNode pre = nodeAt(text(), QStringLiteral("tasks.pre-rollout"));
        QCOMPARE(pre.size(), 2);
        QCOMPARE(pre.at(1).value(u"run").value(u"service").scalar(), QStringLiteral("cli"));
        QCOMPARE(changedRegion(original, text()).oldEnd, changedRegion(original, text()).start);
        QTRY_VERIFY(m_form->findChild<QLineEdit *>(QStringLiteral("taskName-pre-rollout-1")));
        auto *name = find<QLineEdit>(QStringLiteral("taskName-pre-rollout-1"));
        // The new task's name has the focus, ready to be typed.
        QTRY_VERIFY(name->hasFocus());
        typeInto(name, QStringLiteral("warm the cache"));
        settle();
        QCOMPARE(nodeAt(text(), QStringLiteral("tasks.pre-rollout[1].run.name")).scalar(),
                 QStringLiteral("warm the cache"));

        // Remove it again: back to the original bytes.
        QTest::mouseClick(find<QToolButton>(QStringLiteral("taskRemove-pre-rollout-1")), Qt::LeftButton);
        settle();
        QCOMPARE(text(), original);
        QTRY_VERIFY(!m_form->findChild<QLineEdit *>(QStringLiteral("taskName-pre-rollout-1")));
    }

    void addingACronjob_appendsAndFocusesItsName()
    {
        QVERIFY(open(example()));
        const QByteArray before = text();
        auto *environments = find<QListWidget>(QStringLiteral("environmentList"));
        environments->setCurrentRow(1); // develop
        QTRY_VERIFY(m_form->findChild<QPushButton *>(QStringLiteral("cronAdd-develop")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("cronAdd-develop")), Qt::LeftButton);
        settle();
        const YamlNode cronjobs = nodeAt(text(), QStringLiteral("environments.develop.cronjobs"));
        QCOMPARE(cronjobs.size(), 2);
        QCOMPARE(cronjobs.at(1).value(u"schedule").scalar(), QStringLiteral("M * * * *"));
        QCOMPARE(cronjobs.at(1).value(u"service").scalar(), QStringLiteral("cli"));
        const ChangedRegion region = changedRegion(before, text());
        QCOMPARE(region.oldEnd, region.start);
        QTRY_VERIFY(m_form->findChild<QLineEdit *>(QStringLiteral("cronName-develop-1")));
        // The main environment's cronjobs were not touched.
        QCOMPARE(nodeAt(text(), QStringLiteral("environments.main.cronjobs")).size(), 2);
    }

    void cronField_explainsTheScheduleAndTheMinute()
    {
        QVERIFY(open(example()));
        auto *field = find<CronField>(QStringLiteral("cronScheduleField-main-0"));
        const QString ns = NamespaceName::forEnvironment(QStringLiteral("drupal-example"), QStringLiteral("main"));
        QCOMPARE(field->namespaceName(), ns);
        const QString installed = *LagoonCron::standardize(QStringLiteral("M/15 * * * *"), ns);
        // The minute Lagoon picks for this namespace, in words; the installed schedule for screen readers.
        const QString minute = installed.section(QLatin1Char(','), 0, 0);
        QVERIFY2(field->explanation().contains(QStringLiteral("minute %1 ").arg(minute)),
                 qPrintable(field->explanation()));
        QVERIFY(field->lineEdit()->accessibleDescription().contains(installed));
        // While typing, the explanation follows; an invalid schedule shows Lagoon's message; nothing is written.
        const QByteArray before = text();
        field->lineEdit()->setFocus();
        field->lineEdit()->selectAll();
        QTest::keyClicks(field->lineEdit(), QStringLiteral("M/15 * *"));
        QVERIFY2(field->explanation().contains(QStringLiteral("3 fields provided")), qPrintable(field->explanation()));
        QCOMPARE(text(), before);
    }

    void editingTheText_updatesTheFieldsInPlace()
    {
        QVERIFY(open(example()));
        QPointer<QLineEdit> name = find<QLineEdit>(QStringLiteral("cronName-main-0"));
        QPointer<QCheckBox> tls = find<QCheckBox>(QStringLiteral("routeTlsAcme-main-0-0-0"));
        const qsizetype at = text().indexOf("name: drush cron") + 16;
        QTextCursor cursor(m_document->textDocument());
        cursor.setPosition(static_cast<int>(at));
        cursor.insertText(QStringLiteral(" every 15 minutes"));
        const qsizetype tlsAt = text().indexOf("tls-acme: true") + 10;
        cursor.setPosition(static_cast<int>(tlsAt));
        cursor.setPosition(static_cast<int>(tlsAt + 4), QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("false"));
        QTRY_COMPARE(name->text(), QStringLiteral("drush cron every 15 minutes"));
        QVERIFY(!tls->isChecked());
        // Same widgets: nothing was rebuilt for a change of values.
        QVERIFY(name);
        QVERIFY(tls);
        QCOMPARE(find<QLineEdit>(QStringLiteral("cronName-main-0")), name.data());
    }

    void typingInAField_survivesATextChangeElsewhere()
    {
        QVERIFY(open(example()));
        m_form->activateWindow();
        QPointer<QLineEdit> name = find<QLineEdit>(QStringLiteral("cronName-main-1"));
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral(" (half typed"));
        // Someone else changes the text: another value, and a whole new environment.
        QTextCursor cursor(m_document->textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n# appended\n"));
        settle();
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("nightly cache warm-up (half typed"));
        QVERIFY(name->hasFocus());
        QTest::keyClick(name, Qt::Key_Return);
        settle();
        QCOMPARE(nodeAt(text(), QStringLiteral("environments.main.cronjobs[1].name")).scalar(),
                 QStringLiteral("nightly cache warm-up (half typed"));
    }

    void undo_restoresTheTextAndTheForm()
    {
        QVERIFY(open(example()));
        const QByteArray original = text();
        typeInto(find<QLineEdit>(QStringLiteral("cronName-main-0")), QStringLiteral("cron"));
        settle();
        QVERIFY(text() != original);
        clickCheckBox(find<QCheckBox>(QStringLiteral("routeHsts-main-0-0-0")));
        settle();
        m_document->textDocument()->undo();
        settle();
        QVERIFY(find<QCheckBox>(QStringLiteral("routeHsts-main-0-0-0"))->isChecked());
        QCOMPARE(find<QLineEdit>(QStringLiteral("cronName-main-0"))->text(), QStringLiteral("cron"));
        m_document->textDocument()->undo();
        settle();
        QCOMPARE(text(), original);
        QCOMPARE(find<QLineEdit>(QStringLiteral("cronName-main-0"))->text(), QStringLiteral("drush cron"));
        QVERIFY(!m_document->isModified());
        m_document->textDocument()->redo();
        settle();
        QCOMPARE(find<QLineEdit>(QStringLiteral("cronName-main-0"))->text(), QStringLiteral("cron"));
    }

    void environments_addRenameRemove()
    {
        QVERIFY(open(example()));
        const QByteArray original = text();
        auto *list = find<QListWidget>(QStringLiteral("environmentList"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("environmentNewName")), QStringLiteral("feature-x"));
        QTest::mouseClick(find<QToolButton>(QStringLiteral("environmentAdd")), Qt::LeftButton);
        QTRY_COMPARE(environmentNames(),
                     QStringList({QStringLiteral("main"), QStringLiteral("develop"), QStringLiteral("feature-x")}));
        QTRY_COMPARE(m_form->findChild<QListWidget *>(QStringLiteral("environmentList"))->count(), 3);
        list = find<QListWidget>(QStringLiteral("environmentList"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("feature-x"));
        QCOMPARE(changedRegion(original, text()).oldEnd, changedRegion(original, text()).start);

        // Rename develop → staging in place: only the key changes.
        const QByteArray beforeRename = text();
        const YamlNode developKey = nodeAt(beforeRename, QStringLiteral("environments")).keyNode(u"develop");
        list->item(1)->setText(QStringLiteral("staging"));
        QTRY_VERIFY(nodeAt(text(), QStringLiteral("environments.staging")).isValid());
        QByteArray expected = beforeRename;
        expected.replace(developKey.range().start.offset, developKey.range().length(), "staging");
        QCOMPARE(text(), expected);

        // Remove the new one: back to the original apart from the rename.
        list = find<QListWidget>(QStringLiteral("environmentList"));
        list->setCurrentRow(2);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("environmentRemove")), Qt::LeftButton);
        QTRY_VERIFY(!nodeAt(text(), QStringLiteral("environments.feature-x")).isValid());
        QByteArray renamedOriginal = original;
        renamedOriginal.replace(developKey.range().start.offset, developKey.range().length(), "staging");
        QCOMPARE(text(), renamedOriginal);
    }

    void fixture_editsKeepCommentsQuotesAndFlowStyle()
    {
        QVERIFY(open(fixture()));
        const QByteArray original = text();

        // A single-quoted task name stays single-quoted.
        m_form->showSection(LagoonYmlForm::Section::Tasks);
        typeInto(find<QLineEdit>(QStringLiteral("taskName-pre-rollout-0")), QStringLiteral("backup the database"));
        settle();
        QVERIFY(text().contains("name: 'backup the database'   # single quoted\n"));
        QCOMPARE(changedRegion(original, text()).start, original.indexOf("'backup database'") + 8);

        // A task written as a flow map is edited inside its braces.
        const QByteArray beforeFlow = text();
        const YamlNode flow = nodeAt(beforeFlow, QStringLiteral("tasks.post-rollout[0].run"));
        QVERIFY(flow.isFlow());
        typeInto(find<QLineEdit>(QStringLiteral("taskName-post-rollout-0")), QStringLiteral("drush updatedb"));
        settle();
        QVERIFY(onlyChangedWithin(beforeFlow, text(), flow.range().start.offset, flow.range().end.offset));
        QVERIFY(text().contains("- run: {name: drush updatedb, command: drush -y updb, service: cli}\n"));

        // Reordering keeps the comment inside the moved item and every comment in the file.
        const QByteArray beforeMove = text();
        QTest::mouseClick(find<QToolButton>(QStringLiteral("taskDown-post-rollout-1")), Qt::LeftButton);
        settle();
        QCOMPARE(nodeAt(text(), QStringLiteral("tasks.post-rollout[2].run.name")).scalar(),
                 QStringLiteral("clear caches"));
        QVERIFY(text().contains("shell: bash   # bash for pipefail"));
        QCOMPARE(text().count('#'), beforeMove.count('#'));
        QCOMPARE(text().size(), beforeMove.size());

        // The quoted git_sha stays a quoted string when toggled.
        m_form->showSection(LagoonYmlForm::Section::General);
        auto *gitSha = find<QCheckBox>(QStringLiteral("gitSha"));
        QVERIFY(!gitSha->isChecked());
        const QByteArray beforeSha = text();
        clickCheckBox(gitSha);
        settle();
        QByteArray expected = beforeSha;
        expected.replace(beforeSha.indexOf("\"false\""), 7, "\"true\"");
        QCOMPARE(text(), expected);

        // A route option in a flow map.
        const QByteArray beforeRoute = text();
        const YamlNode api = nodeAt(beforeRoute, QStringLiteral("environments.main.routes[0].nginx[2]"));
        QVERIFY(chooseItem(find<QComboBox>(QStringLiteral("routeInsecure-main-0-0-2")), QStringLiteral("Redirect")));
        settle();
        QVERIFY(onlyChangedWithin(beforeRoute, text(), api.range().start.offset, api.range().end.offset));
        QVERIFY(text().contains("- api.example.com: {tls-acme: false, insecure: Redirect}\n"));

        // A double-quoted domain keeps its quotes.
        typeInto(find<QLineEdit>(QStringLiteral("routeDomain-main-0-0-0")), QStringLiteral("example.org"));
        settle();
        QVERIFY(text().contains("- \"example.org\":\n"));

        // Prefixes in a flow list.
        m_form->showSection(LagoonYmlForm::Section::Autogenerate);
        auto *prefixes = find<QLineEdit>(QStringLiteral("autogeneratePrefixes"));
        QCOMPARE(prefixes->text(), QStringLiteral("www, en"));
        const QByteArray beforePrefixes = text();
        typeInto(prefixes, QStringLiteral("www, en, de"));
        settle();
        const YamlNode list = nodeAt(text(), QStringLiteral("routes.autogenerate.prefixes"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).scalar(), QStringLiteral("de"));
        const auto [from, to] =
            linesOf(beforePrefixes, nodeAt(beforePrefixes, QStringLiteral("routes.autogenerate.prefixes")));
        QVERIFY(onlyChangedWithin(beforePrefixes, text(), from, to));

        // Every comment of the original is still there.
        for (const QByteArray &line : original.split('\n')) {
            if (line.contains('#'))
                QVERIFY2(text().contains(line.mid(line.indexOf('#'))), line.constData());
        }
        QCOMPARE(text().count('#'), original.count('#'));
    }

    void valuesFromAMergeKey_areReadOnly()
    {
        QVERIFY(open(fixture()));
        auto *service = find<QComboBox>(QStringLiteral("cronService-main-0"));
        auto *command = find<CommandEdit>(QStringLiteral("cronCommand-main-0"));
        QCOMPARE(service->currentText(), QStringLiteral("cli"));
        QVERIFY(!service->isEnabled());
        QVERIFY(command->isReadOnly());
        QCOMPARE(command->toPlainText(), QStringLiteral("drush cron"));
        QVERIFY(command->toolTip().contains(FieldBinder::inheritedNote()));
        // Own values of the same cronjob stay editable.
        QVERIFY(!find<QLineEdit>(QStringLiteral("cronName-main-0"))->isReadOnly());
        const QList<QLabel *> note =
            m_form->sectionPage(LagoonYmlForm::Section::Environments)->findChildren<QLabel *>();
        bool shown = false;
        for (QLabel *label : note)
            shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("anchor")));
        QVERIFY(shown);
    }

    void unreadableText_disablesTheFormUntilFixed()
    {
        QVERIFY(open(example()));
        QTextCursor cursor(m_document->textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("broken: [unclosed\n"));
        settle();
        QVERIFY(!m_form->bannerText().isEmpty());
        QVERIFY(!find<QLineEdit>(QStringLiteral("cronName-main-0"))->isEnabled());
        // The last readable state stays on screen.
        QCOMPARE(find<QLineEdit>(QStringLiteral("cronName-main-0"))->text(), QStringLiteral("drush cron"));
        m_document->textDocument()->undo();
        settle();
        QVERIFY(m_form->bannerText().isEmpty());
        QVERIFY(find<QLineEdit>(QStringLiteral("cronName-main-0"))->isEnabled());
    }

    void registriesTypesAndAutogenerate_edit()
    {
        QVERIFY(open(fixture()));
        const QByteArray original = text();

        // A registry's password: only that value changes, the comment after it stays.
        m_form->showSection(LagoonYmlForm::Section::Registries);
        typeInto(find<QLineEdit>(QStringLiteral("registry-password-0")), QStringLiteral("OTHER_PASSWORD"));
        settle();
        QVERIFY(text().contains("    password: OTHER_PASSWORD   # the name of a Lagoon variable\n"));
        QCOMPARE(text().size(), original.size() - 3);

        // Renaming the registry renames the key only.
        const QByteArray beforeRename = text();
        typeInto(find<QLineEdit>(QStringLiteral("registryName-0")), QStringLiteral("ghcr"));
        settle();
        QByteArray expected = beforeRename;
        expected.replace(beforeRename.indexOf("  my-registry:"), 14, "  ghcr:");
        QCOMPARE(text(), expected);
        QTRY_COMPARE(m_form->findChild<QLineEdit *>(QStringLiteral("registryName-0"))->text(), QStringLiteral("ghcr"));

        // A new registry gets the three keys, and the focus goes to its user name.
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("registryNewName")), QStringLiteral("quay"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("registryAdd")), Qt::LeftButton);
        settle();
        QCOMPARE(nodeAt(text(), QStringLiteral("container-registries.quay")).size(), 3);
        QTRY_VERIFY(m_form->findChild<QLineEdit *>(QStringLiteral("registry-username-1")));

        // A type override for another service, next to the existing one.
        m_form->showSection(LagoonYmlForm::Section::Environments);
        QCOMPARE(find<QComboBox>(QStringLiteral("typeValue-main-0"))->currentText(), QStringLiteral("mariadb-dbaas"));
        auto *service = find<QComboBox>(QStringLiteral("typeNewService-main"));
        service->setEditText(QStringLiteral("redis"));
        find<QComboBox>(QStringLiteral("typeNewValue-main"))->setEditText(QStringLiteral("redis-persistent"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("typeAdd-main")), Qt::LeftButton);
        settle();
        QCOMPARE(nodeAt(text(), QStringLiteral("environments.main.types.redis")).scalar(),
                 QStringLiteral("redis-persistent"));
        QCOMPARE(nodeAt(text(), QStringLiteral("environments.main.types.mariadb")).scalar(),
                 QStringLiteral("mariadb-dbaas"));

        // develop turns autogenerated routes back to the project's setting: the key's line goes.
        find<QListWidget>(QStringLiteral("environmentList"))->setCurrentRow(1);
        auto *autogenerate = find<QComboBox>(QStringLiteral("autogenerateRoutes-develop"));
        QCOMPARE(autogenerate->currentData().toString(), QStringLiteral("false"));
        const QByteArray beforeAutogenerate = text();
        QVERIFY(chooseItem(autogenerate, QString()));
        settle();
        const qsizetype line = beforeAutogenerate.indexOf("    autogenerateRoutes: false\n");
        QCOMPARE(text(), beforeAutogenerate.left(line) + beforeAutogenerate.mid(line + 30));
    }

    void rebuildingASection_keepsTheScrollPosition()
    {
        QVERIFY(open(example()));
        auto *area = qobject_cast<QScrollArea *>(m_form->sectionPage(LagoonYmlForm::Section::Environments));
        QVERIFY(area);
        QTest::qWait(20);
        QVERIFY(area->verticalScrollBar()->maximum() > 200);
        auto *add = find<QPushButton>(QStringLiteral("cronAdd-main"));
        area->ensureWidgetVisible(add);
        const int scrolled = area->verticalScrollBar()->value();
        QVERIFY(scrolled > 100);
        QTest::mouseClick(add, Qt::LeftButton);
        settle();
        QTRY_VERIFY(m_form->findChild<QLineEdit *>(QStringLiteral("cronName-main-2")));
        QTest::qWait(20);
        // Still about where the user was (the new card may scroll the focused name into view).
        QVERIFY2(area->verticalScrollBar()->value() >= scrolled,
                 qPrintable(QString::number(area->verticalScrollBar()->value())));
    }

    void screenshots_handWrittenFile()
    {
        QVERIFY(open(fixture()));
        const QString dir =
            qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(dir));
        for (const auto &[section, name] : {std::pair{LagoonYmlForm::Section::Environments, "environments-anchors"},
                                            std::pair{LagoonYmlForm::Section::Registries, "registries-filled"}}) {
            m_form->showSection(section);
            QTest::qWait(50);
            QVERIFY(m_form->grab().save(
                QDir(dir).filePath(QStringLiteral("editor-form-lagoon-%1.png").arg(QLatin1String(name)))));
        }
    }

    void projectName_comesFromTheComposeFileOrTheFolder()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("checkout"));
        QVERIFY(QDir().mkpath(project));
        QCOMPARE(LagoonYmlForm::projectNameFor(project), QStringLiteral("checkout"));
        QVERIFY(QFile::copy(example(), project + QStringLiteral("/.lagoon.yml")));
        QVERIFY(QFile::copy(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example/docker-compose.yml"),
                            project + QStringLiteral("/docker-compose.yml")));
        QCOMPARE(LagoonYmlForm::projectNameFor(project), QStringLiteral("drupal-example"));
    }

    void screenshots()
    {
        QVERIFY(open(example()));
        const QString dir =
            qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(dir));
        const struct
        {
            LagoonYmlForm::Section section;
            const char *name;
        } shots[] = {
            {LagoonYmlForm::Section::General, "general"},
            {LagoonYmlForm::Section::Environments, "environments"},
            {LagoonYmlForm::Section::ProductionRoutes, "production-routes"},
            {LagoonYmlForm::Section::Tasks, "tasks"},
            {LagoonYmlForm::Section::Autogenerate, "autogenerate"},
            {LagoonYmlForm::Section::Backups, "backups"},
            {LagoonYmlForm::Section::Registries, "registries"},
        };
        for (const auto &shot : shots) {
            m_form->showSection(shot.section);
            QTest::qWait(50);
            const QImage image = m_form->grab().toImage();
            QVERIFY(!image.isNull());
            const QString file =
                QDir(dir).filePath(QStringLiteral("editor-form-lagoon-%1.png").arg(QLatin1String(shot.name)));
            QVERIFY(image.save(file));
            qInfo("screenshot: %s", qPrintable(file));
        }
        // Beside the text view the form gets about half a window.
        m_form->resize(720, 780);
        m_form->showSection(LagoonYmlForm::Section::Environments);
        QTest::qWait(50);
        QVERIFY(m_form->grab().save(QDir(dir).filePath(QStringLiteral("editor-form-lagoon-environments-narrow.png"))));
        m_form->resize(1180, 780);

        Appearance::applyColorScheme(qApp, QStringLiteral("dark"));
        m_form->showSection(LagoonYmlForm::Section::Environments);
        QTest::qWait(50);
        const QImage dark = m_form->grab().toImage();
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
        QVERIFY2(Lagoon::Test::darkShare(dark) > 0.6, qPrintable(QString::number(Lagoon::Test::darkShare(dark))));
        QVERIFY(dark.save(QDir(dir).filePath(QStringLiteral("editor-form-lagoon-environments-dark.png"))));
    }

private:
    QStringList environmentNames() const
    {
        QStringList keys;
        const YamlNode environments = nodeAt(text(), QStringLiteral("environments"));
        for (const YamlEntry &entry : environments.entries())
            keys << entry.key.scalar();
        return keys;
    }
};

QTEST_MAIN(tst_LagoonYmlForm)
#include "tst_lagoonymlform.moc"
