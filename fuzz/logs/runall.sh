#!/bin/sh
cd /work/main/fuzz
for t in normalize sentences extract jsonl store_load; do
  echo "start $t $(date +%T)"
  RUSTC_BOOTSTRAP=1 timeout 520 cargo fuzz run $t corpus/$t seeds/$t -- -max_total_time=450 -timeout=10 -print_final_stats=1 > logs/run-$t.log 2>&1
  echo "end $t rc=$? $(date +%T)"
done
