#!/bin/sh
# ctest runs each Catch2 test case by its name (tests/CMakeLists.txt): a name with a ';' is split
# by CMake into filters that match nothing, and "No test cases matched" passes. Fails naming every
# such test in the binaries given.
# (Catch2 2's --list-test-names-only exits with the number of tests, so its status is not checked;
# an empty list is.)
status=0
for binary in "$@"; do
    names=$("$binary" --list-test-names-only)
    if [ -z "$names" ]; then
        echo "$binary listed no test" >&2
        exit 2
    fi
    if printf '%s\n' "$names" | grep -F ';' >&2; then
        echo "^ in $binary: a test name with a ';' never runs under ctest; use ',' or ':' instead" >&2
        status=1
    fi
done
exit $status
