// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Atom writer: request bodies for POST and PUT (api-contract §1.5, §9, decisions 17-18), and
// update-by-patch, which writes the changed known fields into the entry the server sent and
// keeps every element and attribute this client does not know.

#include "atomreader.h"

namespace ctct::atom {

enum class WriteMode {
    Create, // POST: placeholder <id>data:,none</id>, only writable fields
    Update, // PUT: <id> and the payload's id attribute are the resource URI
};

// An entry for T in the style its resource uses (ctct namespace or event-marketing atom:).
// Attendance and payment bodies are the bare <atom:entry><atom:content> of decision 17/18.
template<typename T>
QByteArray writeEntry(const T &value, WriteMode mode = WriteMode::Create);

// Rewrites the original entry (as received from a GET) with the writable fields of value;
// everything else, known or not, is kept as it was. Bare ampersands are repaired as the reader
// repairs them. Fails when original is unreadable or holds no entry payload at its top level.
template<typename T>
Parsed<QByteArray> patchEntry(const QByteArray &original, const T &value);

} // namespace ctct::atom
