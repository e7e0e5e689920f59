// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/cronfield.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/lagoon/config/crondescription.h"
#include "core/lagoon/config/lagooncron.h"
#include "core/lagoon/config/namespacename.h"

#include "widgets/common/badge.h"
#include "widgets/editor/forms/formcontext.h"

namespace Lagoon {

CronField::CronField(FormContext *context, const QString &environment, QWidget *parent)
    : QWidget(parent), m_context(context), m_environment(environment), m_edit(new QLineEdit(this)),
      m_explanation(new QLabel(this))
{
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(QStringLiteral("M/15 * * * *"));
    // Five short fields: a wide box would only make the explanation under it look detached.
    m_edit->setMaximumWidth(QFontMetrics(m_edit->font()).horizontalAdvance(QLatin1Char('0')) * 36);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_explanation->setFont(small);
    setFocusProxy(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_explanation);

    // The explanation follows every keystroke (it writes nothing); the value commits on editingFinished.
    connect(m_edit, &QLineEdit::textChanged, this, &CronField::updateExplanation);
    connect(m_context, &FormContext::projectNameChanged, this, &CronField::updateExplanation);
    updateExplanation();
}

QString CronField::explanation() const
{
    return m_explanation->text();
}

QString CronField::namespaceName() const
{
    if (m_environment.isEmpty() || m_context->projectName().isEmpty())
        return {};
    return NamespaceName::forEnvironment(m_context->projectName(), m_environment);
}

void CronField::setDefaultSchedule(const QString &schedule)
{
    m_default = schedule;
    m_edit->setPlaceholderText(schedule);
    updateExplanation();
}

void CronField::updateExplanation()
{
    const QString written = m_edit->text().trimmed();
    const QString schedule = written.isEmpty() ? m_default : written;
    const QString ns = namespaceName();
    QString text;
    QString detail;
    bool error = false;
    if (schedule.isEmpty()) {
        text = tr("Five fields: minute, hour, day of month, month, day of week. M and H let Lagoon pick a minute "
                  "and an hour for each environment.");
    } else if (const Result<QString> standard = LagoonCron::standardize(schedule, ns); !standard) {
        text = standard.error().message;
        error = true;
    } else {
        text = ns.isEmpty() ? CronDescription::describe(schedule)
                            : CronDescription::describeTimesForEnvironment(schedule, ns);
        if (!ns.isEmpty() && *standard != schedule)
            detail = tr("Installed as \"%1\" in the namespace %2.").arg(*standard, ns);
        if (written.isEmpty())
            text = tr("Not set: Lagoon uses %1. %2").arg(schedule, text);
    }
    m_explanation->setText(text);
    m_explanation->setToolTip(detail);
    QPalette palette;
    if (error)
        palette.setColor(QPalette::WindowText, Badge::colour(Badge::Tone::Bad, palette)); // 4.5:1 in every scheme
    m_explanation->setPalette(palette);
    m_explanation->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    m_edit->setAccessibleDescription(detail.isEmpty() ? text : text + QLatin1Char(' ') + detail);
}

} // namespace Lagoon
