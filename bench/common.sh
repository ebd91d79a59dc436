# shellcheck shell=bash disable=SC2034  # bench_data is read by the sourcing script
# Sourced by each bench/*/run.sh from the repository root: the data folder
# and the skip rule, as in bench/common.py.
#
#   bench_data            $ZH_BENCH_DATA, or ../shared/data next to the repository
#   bench_peers           $ZH_PEERS, or ../shared/peers next to the repository:
#                         the peers' source (optional; bench/tokenizer)
#   bench_need NAME PATH  exits 77 ("NAME: skipped: PATH not found") when PATH
#                         is missing; bench/all.sh counts that as a skip
bench_data=${ZH_BENCH_DATA:-$PWD/../shared/data}
bench_peers=${ZH_PEERS:-$PWD/../shared/peers}

bench_need() {
  [ -e "$2" ] && return 0
  echo "$1: skipped: $2 not found (ZH_BENCH_DATA names the data folder)"
  exit 77
}
