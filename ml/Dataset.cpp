// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Dataset.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cmath>

namespace es::ml {
namespace {

void addDouble(QCryptographicHash &hash, double value)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
}

} // namespace

int Dataset::columnIndex(const QString &name) const
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return int(i);
    }
    return -1;
}

bool Dataset::validate(qsizetype minRows, QString *error) const
{
    const qsizetype n = rowCount();
    if (n == 0) {
        *error = tr("the dataset is empty: no row has a value for the target %1").arg(targetName);
        return false;
    }
    if (n < minRows) {
        *error = tr("the dataset has %1 rows; at least %2 are needed to train and validate").arg(n).arg(minRows);
        return false;
    }
    if (columns.empty()) {
        *error = tr("the dataset has no feature columns");
        return false;
    }
    for (const FeatureColumn &c : columns) {
        const qsizetype size = c.kind == FeatureKind::Numeric ? qsizetype(c.numbers.size()) : c.categories.size();
        if (size != n) {
            *error = tr("column %1 has %2 values for %3 rows").arg(c.name).arg(size).arg(n);
            return false;
        }
        if (c.name == targetName) {
            *error = tr("the target %1 is also a feature").arg(targetName);
            return false;
        }
        for (double v : c.numbers) {
            if (!std::isfinite(v)) {
                *error = tr("column %1 has a value that is not a finite number").arg(c.name);
                return false;
            }
        }
    }
    const auto sideOk = [n](qsizetype size) { return size == 0 || size == n; };
    if (!sideOk(qsizetype(timeTs.size())) || !sideOk(group.size()) || !sideOk(qsizetype(requestedS.size())) ||
        !sideOk(qsizetype(userRecentS.size())) || !sideOk(qsizetype(givenFold.size())) ||
        !sideOk(qsizetype(jobPk.size()))) {
        *error = tr("the dataset's side columns (time, group, requested time, fold) do not match its rows");
        return false;
    }
    double lo = target[0], hi = target[0];
    for (double v : target) {
        if (!std::isfinite(v)) {
            *error = tr("the target %1 has a value that is not a finite number").arg(targetName);
            return false;
        }
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (lo == hi) {
        *error = tr("the target %1 is constant (%2 in every row): there is nothing to learn").arg(targetName).arg(lo);
        return false;
    }
    return true;
}

QString Dataset::hash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(targetName.toUtf8());
    for (double v : target)
        addDouble(hash, v);
    for (const FeatureColumn &c : columns) {
        hash.addData(c.name.toUtf8());
        hash.addData(QByteArrayView(c.kind == FeatureKind::Numeric ? "N" : "C"));
        for (double v : c.numbers)
            addDouble(hash, v);
        for (const QString &s : c.categories) {
            hash.addData(s.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Dataset Dataset::subset(const std::vector<qsizetype> &rows, const KeepGoing &keepGoing) const
{
    Dataset d;
    d.targetName = targetName;
    d.description = description;
    d.groupName = groupName;
    d.columns.reserve(columns.size());
    for (const FeatureColumn &c : columns) {
        FeatureColumn s{c.name, c.kind, c.phase, {}, {}};
        for (size_t i = 0; i < rows.size(); ++i) {
            if (stopsAt(qsizetype(i), keepGoing))
                return d;
            const qsizetype r = rows[i];
            if (c.kind == FeatureKind::Numeric)
                s.numbers.push_back(c.numbers[size_t(r)]);
            else
                s.categories << c.categories[r];
        }
        d.columns.push_back(std::move(s));
    }
    for (qsizetype r : rows) {
        d.target.push_back(target[size_t(r)]);
        if (!timeTs.empty())
            d.timeTs.push_back(timeTs[size_t(r)]);
        if (!group.isEmpty())
            d.group << group[r];
        if (!requestedS.empty())
            d.requestedS.push_back(requestedS[size_t(r)]);
        if (!userRecentS.empty())
            d.userRecentS.push_back(userRecentS[size_t(r)]);
        if (!givenFold.empty())
            d.givenFold.push_back(givenFold[size_t(r)]);
        if (!jobPk.empty())
            d.jobPk.push_back(jobPk[size_t(r)]);
    }
    return d;
}

} // namespace es::ml
