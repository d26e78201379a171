#!/bin/bash
# Sends BYTES zero bytes over TCP from the network namespace NETNS to ADDRESS:PORT, where a receiver in the
# namespace this script runs in counts them. Prints one line:
#   sent BYTES exit STATUS received COUNT nanoseconds ELAPSED
# ELAPSED runs from the sender's start until the receiver has read the end of the stream, so every byte
# counted has arrived within it.
# The receiver gives up after 120 s, so a sender that never connects cannot hang the scenario.
# usage: timed-transfer.sh NETNS ADDRESS PORT BYTES
set -u
netns=$1 address=$2 port=$3 bytes=$4
count=$(mktemp)
timeout 120 socat -u "TCP-LISTEN:$port,bind=$address,reuseaddr" - | wc -c > "$count" &
receiver=$!
for _ in $(seq 200); do
    [ -n "$(ss -Hltn "sport = :$port")" ] && break
    sleep 0.05
done
start=$(date +%s%N)
head -c "$bytes" /dev/zero | ip netns exec "$netns" socat -u -t 60 - "TCP:$address:$port"
status=$?
wait "$receiver"
end=$(date +%s%N)
echo "sent $bytes exit $status received $(cat "$count") nanoseconds $((end - start))"
