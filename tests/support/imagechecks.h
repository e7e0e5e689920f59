// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>

namespace Lagoon::Test {

/**
 * The share of an image's pixels (sampled on a grid) that are dark: how a test tells a dark
 * theme from a light one without depending on what happens to be drawn at one spot.
 */
inline double darkShare(const QImage &image, int step = 4)
{
    qint64 dark = 0;
    qint64 all = 0;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            ++all;
            dark += qGray(image.pixel(x, y)) < 128;
        }
    }
    return all > 0 ? double(dark) / double(all) : 0.0;
}

} // namespace Lagoon::Test
