#pragma once
// Distance kernels for exact search. On x86-64 each is compiled several times (AVX-512, AVX2+FMA, baseline)
// and the best one for the running CPU is chosen when the library loads (GCC target_clones), so one binary
// is fast on new machines and still runs on old ones.
namespace vd::engine {
float dotProduct(const float* a, const float* b, int n);
float squaredL2(const float* a, const float* b, int n);
float manhattan(const float* a, const float* b, int n);
} // namespace vd::engine
