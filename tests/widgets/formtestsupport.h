// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Helpers shared by the visual form tests: driving widgets the way a user does, and checking that
// an edit changed one region of the text and nothing else.
#pragma once

#include <algorithm>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTest>

#include "core/yaml/edit/yamlpath.h"
#include "core/yaml/yamldocument.h"

namespace Lagoon::Test {

/** Where two texts differ: bytes [start, oldEnd) of the old text became [start, newEnd) of the new one. */
struct ChangedRegion
{
    qsizetype start = 0;
    qsizetype oldEnd = 0;
    qsizetype newEnd = 0;
};

inline ChangedRegion changedRegion(const QByteArray &before, const QByteArray &after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return {prefix, before.size() - suffix, after.size() - suffix};
}

/** True when every byte of `before` outside [from, to) is still in `after`, in place (prefix and suffix). */
inline bool onlyChangedWithin(const QByteArray &before, const QByteArray &after, qsizetype from, qsizetype to)
{
    const ChangedRegion region = changedRegion(before, after);
    if (before == after)
        return true;
    const bool inside = region.start >= from && region.oldEnd <= to;
    if (!inside)
        qWarning("changed bytes [%lld, %lld) of the old text lie outside [%lld, %lld)",
                 static_cast<long long>(region.start), static_cast<long long>(region.oldEnd),
                 static_cast<long long>(from), static_cast<long long>(to));
    return inside;
}

inline YamlNode nodeAt(const QByteArray &text, const QString &path)
{
    const auto parsed = YamlPath::parse(path);
    if (!parsed)
        return {};
    return parsed->resolve(YamlDocument::parse(text, QStringLiteral("test.yml")).root());
}

/** The byte range of the whole lines that hold `node` (its first line to the end of its last one). */
inline std::pair<qsizetype, qsizetype> linesOf(const QByteArray &text, const YamlNode &node)
{
    const qsizetype start = text.lastIndexOf('\n', std::max<qsizetype>(0, node.range().start.offset - 1)) + 1;
    qsizetype end = text.indexOf('\n', node.range().end.offset);
    if (end < 0)
        end = text.size();
    return {node.range().start.offset == 0 ? 0 : start, end + 1};
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Replaces the line edit's text by typing and presses Return (editingFinished). */
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/** Clicks the check box's indicator. */
inline void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {},
                      QPoint(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 1, box->height() / 2));
}

/** Opens the combo box's list and clicks the item whose data (or text) is `value`. */
inline bool chooseItem(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0)
        index = combo->findText(value);
    if (index < 0)
        return false;
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return false;
    const QRect rect = view->visualRect(combo->model()->index(index, combo->modelColumn()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return combo->currentIndex() == index;
}

} // namespace Lagoon::Test
