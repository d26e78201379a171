#!/bin/bash
# Usage: tcp-requests.sh COUNT ADDRESS PORT
# Opens COUNT TCP connections to ADDRESS:PORT, one after the other, and prints a line for each: what the
# server sent before closing ("answer: pod1"), or why nothing came ("no answer: ..."). Bash's /dev/tcp
# needs no client tool in the pod; each connection gets a new source port, so IPVS schedules each anew.
count=$1 address=$2 port=$3
for ((i = 1; i <= count; i++)); do
  reply=$(timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2" && cat <&3' tcp-request "$address" "$port" 2>&1)
  status=$?
  reply=${reply//$'\n'/ }
  if [[ $status -eq 0 && -n $reply ]]; then
    echo "answer: $reply"
  elif [[ $status -eq 124 ]]; then
    echo "no answer: nothing within 2 s"
  else
    echo "no answer: ${reply:-the connection closed without a word}"
  fi
done
