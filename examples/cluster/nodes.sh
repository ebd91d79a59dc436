# shellcheck shell=bash
# Shell functions for a dqlite cluster on 127.0.0.1: dqlite-demo nodes
# (Debian's go-dqlite) with zh_preload.so, and the dqlite shell as the
# client.  Sourced by demo.sh.  The caller sets CLUSTER_DIR (data and
# logs) and PRELOAD (zh_preload.so, absolute path).  Every process started
# here is stopped by its id (cluster_stop), never by name.

NODE_PID=() # node number -> pid of its dqlite-demo, while running
PORT_BASE=

# Picks a base port such that no one listens on the six ports the nodes
# use, below Linux's range of ports for outgoing connections (32768-60999),
# which a node may not be able to listen on.
cluster_ports() {
  local base p used
  for _ in 1 2 3 4 5 6 7 8; do
    base=$((20000 + RANDOM % 12000)) used=0
    for p in 1 2 3 11 12 13; do
      if (exec 3<> "/dev/tcp/127.0.0.1/$((base + p))") 2> /dev/null; then used=1; fi
    done
    if [ "$used" = 0 ]; then PORT_BASE=$base; return 0; fi
  done
  echo "no free ports found" >&2
  return 1
}

node_addr() { echo "127.0.0.1:$((PORT_BASE + $1))"; }

# node_start N [ADDRESS-TO-JOIN]: a new node, or node N again on its data.
node_start() {
  mkdir -p "$CLUSTER_DIR/n$1"
  LD_PRELOAD="${LD_PRELOAD:+$LD_PRELOAD }$PRELOAD" dqlite-demo --api "127.0.0.1:$((PORT_BASE + 10 + $1))" \
    --db "$(node_addr "$1")" --dir "$CLUSTER_DIR/n$1" ${2:+--join "$2"} \
    >> "$CLUSTER_DIR/n$1.log" 2>&1 &
  NODE_PID[$1]=$!
}

# node_kill N: SIGKILL, as a crash would.
node_kill() {
  kill -KILL "${NODE_PID[$1]}" 2> /dev/null
  wait "${NODE_PID[$1]}" 2> /dev/null
  unset "NODE_PID[$1]"
}

# The nodes that run.
nodes_running() { echo "${!NODE_PID[@]}"; }

# dq COMMAND: one SQL statement (or dot-command) through the dqlite shell,
# which sends it to the leader.
dq() {
  local n servers=
  for n in $(nodes_running); do servers+=${servers:+,}$(node_addr "$n"); done
  timeout 30 dqlite -s "$servers" demo "$1"
}

# The number of the leader, once the running nodes have one that answers
# queries (up to 30 s).
wait_leader() {
  local n addr
  for _ in $(seq 1 60); do
    addr=$(dq .leader 2> /dev/null)
    for n in $(nodes_running); do
      if [ "$addr" = "$(node_addr "$n")" ] && [ "$(dq 'SELECT 1' 2> /dev/null)" = 1 ]; then
        echo "$n"
        return 0
      fi
    done
    sleep 0.5
  done
  echo "no leader after 30 s" >&2
  return 1
}

# Waits until the cluster lists N voters (up to 30 s).
wait_voters() {
  for _ in $(seq 1 60); do
    [ "$(dq .cluster 2> /dev/null | grep -c '|voter$')" = "$1" ] && return 0
    sleep 0.5
  done
  echo "the cluster has not $1 voters after 30 s" >&2
  return 1
}

# Whether node N's process has ended (a child not yet waited for is a
# zombie, state Z in /proc/PID/stat, after the name in parentheses).
node_exited() {
  local stat
  stat=$(cat "/proc/${NODE_PID[$1]}/stat" 2> /dev/null) || return 0
  stat=${stat##*) }
  [ "${stat%% *}" = Z ]
}

# Stops every node still running: SIGTERM, SIGKILL after 5 s (a node that
# lost its quorum may not leave on SIGTERM).
cluster_stop() {
  local n
  for n in $(nodes_running); do
    kill -TERM "${NODE_PID[$n]}" 2> /dev/null
  done
  for _ in $(seq 1 50); do
    for n in $(nodes_running); do
      node_exited "$n" && { wait "${NODE_PID[$n]}" 2> /dev/null; unset "NODE_PID[$n]"; }
    done
    [ -z "$(nodes_running)" ] && return 0
    sleep 0.1
  done
  for n in $(nodes_running); do node_kill "$n"; done
}
