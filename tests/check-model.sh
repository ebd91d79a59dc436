#!/usr/bin/env bash
# Retraining the entity labeller with the same data and seed writes the
# same weights: tools/train_entities, run twice with the Makefile's
# MODEL_FLAGS, writes two identical files, and they are byte for byte the
# committed ext/entities/model.bin (so the committed weights are those
# `make model` learns).  The training data (../shared/data, or $ZH_DATA)
# is not part of the repository: without it this says so and exits 77.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${ZH_DATA:-../shared/data}
if [ ! -f "$data/ner/peoples_daily_dev.bio" ]; then
  echo "check-model: skipped: $data/ner/peoples_daily_dev.bio not found (the labeller's training data)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make -s build/tools/train_entities
read -r -a flags <<< "$(sed -n 's/^MODEL_FLAGS *?= *//p' Makefile)"
for run in 1 2; do
  build/tools/train_entities --data "$data" --out "$tmp/model$run.bin" "${flags[@]}" 2> "$tmp/log"
done
cmp "$tmp/model1.bin" "$tmp/model2.bin" || { echo "check-model: two runs wrote different weights"; exit 1; }
cmp "$tmp/model1.bin" ext/entities/model.bin ||
  { echo "check-model: ext/entities/model.bin is not what \`make model\` writes: run it and commit"; exit 1; }
echo "ok   retrained twice (${flags[*]}): the same $(wc -c < ext/entities/model.bin) bytes as ext/entities/model.bin"
