// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lagoon::Test {

/**
 * A big Lagoon-like build log made up for tests: Lagoon's BEGIN/STEP banners around steps of
 * docker build output (~100 bytes a line), some lines coloured with ANSI escapes, and a known
 * number of "checksum mismatch" warnings to search for.
 */
struct GeneratedBuildLog
{
    struct Step
    {
        QString name;
        qsizetype firstLine = 0;
        qsizetype lineCount = 0;
    };

    QByteArray bytes;
    qsizetype lineCount = 0;
    QList<Step> steps;
    /** Lines saying "checksum mismatch", in order. */
    QList<qsizetype> warningLines;

    static constexpr const char *Warning = "checksum mismatch";

    /** Without banners, only docker build output: what streams into one step of a real log. */
    static GeneratedBuildLog body(qsizetype lines) { return make(lines, 1, false); }

    static GeneratedBuildLog make(qsizetype lines, int stepCount = 10, bool banners = true)
    {
        static const char *const names[] = {
            "Initial Environment Setup", "Configure Variables",   "Image Builds",
            "Pre-Rollout Tasks",         "Service Configuration", "Route/Ingress Configuration",
            "Backup Configuration",      "Deploy Rollout",        "Post-Rollout Tasks",
            "Build and Deploy"};
        GeneratedBuildLog log;
        log.bytes.reserve(lines * 102);
        const auto add = [&log](const QByteArray &line) {
            log.bytes.append(line);
            log.bytes.append('\n');
            ++log.lineCount;
        };
        const QByteArray rule(46, '#');
        const int bannerLines = banners ? 3 : 0;
        if (banners)
            add(QByteArrayLiteral("build-deploy-tool core-v2.21.0 (built: 2026-11-02T00:00:00+0000 / go 1.22)"));
        const qsizetype perStep = (lines - log.lineCount) / stepCount;
        for (int s = 0; s < stepCount; ++s) {
            const QByteArray name = names[s % 10];
            Step step{QString::fromLatin1(name), log.lineCount, 0};
            if (banners) {
                add(rule);
                add("BEGIN " + name);
                add(rule);
            }
            const qsizetype end = s + 1 == stepCount ? lines - bannerLines : step.firstLine + perStep - bannerLines;
            for (qsizetype n = 0; log.lineCount < end; ++n) {
                const QByteArray number = QByteArray::number(log.lineCount + 1).rightJustified(7, '0');
                if (n % 1000 == 500) {
                    log.warningLines.append(log.lineCount);
                    add("\x1b[33mWARNING: " + QByteArray(Warning) + " for vendor/package-" + number +
                        ".tar.gz, downloading it again\x1b[0m");
                } else if (n % 7 == 3) {
                    add("#" + QByteArray::number(n % 97) + " \x1b[32mDONE\x1b[0m 0." + QByteArray::number(n % 10) +
                        "s  cache key sha256:" + QByteArray::number(qHash(number), 16).rightJustified(16, '0') +
                        " line " + number);
                } else {
                    add("#" + QByteArray::number(n % 97) + " [cli " + QByteArray::number(n % 9 + 1) +
                        "/9] RUN composer install --no-dev --prefer-dist --optimize-autoloader  line " + number);
                }
            }
            if (banners) {
                add(rule);
                add("STEP " + name + ": Completed at 2026-11-03 00:00:10 (UTC) Duration 00:00:10 Elapsed 00:00:10");
                add(rule);
            }
            step.lineCount = log.lineCount - step.firstLine;
            log.steps.append(step);
        }
        return log;
    }
};

} // namespace Lagoon::Test
