#!/usr/bin/env bash
# Instructions per operation under callgrind (see benches/counts.rs): each operation runs at two
# repetition counts after the same set-up; the difference over the extra repetitions is its cost.
# Needs valgrind. Run from the repository root: bash benches/instruction_counts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(cargo bench --bench counts --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -n 1)"
[ -x "$binary" ] || { echo "could not find the counts benchmark binary" >&2; exit 1; }
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$2" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
low=2000
high=4000
for operation in round-trip lookup stale-lookup; do
    a="$(instructions "$operation" "$low")"
    b="$(instructions "$operation" "$high")"
    echo "$operation: $(((b - a) / (high - low))) instructions per operation"
done
