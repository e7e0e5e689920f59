// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/visualform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/formcontext.h"

namespace Lagoon {

VisualForm::VisualForm(EditorDocument *document, QWidget *parent)
    : QWidget(parent), m_context(new FormContext(document, this)), m_banner(new QWidget(this)),
      m_bannerIcon(new QLabel(m_banner)), m_bannerText(new QLabel(m_banner)), m_bannerClose(new QToolButton(m_banner))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &VisualForm::refreshNow);
    connect(document, &EditorDocument::textChanged, this, [this] { m_refreshTimer.start(); });
    connect(m_context, &FormContext::editFailed, this,
            [this](const QString &message) { showBanner(tr("The change was not made: %1").arg(message), true, true); });

    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setAutoFillBackground(true);
    m_bannerText->setObjectName(QStringLiteral("formBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerClose->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_bannerClose->setAutoRaise(true);
    m_bannerClose->setToolTip(tr("Hide this message"));
    m_bannerClose->setAccessibleName(tr("Hide this message"));
    connect(m_bannerClose, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerClose);
    m_banner->hide();
}

VisualForm::~VisualForm()
{
    // The widgets go first, while the context they write through still exists: a field that
    // loses focus on the way out must find it, and find it closed.
    m_context->setActive(false);
    m_refreshTimer.stop();
    const QList<QWidget *> children = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        delete child;
}

EditorDocument *VisualForm::document() const
{
    return m_context->document();
}

QWidget *VisualForm::banner() const
{
    return m_banner;
}

void VisualForm::setServiceNames(const QStringList &names)
{
    m_context->setServiceNames(names);
}

void VisualForm::setProjectName(const QString &name)
{
    m_context->setProjectName(name);
}

QString VisualForm::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void VisualForm::refreshNow()
{
    m_refreshTimer.stop();
    const YamlDocument yaml = document()->yaml();
    const YamlNode root = yaml.root();
    if (!root.isValid()) {
        QString where;
        for (const Diagnostic &diagnostic : yaml.diagnostics()) {
            if (diagnostic.severity == Diagnostic::Severity::Error) {
                where = tr("line %1: %2").arg(diagnostic.line).arg(diagnostic.message);
                break;
            }
        }
        showBanner(tr("The text cannot be read (%1). The form shows it as it was; fix the text to edit here again.")
                       .arg(where.isEmpty() ? tr("syntax error") : where),
                   true, false);
        setEditable(false);
        return;
    }
    // Any change of the text answers an earlier message: a syntax error fixed, a refused edit moved past.
    m_banner->hide();
    setEditable(true);
    showTree(root);
}

void VisualForm::showBanner(const QString &text, bool error, bool closable)
{
    QPalette palette = this->palette();
    const QColor tint = error ? QColor(0xda, 0x44, 0x53) : QColor(0x3d, 0xae, 0xe9);
    QColor background = palette.color(QPalette::Window);
    background = QColor::fromRgbF(background.redF() * 0.8f + tint.redF() * 0.2f,
                                  background.greenF() * 0.8f + tint.greenF() * 0.2f,
                                  background.blueF() * 0.8f + tint.blueF() * 0.2f);
    palette.setColor(QPalette::Window, background);
    m_banner->setPalette(palette);
    m_bannerIcon->setPixmap(
        QIcon::fromTheme(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-information"))
            .pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize)));
    m_bannerText->setText(text);
    m_bannerClose->setVisible(closable);
    m_banner->show();
}

void VisualForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        invalidateAll();
        m_refreshTimer.start();
    }
    QWidget::changeEvent(event);
}

} // namespace Lagoon
