#include "RidgeRegressor.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace es::ml {

RidgeRegressor::RidgeRegressor(double lambda) : m_lambda(lambda) {}

QJsonObject RidgeRegressor::hyperparameters() const
{
    return {{QStringLiteral("lambda"), m_lambda}};
}

bool RidgeRegressor::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, QString *error)
{
    const Eigen::RowVectorXd xMean = x.colwise().mean();
    const double yMean = y.mean();
    const Eigen::MatrixXd xc = x.rowwise() - xMean;
    Eigen::MatrixXd gram = xc.transpose() * xc;
    gram.diagonal().array() += std::max(m_lambda, 1e-10);
    Eigen::LDLT<Eigen::MatrixXd> ldlt(gram);
    if (ldlt.info() != Eigen::Success) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "ridge regression: the system is singular");
        return false;
    }
    m_weights = ldlt.solve(xc.transpose() * (y.array() - yMean).matrix());
    m_intercept = yMean - xMean.dot(m_weights);
    if (!m_weights.allFinite() || !std::isfinite(m_intercept)) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "ridge regression: no finite solution");
        return false;
    }
    return true;
}

Eigen::VectorXd RidgeRegressor::predict(const Eigen::MatrixXd &x) const
{
    return (x * m_weights).array() + m_intercept;
}

QByteArray RidgeRegressor::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray("ridge") << m_lambda << m_intercept << qint32(m_weights.size());
    for (Eigen::Index i = 0; i < m_weights.size(); ++i)
        out << m_weights(i);
    return blob;
}

bool RidgeRegressor::deserialize(const QByteArray &blob, QString *error)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray tag;
    qint32 n = 0;
    in >> tag >> m_lambda >> m_intercept >> n;
    if (tag != "ridge" || n < 0 || n > 10'000'000 || in.status() != QDataStream::Ok) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "the ridge model data is damaged");
        return false;
    }
    m_weights.resize(n);
    for (qint32 i = 0; i < n; ++i)
        in >> m_weights(i);
    if (in.status() != QDataStream::Ok) {
        *error = QCoreApplication::translate("es::ml::RidgeRegressor", "the ridge model data is truncated");
        return false;
    }
    return true;
}

} // namespace es::ml
