#!/bin/bash
# Runs tst_property over seeds FIRST..FIRST+COUNT-1 and, when the program's analysis crashes
# (which ends the test process), starts again after the seed that crashed. Prints the failing
# and the crashed seeds and the failure rate. The designs are in the test's property-failures/
# folder (or $CLUSTERNET_PROPERTY_OUT).
#   tests/property/run-seeds.sh build/tests/tst_property [FIRST] [COUNT]
set -u
bin=${1:?usage: run-seeds.sh PATH/TO/tst_property [FIRST] [COUNT]}
first=${2:-1}
count=${3:-500}
last=$((first + count - 1))
# Qt Test's crash report runs gdb for a stack trace: slow, and the seed is all we need here.
export QTEST_DISABLE_STACK_DUMP=${QTEST_DISABLE_STACK_DUMP:-1}
failing=()
crashed=()
while ((first <= last)); do
    out=$("$bin" --first "$first" --seeds $((last - first + 1)) 2>&1)
    failing+=($(grep -o '^QWARN.*() seed [0-9]*:' <<<"$out" | grep -o '[0-9]*:$' | tr -d :))
    c=$(grep -o 'crashed while analysing seed [0-9]*' <<<"$out" | grep -o '[0-9]*$')
    grep '^QINFO' <<<"$out" | sed 's/^.*() //'
    [[ -z $c ]] && break
    crashed+=("$c")
    first=$((c + 1))
done
bad=$((${#failing[@]} + ${#crashed[@]}))
echo "wrong findings: ${#failing[@]} seeds: ${failing[*]:-}"
echo "crashed: ${#crashed[@]} seeds: ${crashed[*]:-}"
echo "failing: $bad of $count seeds ($((100 * bad / count))%)"
((bad == 0))
