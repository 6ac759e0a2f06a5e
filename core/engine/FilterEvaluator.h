#pragma once
// Evaluates a validated vd::Filter against points with Qdrant's semantics: must/should/must_not/min_should,
// arrays matching on any element, is_empty (missing, null or []) vs is_null (null), nested conditions on
// the same array element, datetime ranges, text matching through the field's text index when there is one.
#include "PayloadIndex.h"
#include "PayloadPath.h"
#include "qdrant/Filter.h"

#include <QHash>
#include <functional>
#include <memory>

namespace vd::engine {

struct PointView
{
    const PointId* id = nullptr;
    const QJsonObject* payload = nullptr;
    std::function<bool(const QString&)> hasVector;
};

class FilterEvaluator
{
public:
    FilterEvaluator(const Filter& filter, const QHash<QString, PayloadIndex*>& indexes);
    ~FilterEvaluator();
    bool matches(const PointView& point) const;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace vd::engine
