#include "HashingEmbedder.h"

#include <QRegularExpression>
#include <cmath>

namespace vd {

namespace {
quint64 fnv1a(const QString& s)
{
    quint64 h = 1469598103934665603ull;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}
} // namespace

QVector<float> HashingEmbedder::embed(const QString& text) const
{
    QVector<float> v(m_dims, 0.0f);
    static const QRegularExpression split(QStringLiteral("[^\\w]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    auto add = [&](const QString& feature, float weight) {
        const quint64 h = fnv1a(feature);
        const int bucket = int(h % quint64(m_dims));
        const float sign = (h >> 63) ? -1.0f : 1.0f;
        v[bucket] += sign * weight;
    };
    for (const QString& w : text.toLower().split(split, Qt::SkipEmptyParts)) {
        add(QStringLiteral("w:") + w, 1.0f);
        const QString padded = QLatin1Char('^') + w + QLatin1Char('$');
        for (int i = 0; i + 3 <= padded.size(); ++i)
            add(QStringLiteral("t:") + padded.mid(i, 3), 0.5f);
    }
    double n = 0;
    for (float x : v)
        n += double(x) * x;
    n = std::sqrt(n);
    if (n > 0)
        for (float& x : v)
            x = float(x / n);
    return v;
}

} // namespace vd
