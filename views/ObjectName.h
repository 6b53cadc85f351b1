#pragma once

#include <QString>

namespace Masar {

// Object names are part of the interface's contract (tests, accessibility)
// and are written in one style, lower camel case: "stepButtonReturnDeficient",
// "replyByEditor", "ministryEditAr". Names made from a key go through here.
namespace ObjectName {

// `prefix`, then `key` (snake_case, kebab-case or a code: "return_deficient",
// "reply-by", "ar") in camel case, then `suffix`; with no prefix the key
// begins in lower case.
QString of(const QString& prefix, const QString& key, const QString& suffix = QString());

} // namespace ObjectName

} // namespace Masar
