// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Lagoon {

/**
 * A strip above the Lagoon browser that says what is wrong without stopping anyone: offline
 * (with the time of the data shown) or an error from the API, with Retry and Dismiss. A new
 * message replaces the old one, so failures that repeat never pile up.
 */
class LagoonBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonBanner)

public:
    enum class Kind
    {
        Offline,
        Error,
        Info,
    };

    explicit LagoonBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    void clear();
    bool isShowing() const { return !isHidden(); }
    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateColours();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_retry;
    QToolButton *m_dismiss;
};

} // namespace Lagoon
