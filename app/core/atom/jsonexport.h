// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON view of decoded documents, shared by `ctct decode` and every `ctct` command:
// {"kind": ..., "entries": [{"id": ..., "editLink": ..., <payload elements>}], "links": {...}}.
// Keys are the API's element names, in the API's order.

#include "atomreader.h"
#include "jsonwriter.h"

namespace ctct::atom {

// One entry as a JSON object.
template<typename T>
void writeJsonEntry(JsonWriter &json, const T &value);

QByteArray documentToJson(const Document &document, bool indented = true);

// Entries as CSV: a header row of "id" and the API's element names that any entry has, then
// one row per entry; structured elements are written as compact JSON.
template<typename T>
QByteArray entriesToCsv(const QList<T> &entries);

// Sets a field by its API element name ("FirstName", "CustomField3", "SortOrder", ...) from text,
// for the command line's --field Name=Value. False, with error set, for unknown or read-only
// names, structured elements and values of the wrong type.
template<typename T>
bool setField(T &value, QStringView elementName, const QString &text, QString *error);

} // namespace ctct::atom
