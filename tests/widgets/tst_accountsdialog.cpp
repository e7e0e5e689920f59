// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The Lagoon Accounts dialog and the connection behind the Lagoon browser, against the sandbox
// with its realm: an account added by its API URL and signed in through the browser (the test
// plays the browser with the URL the dialog would open), a pasted token refused, signing out,
// lagoon-cli's contexts imported, switching accounts, and a locked keychain. Writes screenshots
// to LAGOON_SCREENSHOT_DIR.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/accounts/accountstore.h"
#include "core/auth/accounttokenprovider.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/tokenset.h"
#include "core/i18n/translationloader.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/remoteurls.h"
#include "core/settings/settings.h"

#include "widgets/accounts/accountform.h"
#include "widgets/accounts/accountlistmodel.h"
#include "widgets/accounts/accountsdialog.h"
#include "widgets/accounts/inlinemessage.h"
#include "widgets/accounts/lagoonaccountscontroller.h"
#include "widgets/accounts/lagooncliimportpage.h"
#include "widgets/accounts/lagoonconnection.h"
#include "widgets/accounts/signinmethodchooser.h"
#include "widgets/accounts/signinprogress.h"
#include "widgets/common/appearance.h"
#include "widgets/lagoon/lagoonbanner.h"
#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/lagoon/lagoonprojectsmodel.h"
#include "widgets/mainwindow.h"

#include "tests/auth/authsandbox.h"
#include "tests/auth/browserdriver.h"
#include "tests/auth/fakejwt.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

const QString Maintainer = QStringLiteral("maintainer@example.com");
const QString DemoProject = QStringLiteral("lagoon-demo");

// A keychain that the user refuses to unlock.
class LockedSecretStore final : public SecretStore
{
public:
    void store(const QString &, const QString &, const QByteArray &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(makeError(Error::Code::PermissionDenied, QStringLiteral("locked"))); },
            Qt::QueuedConnection);
    }
    void read(const QString &, const QString &, QObject *context, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(makeError(Error::Code::PermissionDenied, QStringLiteral("locked"))); },
            Qt::QueuedConnection);
    }
    void remove(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(makeError(Error::Code::PermissionDenied, QStringLiteral("locked"))); },
            Qt::QueuedConnection);
    }
};

// A keychain that keeps secrets in memory until told to refuse writes.
class RefusingSecretStore final : public SecretStore
{
public:
    bool refuseWrites = false;

    void store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
               WriteCallback done) override
    {
        if (!refuseWrites) {
            m_inner.store(account, key, secret, context, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            context, [done] { done(makeError(Error::Code::PermissionDenied, QStringLiteral("the keychain is locked"))); },
            Qt::QueuedConnection);
    }
    void read(const QString &account, const QString &key, QObject *context, ReadCallback done) override
    {
        m_inner.read(account, key, context, std::move(done));
    }
    void remove(const QString &account, const QString &key, QObject *context, WriteCallback done) override
    {
        m_inner.remove(account, key, context, std::move(done));
    }

private:
    MemorySecretStore m_inner;
};

} // namespace

class tst_AccountsDialog : public QObject
{
    Q_OBJECT

private:
    Test::AuthSandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<TranslationLoader> m_english;
    QString m_outDir;
    // Per test, destroyed in reverse: the views before the connection, the connection before the stores.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<LagoonConnection> m_connection;
    std::unique_ptr<QWidget> m_window;
    LagoonBrowser *m_browser = nullptr;
    LagoonAccountsController *m_controller = nullptr;
    QList<QUrl> m_opened;

    MemorySecretStore *memorySecrets() const { return static_cast<MemorySecretStore *>(m_secrets.get()); }

