// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/clirunner.h"

using Lagoon::Test::CliRun;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Example = QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example");

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/** The lines that differ between two texts, as "-old" / "+new" (a tiny diff: same line count only). */
QStringList changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n');
    const QList<QByteArray> y = b.split('\n');
    QStringList out;
    if (x.size() != y.size())
        return {u"line count %1 -> %2"_s.arg(x.size()).arg(y.size())};
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x[i] != y[i])
            out << u"-"_s + QString::fromUtf8(x[i]) << u"+"_s + QString::fromUtf8(y[i]);
    }
    return out;
}

} // namespace

/** `set` / `unset` from a script: minimal edits, validated, refused when they would break the project. */
class tst_CliEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        for (const QString &name : {u".lagoon.yml"_s, u"docker-compose.yml"_s})
            QVERIFY(QFile::copy(Example + u'/' + name, m_dir->filePath(name)));
    }

    void set_changesOnlyTheValue()
    {
        const QString file = m_dir->filePath(u".lagoon.yml"_s);
        const QByteArray before = read(file);
        const CliRun r = Lagoon::Test::runCli({u"set"_s, file, u"environments.main.cronjobs[drush cron].schedule"_s,
                                                u"*/30 * * * *"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QStringList diff = changedLines(before, read(file));
        QCOMPARE(diff.size(), 2);
        QVERIFY(diff.at(0).contains(u"schedule: \"M/30 * * * *\""_s) || diff.at(0).contains(u"schedule:"_s));
        QVERIFY2(diff.at(1).endsWith(u"schedule: \"*/30 * * * *\""_s), qPrintable(diff.join(u'\n')));
    }

    void set_refusesAnEditThatAddsErrors()
    {
        const QString file = m_dir->filePath(u"docker-compose.yml"_s);
        const QByteArray before = read(file);
        const CliRun r = Lagoon::Test::runCli({u"set"_s, file, u"services.nginx.labels[\"lagoon.type\"]"_s, u"ngnix"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("compose.lagoon-type-unknown"));
        QVERIFY(r.err.contains("--force"));
        QCOMPARE(read(file), before);

        const CliRun forced = Lagoon::Test::runCli(
            {u"set"_s, file, u"services.nginx.labels[\"lagoon.type\"]"_s, u"ngnix"_s, u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(changedLines(before, read(file)).size(), 2);
    }

    void unset_removesAListItemByName()
    {
        const QString file = m_dir->filePath(u".lagoon.yml"_s);
        const QByteArray before = read(file);
        const CliRun r = Lagoon::Test::runCli({u"unset"_s, file, u"tasks.post-rollout[drush deploy]"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray after = read(file);
        QVERIFY(!after.contains("name: drush deploy"));
        QVERIFY(after.contains("name: Install Drupal on the first deployment"));
        // Every comment line survives.
        QCOMPARE(after.count("\n#"), before.count("\n#"));
        QCOMPARE(before.size() - after.size(), qsizetype(QByteArray("    - run:\n        name: drush deploy\n"
                                                                 "        command: drush -y deploy\n"
                                                                 "        service: cli\n").size()));
        // Removing it again is done already.
        const CliRun again = Lagoon::Test::runCli({u"unset"_s, file, u"tasks.post-rollout[drush deploy]"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("nothing to remove"));
        QCOMPARE(read(file), after);
    }

    void dryRun_printsAndLeavesTheFile()
    {
        const QString file = m_dir->filePath(u".lagoon.yml"_s);
        const QByteArray before = read(file);
        const CliRun r = Lagoon::Test::runCli({u"set"_s, file, u"environments.main.routes[0].nginx[drupal-example.com]"_s,
                                                u"www.example.org"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(read(file), before);
        QVERIFY(r.out.contains("www.example.org"));
        QCOMPARE(changedLines(before, r.out).size(), 2);
    }

    void crlfAndBom_arePreserved()
    {
        const QString file = m_dir->filePath(u"plain.yml"_s);
        write(file, "\xEF\xBB\xBF# settings\r\na:\r\n  b: 1 # one\r\n");
        const CliRun r = Lagoon::Test::runCli({u"set"_s, file, u"a.c"_s, u"{x: [1, 2]}"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(read(file), QByteArray("\xEF\xBB\xBF# settings\r\na:\r\n  b: 1 # one\r\n  c:\r\n    x:\r\n      - 1\r\n"
                                        "      - 2\r\n"));
    }

    void badInput_isAUsageError()
    {
        const QString file = m_dir->filePath(u".lagoon.yml"_s);
        const QByteArray before = read(file);
        const CliRun badPath = Lagoon::Test::runCli({u"set"_s, file, u"environments..main"_s, u"x"_s});
        QCOMPARE(badPath.exitCode, 2);
        QVERIFY(badPath.err.contains("column"));
        const CliRun missing = Lagoon::Test::runCli({u"set"_s, m_dir->filePath(u"nope.yml"_s), u"a"_s, u"1"_s});
        QCOMPARE(missing.exitCode, 2);
        const CliRun throughScalar = Lagoon::Test::runCli({u"set"_s, file, u"docker-compose-yaml.x"_s, u"1"_s});
        QCOMPARE(throughScalar.exitCode, 2);
        QVERIFY(throughScalar.err.contains("docker-compose-yaml"));
        QCOMPARE(read(file), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_CliEdit)
#include "tst_cli_edit.moc"
