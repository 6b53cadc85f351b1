#pragma once

#include "Error.h"

#include <optional>
#include <utility>

namespace Masar {

// A value or the Error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    T take() { return std::move(*m_value); }

    const Error& error() const { return m_error; }
    // The outcome without the value: no error when there is a value.
    Error status() const { return ok() ? Error() : m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Masar
