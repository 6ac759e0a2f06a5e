#include "VectorMath.h"

#include <cmath>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define VD_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define VD_CLONES
#endif

namespace vd::engine {

VD_CLONES float dotProduct(const float* a, const float* b, int n)
{
    float s = 0;
#pragma omp simd reduction(+ : s)
    for (int i = 0; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

VD_CLONES float squaredL2(const float* a, const float* b, int n)
{
    float s = 0;
#pragma omp simd reduction(+ : s)
    for (int i = 0; i < n; ++i) {
        const float d = a[i] - b[i];
        s += d * d;
    }
    return s;
}

VD_CLONES float manhattan(const float* a, const float* b, int n)
{
    float s = 0;
#pragma omp simd reduction(+ : s)
    for (int i = 0; i < n; ++i)
        s += std::fabs(a[i] - b[i]);
    return s;
}

} // namespace vd::engine
