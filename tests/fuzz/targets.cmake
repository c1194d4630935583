# SPDX-License-Identifier: GPL-3.0-or-later
# The libFuzzer targets, one line each: name, sources (in tests/fuzz), libraries, seed folders
# (relative to tests/) and an optional dictionary. tests/fuzz/CMakeLists.txt builds them (preset
# "fuzz"); tests/CMakeLists.txt runs each for CTCT_FUZZ_SECONDS when scripts/test hands it the
# binaries in CTCT_FUZZ_RUNNERS.
ctct_fuzz_target(fuzz_atomreader SOURCES fuzz_atomreader.cpp LIBS ctct_core SEEDS data DICT atom.dict)
ctct_fuzz_target(fuzz_sandbox_xml SOURCES fuzz_sandbox_xml.cpp LIBS ctct_sandbox SEEDS data DICT atom.dict)
ctct_fuzz_target(fuzz_sandbox_csv SOURCES fuzz_sandbox_csv.cpp LIBS ctct_sandbox SEEDS fuzz/seeds/csv)
ctct_fuzz_target(fuzz_sandbox_multipart SOURCES fuzz_sandbox_multipart.cpp LIBS ctct_sandbox SEEDS fuzz/seeds/multipart)
ctct_fuzz_target(fuzz_sandbox_form SOURCES fuzz_sandbox_form.cpp LIBS ctct_sandbox SEEDS fuzz/seeds/form)
ctct_fuzz_target(fuzz_csvreader SOURCES fuzz_csvreader.cpp LIBS ctct_core SEEDS data/csv)
ctct_fuzz_target(fuzz_sandbox_framing SOURCES fuzz_sandbox_framing.cpp LIBS ctct_sandbox SEEDS fuzz/seeds/framing)
