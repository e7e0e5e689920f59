// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Lagoon {

/**
 * A panel that has nothing to show yet: an icon, a title and a sentence saying why. Texts come
 * from a function so they retranslate on a language change.
 */
class EmptyStatePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePanel)

public:
    using TextSource = std::function<std::pair<QString, QString>()>;

    EmptyStatePanel(const QString &iconName, TextSource texts, QWidget *parent = nullptr);

    QString title() const;
    QString text() const;
    /** Puts `widget` (a way out of the empty state, such as a button) under the text. */
    void addWidget(QWidget *widget);
    /** Reads the texts from their source again, for a source whose texts depend on more than the language. */
    void updateTexts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_layout;
    TextSource m_texts;
};

} // namespace Lagoon