    void makeWorld(std::unique_ptr<SecretStore> secrets)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<Settings>(new QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_secrets = std::move(secrets);
        m_accounts = std::make_unique<AccountStore>(m_settings.get(), m_secrets.get());
        m_connection = std::make_unique<LagoonConnection>(m_accounts.get(), &m_network);
        m_connection->setCacheRoot(m_dir->filePath(QStringLiteral("cache")));
        m_window = std::make_unique<QWidget>();
        m_browser = new LagoonBrowser(m_window.get());
        m_browser->setUrlOpener([this](const QUrl &url) { m_opened << url; });
        m_controller = new LagoonAccountsController(m_connection.get(), m_browser, m_window.get());
        m_controller->setUrlOpener([this](const QUrl &url) { m_opened << url; });
        m_controller->setLagoonCliPath(QStringLiteral(LAGOON_TEST_DATA_DIR "/auth/lagoon.yml"));
        m_window->resize(1100, 420);
        m_window->setLayout(new QVBoxLayout);
        m_window->layout()->setContentsMargins(0, 0, 0, 0);
        m_window->layout()->addWidget(m_browser);
        m_window->show();
        m_connection->start();
    }

    void dropWorld()
    {
        m_window.reset();
        m_browser = nullptr;
        m_controller = nullptr;
        m_connection.reset();
        m_accounts.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    AccountsDialog *openAddForm()
    {
        AccountsDialog *dialog = m_controller->showAccounts();
        dialog->addAccount();
        return dialog;
    }

    static QPushButton *button(QWidget *parent, const char *name)
    {
        return parent->findChild<QPushButton *>(QLatin1StringView(name));
    }

    // Radio buttons and check boxes take clicks on their box and label only, not across the row.
    static void clickBox(QAbstractButton *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    }

    // Adds the sandbox by its API URL and signs in with `token` pasted.
    bool addWithPastedToken(AccountsDialog *dialog, const QString &token)
    {
        AccountForm *form = dialog->form();
        QTest::keyClicks(form->apiUrlEdit(), m_sandbox.apiUrl().toString());
        clickBox(form->methodChooser()->button(LoginMethod::PastedToken));
        form->methodChooser()->tokenEdit()->setPlainText(token);
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        return QTest::qWaitFor([dialog] { return dialog->pages()->currentWidget() != dialog->form(); }, 15000);
    }

    QString userToken(const QString &email)
    {
        return m_sandbox.control("POST", QStringLiteral("/tokens/user"), {{QStringLiteral("email"), email}})
            .json.value(QStringLiteral("access_token"))
            .toString();
    }

    bool waitForProjects()
    {
        return QTest::qWaitFor([this] { return m_browser->projectsModel()->rowOf(DemoProject) >= 0; }, 15000);
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        QTest::qWait(150); // posted layouts settle, as before a real frame
        const QImage image = widget->grab().toImage();
        const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_english = std::make_unique<TranslationLoader>(QCoreApplication::instance());
        m_english->install(QStringLiteral("en"));
        Appearance::setupIcons();
        m_outDir =
            qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(m_outDir));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        m_opened.clear();
        makeWorld(std::make_unique<MemorySecretStore>());
    }

    void cleanup() { dropWorld(); }

    void addAccount_discoveryThenBrowserSignIn_browserListsProjects()
    {
        QCOMPARE(m_connection->state(), LagoonConnection::State::NoAccount);
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::Disconnected);
        QVERIFY(m_browser->signInButton()->isVisible());
        QCOMPARE(m_browser->signInButton()->text(), QStringLiteral("Add Account…"));
        screenshot(m_window.get(), QStringLiteral("accounts-browser-no-account"));

        // The browser's button leads to the form for a new account.
        QTest::mouseClick(m_browser->signInButton(), Qt::LeftButton);
        AccountsDialog *dialog = m_controller->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        AccountForm *form = dialog->form();
        QCOMPARE(dialog->pages()->currentWidget(), form);

