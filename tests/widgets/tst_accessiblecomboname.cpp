// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// What a screen reader announces for the text field inside an editable combo box: what the field
// is for (the combo's name, its label, its tool tip), never what is typed in it.
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "widgets/common/accessiblecomboname.h"
#include "widgets/editor/planpreviewpanel.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;

class tst_AccessibleComboName : public QObject
{
    Q_OBJECT

private:
    /** Tabs into `combo`'s text field the way a keyboard user does. */
    static bool focusField(QComboBox *combo)
    {
        QWidget *window = combo->window();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return false;
        combo->lineEdit()->setFocus(Qt::TabFocusReason);
        return QTest::qWaitFor([combo] { return combo->lineEdit()->hasFocus(); });
    }

private Q_SLOTS:
    void buddyLabel_namesTheField_withoutItsMnemonic()
    {
        QWidget window;
        auto *label = new QLabel(u"&Branch && tag:"_s);
        auto *combo = new QComboBox;
        combo->setEditable(true);
        AccessibleComboName::follow(combo);
        label->setBuddy(combo);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(label);
        layout->addWidget(combo);
        combo->setEditText(u"feature/login"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(combo->lineEdit()->accessibleName(), u"Branch & tag:"_s);

        // Typing changes the value, not what the field is called.
        combo->setEditText(u"main"_s);
        QVERIFY(focusField(combo));
        QCOMPARE(combo->lineEdit()->accessibleName(), u"Branch & tag:"_s);
    }

    void accessibleName_winsOverLabel_toolTipIsTheLastResort()
    {
        QWidget window;
        auto *label = new QLabel(u"&Shell:"_s);
        auto *named = new QComboBox;
        named->setEditable(true);
        AccessibleComboName::follow(named);
        label->setBuddy(named);
        named->setAccessibleName(u"Service shell"_s);
        auto *tipped = new QComboBox;
        tipped->setEditable(true);
        AccessibleComboName::follow(tipped);
        tipped->setToolTip(u"The service the command runs in"_s);
        tipped->setEditText(u"cli"_s);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(label);
        layout->addWidget(named);
        layout->addWidget(tipped);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(named->lineEdit()->accessibleName(), u"Service shell"_s);
        QCOMPARE(tipped->lineEdit()->accessibleName(), u"The service the command runs in"_s);
    }

    /** The deploy plan's branch field was announced as "main", the branch shown in it. */
    void planPreview_environmentField_isCalledEnvironment()
    {
        const LoadedProject project =
            LagoonProjectLoader::load(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(project.lagoonYmlLoaded);
        PlanPreviewPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The field is enabled once there is a .lagoon.yml whose environments it offers.
        panel.setProject(project);
        auto *environment = panel.findChild<QComboBox *>(u"planEnvironment"_s);
        QVERIFY(environment && environment->lineEdit());
        environment->setEditText(u"main"_s);
        QVERIFY(focusField(environment));
        QCOMPARE(environment->accessibleName(), u"Environment"_s);
        QCOMPARE(environment->lineEdit()->accessibleName(), u"Environment"_s);
    }
};

QTEST_MAIN(tst_AccessibleComboName)
#include "tst_accessiblecomboname.moc"
