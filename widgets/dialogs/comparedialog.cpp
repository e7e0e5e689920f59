// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/dialogs/comparedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include "core/util/linediff.h"
#include "widgets/editor/editorcolors.h"

namespace Lagoon {

CompareDialog::CompareDialog(const QString &fileName, const QString &onDisk, const QString &mine, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1").arg(fileName));
    auto *intro = new QLabel(tr("<b>%1</b> was changed by another program. Lines marked − are only on disk, "
                                "lines marked + only in your unsaved version.")
                                 .arg(fileName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setReadOnly(true);
    m_view->setAccessibleName(tr("Differences in %1").arg(fileName));
    m_view->setAccessibleDescription(tr("Lines starting with − are only on disk, lines starting with + only in your unsaved version"));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    const QList<DiffLine> diff = LineDiff::compare(onDisk.split(QLatin1Char('\n')), mine.split(QLatin1Char('\n')));
    QStringList lines;
    for (const DiffLine &d : diff) {
        const QString mark = d.kind == DiffLine::Kind::Same ? QStringLiteral("  ")
            : d.kind == DiffLine::Kind::Removed             ? QStringLiteral("− ")
                                                            : QStringLiteral("+ ");
        lines << mark + d.text;
    }
    m_view->setPlainText(lines.join(QLatin1Char('\n')));
    // A light wash of red/green over the base colour reads in light and dark themes alike.
    const QColor base = palette().color(QPalette::Base);
    const qreal wash = base.lightness() > 128 ? 0.18 : 0.30;
    const QColor removed = mixColors(base, QColor(0xd7, 0x3a, 0x49), wash);
    const QColor added = mixColors(base, QColor(0x28, 0xa7, 0x45), wash);
    QTextBlock block = m_view->document()->firstBlock();
    QTextCursor cursor(m_view->document());
    for (const DiffLine &d : diff) {
        if (!block.isValid())
            break;
        if (d.kind != DiffLine::Kind::Same) {
            QTextBlockFormat format;
            format.setBackground(d.kind == DiffLine::Kind::Removed ? removed : added);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
        block = block.next();
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::DestructiveRole);
    QPushButton *keep = buttons->addButton(tr("&Keep My Version"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    reload->setObjectName(QStringLiteral("compareReload"));
    keep->setObjectName(QStringLiteral("compareKeepMine"));
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

QString CompareDialog::comparisonText() const
{
    return m_view->toPlainText();
}

} // namespace Lagoon
