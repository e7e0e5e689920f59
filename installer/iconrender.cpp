// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Build-time host tool: renders the app's SVG icon into the hicolor PNG sizes, and checks an
// installed hicolor tree (the package tests). Two forms:
//   iconrender <icon.svg> <hicolor-dir> <app-id> <size>...         writes <n>x<n>/apps/<app-id>.png
//   iconrender --check <hicolor-dir> <app-id> <size>...             exit 0 when every size is right
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace Lagoon {
namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString pngPath(const QString &hicolor, const QString &appId, int size)
{
    return hicolor + u'/' + QString::number(size) + u'x' + QString::number(size) + u"/apps/" + appId + u".png";
}

bool parseSizes(const QStringList &args, QList<int> &sizes)
{
    for (const QString &arg : args) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            err() << "iconrender: not a size: " << arg << Qt::endl;
            return false;
        }
        sizes.append(size);
    }
    return !sizes.isEmpty();
}

int render(const QString &svg, const QString &hicolor, const QString &appId, const QList<int> &sizes)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        err() << "iconrender: cannot read " << svg << Qt::endl;
        return 1;
    }
    for (const int size : sizes) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString path = pngPath(hicolor, appId, size);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !image.save(path, "PNG")) {
            err() << "iconrender: cannot write " << path << Qt::endl;
            return 1;
        }
    }
    return 0;
}

// Share of pixels that are not fully transparent: an icon the renderer silently left empty is 0.
double coverage(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    qsizetype opaque = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            opaque += qAlpha(line[x]) > 0 ? 1 : 0;
    }
    return double(opaque) / double(argb.width() * argb.height());
}

int check(const QString &hicolor, const QString &appId, const QList<int> &sizes)
{
    int failures = 0;
    const QString svg = hicolor + u"/scalable/apps/" + appId + u".svg";
    if (!QSvgRenderer(svg).isValid()) {
        err() << "FAIL " << svg << ": missing or not a valid SVG" << Qt::endl;
        ++failures;
    } else {
        QTextStream(stdout) << "ok   " << svg << Qt::endl;
    }
    for (const int size : sizes) {
        const QString path = pngPath(hicolor, appId, size);
        const QImage image(path);
        if (image.isNull()) {
            err() << "FAIL " << path << ": missing or not an image" << Qt::endl;
            ++failures;
        } else if (image.width() != size || image.height() != size) {
            err() << "FAIL " << path << ": " << image.width() << 'x' << image.height() << ", expected " << size
                  << 'x' << size << Qt::endl;
            ++failures;
        } else if (const double covered = coverage(image); covered < 0.25) {
            err() << "FAIL " << path << ": only " << int(covered * 100) << "% of it is drawn" << Qt::endl;
            ++failures;
        } else {
            QTextStream(stdout) << "ok   " << path << ' ' << size << 'x' << size << ", " << int(covered * 100)
                                << "% drawn" << Qt::endl;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace
} // namespace Lagoon

int main(int argc, char *argv[])
{
    // A build machine has no display; rendering into a QImage needs none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    const QGuiApplication app(argc, argv);
    QStringList args = QGuiApplication::arguments().mid(1);
    const bool checking = !args.isEmpty() && args.constFirst() == QLatin1String("--check");
    if (checking)
        args.removeFirst();
    QList<int> sizes;
    const int fixed = checking ? 2 : 3;
    if (args.size() <= fixed || !Lagoon::parseSizes(args.mid(fixed), sizes)) {
        Lagoon::err() << "usage: iconrender <icon.svg> <hicolor-dir> <app-id> <size>...\n"
                         "       iconrender --check <hicolor-dir> <app-id> <size>..."
                      << Qt::endl;
        return 2;
    }
    return checking ? Lagoon::check(args.at(0), args.at(1), sizes) : Lagoon::render(args.at(0), args.at(1), args.at(2), sizes);
}
