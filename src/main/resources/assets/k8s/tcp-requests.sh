#!/bin/bash
# Usage: tcp-requests.sh COUNT ADDRESS PORT
# Opens COUNT TCP connections to ADDRESS:PORT, one after the other, and prints a line for each: what the
# server sent before closing ("answer: pod1"), or why nothing came ("no answer: ..."). Bash's /dev/tcp
# needs no client tool in the pod; each connection gets a new source port, so IPVS schedules each anew.
count=$1 address=$2 port=$3
# a reply takes milliseconds on a real kernel; a VM under software emulation running 8 scenarios at once has been
# seen to need more than 2 s for one, so an unanswered connection is one that stays silent for 5 s
wait_seconds=5
for ((i = 1; i <= count; i++)); do
  reply=$(timeout "$wait_seconds" bash -c 'exec 3<>"/dev/tcp/$1/$2" && cat <&3' tcp-request "$address" "$port" 2>&1)
  status=$?
  reply=${reply//$'\n'/ }
  if [[ $status -eq 0 && -n $reply ]]; then
    echo "answer: $reply"
  elif [[ $status -eq 124 ]]; then
    echo "no answer: nothing within $wait_seconds s"
  else
    echo "no answer: ${reply:-the connection closed without a word}"
  fi
done
