#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a contacts CSV shaped like a real export: UTF-8, CRLF, quoted fields with commas,
# doubled quotes and line breaks, accented names, some bad and repeated addresses.
#   make-contacts-csv.py ROWS FILE [--megabytes N]   (--megabytes: repeat rows until the file is N MB)
import random
import sys

rows = int(sys.argv[1])
path = sys.argv[2]
target = int(sys.argv[4]) * 1000000 if len(sys.argv) > 4 and sys.argv[3] == "--megabytes" else 0
random.seed(7)
first = ["Ann", "Bob", "Jörg", "Zoë", "Li", "Mary-Kate", "José", "Chloé", "Priya", "Kenji", "Fatima", "Liam"]
ascii_first = ["ann", "bob", "joerg", "zoe", "li", "marykate", "jose", "chloe", "priya", "kenji", "fatima", "liam"]
last = ["Smith", "Müller", "O'Neil", "García", "Nguyen", "Kowalski", "Okafor", "Lindqvist"]
ascii_last = ["smith", "mueller", "oneil", "garcia", "nguyen", "kowalski", "okafor", "lindqvist"]
cities = ["Springfield", "Montréal", "Köln", "Portland", "Cork"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("Email Address,First Name,Last Name,Company,City,Postal Code,Notes\r\n")
    i = 0
    written = 0
    while i < rows or (target and written < target):
        k = i % len(first)
        m = (i * 7) % len(last)
        # Every 50th address is broken; every 101st repeats the row before it in capitals.
        j = i - 1 if i % 101 == 100 else i
        email = f"{ascii_first[j % len(first)]}.{ascii_last[(j * 7) % len(last)]}{j}@example{j % 97}.com"
        if i % 50 == 49:
            email = "not-an-address"
        elif j != i:
            email = email.upper()
        company = f'"{last[m]}, {first[k]} & Co"' if i % 7 == 0 else f"{last[m]} Kayaks"
        notes = '"said ""hi"" at the fair\r\nwants the spring catalogue"' if i % 31 == 0 else "regular customer since 2019"
        line = f"{email},{first[k]},{last[m]},{company},{cities[i % 5]},{10000 + i % 9000},{notes}\r\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        i += 1
