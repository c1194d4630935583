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

} // namespace ctct::atom
