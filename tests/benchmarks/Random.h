#pragma once

#include <QtGlobal>

#include <cstdint>
#include <initializer_list>
#include <utility>

namespace Masar::Benchmark {

// A small pseudo-random generator (SplitMix64) whose sequence is the same on
// every platform and standard library, unlike the std:: distributions: the
// same seed gives the same register everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // A number in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // An integer in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % std::uint64_t(n)); }
    // An integer in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double probability) { return real() < probability; }
    // An index in [0, n), the first ones much more often than the last
    // (about a tenth of the draws are the first of a hundred).
    int skewed(int n) { return qMin(n - 1, int(double(n) * real() * real())); }

    // An index drawn with these relative weights.
    template<typename Weights>
    int weighted(const Weights& weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = below(total);
        int index = 0;
        for (int w : weights) {
            if (pick < w) {
                return index;
            }
            pick -= w;
            ++index;
        }
        return index - 1;
    }
    int weighted(std::initializer_list<int> weights) { return weighted<std::initializer_list<int>>(weights); }

private:
    std::uint64_t m_state;
};

} // namespace Masar::Benchmark