        // Discovery fills in the realm and the SSH token service.
        QTest::keyClicks(form->apiUrlEdit(), m_sandbox.apiUrl().toString());
        QTest::mouseClick(button(form, "accountLookUp"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->authServerEdit()->text().isEmpty(), 10000);
        QCOMPARE(form->authServerEdit()->text() + QStringLiteral("/realms/lagoon"), m_sandbox.issuer().toString());
        QCOMPARE(form->sshHostEdit()->text(), m_sandbox.sshHost());
        QCOMPARE(form->sshPortEdit()->value(), m_sandbox.sshPort());
        QCOMPARE(form->nameEdit()->text(), RemoteUrls::hostLabel(m_sandbox.apiUrl()));
        QCOMPARE(form->methodChooser()->method(), LoginMethod::Browser);
        screenshot(dialog, QStringLiteral("accounts-add-discovered"));

        // Sign In opens the realm's page; the test is the browser.
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), 15000);
        QVERIFY(form->progress()->cancelButton()->isVisible());
        QVERIFY(form->progress()->text().contains(QLatin1String("browser")));
        QVERIFY(!form->submitButton()->isEnabled());
        screenshot(dialog, QStringLiteral("accounts-waiting-for-browser"));
        QVERIFY(m_opened.constLast().toString().startsWith(m_sandbox.issuer().toString()));
        Test::BrowserDriver browser;
        const auto callback = browser.signIn(m_opened.constLast(), Maintainer, Maintainer);
        QVERIFY2(callback, qPrintable(callback ? QString() : callback.error()));
        QCOMPARE(browser.deliver(*callback), 200);

        // Back on the list: signed in, the tokens in the keychain, the browser shows the projects.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pages()->currentWidget() != form, 15000);
        QCOMPARE(m_accounts->accounts().size(), 1);
        const Account account = m_accounts->accounts().constFirst();
        QCOMPARE(account.username, Maintainer);
        QCOMPARE(account.loginMethod, LoginMethod::Browser);
        QVERIFY(memorySecrets()->contains(account.id, TokenSet::secretKey()));
        QTRY_COMPARE(dialog->model()->statusText(0), QStringLiteral("Signed in as maintainer@example.com"));
        QVERIFY(dialog->model()->tokenText(0).startsWith(QLatin1String("Expires in")));
        QCOMPARE(dialog->message()->text(),
                 QStringLiteral("Signed in to %1 as %2.").arg(account.displayName, Maintainer));
        QCOMPARE(m_connection->currentAccountId(), account.id);
        QCOMPARE(m_connection->state(), LagoonConnection::State::SignedIn);
        QVERIFY(waitForProjects());
        QVERIFY(!m_browser->accountSwitcher()->isVisible());
        screenshot(dialog, QStringLiteral("accounts-signed-in"));
        screenshot(m_window.get(), QStringLiteral("accounts-browser-signed-in"));
    }

    void browserSignIn_cancelled_savesNothing()
    {
        AccountsDialog *dialog = openAddForm();
        AccountForm *form = dialog->form();
        QTest::keyClicks(form->apiUrlEdit(), m_sandbox.apiUrl().toString());
        // Sign In looks the URL up first, then opens the browser.
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), 15000);
        QTest::mouseClick(form->progress()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!form->signIn()->isRunning());
        QCOMPARE(form->message()->kind(), InlineMessage::Kind::Info);
        QVERIFY(form->message()->isVisible());
        QVERIFY(form->submitButton()->isEnabled());
        QVERIFY(m_accounts->accounts().isEmpty());
        QCOMPARE(memorySecrets()->size(), 0);
    }

    void pastedToken_refused_showsTheErrorAndSavesNothing()
    {
        AccountsDialog *dialog = openAddForm();
        AccountForm *form = dialog->form();
        QTest::keyClicks(form->apiUrlEdit(), m_sandbox.apiUrl().toString());
        clickBox(form->methodChooser()->button(LoginMethod::PastedToken));
        QVERIFY(form->methodChooser()->tokenEdit()->isVisible());

        // Not a token at all: said at once.
        form->methodChooser()->tokenEdit()->setPlainText(QStringLiteral("not-a-token"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->message()->isVisible(), 10000);
        QCOMPARE(form->message()->kind(), InlineMessage::Kind::Error);
        const QString notAToken = form->message()->text();
        QVERIFY(!notAToken.isEmpty());

        // A token the API refuses: said after asking Lagoon.
        form->methodChooser()->tokenEdit()->setPlainText(Test::fakeJwtExpiringIn(3600));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(notAToken != QStringLiteral("Lagoon refused the token"));
        QTRY_COMPARE_WITH_TIMEOUT(form->message()->text(), QStringLiteral("Lagoon refused the token"), 10000);
        QCOMPARE(form->message()->kind(), InlineMessage::Kind::Error);
        QCOMPARE(dialog->pages()->currentWidget(), form);
        QVERIFY(m_accounts->accounts().isEmpty());
        QCOMPARE(memorySecrets()->size(), 0);
        QCOMPARE(m_connection->state(), LagoonConnection::State::NoAccount);
        screenshot(dialog, QStringLiteral("accounts-token-refused"));
    }

    void sshKey_signInWithAKeyFile_browserListsProjects()
    {
        // ssh as the app starts it, but with this test's known_hosts and no ~/.ssh/config: OpenSSH
        // reads those from the passwd home, not $HOME, and the sandbox's host key is new on every start.
        // The sandbox's sshd lets in only the user it runs as, where Lagoon's is "lagoon".
        const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        QVERIFY2(!ssh.isEmpty(), "ssh is missing (Debian package openssh-client)");
        const QDir dir(m_dir->path());
        QVERIFY(dir.mkpath(QStringLiteral("bin")));
        QFile config(dir.filePath(QStringLiteral("ssh_config")));
        QFile wrapper(dir.filePath(QStringLiteral("bin/ssh")));
        QVERIFY(config.open(QIODevice::WriteOnly) && wrapper.open(QIODevice::WriteOnly));
        wrapper.write(
            QStringLiteral(
                "#!/bin/sh\n"
                "for a; do shift; case \"$a\" in lagoon@*) a='%4'@\"${a#lagoon@}\";; esac; set -- \"$@\" \"$a\"; done\n"
                "exec '%1' -F '%2' -o UserKnownHostsFile='%3' \"$@\"\n")
                .arg(ssh, config.fileName(), dir.filePath(QStringLiteral("known_hosts")), m_sandbox.sshUser())
                .toUtf8());
        wrapper.close();
        wrapper.setPermissions(wrapper.permissions() | QFileDevice::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
        qputenv("PATH", QByteArray(QFile::encodeName(dir.filePath(QStringLiteral("bin"))) + ':' + path));
        qunsetenv("SSH_AUTH_SOCK");
        const auto restore = qScopeGuard([&] {
            qputenv("PATH", path);
            if (!agent.isEmpty())
                qputenv("SSH_AUTH_SOCK", agent);
        });
        const QString key = m_sandbox.newKey(m_dir->path(), QStringLiteral("id_desktop"), Maintainer);
        QVERIFY2(!key.isEmpty(), qPrintable(m_sandbox.log()));

        AccountsDialog *dialog = openAddForm();
        AccountForm *form = dialog->form();
        QTest::keyClicks(form->apiUrlEdit(), m_sandbox.apiUrl().toString());
        QTest::mouseClick(button(form, "accountLookUp"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->sshHostEdit()->text().isEmpty(), 10000);
        clickBox(form->methodChooser()->button(LoginMethod::SshKey));
        QVERIFY(form->methodChooser()->keyChooser()->isVisible());
        // ssh-agent and ssh's own keys come first; the key file is chosen.
        QCOMPARE(form->methodChooser()->keyFile(), QString());
        form->methodChooser()->setKeyFile(key);
        QCOMPARE(form->methodChooser()->keyFile(), key);
        screenshot(dialog, QStringLiteral("accounts-ssh-key"));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([dialog] { return dialog->pages()->currentWidget() != dialog->form(); }, 20000),
                 qPrintable(form->message()->text() + QStringLiteral(" / ") +
                            form->message()->findChild<QLabel *>()->toolTip() + QStringLiteral("\n") +
                            m_sandbox.log()));
        const Account account = m_accounts->accounts().constFirst();
        QCOMPARE(account.loginMethod, LoginMethod::SshKey);
        QCOMPARE(account.sshKeyFile, key);
        QCOMPARE(account.username, Maintainer);
        QVERIFY(memorySecrets()->contains(account.id, TokenSet::secretKey()));
        QTRY_COMPARE(dialog->model()->statusText(0), QStringLiteral("Signed in as maintainer@example.com"));
        QVERIFY(waitForProjects());
    }

    void signOut_removesTheSecret_browserAsksToSignIn()
    {
        AccountsDialog *dialog = openAddForm();
        QVERIFY(addWithPastedToken(dialog, userToken(Maintainer)));
        const Account account = m_accounts->accounts().constFirst();
        QCOMPARE(account.loginMethod, LoginMethod::PastedToken);
        QVERIFY(memorySecrets()->contains(account.id, TokenSet::secretKey()));
        QVERIFY(waitForProjects());

        const LagoonCache cache(account.id, m_dir->filePath(QStringLiteral("cache")));
        QTRY_VERIFY(cache.read(LagoonCache::projectsKey()).has_value());

        dialog->selectAccount(account.id);
        QTRY_COMPARE(dialog->model()->status(0), AccountListModel::SignInStatus::SignedIn);
        QPushButton *signOut = button(dialog, "accountsSignOut");
        QVERIFY(signOut->isEnabled());
        QTest::mouseClick(signOut, Qt::LeftButton);
        QTRY_VERIFY(!memorySecrets()->contains(account.id, TokenSet::secretKey()));
        // What Lagoon answered for this account goes with the sign-in.
        QTRY_VERIFY(!QDir(cache.directory()).exists());
        QTRY_COMPARE(dialog->model()->statusText(0), QStringLiteral("Signed out"));
        QVERIFY(!signOut->isEnabled());
        // Still selected, ready to sign in again.
        QCOMPARE(dialog->selectedAccountId(), account.id);
        QVERIFY(button(dialog, "accountsSignIn")->isEnabled());
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_connection->state(), LagoonConnection::State::SignedOut);
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::Disconnected);
        QCOMPARE(m_browser->signInButton()->text(), QStringLiteral("Sign In…"));
        screenshot(dialog, QStringLiteral("accounts-signed-out"));
        screenshot(m_window.get(), QStringLiteral("accounts-browser-signed-out"));

        // The browser's button goes straight to signing that account in again.
        dialog->close();
        QTRY_VERIFY(!m_controller->dialog());
        QTest::mouseClick(m_browser->signInButton(), Qt::LeftButton);
        QVERIFY(m_controller->dialog());
        QCOMPARE(m_controller->dialog()->pages()->currentWidget(), m_controller->dialog()->form());
        QVERIFY(!m_controller->dialog()->form()->isNewAccount());
        QCOMPARE(m_controller->dialog()->form()->apiUrlEdit()->text(), m_sandbox.apiUrl().toString());
    }

    void signIn_anotherAccount_keepsTheCurrentOne()
    {
        AccountsDialog *dialog = openAddForm();
        QVERIFY(addWithPastedToken(dialog, userToken(Maintainer)));
        const QString current = m_connection->currentAccountId();
        QVERIFY(!current.isEmpty());
        QVERIFY(waitForProjects());
        LagoonSession *session = m_connection->session();
        QVERIFY(session);

        // Another account, signed out, and not the default.
        Account other;
        other.id = Account::newId();
        other.displayName = QStringLiteral("other");
        other.apiUrl = m_sandbox.apiUrl();
        other.loginMethod = LoginMethod::PastedToken;
        QVERIFY(m_accounts->save(other).has_value());
        dialog->showList();
        dialog->signIn(other.id);
        AccountForm *form = dialog->form();
        QCOMPARE(dialog->pages()->currentWidget(), form);
        QCOMPARE(form->methodChooser()->method(), LoginMethod::PastedToken);
        form->methodChooser()->tokenEdit()->setPlainText(userToken(QStringLiteral("developer@example.com")));
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pages()->currentWidget() != form, 15000);

        QVERIFY(memorySecrets()->contains(other.id, TokenSet::secretKey()));
        QCOMPARE(dialog->message()->text(), QStringLiteral("Signed in to other as developer@example.com."));
        QTRY_COMPARE(dialog->model()->status(dialog->model()->rowOf(other.id)), AccountListModel::SignInStatus::SignedIn);
        // The app stays with the account it was connected to.
        QCOMPARE(m_connection->currentAccountId(), current);
        QCOMPARE(m_accounts->defaultAccountId(), current);
        QCOMPARE(m_connection->state(), LagoonConnection::State::SignedIn);
        QCOMPARE(m_connection->session(), session);
        QCOMPARE(m_browser->accountSwitcher()->currentData().toString(), current);
    }

    void signOutAndRemove_dialogClosedBeforeTheKeychainAnswers_stillForgetTheCache()
    {
        AccountsDialog *dialog = openAddForm();
        QVERIFY(addWithPastedToken(dialog, userToken(Maintainer)));
        const Account account = m_accounts->accounts().constFirst();
        QVERIFY(waitForProjects());
        const LagoonCache cache(account.id, m_dir->filePath(QStringLiteral("cache")));
        QTRY_VERIFY(cache.read(LagoonCache::projectsKey()).has_value());

        // The keychain answers later (in the next turn of the event loop), after the dialog is gone.
        dialog->signOut(account.id);
        delete dialog;
        QTRY_VERIFY(!memorySecrets()->contains(account.id, TokenSet::secretKey()));
        QTRY_VERIFY(!QDir(cache.directory()).exists());
        QCOMPARE(m_connection->state(), LagoonConnection::State::SignedOut);

        // The same for removing, with the keychain answering after whoever asked is gone.
        QVERIFY(QDir().mkpath(cache.directory()));
        auto *asker = new QObject;
        bool reported = false;
        m_connection->removeAccount(account.id, asker, [&reported](const Result<void> &) { reported = true; });
        delete asker;
        QTRY_VERIFY(m_accounts->accounts().isEmpty());
        QTRY_VERIFY(!QDir(cache.directory()).exists());
        QTest::qWait(50);
        QVERIFY(!reported);
    }

    void renewedTokensNotKept_saysSoInTheBrowserAndTheDialog()
    {
        dropWorld();
        auto owned = std::make_unique<RefusingSecretStore>();
        RefusingSecretStore *secrets = owned.get();
        makeWorld(std::move(owned));
        // A browser sign-in: its refresh token renews the tokens.
        AccountsDialog *dialog = openAddForm();
        AccountForm *form = dialog->form();
        QTest::keyClicks(form->apiUrlEdit(), m_sandbox.apiUrl().toString());
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), 15000);
        Test::BrowserDriver browser;
        const auto callback = browser.signIn(m_opened.constLast(), Maintainer, Maintainer);
        QVERIFY2(callback, qPrintable(callback ? QString() : callback.error()));
        QCOMPARE(browser.deliver(*callback), 200);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pages()->currentWidget() != form, 15000);
        QVERIFY(waitForProjects());
        QVERIFY(!m_browser->banner()->isShowing());

        // The keychain refuses the renewed tokens: the user hears of it in both places.
        secrets->refuseWrites = true;
        AccountTokenProvider *provider = m_connection->tokenProvider();
        QVERIFY(provider);
        provider->invalidate();
        std::optional<Result<QString>> token;
        provider->accessToken(this, [&token](const Result<QString> &t) { token = t; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 15000);
        QVERIFY(token->has_value()); // renewed all the same, for this run of the app
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->banner()->isShowing(), 10000);
        QCOMPARE(m_browser->banner()->kind(), LagoonBanner::Kind::Error);
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("could not be saved in the keychain (the keychain is locked)")),
                 qPrintable(m_browser->banner()->text()));
        QCOMPARE(dialog->message()->kind(), InlineMessage::Kind::Error);
        QCOMPARE(dialog->message()->text(), m_browser->banner()->text());
    }

    void remove_asksThenRemovesAccountAndSecret()
    {
        AccountsDialog *dialog = openAddForm();
        QVERIFY(addWithPastedToken(dialog, userToken(Maintainer)));
        const QString id = m_accounts->accounts().constFirst().id;
        dialog->selectAccount(id);
        QTest::mouseClick(button(dialog, "accountsRemove"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("lagoonConfirmation"))) && box->isVisible());
        QVERIFY(box->text().contains(m_sandbox.apiUrl().host()));
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();
        QTRY_VERIFY(m_accounts->accounts().isEmpty());
        QTRY_COMPARE(memorySecrets()->size(), 0);
        QCOMPARE(m_connection->state(), LagoonConnection::State::NoAccount);
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::Disconnected);
    }

    void importLagoonCli_fixture_importsContextsWithoutTokens()
    {
        AccountsDialog *dialog = m_controller->showAccounts();
        QTest::mouseClick(button(dialog, "accountsImport"), Qt::LeftButton);
        LagoonCliImportPage *page = dialog->importPage();
        QCOMPARE(dialog->pages()->currentWidget(), page);
        QCOMPARE(page->contexts()->count(), 4);
        QVERIFY(page->contexts()->item(0)->text().contains(QLatin1String("current context")));
        QVERIFY(!page->tokensCheckBox()->isChecked());
        screenshot(dialog, QStringLiteral("accounts-import-lagoon-cli"));

        // The tokens stay where they are: importing them would sign in to the public Lagoon here.
        page->contexts()->item(3)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(page->importButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->pages()->currentWidget() != page);
        QCOMPARE(m_accounts->accounts().size(), 3);
        QCOMPARE(memorySecrets()->size(), 0);
        QVERIFY(dialog->message()->text().startsWith(QLatin1String("Imported 3 accounts from lagoon-cli.")));
        QVERIFY(dialog->message()->text().contains(QLatin1String("plain text")));
        QTRY_VERIFY(!dialog->model()->isChecking());
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            QCOMPARE(dialog->model()->status(row), AccountListModel::SignInStatus::SignedOut);
        QCOMPARE(m_connection->currentAccount()->displayName, QStringLiteral("amazeeio"));
        QCOMPARE(m_connection->state(), LagoonConnection::State::SignedOut);
        QVERIFY(m_browser->accountSwitcher()->isVisible());
        QCOMPARE(m_browser->accountSwitcher()->count(), 3);
        screenshot(dialog, QStringLiteral("accounts-imported"));
    }

    void importLagoonCli_withToken_signsInAndSwitches()
    {
        const QString file = m_dir->filePath(QStringLiteral("lagoon.yml"));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("current: sandbox\nlagoons:\n  sandbox:\n    graphql: " + m_sandbox.apiUrl().toEncoded() +
                   "\n    hostname: " + m_sandbox.sshHost().toUtf8() + "\n    port: \"" +
                   QByteArray::number(m_sandbox.sshPort()) + "\"\n    token: " + userToken(Maintainer).toUtf8() +
                   "\n  elsewhere:\n    graphql: http://127.0.0.1:9/graphql\n");
        yaml.close();
        m_controller->setLagoonCliPath(file);
        AccountsDialog *dialog = m_controller->showAccounts();
        dialog->importFromLagoonCli();
        LagoonCliImportPage *page = dialog->importPage();
        QCOMPARE(page->contexts()->count(), 2);
        clickBox(page->tokensCheckBox());
        QVERIFY(page->tokensCheckBox()->isChecked());
        QTest::mouseClick(page->importButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->pages()->currentWidget() != page);
        QCOMPARE(m_accounts->accounts().size(), 2);
        const Account sandbox = *m_accounts->accountForApi(m_sandbox.apiUrl());
        QVERIFY(memorySecrets()->contains(sandbox.id, TokenSet::secretKey()));
        QCOMPARE(memorySecrets()->size(), 1);
        QVERIFY(dialog->message()->text().contains(QLatin1String("plain text")));
        QCOMPARE(m_connection->currentAccountId(), sandbox.id);
        QVERIFY(waitForProjects());

        // The switcher moves the browser to the other account, which is not signed in, and back.
        QComboBox *switcher = m_browser->accountSwitcher();
        QVERIFY(switcher->isVisible());
        QCOMPARE(switcher->currentData().toString(), sandbox.id);
        const int other = switcher->currentIndex() == 0 ? 1 : 0;
        switcher->setCurrentIndex(other);
        Q_EMIT switcher->activated(other);
        QTRY_COMPARE(m_connection->state(), LagoonConnection::State::SignedOut);
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::Disconnected);
        QCOMPARE(m_accounts->defaultAccountId(), switcher->itemData(other).toString());
        const int back = switcher->findData(sandbox.id);
        switcher->setCurrentIndex(back);
        Q_EMIT switcher->activated(back);
        QTRY_COMPARE(m_connection->state(), LagoonConnection::State::SignedIn);
        QVERIFY(waitForProjects());
        screenshot(m_window.get(), QStringLiteral("accounts-browser-switcher"));
    }

    void lockedKeychain_saysSoInTheDialogAndTheBrowser()
    {
        dropWorld();
        makeWorld(std::make_unique<LockedSecretStore>());
        Account account;
        account.id = Account::newId();
        account.displayName = QStringLiteral("locked");
        account.apiUrl = m_sandbox.apiUrl();
        QVERIFY(m_accounts->save(account).has_value());
        QTRY_COMPARE(m_connection->state(), LagoonConnection::State::KeychainUnavailable);
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::Disconnected);
        AccountsDialog *dialog = m_controller->showAccounts();
        QTRY_COMPARE(dialog->model()->status(0), AccountListModel::SignInStatus::KeychainLocked);
        QCOMPARE(dialog->model()->statusText(0), QStringLiteral("Keychain locked"));
    }

    void japanese_dialogRetranslates()
    {
        AccountsDialog *dialog = openAddForm();
        m_english->install(QStringLiteral("ja"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Lagoon アカウント"));
        QCOMPARE(dialog->form()->submitButton()->text(), QStringLiteral("サインイン(&S)"));
        screenshot(dialog, QStringLiteral("accounts-add-ja"));
        dialog->showList();
        screenshot(dialog, QStringLiteral("accounts-list-ja"));
        screenshot(m_window.get(), QStringLiteral("accounts-browser-no-account-ja"));
        m_english->install(QStringLiteral("en"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Lagoon Accounts"));
    }

    void mainWindow_settingsMenuOpensTheDialog()
    {
        Settings settings(new QSettings(m_dir->filePath(QStringLiteral("w.ini")), QSettings::IniFormat));
        MainWindow window(&settings);
        QVERIFY(!window.lagoonAccountsAction()->isEnabled());
        window.setLagoonConnection(m_connection.get());
        QVERIFY(window.lagoonAccountsAction()->isEnabled());
        window.lagoonAccountsAction()->trigger();
        auto *dialog = window.findChild<AccountsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->pages()->currentWidget()->objectName(), QStringLiteral("accountsListPage"));
        dialog->close();
    }
};

QTEST_MAIN(tst_AccountsDialog)
#include "tst_accountsdialog.moc"
