#!/bin/sh
# Bound over `ps` on a lab host without procps (minimal images): probes must find a running MTA another way.
echo "ps: command not found" >&2
exit 127
