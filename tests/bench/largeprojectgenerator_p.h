// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>

#include <QByteArray>
#include <QList>

#include "tests/bench/largeprojectgenerator.h"

// Pieces shared by the compose and .lagoon.yml halves of LargeProjectGenerator.
namespace Lagoon::LargeProject {

// SplitMix64: tiny and fully specified, unlike std::uniform_int_distribution whose output
// differs between standard libraries. The modulo bias is irrelevant for test data.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items) { return items[below(int(N))]; }

private:
    quint64 m_state;
};

// Appends indented lines; parts are literals, byte arrays or numbers.
class YamlText
{
public:
    template <typename... Parts> void line(int indent, const Parts &...parts)
    {
        m_text.append(QByteArray(indent, ' '));
        (put(parts), ...);
        m_text.append('\n');
    }
    void blank() { m_text.append('\n'); }
    QByteArray text() const { return m_text; }

private:
    void put(const char *part) { m_text.append(part); }
    void put(const QByteArray &part) { m_text.append(part); }
    void put(int number) { m_text.append(QByteArray::number(number)); }
    QByteArray m_text;
};

/** "7" → "007". */
QByteArray padded(int number);

/** One Drupal site of the monorepo and which optional services it has. */
struct Site
{
    QByteArray name; // "site042"
    bool redis = false;
    bool solr = false;
    bool varnish = false;
    bool node = false;
    bool nodeDockerfile = false;
    bool files = false;
    bool filesSharedVolume = false;
    bool mailhog = false;
    bool chrome = false;
    bool oldMariadb = false;
};

/** Draws sites until their services add up to exactly `total`; `extraHelpers` none-type services fill the gap. */
QList<Site> drawSites(Rng &rng, int total, int &extraHelpers);

QByteArray composeFile(const LargeProjectSpec &spec, const QList<Site> &sites, int extraHelpers,
                       LargeProjectStats &stats);

QByteArray lagoonYml(const LargeProjectSpec &spec, const QList<Site> &sites, Rng &rng, LargeProjectStats &stats);

} // namespace Lagoon::LargeProject
