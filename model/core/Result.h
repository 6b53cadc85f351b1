#pragma once

#include "Error.h"

#include <optional>
#include <utility>

namespace Masar {

// A value or the Error that prevented it. Never to be dropped unread: the
// compiler warns (an error in Masar's build) when a Result is ignored.
template<typename T>
class [[nodiscard]] Result
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

    // The value; asking for it when there is none is a bug (asserted in debug builds).
    const T& value() const { return checked(); }
    T& value() { return checked(); }
    const T& operator*() const { return checked(); }
    T& operator*() { return checked(); }
    const T* operator->() const { return &checked(); }
    T* operator->() { return &checked(); }
    T take() { return std::move(checked()); }

    const Error& error() const { return m_error; }
    // The outcome without the value: no error when there is a value.
    Error status() const { return ok() ? Error() : m_error; }

private:
    const T& checked() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result", "the value of a Result that holds an error");
        return *m_value;
    }
    T& checked()
    {
        Q_ASSERT_X(m_value.has_value(), "Result", "the value of a Result that holds an error");
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

} // namespace Masar
