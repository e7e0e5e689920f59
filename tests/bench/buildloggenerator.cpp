// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/buildloggenerator.h"

#include <array>

#include "tests/bench/largeprojectgenerator_p.h"

namespace Lagoon {

namespace {

using LargeProject::Rng;

constexpr std::array<const char *, 9> Steps = {"Initial Environment Setup",
                                               "Configure Variables",
                                               "Image Builds",
                                               "Pre-Rollout Tasks",
                                               "Service Configuration Phase 1",
                                               "Deployment Templating",
                                               "Applying Deployments",
                                               "Post-Rollout Tasks",
                                               "Build and Deploy"};
constexpr std::array<const char *, 5> Services = {"cli", "nginx", "php", "node", "solr"};
constexpr std::array<const char *, 8> Packages = {
    "drupal/core-recommended", "symfony/console", "guzzlehttp/guzzle",         "drush/drush",
    "doctrine/annotations",    "twig/twig",       "laminas/laminas-diactoros", "composer/installers"};
constexpr std::array<const char *, 6> NpmPackages = {"inflight@1.0.6", "glob@7.2.3",
                                                     "rimraf@3.0.2",   "@humanwhocodes/config-array@0.11.14",
                                                     "stable@0.1.8",   "sourcemap-codec@1.4.8"};

QByteArray hex(Rng &rng, int digits)
{
    static constexpr char Digits[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (int i = 0; i < digits; ++i)
        out[i] = Digits[rng.below(16)];
    return out;
}

QByteArray seconds(Rng &rng, int max)
{
    const int ms = rng.below(max * 1000);
    return QByteArray::number(ms / 1000) + '.' + QByteArray::number(ms % 1000).rightJustified(3, '0');
}

void banner(QByteArray &out, qsizetype &lines, const QByteArray &text)
{
    out += "##############################################\n" + text +
           "\n##############################################\n";
    lines += 3;
}

/** One line of BuildKit-style output for step `n` of a service's image. */
QByteArray buildLine(Rng &rng, int n, const char *service, GeneratedBuildLog &log)
{
    const QByteArray prefix = '#' + QByteArray::number(n) + ' ';
    switch (rng.below(10)) {
    case 0:
        return prefix + '[' + service + ' ' + QByteArray::number(rng.between(1, 9)) +
               "/9] RUN composer install "
               "--no-dev --prefer-dist --optimize-autoloader --no-interaction --no-progress";
    case 1:
    case 2:
    case 3:
        return prefix + seconds(rng, 300) + "   - Installing " + rng.pick(Packages) + " (v" +
               QByteArray::number(rng.between(1, 12)) + '.' + QByteArray::number(rng.below(20)) + '.' +
               QByteArray::number(rng.below(30)) + "): Downloading (100%), Extracting archive";
    case 4:
        ++log.warnLines;
        return prefix + seconds(rng, 300) + " npm \x1b[33mwarn\x1b[39m \x1b[94mdeprecated\x1b[39m " +
               rng.pick(NpmPackages) + ": This module is not supported, and leaks memory.";
    case 5:
        return prefix + "sha256:" + hex(rng, 64) + ' ' + QByteArray::number(rng.between(1, 90)) + "MB / " +
               QByteArray::number(rng.between(90, 200)) + "MB " + seconds(rng, 60) + 's';
    case 6:
        return "\x1b[32m" + prefix + "DONE " + seconds(rng, 90) +
               "s\x1b[0m exporting layers, writing image sha256:" + hex(rng, 64);
    case 7:
        return prefix + "writing layer sha256:" + hex(rng, 64) + ' ' + seconds(rng, 5) + "s done";
    case 8:
        return prefix + seconds(rng, 300) + " Generating optimized autoload files; " +
               QByteArray::number(rng.below(900)) + " packages you are using are looking for funding.";
    default:
        return prefix + seconds(rng, 300) +
               " > drupal-project@1.0.0 build /app && webpack --mode=production "
               "--config webpack.config.js";
    }
}

} // namespace

GeneratedBuildLog BuildLogGenerator::generate(qsizetype lines, quint64 seed)
{
    GeneratedBuildLog log;
    Rng rng(seed);
    QByteArray &out = log.text;
    out.reserve(lines * 104 + 1'000'000);
    out += "================================================================================\n"
           "Logs on pod lagoon-build-7g8h9i, assigned to cluster amazeeio-au2\n"
           "================================================================================\n";
    log.lines = 3;
    // Every step has a BEGIN and a STEP banner of three lines each; the rest is its output.
    const auto stepCount = qsizetype(Steps.size());
    const qsizetype body = std::max<qsizetype>(0, lines - log.lines - 6 * stepCount);
    // A handful of 100 KB lines spread over the log, as a build echoing a minified bundle makes.
    constexpr int LongLines = 5;
    const qsizetype longEvery = std::max<qsizetype>(1, lines / (LongLines + 1));
    int buildStep = 1;
    for (qsizetype step = 0; step < stepCount; ++step) {
        banner(out, log.lines, QByteArray("BEGIN ") + Steps[step]);
        const qsizetype end = log.lines + body / stepCount + (step + 1 == stepCount ? body % stepCount : 0);
        while (log.lines < end) {
            if (rng.below(400) == 0)
                ++buildStep;
            QByteArray line;
            if (log.longLines < LongLines && log.lines >= longEvery * (log.longLines + 1)) {
                line = '#' + QByteArray::number(buildStep) + " 41.207 main.js: !function(e){var t={};" +
                       QByteArray(100 * 1024, 'x') + "}(window);";
                ++log.longLines;
            } else {
                line = buildLine(rng, buildStep, rng.pick(Services), log);
            }
            log.longestLine = std::max(log.longestLine, line.size());
            out += line;
            out += '\n';
            ++log.lines;
        }
        banner(out, log.lines,
               QByteArray("STEP ") + Steps[step] + ": Completed at 2026-11-27 14:0" + QByteArray::number(step) +
                   ":00 (UTC) Duration 00:0" + QByteArray::number(step) + ":12 Elapsed 00:1" +
                   QByteArray::number(step) + ":40");
    }
    return log;
}

} // namespace Lagoon
